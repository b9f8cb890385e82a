package io.jicha.finding;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jicha.journal.NewEvent;
import io.jicha.evidence.EvidenceFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal events of findings: their type names and payload records. Fields that may be
 * absent are null and left out of the JSON. {@code defaultDeadline} says the deadline came from
 * the rubric's default for the severity (and follows the severity when it is edited).
 */
public final class FindingEvents {

    public static final String PROPOSED = "finding.proposed";
    public static final String ADDED = "finding.added";
    public static final String ACCEPTED = "finding.accepted";
    public static final String DROPPED = "finding.dropped";
    public static final String EDITED = "finding.edited";
    public static final String WITHDRAWN = "finding.withdrawn";
    public static final String RESOLVED = "finding.resolved";
    public static final String AMENDED = "finding.amended";

    /** A unit's rectification notice issued: {@link NoticeIssued}. */
    public static final String NOTICE_ISSUED = "notice.issued";
    /** The version of a unit's document actually sent (the edited .docx, the signed scan): {@link DocumentSent}. */
    public static final String DOCUMENT_SENT = "document.sent";
    /** A unit's notice printed again in another form (文件式, 信函式, plain paper): {@link NoticeReprinted}. */
    public static final String NOTICE_REPRINTED = "notice.reprinted";

    private FindingEvents() {
    }

    /** A payload about one finding, named by its id (every finding.* payload). */
    public sealed interface AboutFinding permits Proposed, Added, Accepted, Dropped, Edited, Withdrawn, Resolved,
            Amended {
        String id();
    }

    /** The finding the first event about a finding among {@code events} is about. */
    public static Optional<String> findingId(List<NewEvent> events) {
        return events.stream().map(NewEvent::payload).filter(AboutFinding.class::isInstance)
                .map(p -> ((AboutFinding) p).id()).findFirst();
    }

    /**
     * A finding proposed by a deduction or veto ({@code source}, e.g. "score B1"): the criterion's text
     * plus the auditor's note as text, and the severity it suggests. No deadline until accepted.
     * Since issue 22 also the rubric the criterion belongs to ({@code rubric}, {@code rubricVersion};
     * optional: older journals resolve it through the rubric that judges the file).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proposed(String id, String unit, String recordId, String criterionCode, Severity severity,
                           String text, String requirement, String source, String rubric, String rubricVersion)
            implements AboutFinding {

        public Proposed(String id, String unit, String recordId, String criterionCode, Severity severity,
                        String text, String requirement, String source) {
            this(id, unit, recordId, criterionCode, severity, text, requirement, source, null, null);
        }
    }

    /**
     * A finding written directly by an auditor; it starts accepted. A finding made by grouping proposals
     * ({@code finding group}, since issue 12) also names the files it is about, {@code recordIds}, and the
     * proposals it replaces, {@code grouped} (each dropped by a following {@code finding.dropped}); both
     * are absent otherwise (older journals: none). Since issue 22 (optional): the rubric of
     * {@code criterionCode} ({@code rubric}, {@code rubricVersion}), and for a grouped finding each
     * member's own criterion ({@code criteria}, in the members' order), since codes collide across
     * rubrics; older journals resolve them through the members and the rubric that judges each file.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Added(String id, String unit, String recordId, String criterionCode, Severity severity,
                        String text, String requirement, Deadline deadline, boolean defaultDeadline,
                        List<String> recordIds, List<String> grouped, String rubric, String rubricVersion,
                        List<CriterionRef> criteria) implements AboutFinding {

        public Added(String id, String unit, String recordId, String criterionCode, Severity severity, String text,
                     String requirement, Deadline deadline, boolean defaultDeadline) {
            this(id, unit, recordId, criterionCode, severity, text, requirement, deadline, defaultDeadline, null, null);
        }

        public Added(String id, String unit, String recordId, String criterionCode, Severity severity, String text,
                     String requirement, Deadline deadline, boolean defaultDeadline, List<String> recordIds,
                     List<String> grouped) {
            this(id, unit, recordId, criterionCode, severity, text, requirement, deadline, defaultDeadline, recordIds,
                    grouped, null, null, null);
        }
    }

    /** A proposal accepted, with its final content (edits already applied). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Accepted(String id, Severity severity, String text, String requirement, Deadline deadline,
                           boolean defaultDeadline) implements AboutFinding {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dropped(String id, String reason) implements AboutFinding {
    }

    /** Changed fields only; null means unchanged. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edited(String id, Severity severity, String text, String requirement, Deadline deadline,
                         Boolean defaultDeadline) implements AboutFinding {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Withdrawn(String id, String reason) implements AboutFinding {
    }

    /** Rectification reported and checked: the evidence and the date it was done. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resolved(String id, String evidence, LocalDate date) implements AboutFinding {
    }

    /**
     * A change after the review was finalized: what it does ({@link AmendAction}; edit gives the
     * changed fields, accept the final content, drop and withdraw nothing, add follows the
     * finding.added event) and why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amended(String id, AmendAction action, String reason, Severity severity, String text,
                          String requirement, Deadline deadline, Boolean defaultDeadline) implements AboutFinding {
    }

    /**
     * The notice issued on {@code issued} printed again in another {@code form} ({@code file}, {@code letter},
     * {@code plain}) to {@code file}: the same document (number, title, addressee and date unchanged) on other
     * paper; the notice is shown as it was last issued (issue 23 item 6).
     */
    public record NoticeReprinted(String unit, LocalDate issued, String form, String file) {
    }

    /**
     * A unit's rectification notice issued on {@code issued}: from then on the unit's deadline rules
     * are dates. {@code number} (the document number, may be null) and {@code file} (the PDF's file
     * name) say which document it was. Since issue 23 also its {@code form} (file, letter, plain), its
     * {@code title} when one was given, and its {@code addressee} (主送), so that a reprint that would
     * change what was issued is refused (optional: absent in older journals, then not compared).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoticeIssued(String unit, LocalDate issued, String number, String file, String form, String title,
                               String addressee) {

        /** As journals before issue 23 hold it: no form, title or addressee recorded. */
        public NoticeIssued(String unit, LocalDate issued, String number, String file) {
            this(unit, issued, number, file, null, null, null);
        }

        public NoticeIssued {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(issued, "issued");
        }
    }

    /**
     * The final version of a unit's document as it was sent: which document ({@code kind}, e.g.
     * {@code notice}), the file (kept in the session's evidence store by its SHA-256), the day it was
     * sent, its 发文字号 as sent ({@code number}, may be null) and the number jicha printed
     * ({@code printed}, may be null), so a difference stays on record. Who recorded it is the event's
     * auditor. A later record for the same unit and kind is a corrected record; the last one counts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentSent(String unit, String kind, EvidenceFile file, LocalDate date, String number,
                               String printed) {

        public DocumentSent {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(date, "date");
        }

        /** Whether the number sent differs from the one jicha printed. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean numberDiffers() {
            return !Objects.equals(number, printed);
        }
    }
}
