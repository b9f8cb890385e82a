package io.jicha.record;

/**
 * The journal events of populations: their type names. The payload is {@link RecordsImported}, a
 * value the rest of the code uses too, so it keeps its own file; this class is the one place the
 * type is spelled (docs/journal.md, Event catalogue).
 */
public final class RecordEvents {

    /** One file added to a unit's population of one kind: {@link RecordsImported}. */
    public static final String IMPORTED = "records.imported";

    private RecordEvents() {
    }
}
