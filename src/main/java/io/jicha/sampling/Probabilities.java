package io.jicha.sampling;

/**
 * Exact binomial and hypergeometric distribution functions in log space, and the one-sided
 * Clopper-Pearson bound. Probabilities are doubles; sums of exact terms, no normal approximation.
 */
public final class Probabilities {

    private Probabilities() {
    }

    /** P(X &lt;= k) for X ~ Binomial(n, p). */
    public static double binomialCdf(int k, int n, double p) {
        if (k < 0) {
            return 0;
        }
        if (k >= n || p <= 0) {
            return 1;
        }
        if (p >= 1) {
            return 0;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += Math.exp(lnChoose(n, i) + i * logP + (n - i) * logQ);
        }
        return Math.min(1, sum);
    }

    /**
     * P(X &lt;= k) for X the number of deviations in a sample of n drawn without replacement from
     * a population of size population holding deviations deviations.
     */
    public static double hypergeometricCdf(int k, int n, int population, int deviations) {
        int lo = Math.max(0, n - (population - deviations));
        int hi = Math.min(n, deviations);
        if (k < lo) {
            return 0;
        }
        if (k >= hi) {
            return 1;
        }
        double logTotal = lnChoose(population, n);
        double sum = 0;
        for (int i = lo; i <= k; i++) {
            sum += Math.exp(lnChoose(deviations, i) + lnChoose(population - deviations, n - i) - logTotal);
        }
        return Math.min(1, sum);
    }

    /**
     * The one-sided Clopper-Pearson upper confidence bound for a rate, after k deviations in n
     * trials: the p at which P(X &lt;= k | n, p) equals 1 - confidence (found by bisection).
     */
    public static double clopperPearsonUpper(int k, int n, double confidence) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0, got k=" + k + ", n=" + n);
        }
        if (k == n) {
            return 1.0;
        }
        double alpha = 1 - confidence;
        double lo = (double) k / n;
        double hi = 1.0;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            if (binomialCdf(k, n, mid) > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** ln C(n, k). */
    static double lnChoose(int n, int k) {
        if (k < 0 || k > n) {
            return Double.NEGATIVE_INFINITY;
        }
        int m = Math.min(k, n - k);
        if (m <= 2000) {
            double s = 0;
            for (int i = 1; i <= m; i++) {
                s += Math.log((double) (n - m + i) / i);
            }
            return s;
        }
        return lnGamma(n + 1.0) - lnGamma(k + 1.0) - lnGamma(n - k + 1.0);
    }

    /** ln Γ(x) for x &gt; 0, by the Lanczos approximation (g = 7, n = 9), accurate to about 1e-15. */
    static double lnGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
        }
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        x -= 1;
        double a = c[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += c[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
