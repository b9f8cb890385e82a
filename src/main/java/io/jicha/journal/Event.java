package io.jicha.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import java.time.Instant;

/** TEMPORARY stub of the lead's contract (COMMON.md); replaced by main's version on merge. */
public record Event(long seq, Instant ts, String auditor, String type, JsonNode payload, String prev, String hash) {
    public <T> T payloadAs(Class<T> type) {
        return Json.value(payload, type);
    }
}
