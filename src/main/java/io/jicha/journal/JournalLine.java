package io.jicha.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jicha.common.Hashes;
import io.jicha.common.Json;
import io.jicha.common.Texts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text form of one event, checked exactly as docs/journal.md states it. A line is the compact
 * JSON object {@code {"seq":…,"ts":…,"auditor":…,"type":…,"payload":…,"prev":…,"hash":…}} (these
 * fields, in this order, nothing else), valid UTF-8, ended by {@code \n} alone; the hash is the
 * SHA-256 of the line's bytes with {@code ,"hash":"…"} removed. Anything else is refused, so that
 * no byte of a line escapes the hash and an independent verifier written from the document agrees
 * with this one on every input.
 */
final class JournalLine {

    static final String GENESIS = "0".repeat(64);
    /** {@code ,"hash":"} + 64 hex digits + {@code "}}. */
    private static final byte[] HASH_KEY = ",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
    static final int TAIL = HASH_KEY.length + 64 + 2;
    private static final byte[] START = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> FIELDS = List.of("seq", "ts", "auditor", "type", "payload", "prev");
    /** Instant.toString() of a time in years 0000–9999: seconds, then 0, 3, 6 or 9 digits of fraction. */
    private static final Pattern TS = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3}|\\.\\d{6}|\\.\\d{9})?Z");
    /** Strict JSON: duplicate keys and anything after the object are refused. */
    private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JournalLine() {
    }

    static String format(long seq, Instant ts, String auditor, String type, JsonNode payload, String prev) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("seq", seq);
        node.put("ts", ts.toString());
        node.put("auditor", auditor);
        node.put("type", type);
        node.set("payload", payload);
        node.put("prev", prev);
        String body = write(node);
        String hash = Hashes.sha256Hex(body);
        return body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }

    private static String write(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses and checks a line (without its {@code \n}) given as text; see {@link #parse(byte[], int, int, int, long, String)}. */
    static Event parse(String line, int lineNo, long expectedSeq, String expectedPrev) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length, lineNo, expectedSeq, expectedPrev);
    }

    /**
     * Parses and checks one line, {@code bytes[from, to)} without its {@code \n}, against the event
     * before it.
     *
     * @param lineNo 1-based line number, for messages
     * @param expectedSeq the sequence number this line must carry
     * @param expectedPrev the hash of the event before it
     */
    static Event parse(byte[] bytes, int from, int to, int lineNo, long expectedSeq, String expectedPrev) {
        int len = to - from;
        if (len < START.length + TAIL || !hasHashTail(bytes, to)) {
            throw bad(lineNo, "journal.line.no-hash");
        }
        String hash = new String(bytes, to - 66, 64, StandardCharsets.US_ASCII);
        byte[] body = new byte[len - TAIL + 1];
        System.arraycopy(bytes, from, body, 0, len - TAIL);
        body[body.length - 1] = '}';
        if (!Hashes.sha256Hex(body).equals(hash)) {
            throw bad(lineNo, "journal.line.edited");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw bad(lineNo, "journal.line.not-utf8");
        }
        if (!startsWith(body, START) || !compact(text)) {
            throw bad(lineNo, "journal.line.layout");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(text);
        } catch (Exception e) {
            throw bad(lineNo, "journal.line.not-json");
        }
        if (node == null || !node.isObject() || !fieldsInOrder(node)) {
            throw bad(lineNo, "journal.line.fields");
        }
        JsonNode seqNode = node.get("seq");
        if (!seqNode.isIntegralNumber() || !seqNode.canConvertToLong()) {
            throw bad(lineNo, "journal.line.seq-type");
        }
        long seq = seqNode.longValue();
        if (seq != expectedSeq) {
            throw bad(lineNo, "journal.line.seq", seq, expectedSeq);
        }
        JsonNode prevNode = node.get("prev");
        if (!prevNode.isTextual() || !prevNode.textValue().equals(expectedPrev)) {
            throw bad(lineNo, "journal.line.prev");
        }
        Instant ts = timestamp(node.get("ts"));
        if (ts == null) {
            throw bad(lineNo, "journal.line.ts");
        }
        JsonNode auditor = node.get("auditor");
        if (!auditor.isTextual() || auditor.textValue().isEmpty()) {
            throw bad(lineNo, "journal.line.auditor");
        }
        JsonNode type = node.get("type");
        if (!type.isTextual() || type.textValue().isEmpty()) {
            throw bad(lineNo, "journal.line.type");
        }
        if (!node.get("payload").isObject()) {
            throw bad(lineNo, "journal.line.payload");
        }
        return new Event(seq, ts, auditor.textValue(), type.textValue(), node.get("payload"), expectedPrev, hash);
    }

    private static JournalCorruptException bad(int lineNo, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = lineNo;
        System.arraycopy(more, 0, args, 1, more.length);
        return new JournalCorruptException(lineNo, Texts.get(key, args));
    }

    /** Whether bytes end in {@code ,"hash":"} + 64 lowercase hex digits + {@code "}}. */
    private static boolean hasHashTail(byte[] bytes, int to) {
        int at = to - TAIL;
        for (int i = 0; i < HASH_KEY.length; i++) {
            if (bytes[at + i] != HASH_KEY[i]) {
                return false;
            }
        }
        for (int i = to - 66; i < to - 2; i++) {
            byte b = bytes[i];
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
                return false;
            }
        }
        return bytes[to - 2] == '"' && bytes[to - 1] == '}';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the JSON text has no whitespace outside its strings. */
    static boolean compact(String json) {
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean fieldsInOrder(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        for (String expected : FIELDS) {
            if (!names.hasNext() || !names.next().equals(expected)) {
                return false;
            }
        }
        return !names.hasNext();
    }

    /** The instant of a {@code ts} field written as documented, else null. */
    private static Instant timestamp(JsonNode ts) {
        if (!ts.isTextual() || !TS.matcher(ts.textValue()).matches()) {
            return null;
        }
        try {
            LocalDateTime.parse(ts.textValue().substring(0, 19)); // strict: no 2016-02-30, no 24:00
            return Instant.parse(ts.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
