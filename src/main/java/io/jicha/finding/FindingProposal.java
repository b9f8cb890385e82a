package io.jicha.finding;

/**
 * A finding the scoring engine proposes for a deduction or veto: the unit, the scored record
 * (null for a unit-documents review), the criterion, the suggested severity, and as text the
 * criterion's text plus the auditor's note. {@code requirement} may be null; {@code source} says
 * what proposed it ("score B1": a deduction or veto of criterion B1).
 */
public record FindingProposal(String unit, String recordId, String criterionCode, Severity severity, String text,
                              String requirement, String source) {
}
