package io.jicha.journal;

import java.util.Objects;

/** An event about to be appended: its type and its payload (a record, written as JSON). */
public record NewEvent(String type, Object payload) {

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
