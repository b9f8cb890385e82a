package io.jicha.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One case file of a unit's population: an on-site inspection record or a penalty case
 * file. {@code id} and {@code date} are required; every other column of the imported file
 * is kept by its canonical name in {@code attributes} (see docs/records.md for the aliases).
 */
public record CaseRecord(String id, LocalDate date, Map<String, String> attributes) {

    public CaseRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        attributes = Map.copyOf(attributes);
    }

    /** The attribute's value, or null when the record has none. */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
