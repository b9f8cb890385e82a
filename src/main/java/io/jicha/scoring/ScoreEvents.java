package io.jicha.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The scoring events. Every one names its target and the rubric (id and version) it was scored
 * against; {@code amendment} holds the reason when the change was made after the review was
 * finalized, and {@code override} the reason when it changed a file someone else had marked done.
 * {@code on} is the day the file was reviewed (the auditor's working day, not the clock time of the
 * event); journals written before it existed lack it, and readers then take the day the event was
 * recorded (see {@link ScoreBook.DoneMark#day(java.time.ZoneId)}).
 */
public final class ScoreEvents {

    public static final String DEDUCTED = "score.deducted";
    public static final String VETOED = "score.vetoed";
    public static final String CLEARED = "score.cleared";
    public static final String DONE = "score.done";
    public static final String REOPENED = "score.reopened";
    /** A criterion marked 不适用 for the file (since issue 12). */
    public static final String NOT_APPLICABLE = "score.not-applicable";
    /** A bonus item (加分项) awarded (since issue 12). */
    public static final String BONUS = "score.bonus";
    /**
     * A file (or a unit's documents) opened by its auditor (since issue 26): the session remembers
     * it as the auditor's open file, and the auditor holds it (a claim) until it is marked done or
     * released; another auditor's change to it then needs an override with a reason.
     */
    public static final String OPENED = "score.opened";
    /** A claim ended without marking the file done ({@code score release}, since issue 26). */
    public static final String RELEASED = "score.released";
    /** A change to a file another auditor holds, made with an override and its reason (since issue 26). */
    public static final String CLAIM_OVERRIDDEN = "score.claim-overridden";

    private ScoreEvents() {
    }

    /** Points taken off a criterion: {@code times} occurrences, or an explicit amount (times null). */
    public record Deducted(ScoreTarget target, String rubric, String criterion, Integer times, BigDecimal points,
                           String note, String amendment, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate on) {
    }

    /** The criterion does not apply to this file; the total is rescaled to the applicable points. */
    public record NotApplicable(ScoreTarget target, String rubric, String criterion, String note, String amendment,
                                @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate on) {
    }

    /** A bonus item awarded {@code points} (its points, or fewer when given). */
    public record Bonus(ScoreTarget target, String rubric, String criterion, BigDecimal points, String note,
                        String amendment, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate on) {
    }

    /** A veto criterion failed: the file fails whatever its points. */
    public record Vetoed(ScoreTarget target, String rubric, String criterion, String note, String amendment,
                         @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate on) {
    }

    /** Every deduction and veto of a criterion taken back (they stay in the journal). */
    public record Cleared(ScoreTarget target, String rubric, String criterion, String reason, String amendment,
                          @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate on) {
    }

    /** The file is reviewed: criteria without deductions keep their full points. */
    public record Done(ScoreTarget target, String rubric, String amendment, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate on) {
    }

    /** A file marked done is opened again for changes; {@code override} is set when another auditor does it. */
    public record Reopened(ScoreTarget target, String rubric, String doneBy, String reason, boolean override,
                           @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate on) {
    }

    /**
     * The auditor of the event opens the target and holds it. {@code takenFrom} and {@code reason}
     * are set when the target was held by another auditor, who loses it (an override).
     */
    public record Opened(ScoreTarget target, @JsonInclude(JsonInclude.Include.NON_NULL) String takenFrom,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }

    /** The claim of {@code holder} on the target ends; {@code reason} is set when another auditor ended it. */
    public record Released(ScoreTarget target, String holder, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }

    /** The auditor of the event changed a target {@code holder} holds, for {@code reason}; the claim stays. */
    public record ClaimOverridden(ScoreTarget target, String holder, String reason) {
    }
}
