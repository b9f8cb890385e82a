package io.jicha.finding;

/**
 * A finding the scoring engine proposes for a deduction or veto: the unit, the scored record
 * (null for a unit-documents review), the criterion, the suggested severity, and as text the
 * criterion's text plus the auditor's note. {@code requirement} may be null; {@code source} says
 * what proposed it ("score B1": a deduction or veto of criterion B1). {@code rubricId} and
 * {@code rubricVersion} name the rubric the criterion belongs to (null when unknown).
 */
public record FindingProposal(String unit, String recordId, String criterionCode, Severity severity, String text,
                              String requirement, String source, String rubricId, String rubricVersion) {

    public FindingProposal(String unit, String recordId, String criterionCode, Severity severity, String text,
                           String requirement, String source) {
        this(unit, recordId, criterionCode, severity, text, requirement, source, null, null);
    }
}
