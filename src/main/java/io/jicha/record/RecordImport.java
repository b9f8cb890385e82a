package io.jicha.record;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.NewEvent;
import io.jicha.session.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a file into a unit's population, all or nothing: the file is copied into the session's
 * snapshots, parsed and checked completely, its ids checked against what the unit already holds,
 * and only then is the {@value RecordEvents#IMPORTED} event appended.
 */
public final class RecordImport {

    private RecordImport() {
    }

    /**
     * @param encoding the user's --encoding, or null to detect
     * @return the recorded import
     */
    public static RecordsImported importFile(Session session, String auditor, Path file, String unit,
                                             RecordKind kind, String encoding, ImportProgress progress) {
        return importFile(session, auditor, file, unit, kind, encoding, SheetChoice.FIRST, progress);
    }

    /**
     * @param encoding the user's --encoding, or null to detect (text files only)
     * @param sheet    for an Excel workbook: the sheet and header row (text files refuse a choice)
     * @return the recorded import
     */
    public static RecordsImported importFile(Session session, String auditor, Path file, String unit,
                                             RecordKind kind, String encoding, SheetChoice sheet,
                                             ImportProgress progress) {
        session.state().info().requireUnit(unit);
        Path snapshotDir = session.snapshotDir();
        Snapshots.StagedPopulation parsed;
        try {
            parsed = Snapshots.stageAndParse(file, snapshotDir, encoding, sheet, progress);
        } catch (java.nio.file.NoSuchFileException e) {
            throw UserError.of("record.such-file", file);
        } catch (IOException e) {
            throw UserError.of("record.cannot-read-file", file, e.getMessage());
        }
        StagedFile staged = parsed.staged();
        Population population = parsed.population();
        List<String> supersedes = supersedes(session.state().get(PopulationBook.class), snapshotDir, population, unit, kind);
        RecordsImported payload = new RecordsImported(unit, kind.code(), staged.fileName(), staged.sha256(),
                staged.format().extension(), staged.encoding(), population.size(), staged.bytes(), parsed.sheet(),
                parsed.headerRow(), supersedes);
        try {
            // Checked once before taking the lock (a refused import waits for no one) and again under
            // it (another process may have imported in between). Under the lock, leftovers of killed
            // imports are swept, then the snapshot is committed (copy forced, renamed, folder forced)
            // and only then is the event appended: an acknowledged import's snapshot is on disk.
            check(session.state().get(PopulationBook.class), snapshotDir, staged, population, unit, kind, supersedes);
            session.append(auditor, state -> {
                state.info().requireUnit(unit);
                PopulationBook book = state.get(PopulationBook.class);
                if (!java.util.Objects.equals(supersedes(book, snapshotDir, population, unit, kind), supersedes)) {
                    throw UserError.of("record.version-changed-meanwhile", staged.fileName(), unit, kind);
                }
                check(book, snapshotDir, staged, population, unit, kind, supersedes);
                try {
                    Snapshots.sweep(snapshotDir, book.snapshotNames());
                    Path kept = Snapshots.commit(staged, snapshotDir);
                    session.keepSnapshot(kept, staged.sha256()); // a store keeps it in this append's transaction
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return List.of(new NewEvent(RecordEvents.IMPORTED, payload));
            });
        } catch (UncheckedIOException e) {
            throw UserError.because(e, "record.cannot-store", file, snapshotDir, e.getCause().getMessage());
        } finally {
            Snapshots.discard(staged);
        }
        return payload;
    }

    /**
     * The earlier imports of the unit's ledger that the file is a new version of: those whose every
     * id it lists again (an office's updated register: the same cases, some changed, new ones added).
     * Null when there is none: then the file adds to the population, and an id it shares with an
     * earlier import that it does not wholly repeat is refused as a duplicate.
     */
    private static List<String> supersedes(PopulationBook book, Path snapshotDir, Population incoming, String unit,
                                           RecordKind kind) {
        List<String> shas = new java.util.ArrayList<>();
        for (RecordsImported r : book.imports(unit, kind)) {
            Population earlier = Snapshots.load(snapshotDir, r);
            boolean all = earlier.size() > 0;
            for (int row = 0; row < earlier.size() && all; row++) {
                all = incoming.contains(earlier.id(row));
            }
            if (all) {
                shas.add(r.sha256());
            }
        }
        return shas.isEmpty() ? null : shas;
    }

    private static void check(PopulationBook book, Path snapshotDir, StagedFile staged, Population population,
                              String unit, RecordKind kind, List<String> supersedes) {
        List<RecordsImported> earlier = book.imports(unit, kind).stream()
                .filter(r -> supersedes == null || !supersedes.contains(r.sha256())).toList();
        for (RecordsImported r : book.imports(unit, kind)) {
            if (r.sha256().equals(staged.sha256())) {
                throw UserError.of("record.was-imported-already-nothing-imported", staged.fileName(), unit, kind, r.fileName());
            }
        }
        Population existing = PopulationBook.load(snapshotDir, earlier);
        if (existing.size() > 0) {
            checkDisjoint(staged.fileName(), population, existing, unit, kind, earlier);
        }
    }

    private static void checkDisjoint(String fileName, Population incoming, Population existing, String unit,
                                      RecordKind kind, List<RecordsImported> earlier) {
        for (int r = 0; r < incoming.size(); r++) {
            String id = incoming.id(r);
            if (existing.contains(id)) {
                String from = earlier.size() == 1 ? Texts.get("record.imported-from", earlier.get(0).fileName()) : "";
                throw UserError.of("record.row-column-id-duplicate-id", fileName, incoming.sourceRow(r), id, unit, kind, from);
            }
        }
    }
}
