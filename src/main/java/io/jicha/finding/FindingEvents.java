package io.jicha.finding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

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

    /** Emitted by the report capability when a unit's rectification notice is issued: {unit, issued}. */
    public static final String NOTICE_ISSUED = "notice.issued";

    private FindingEvents() {
    }

    /**
     * A finding proposed by a deduction or veto (source "deduction" or "veto"): the criterion's text
     * plus the auditor's note as text, and the severity it suggests. No deadline until accepted.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proposed(String id, String unit, String recordId, String criterionCode, Severity severity,
                           String text, String requirement, String source) {
    }

    /** A finding written directly by an auditor; it starts accepted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Added(String id, String unit, String recordId, String criterionCode, Severity severity,
                        String text, String requirement, Deadline deadline, boolean defaultDeadline) {
    }

    /** A proposal accepted, with its final content (edits already applied). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Accepted(String id, Severity severity, String text, String requirement, Deadline deadline,
                           boolean defaultDeadline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dropped(String id, String reason) {
    }

    /** Changed fields only; null means unchanged. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edited(String id, Severity severity, String text, String requirement, Deadline deadline,
                         Boolean defaultDeadline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Withdrawn(String id, String reason) {
    }

    /** Rectification reported and checked: the evidence and the date it was done. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resolved(String id, String evidence, LocalDate date) {
    }

    /**
     * A change after the review was finalized. {@code action} is one of edit (changed fields given),
     * accept (final content given), drop, withdraw, add (follows the finding.added event).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amended(String id, String action, String reason, Severity severity, String text,
                          String requirement, Deadline deadline, Boolean defaultDeadline) {
    }
}
