package io.jicha.finding;

/**
 * An auditor's finding written directly ({@code finding add}). {@code recordId}, {@code criterionCode}
 * and {@code deadline} may be null (no deadline: the rubric's default for the severity).
 * {@code amendReason} is needed only after the review is finalized.
 */
public record AddFinding(String unit, String recordId, String criterionCode, Severity severity, String text,
                         String requirement, Deadline deadline, String amendReason) {
}
