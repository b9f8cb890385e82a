package io.jicha.sampling;

import io.jicha.common.UserError;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Planning (how many?): the attribute-sampling sample size for tests of controls, as in the
 * AICPA Audit Sampling guide's tables "Statistical Sample Sizes for Tests of Controls":
 * start with k = 0 tolerated deviations; find the smallest n with P(X &lt;= k | n, tolerable)
 * &lt;= 1 - confidence; if the deviations expected in that sample, n × expected, exceed k, add
 * one to k and search again. Binomial model, or hypergeometric for a small given population.
 */
public final class Planning {

    /** Above this sample size the tolerable rate is too close to the expected one to be useful. */
    static final int MAX_SAMPLE = 100_000;

    private Planning() {
    }

    /**
     * The plan. Rates are fractions (0.05 for 5%).
     *
     * @param population the population size, or null; when given and the binomial sample would be
     *                   more than 5% of it, the hypergeometric model is used
     */
    public static SamplingPlan plan(BigDecimal confidence, BigDecimal tolerable, BigDecimal expected,
                                    Integer population) {
        BigDecimal exp = expected == null ? BigDecimal.ZERO : expected;
        checkRates(confidence, tolerable, exp, population);
        double risk = 1 - confidence.doubleValue();
        double t = tolerable.doubleValue();
        int[] binomial = search(exp, (k, n) -> Probabilities.binomialCdf(k, n, t) <= risk, Integer.MAX_VALUE);
        if (population != null && (long) binomial[0] * 20 > population) {
            // Deviations at the tolerable rate in the population: ceil(tolerable × N).
            int deviations = tolerable.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING)
                    .intValueExact();
            int[] hyper = search(exp,
                    (k, n) -> Probabilities.hypergeometricCdf(k, n, population, deviations) <= risk, population);
            return new SamplingPlan(confidence, tolerable, exp, population, SamplingModel.HYPERGEOMETRIC,
                    hyper[0], hyper[1]);
        }
        if (population != null && binomial[0] > population) {
            throw UserError.of("sample.plan-needs-files-but-population", binomial[0], population);
        }
        return new SamplingPlan(confidence, tolerable, exp, population, SamplingModel.BINOMIAL, binomial[0], binomial[1]);
    }

    private interface Acceptable {
        boolean test(int k, int n);
    }

    /** {n, k}: the AICPA search described on the class. */
    private static int[] search(BigDecimal expected, Acceptable ok, int maxN) {
        int k = 0;
        int n = 1;
        while (true) {
            while (!ok.test(k, n)) {
                n++;
                if (n > maxN || n > MAX_SAMPLE) {
                    throw UserError.of("sample.sample-most-files-reaches-confidence", Math.min(maxN, MAX_SAMPLE));
                }
            }
            if (expected.multiply(BigDecimal.valueOf(n)).compareTo(BigDecimal.valueOf(k)) <= 0) {
                return new int[]{n, k};
            }
            k++;
            n = Math.max(n, k + 1);
        }
    }

    /** Checks the rates; a UserError says which is out of range. */
    static void checkRates(BigDecimal confidence, BigDecimal tolerable, BigDecimal expected, Integer population) {
        if (!inOpenUnit(confidence)) {
            throw UserError.of("sample.confidence-must-between-0-1-2", confidence.toPlainString());
        }
        if (!inOpenUnit(tolerable)) {
            throw UserError.of("sample.tolerable-must-between-0-1", tolerable.toPlainString());
        }
        if (expected.signum() < 0 || expected.compareTo(BigDecimal.ONE) >= 0) {
            throw UserError.of("sample.expected-must-least-0-below", expected.toPlainString());
        }
        if (expected.compareTo(tolerable) >= 0) {
            throw UserError.of("sample.expected-must-below-tolerable", expected.toPlainString(), tolerable.toPlainString());
        }
        if (population != null && population < 1) {
            throw UserError.of("sample.population-must-least-1", population);
        }
    }

    private static boolean inOpenUnit(BigDecimal x) {
        return x.signum() > 0 && x.compareTo(BigDecimal.ONE) < 0;
    }

    /** Parses a rate option: a fraction (0.05) or a percentage (5%). */
    public static BigDecimal parseRate(String option, String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        boolean percent = s.endsWith("%");
        try {
            BigDecimal v = new BigDecimal(percent ? s.substring(0, s.length() - 1).strip() : s);
            return percent ? v.movePointLeft(2) : v;
        } catch (NumberFormatException e) {
            throw UserError.of("sample.number-write-fraction-like-0", option, text);
        }
    }
}
