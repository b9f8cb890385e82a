package io.jicha.report;

import io.jicha.evidence.EvidenceBook;
import io.jicha.evidence.EvidenceEvents;
import io.jicha.evidence.EvidenceFile;
import io.jicha.finding.Finding;
import io.jicha.session.SessionState;

import java.util.List;
import java.util.Objects;

/**
 * The 照片及佐证材料 annex of a case file, a finding or a unit: its subject line, then every evidence
 * file attached to it in the order attached. Pictures are drawn as thumbnails; the other files
 * (PDF, Office, text, HEIC that cannot be decoded) are listed.
 */
public record EvidenceAnnexModel(Provenance provenance, String subject, List<Entry> entries) {

    public EvidenceAnnexModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(subject, "subject");
        entries = List.copyOf(entries);
    }

    /**
     * The annex of what {@code to} names (a case file, a finding or a unit: the evidence attached to
     * it; for a unit, to the unit, its findings and its case files), from the replayed state.
     */
    public static EvidenceAnnexModel of(SessionState state, Provenance provenance, EvidenceEvents.Attachment to) {
        ReportMessages labels = ReportMessages.forLocale(provenance.locale());
        EvidenceBook book = state.get(EvidenceBook.class);
        List<EvidenceBook.Item> items;
        String subject;
        switch (to.target()) {
            case RECORD -> {
                items = book.ofRecord(to.unit(), to.recordId());
                subject = labels.get("annex.subject.record", to.recordId(), to.unit());
            }
            case FINDING -> {
                items = book.ofFinding(to.findingId());
                Finding f = state.get(io.jicha.finding.FindingBook.class).require(to.findingId());
                subject = labels.get("annex.subject.finding", f.id(), f.unit(), f.text());
            }
            default -> {
                items = book.items(a -> a.unit().equals(to.unit()));
                subject = labels.get("annex.subject.unit", to.unit());
            }
        }
        return new EvidenceAnnexModel(provenance, subject,
                items.stream().map(i -> new Entry(i.n(), i.file(), i.added().note())).toList());
    }

    /** One attached file: its number in the session's evidence list, the file, the note (may be null). */
    public record Entry(int n, EvidenceFile file, String note) {
    }

    /** Gives a picture's upright thumbnail as JPEG bytes, or null to list the file instead. */
    @FunctionalInterface
    public interface Thumbnails {
        byte[] of(EvidenceFile file);
    }
}
