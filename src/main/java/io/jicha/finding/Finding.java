package io.jicha.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One finding as the journal says it is now. {@code recordId}, {@code criterionCode},
 * {@code proposedBy}/{@code proposedAt} (for findings written directly), {@code acceptedBy}/
 * {@code acceptedAt}, {@code deadline} (for proposals) and {@code resolution} may be null;
 * {@code requirement} may be empty while proposed. {@code history} lists every event that
 * touched it, oldest first. {@code files} are the files it is about: its {@code recordId}, or for a
 * finding grouped from several proposals ({@code finding group}) each of their files, in order.
 * {@code criteria} are the criteria it is about, each as (rubric id, version, code) and the file it was
 * found in: none without a criterion, one for a finding about one subject, each member's own for a
 * grouped finding (the rubric is null where an older journal did not record it).
 */
public record Finding(String id, String unit, String recordId, String criterionCode, Severity severity,
                      String text, String requirement, Deadline deadline, boolean defaultDeadline,
                      FindingStatus status, String proposedBy, Instant proposedAt, String acceptedBy,
                      Instant acceptedAt, Resolution resolution, List<Change> history, List<String> files,
                      List<CriterionRef> criteria) {

    /** A finding whose criteria are its code alone, in no recorded rubric. */
    public Finding(String id, String unit, String recordId, String criterionCode, Severity severity, String text,
                   String requirement, Deadline deadline, boolean defaultDeadline, FindingStatus status,
                   String proposedBy, Instant proposedAt, String acceptedBy, Instant acceptedAt, Resolution resolution,
                   List<Change> history, List<String> files) {
        this(id, unit, recordId, criterionCode, severity, text, requirement, deadline, defaultDeadline, status,
                proposedBy, proposedAt, acceptedBy, acceptedAt, resolution, history, files, null);
    }

    /** A finding about at most one file, {@code recordId}. */
    public Finding(String id, String unit, String recordId, String criterionCode, Severity severity, String text,
                   String requirement, Deadline deadline, boolean defaultDeadline, FindingStatus status,
                   String proposedBy, Instant proposedAt, String acceptedBy, Instant acceptedAt, Resolution resolution,
                   List<Change> history) {
        this(id, unit, recordId, criterionCode, severity, text, requirement, deadline, defaultDeadline, status,
                proposedBy, proposedAt, acceptedBy, acceptedAt, resolution, history, null);
    }

    public Finding {
        files = files != null ? List.copyOf(files) : recordId == null ? List.of() : List.of(recordId);
        criteria = criteria != null ? List.copyOf(criteria) : criterionCode == null || criterionCode.isBlank()
                ? List.of() : List.of(new CriterionRef(recordId, null, null, criterionCode));
        require(id, "id");
        require(unit, "unit");
        require(text, "text");
        if (severity == null || status == null) {
            throw new IllegalArgumentException("finding " + id + " needs a severity and a status");
        }
        requirement = requirement == null ? "" : requirement;
        history = List.copyOf(history);
    }

    /** Rectification reported and checked. */
    public record Resolution(String evidence, LocalDate date, String auditor, Instant at) {
    }

    /** One event in a finding's history: what happened, who, when, and the reason or changed fields. */
    public record Change(long seq, Instant at, String auditor, String type, String detail) {
    }

    /** True when the finding was changed after the review was finalized. */
    public boolean amended() {
        return history.stream().anyMatch(c -> c.type().equals(FindingEvents.AMENDED));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("finding " + field + " is required");
        }
    }
}
