package io.jicha.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** An attacker who knows the recipe: edits one line of a journal, then re-hashes and re-chains every line. */
public final class JournalRewriter {

    private JournalRewriter() {
    }

    /** The journal with line {@code index} (0-based) changed as text (without its hash), and the chain made whole again. */
    public static byte[] rewrite(byte[] journal, int index, UnaryOperator<String> change) {
        String[] lines = new String(journal, StandardCharsets.UTF_8).split("\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String prev = JournalLine.GENESIS;
        for (int i = 0; i < lines.length; i++) {
            String body = lines[i].substring(0, lines[i].lastIndexOf(",\"hash\":\"")) + "}";
            if (i == index) {
                body = change.apply(body);
            }
            JsonNode n;
            try {
                n = Json.MAPPER.readTree(body);
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
            String line = JournalLine.format(n.get("seq").asLong(), Instant.parse(n.get("ts").asText()),
                    n.get("auditor").asText(), n.get("type").asText(), n.get("payload"), prev);
            out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
            prev = line.substring(line.length() - 66, line.length() - 2);
        }
        return out.toByteArray();
    }
}
