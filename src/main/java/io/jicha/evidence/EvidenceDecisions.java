package io.jicha.evidence;

import io.jicha.common.UserError;
import io.jicha.journal.NewEvent;
import io.jicha.record.PopulationBook;
import io.jicha.session.SessionState;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Every rule of attaching evidence, each a pure function of the state: what a file goes with, and the events. */
public final class EvidenceDecisions {

    /** The longest note kept with a file. */
    public static final int MAX_NOTE = 500;

    private EvidenceDecisions() {
    }

    /**
     * What {@code --record ID [--unit U] | --finding F-001 | --unit U} names: a case file of the
     * session's populations (the unit tells files of the same id apart), a finding, or a unit.
     * {@code unitOfFinding} gives a finding's unit, or refuses an unknown finding (the findings'
     * own rule, FindingBook.require: evidence stands below findings, which keep its files).
     */
    public static EvidenceEvents.Attachment attachment(SessionState state, Path snapshotDir, String record,
                                                      String finding, String unit,
                                                      java.util.function.UnaryOperator<String> unitOfFinding) {
        if (record != null && finding != null) {
            throw UserError.of("evidence.target-one");
        }
        if (finding != null) {
            if (unit != null) {
                throw UserError.of("evidence.target-one");
            }
            return EvidenceEvents.Attachment.finding(unitOfFinding.apply(finding), finding);
        }
        if (record != null) {
            List<PopulationBook.Found> found = state.get(PopulationBook.class).find(snapshotDir, record).stream()
                    .filter(x -> unit == null || x.unit().equals(unit)).toList();
            if (found.isEmpty()) {
                throw UserError.of("evidence.no-record", record, unit == null ? "" : unit);
            }
            if (found.size() > 1) {
                throw UserError.of("evidence.record-ambiguous", record,
                        String.join(", ", found.stream().map(PopulationBook.Found::unit).distinct().toList()));
            }
            PopulationBook.Found x = found.get(0);
            return EvidenceEvents.Attachment.record(x.unit(), x.kind().code(), x.record().id());
        }
        if (unit != null) {
            state.info().requireUnit(unit);
            return EvidenceEvents.Attachment.unit(unit);
        }
        throw UserError.of("evidence.target-missing");
    }

    /** The note as kept: stripped, null when blank; refused when too long. */
    public static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.codePointCount(0, n.length()) > MAX_NOTE) {
            throw UserError.of("evidence.note-too-long", MAX_NOTE);
        }
        return n;
    }

    /** The evidence.added events of files attached to {@code to}. */
    public static List<NewEvent> add(List<EvidenceFile> files, EvidenceEvents.Attachment to, String note, LocalDate on) {
        return files.stream().map(f -> new NewEvent(EvidenceEvents.ADDED, new EvidenceEvents.Added(f, to, note, on)))
                .toList();
    }

    /**
     * The file {@code which} names: an attachment's number in {@code evidence list}, or the first
     * hex digits of a hash (at least 6, one file only).
     */
    public static EvidenceFile file(EvidenceBook book, String which) {
        String w = which == null ? "" : which.strip().toLowerCase(java.util.Locale.ROOT);
        if (w.matches("\\d{1,6}")) {
            return book.item(Integer.parseInt(w)).map(EvidenceBook.Item::file)
                    .orElseThrow(() -> UserError.of("evidence.no-number", w, book.items().size()));
        }
        if (!w.matches("[0-9a-f]{6,64}")) {
            throw UserError.of("evidence.which-bad", which);
        }
        List<EvidenceFile> found = book.byPrefix(w);
        if (found.isEmpty()) {
            throw UserError.of("evidence.no-hash", w);
        }
        if (found.size() > 1) {
            throw UserError.of("evidence.hash-ambiguous", w, found.size());
        }
        return found.get(0);
    }
}
