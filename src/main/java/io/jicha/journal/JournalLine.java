package io.jicha.journal;

import io.jicha.common.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jicha.common.Hashes;
import io.jicha.common.Json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of one event. A line is the compact JSON object
 * {@code {"seq":…,"ts":…,"auditor":…,"type":…,"payload":…,"prev":…,"hash":…}}; the hash is the
 * SHA-256 of the UTF-8 bytes of the same line with {@code ,"hash":"…"} removed.
 */
final class JournalLine {

    static final String GENESIS = "0".repeat(64);
    private static final Pattern HASH_TAIL = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"}$");

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

    /**
     * Parses and checks one line against the event before it.
     *
     * @param lineNo 1-based line number, for messages
     * @param expectedSeq the sequence number this line must carry
     * @param expectedPrev the hash of the event before it
     */
    static Event parse(String line, int lineNo, long expectedSeq, String expectedPrev) {
        Matcher m = HASH_TAIL.matcher(line);
        if (!m.find()) {
            throw new JournalCorruptException(lineNo, Texts.get("journal.corrupt.line-hash-end-line", lineNo));
        }
        String hash = m.group(1);
        String body = line.substring(0, m.start()) + "}";
        if (!Hashes.sha256Hex(body).equals(hash)) {
            throw new JournalCorruptException(lineNo, Texts.get("journal.corrupt.line-hash-does-match-content", lineNo));
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new JournalCorruptException(lineNo, Texts.get("journal.corrupt.line-json", lineNo));
        }
        long seq = node.path("seq").asLong(-1);
        String prev = node.path("prev").asText("");
        if (seq != expectedSeq) {
            throw new JournalCorruptException(lineNo, Texts.get("journal.corrupt.line-sequence-number-expected-line", lineNo, seq, expectedSeq));
        }
        if (!prev.equals(expectedPrev)) {
            throw new JournalCorruptException(lineNo, Texts.get("journal.corrupt.line-previous-hash-does-match", lineNo));
        }
        Instant ts;
        try {
            ts = Instant.parse(node.path("ts").asText());
        } catch (DateTimeParseException e) {
            throw new JournalCorruptException(lineNo, Texts.get("journal.corrupt.line-bad-timestamp", lineNo));
        }
        return new Event(seq, ts, node.path("auditor").asText(), node.path("type").asText(),
                node.path("payload"), prev, hash);
    }
}
