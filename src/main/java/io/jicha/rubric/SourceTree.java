package io.jicha.rubric;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document read into a small tree that remembers the line and column of every
 * key and value, so that each problem can point at the exact spot. Duplicate keys are reported
 * (Jackson's tree would silently keep the last one).
 */
final class SourceTree {

    /** A 1-based position in the file. */
    record Pos(int line, int column) {
        static Pos of(JsonLocation l) {
            return new Pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
    }

    sealed interface Node permits MapNode, ListNode, ScalarNode {
        Pos pos();

        /** How a problem message names this kind of value. */
        String kind();
    }

    record Entry(String key, Pos keyPos, Node value) {
    }

    record MapNode(Pos pos, Map<String, Entry> entries) implements Node {
        public String kind() {
            return "a mapping";
        }
    }

    record ListNode(Pos pos, List<Node> items) implements Node {
        public String kind() {
            return "a list";
        }
    }

    /** A scalar with its token type (string, int, float, true, false, null) and its text as written. */
    record ScalarNode(Pos pos, JsonToken token, String text) implements Node {
        public String kind() {
            return switch (token) {
                case VALUE_STRING -> "text '" + text + "'";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text;
                case VALUE_TRUE, VALUE_FALSE -> text;
                default -> "nothing";
            };
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    /** Thrown when the text is not well-formed YAML/JSON; carries the parser's position. */
    static final class SyntaxError extends Exception {
        final Pos pos;

        SyntaxError(Pos pos, String message) {
            super(message);
            this.pos = pos;
        }
    }

    private final JsonParser parser;
    private final List<Problem> problems;
    private final String file;

    private SourceTree(JsonParser parser, String file, List<Problem> problems) {
        this.parser = parser;
        this.file = file;
        this.problems = problems;
    }

    /**
     * Parses the bytes (JSON when the name ends in .json or the text starts with '{', YAML otherwise).
     * Returns null for an empty document. Duplicate keys are added to {@code problems}.
     */
    static Node parse(String file, byte[] bytes, List<Problem> problems) throws SyntaxError {
        JsonFactory factory = looksLikeJson(file, bytes) ? new JsonFactory() : new YAMLFactory();
        try (JsonParser p = factory.createParser(bytes)) {
            SourceTree tree = new SourceTree(p, file, problems);
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            Node root = tree.read(first, "");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new SyntaxError(Pos.of(p.currentTokenLocation()),
                        "only one document is allowed per file");
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation l = e.getLocation();
            Pos pos = l == null ? new Pos(1, 1) : Pos.of(l);
            throw new SyntaxError(pos, firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SyntaxError(new Pos(1, 1), firstLine(e.getMessage()));
        }
    }

    private static boolean looksLikeJson(String file, byte[] bytes) {
        if (file.toLowerCase().endsWith(".json")) {
            return true;
        }
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("unreadable");
        return line.strip();
    }

    private Node read(JsonToken token, String path) throws IOException, SyntaxError {
        Pos pos = Pos.of(parser.currentTokenLocation());
        if (token == null) {
            throw new SyntaxError(pos, "unexpected end of file");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Pos keyPos = Pos.of(parser.currentTokenLocation());
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Node value = read(parser.nextToken(), childPath);
                    Entry first = entries.get(key);
                    if (first != null) {
                        problems.add(new Problem(file, keyPos.line(), keyPos.column(), childPath,
                                "duplicate field (first at line " + first.keyPos().line() + ")"));
                    } else {
                        entries.put(key, new Entry(key, keyPos, value));
                    }
                }
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw new SyntaxError(Pos.of(parser.currentTokenLocation()), "unexpected end of file");
                }
                return new MapNode(pos, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(t, path + "[" + items.size() + "]"));
                }
                return new ListNode(pos, items);
            }
            default -> {
                return new ScalarNode(pos, token, parser.getText());
            }
        }
    }
}
