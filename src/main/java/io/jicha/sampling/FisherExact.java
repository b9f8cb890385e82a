package io.jicha.sampling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Fisher's exact test of a 2×2 table, one-sided: did the failure rate fall from the first sample to
 * the second? For {@code failedBefore} of {@code before} files and {@code failedAfter} of
 * {@code after}, with the margins fixed, the number failing in the first sample is hypergeometric;
 * the p-value is the probability of at least as many failures in the first sample as were seen
 * (SciPy's {@code fisher_exact(table, alternative='greater')} for the table
 * [[failedBefore, before−failedBefore], [failedAfter, after−failedAfter]]). Computed exactly with
 * integers, then divided to 34 significant digits.
 */
public final class FisherExact {

    private FisherExact() {
    }

    /** The one-sided p-value, P(X ≥ failedBefore). */
    public static BigDecimal greater(int failedBefore, int before, int failedAfter, int after) {
        if (before < 1 || after < 1 || failedBefore < 0 || failedAfter < 0 || failedBefore > before
                || failedAfter > after) {
            throw new IllegalArgumentException("not a 2x2 table of counts: " + failedBefore + "/" + before + ", "
                    + failedAfter + "/" + after);
        }
        int total = before + after;
        int failed = failedBefore + failedAfter;
        BigInteger tail = BigInteger.ZERO;
        for (int x = failedBefore; x <= Math.min(before, failed); x++) {
            tail = tail.add(choose(failed, x).multiply(choose(total - failed, before - x)));
        }
        return new BigDecimal(tail).divide(new BigDecimal(choose(total, before)), MathContext.DECIMAL128);
    }

    static BigInteger choose(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
