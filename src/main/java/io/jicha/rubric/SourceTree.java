package io.jicha.rubric;

import io.jicha.common.Texts;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            return Texts.get("rubric.kind.mapping");
        }
    }

    record ListNode(Pos pos, List<Node> items) implements Node {
        public String kind() {
            return Texts.get("rubric.kind.list");
        }
    }

    /** A scalar with its token type (string, int, float, true, false, null) and its text as written. */
    record ScalarNode(Pos pos, JsonToken token, String text) implements Node {
        public String kind() {
            return switch (token) {
                case VALUE_STRING -> Texts.get("rubric.kind.text", text);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Texts.get("rubric.kind.number", text);
                case VALUE_TRUE, VALUE_FALSE -> text;
                default -> Texts.get("rubric.kind.nothing");
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
        requireUtf8(bytes);
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
                        Texts.get("rubric.syntax.one-document"));
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation l = e.getLocation();
            throw syntaxError(l == null ? new Pos(1, 1) : Pos.of(l), e.getOriginalMessage());
        } catch (IOException e) {
            throw new SyntaxError(new Pos(1, 1), firstLine(e.getMessage()));
        }
    }

    /** Rubric files are UTF-8; a GBK file would otherwise fail with a decoder's message. */
    private static void requireUtf8(byte[] bytes) throws SyntaxError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return;
        }
        out.flip();
        String before = out.toString();
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
        throw new SyntaxError(new Pos(line, column), Texts.get("rubric.syntax.not-utf8"));
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

    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):$");

    /**
     * SnakeYAML messages come as "context, mark, problem, mark", each mark followed by a source
     * line and a caret. Keeps the words, puts the context's line in words and points at the last mark.
     */
    static SyntaxError syntaxError(Pos fallback, String message) {
        if (message == null) {
            return new SyntaxError(fallback, Texts.get("rubric.syntax.unreadable"));
        }
        List<String> lines = message.lines().toList();
        List<String> parts = new ArrayList<>();
        Pos pos = fallback;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARK.matcher(lines.get(i));
            if (m.matches()) {
                pos = new Pos(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (i + 3 < lines.size() && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + Texts.get("rubric.syntax.at-line", pos.line()));
                }
                i += 2;
            } else if (!lines.get(i).isBlank()) {
                parts.add(lines.get(i).strip());
            }
        }
        String words = String.join("; ", parts);
        return new SyntaxError(pos, words.isEmpty() ? Texts.get("rubric.syntax.unreadable") : words);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return Texts.get("rubric.syntax.unreadable");
        }
        String line = message.strip().lines().findFirst().orElseGet(() -> Texts.get("rubric.syntax.unreadable"));
        return line.strip();
    }

    private Node read(JsonToken token, String path) throws IOException, SyntaxError {
        Pos pos = Pos.of(parser.currentTokenLocation());
        if (token == null) {
            throw new SyntaxError(pos, Texts.get("rubric.syntax.unexpected-end"));
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
                                Texts.get("rubric.problem.duplicate-field-first-line", first.keyPos().line())));
                    } else {
                        entries.put(key, new Entry(key, keyPos, value));
                    }
                }
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw new SyntaxError(Pos.of(parser.currentTokenLocation()), Texts.get("rubric.syntax.unexpected-end"));
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
