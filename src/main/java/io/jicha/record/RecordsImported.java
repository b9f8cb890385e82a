package io.jicha.record;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * Payload of the {@value RecordEvents#IMPORTED} event: one file added to a unit's population of one kind. The
 * file's bytes are in the session's snapshot folder as {@code <sha256>.<format>}.
 *
 * @param kind     a {@link RecordKind} code ("penalty-case", "inspection-record")
 * @param format    "csv", "jsonl" or "xlsx"
 * @param encoding  "UTF-8", "UTF-8-BOM", "GB18030" or another Java charset name; null (absent) for
 *                  "xlsx", a workbook holding its own encoding
 * @param sheet     the sheet read, for "xlsx" only (absent in journals before Excel import: null)
 * @param headerRow the Excel row number (1-based) of the header row used, for "xlsx" only (null otherwise)
 * @param supersedes for a new version of a ledger imported before (issue 26): the sha256 of each
 *                   earlier import it replaces in the population (absent otherwise); draws made
 *                   before keep the snapshots they were drawn from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordsImported(String unit, String kind, String fileName, String sha256, String format,
                              String encoding, int rows, long bytes, String sheet, Integer headerRow,
                              List<String> supersedes) {

    /** An import that is not a new version of an earlier one. */
    public RecordsImported(String unit, String kind, String fileName, String sha256, String format,
                           String encoding, int rows, long bytes, String sheet, Integer headerRow) {
        this(unit, kind, fileName, sha256, format, encoding, rows, bytes, sheet, headerRow, null);
    }

    /** An import of a text file (CSV or JSON Lines): no sheet, no header row. */
    public RecordsImported(String unit, String kind, String fileName, String sha256, String format,
                           String encoding, int rows, long bytes) {
        this(unit, kind, fileName, sha256, format, encoding, rows, bytes, null, null);
    }

    public RecordsImported {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sha256, "sha256");
        RecordKind.parse(kind);
        RecordFormat.parse(format);
        supersedes = supersedes == null || supersedes.isEmpty() ? null : List.copyOf(supersedes);
    }

    /** True when this import is a new version of earlier ones. */
    public boolean isNewVersion() {
        return supersedes != null;
    }

    public RecordKind recordKind() {
        return RecordKind.parse(kind);
    }

    public RecordFormat recordFormat() {
        return RecordFormat.parse(format);
    }
}
