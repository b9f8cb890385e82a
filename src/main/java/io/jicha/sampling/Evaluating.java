package io.jicha.sampling;

import io.jicha.common.UserError;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Evaluation (what can we conclude?): counts the failed files of a draw and bounds the population's
 * deviation rate from above. With the population's size known (it always is for a draw) the bound is
 * the exact finite-population one: the largest number D of failing files among the N for which seeing
 * at most the k failures found in n files is still more likely than the risk, P(X ≤ k | N, n, D) > 1 −
 * confidence (hypergeometric); when all N files were evaluated the rate is exact (census); the
 * binomial (Clopper-Pearson) bound is used only when no population is known. See docs/sampling.md.
 */
public final class Evaluating {

    private Evaluating() {
    }

    /** From counts, population unknown: the binomial (Clopper-Pearson) bound. */
    public static Evaluation evaluate(BigDecimal confidence, int evaluated, int deviations) {
        return evaluate(confidence, evaluated, deviations, null);
    }

    /** From counts: deviations found among evaluated files of a population of the given size (null: unknown). */
    public static Evaluation evaluate(BigDecimal confidence, int evaluated, int deviations, Integer population) {
        checkConfidence(confidence);
        if (evaluated < 1) {
            throw UserError.of("sample.scored-files-yet-score-drawn");
        }
        double observed = (double) deviations / evaluated;
        if (population == null) {
            double upper = Probabilities.clopperPearsonUpper(deviations, evaluated, confidence.doubleValue());
            return new Evaluation(confidence, evaluated, deviations, observed, upper, 0);
        }
        if (evaluated > population) {
            throw new IllegalArgumentException(evaluated + " evaluated of a population of " + population);
        }
        if (evaluated == population) {
            return new Evaluation(confidence, evaluated, deviations, observed, observed, 0, Evaluation.Method.CENSUS,
                    population, deviations, null);
        }
        int d = hypergeometricUpper(deviations, evaluated, population, confidence);
        return new Evaluation(confidence, evaluated, deviations, observed, (double) d / population, 0,
                Evaluation.Method.HYPERGEOMETRIC, population, d, null);
    }

    /**
     * The exact upper confidence bound on the number of failing files in a population of N, after k
     * failures in a simple random sample of n: the largest D with P(X ≤ k | N, n, D) &gt; 1 − confidence.
     * P falls as D grows, so D is found by bisection between k and N − (n − k).
     */
    public static int hypergeometricUpper(int k, int n, int population, BigDecimal confidence) {
        if (n < 1 || k < 0 || k > n || n > population) {
            throw new IllegalArgumentException("need 0 <= k <= n <= N, got k=" + k + ", n=" + n + ", N=" + population);
        }
        double risk = 1 - confidence.doubleValue();
        int lo = k;                          // P(X <= k | D = k) = 1 > risk
        int hi = population - (n - k);       // the most failing files the sample allows
        if (Probabilities.hypergeometricCdf(k, n, population, hi) > risk) {
            return hi;
        }
        while (hi - lo > 1) {                // invariant: P(lo) > risk >= P(hi)
            int mid = (lo + hi) >>> 1;
            if (Probabilities.hypergeometricCdf(k, n, population, mid) > risk) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** From the outcomes of a draw's files, population unknown (binomial). */
    public static Evaluation evaluate(BigDecimal confidence, List<String> drawnIds, Map<String, Boolean> failed) {
        return evaluate(confidence, drawnIds, failed, null);
    }

    /**
     * From the outcomes of a draw's files: {@code failed} maps a drawn id to true (fails) or
     * false (passes); drawn ids without an outcome are counted as not yet evaluated and left out.
     */
    public static Evaluation evaluate(BigDecimal confidence, List<String> drawnIds, Map<String, Boolean> failed,
                                      Integer population) {
        int[] counts = count(drawnIds, failed);
        Evaluation e = evaluate(confidence, counts[0], counts[1], population);
        return new Evaluation(e.confidence(), e.evaluated(), e.deviations(), e.observedRate(), e.upperBound(),
                drawnIds.size() - counts[0], e.method(), e.population(), e.upperCount(), e.tolerable());
    }

    /** {evaluated, deviations} among the ids. */
    static int[] count(List<String> ids, Map<String, Boolean> failed) {
        int evaluated = 0;
        int deviations = 0;
        for (String id : ids) {
            Boolean f = failed.get(id);
            if (f != null) {
                evaluated++;
                if (f) {
                    deviations++;
                }
            }
        }
        return new int[]{evaluated, deviations};
    }

    static void checkConfidence(BigDecimal confidence) {
        if (confidence.signum() <= 0 || confidence.compareTo(BigDecimal.ONE) >= 0) {
            throw UserError.of("sample.confidence-must-between-0-1", confidence.toPlainString());
        }
    }
}
