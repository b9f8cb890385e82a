package io.jicha.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;

import java.time.Instant;

/**
 * One line of a session journal: a recorded action. {@code hash} is the SHA-256 of the line's
 * JSON without the hash field, which includes {@code prev}, the hash of the event before it
 * (see docs/journal.md).
 */
public record Event(long seq, Instant ts, String auditor, String type, JsonNode payload, String prev, String hash) {

    /** The payload read as the given record type. */
    public <T> T payloadAs(Class<T> type) {
        return Json.value(payload, type);
    }
}
