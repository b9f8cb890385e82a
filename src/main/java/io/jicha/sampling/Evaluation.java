package io.jicha.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a sample lets us conclude (evaluation): deviations found among the files evaluated, the
 * observed deviation rate, and an upper bound on the population's rate at the given confidence,
 * by the {@link Method} that fits what is known (docs/sampling.md, "Evaluation"). Made by
 * {@link Evaluating}.
 *
 * @param population  the population size, or null when unknown
 * @param upperCount  the bound as a number of files of the population (hypergeometric, census and
 *                    stratified bounds), or null (binomial)
 * @param tolerable   the plan's tolerable rate the bound is compared with, or null without a plan
 */
public record Evaluation(BigDecimal confidence, int evaluated, int deviations, double observedRate,
                         double upperBound, int unevaluated, Method method, Integer population, Integer upperCount,
                         BigDecimal tolerable) {

    /** How the bound was found. */
    public enum Method {
        /** No population known: the one-sided exact Clopper-Pearson bound (binomial). */
        BINOMIAL,
        /** Population known: the largest count D with P(X ≤ k | N, n, D) above the risk (hypergeometric). */
        HYPERGEOMETRIC,
        /** Every file of the population evaluated: the rate is exact. */
        CENSUS,
        /** Several strata (units, or strata of a draw), each bounded exactly, combined conservatively (Bonferroni). */
        STRATIFIED,
        /** Several strata together, bounded exactly: the exact test of the estimated total inverted. */
        STRATIFIED_EXACT
    }

    /** A binomial evaluation (population unknown), as before populations were taken into account. */
    public Evaluation(BigDecimal confidence, int evaluated, int deviations, double observedRate, double upperBound,
                      int unevaluated) {
        this(confidence, evaluated, deviations, observedRate, upperBound, unevaluated, Method.BINOMIAL, null, null, null);
    }

    public Evaluation {
        Objects.requireNonNull(confidence, "confidence");
        method = method == null ? Method.BINOMIAL : method;
        if (evaluated < 1 || deviations < 0 || deviations > evaluated || unevaluated < 0) {
            throw new IllegalArgumentException("bad evaluation counts " + deviations + "/" + evaluated);
        }
        if (method != Method.BINOMIAL && (population == null || upperCount == null)) {
            throw new IllegalArgumentException(method + " needs the population and the bound's count");
        }
    }

    /** The same evaluation, compared with a plan's tolerable rate (null: no plan). */
    public Evaluation against(BigDecimal tolerableRate) {
        return new Evaluation(confidence, evaluated, deviations, observedRate, upperBound, unevaluated, method,
                population, upperCount, tolerableRate);
    }

    /**
     * The upper bound as a percentage with one decimal. A binomial bound is rounded up, so that it never
     * claims too much; a bound that is a count of files (at most 8 of 34) is that count's share rounded
     * half up (23.5%), printed beside the count.
     */
    public BigDecimal upperBoundPercent() {
        if (upperCount != null) {
            return BigDecimal.valueOf(upperCount).movePointRight(2)
                    .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
        }
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
        if (upperCount != null) {
            // exact: D / N <= t  ⇔  D <= t × N
            return BigDecimal.valueOf(upperCount).compareTo(tolerable.multiply(BigDecimal.valueOf(population))) <= 0;
        }
        return upperBound <= tolerable.doubleValue();
    }

    /** Whether every file of the population was evaluated (the rate is exact, no bound needed). */
    public boolean census() {
        return method == Method.CENSUS;
    }

    static BigDecimal percentUp(double rate) {
        // A tiny allowance keeps float noise (4.9999999999) from adding 0.1.
        return new BigDecimal(rate * 100 - 1e-9).setScale(1, RoundingMode.CEILING).max(BigDecimal.ZERO.setScale(1));
    }
}
