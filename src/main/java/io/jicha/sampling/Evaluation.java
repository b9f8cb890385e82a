package io.jicha.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a sample lets us conclude (evaluation): deviations found among the files evaluated, the
 * observed deviation rate, and its one-sided exact (Clopper-Pearson) upper bound at the given
 * confidence. Made by {@link Evaluating}.
 */
public record Evaluation(BigDecimal confidence, int evaluated, int deviations, double observedRate,
                         double upperBound, int unevaluated) {

    public Evaluation {
        Objects.requireNonNull(confidence, "confidence");
        if (evaluated < 1 || deviations < 0 || deviations > evaluated || unevaluated < 0) {
            throw new IllegalArgumentException("bad evaluation counts " + deviations + "/" + evaluated);
        }
    }

    /** The upper bound as a percentage with one decimal, rounded up so that it never claims too much. */
    public BigDecimal upperBoundPercent() {
        return percentUp(upperBound);
    }

    /** The observed rate as a percentage with one decimal (rounded half up). */
    public BigDecimal observedPercent() {
        return BigDecimal.valueOf(observedRate * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /** The confidence as a percentage, e.g. 95 or 97.5. */
    public BigDecimal confidencePercent() {
        return confidence.movePointRight(2).stripTrailingZeros();
    }

    /** Whether the upper bound is at most the tolerable rate: the sample supports reliance. */
    public boolean supports(BigDecimal tolerable) {
        return upperBound <= tolerable.doubleValue();
    }

    static BigDecimal percentUp(double rate) {
        // A tiny allowance keeps float noise (4.9999999999) from adding 0.1.
        return new BigDecimal(rate * 100 - 1e-9).setScale(1, RoundingMode.CEILING).max(BigDecimal.ZERO.setScale(1));
    }
}
