package io.jicha.sampling;

import io.jicha.record.RecordKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The failure rate of a unit's files of one kind in a review and in its follow-up (回头看), with the
 * one-sided Fisher exact p-value of a fall ({@link FisherExact#greater}) and whether it is
 * significant at {@code confidence}. Worded by the report's {@code EvaluationWords}.
 */
public record RateComparison(String unit, RecordKind kind, int failedBefore, int before, int failedAfter, int after,
                             BigDecimal p, BigDecimal confidence) {

    public RateComparison {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** Compares the counts at the given confidence (e.g. 0.95). */
    public static RateComparison of(String unit, RecordKind kind, int failedBefore, int before, int failedAfter,
                                    int after, BigDecimal confidence) {
        return new RateComparison(unit, kind, failedBefore, before, failedAfter, after,
                FisherExact.greater(failedBefore, before, failedAfter, after), confidence);
    }

    /** Significant when p is below 1 − confidence. */
    public boolean significant() {
        return p.compareTo(BigDecimal.ONE.subtract(confidence)) < 0;
    }

    public BigDecimal percentBefore() {
        return percent(failedBefore, before);
    }

    public BigDecimal percentAfter() {
        return percent(failedAfter, after);
    }

    /** Which way the failure rate moved, by the rates to one decimal. */
    public enum Direction { FELL, ROSE, SAME }

    /** Which way the failure rate moved from the review to its follow-up. */
    public Direction direction() {
        int cmp = percentAfter().compareTo(percentBefore());
        return cmp < 0 ? Direction.FELL : cmp > 0 ? Direction.ROSE : Direction.SAME;
    }

    /** The confidence as a percentage, e.g. 95 or 97.5. */
    public BigDecimal confidencePercent() {
        return confidence.movePointRight(2).stripTrailingZeros();
    }

    private static BigDecimal percent(int k, int n) {
        return BigDecimal.valueOf(k).movePointRight(2).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }
}
