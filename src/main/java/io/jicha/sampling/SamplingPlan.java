package io.jicha.sampling;

import io.jicha.common.UserError;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An attribute-sampling plan (how many?): at the given confidence, a sample of sampleSize
 * with at most toleratedDeviations deviations supports the conclusion that the deviation rate is
 * below the tolerable rate. {@code model} is binomial, or hypergeometric (population given and
 * small). Made by {@link Planning#plan}; the method is in docs/sampling.md.
 */
public record SamplingPlan(BigDecimal confidence, BigDecimal tolerable, BigDecimal expected, Integer population,
                           SamplingModel model, int sampleSize, int toleratedDeviations) {

    public SamplingPlan {
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(tolerable, "tolerable");
        Objects.requireNonNull(expected, "expected");
        Planning.checkRates(confidence, tolerable, expected, population);
        Objects.requireNonNull(model, "model");
        if (sampleSize < 1 || toleratedDeviations < 0 || toleratedDeviations >= sampleSize) {
            throw new IllegalArgumentException("bad plan size " + sampleSize + "(" + toleratedDeviations + ")");
        }
        if (population != null && sampleSize > population) {
            throw UserError.of("sample.planned-sample-exceeds-population", sampleSize, population);
        }
    }
}
