package io.jicha.record;

import java.util.Objects;

/**
 * Payload of the {@value RecordEvents#IMPORTED} event: one file added to a unit's population of one kind. The
 * file's bytes are in the session's snapshot folder as {@code <sha256>.<format>}.
 *
 * @param kind     a {@link RecordKind} code ("penalty-case", "inspection-record")
 * @param format   "csv" or "jsonl"
 * @param encoding "UTF-8", "UTF-8-BOM", "GB18030" or another Java charset name
 */
public record RecordsImported(String unit, String kind, String fileName, String sha256, String format,
                              String encoding, int rows, long bytes) {

    public RecordsImported {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sha256, "sha256");
        RecordKind.parse(kind);
        RecordFormat.parse(format);
    }

    public RecordKind recordKind() {
        return RecordKind.parse(kind);
    }

    public RecordFormat recordFormat() {
        return RecordFormat.parse(format);
    }
}
