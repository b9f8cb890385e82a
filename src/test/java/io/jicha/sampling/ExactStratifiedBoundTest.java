package io.jicha.sampling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact bound for strata together: the two reference values for the example, and small
 * cells checked against a brute force written here from the definition alone (every vector of D_h the
 * sample allows, every outcome of every stratum, exact rational comparison of T with t, binomial
 * coefficients as BigIntegers). The brute force values were also checked with SciPy 1.17.1:
 * {@code max(sum(D) for D in product(*ranges) if sum(prod(hypergeom.pmf(x_h, N_h, D_h, n_h)) for x in
 * region) > 1 - conf)}.
 */
class ExactStratifiedBoundTest {

    private static List<ExactStratifiedBound.Cell> cells(String spec) {
        List<ExactStratifiedBound.Cell> cells = new ArrayList<>();
        for (String s : spec.split(";")) {
            String[] p = s.trim().split("/");
            cells.add(new ExactStratifiedBound.Cell(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        return cells;
    }

    @Test
    void theExamplesPenaltyCasesAreBoundedAt26Of140() {
        assertThat(ExactStratifiedBound.upper(cells("46/8/1; 34/7/0; 29/7/2; 31/7/0"), 0.90)).hasValue(26);
    }

    @Test
    void theExamplesInspectionRecordsAreBoundedAt92Of1301() {
        assertThat(ExactStratifiedBound.upper(cells("412/9/0; 318/9/0; 276/9/0; 295/9/0"), 0.90)).hasValue(92);
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // N/n/k of each stratum | confidence | bound by SciPy 1.17.1 (script in the class comment)
            "12/4/1; 10/3/0|0.90|8",
            "12/4/1; 10/3/0|0.95|9",
            "15/5/2; 9/3/1|0.90|14",
            "8/8/2; 14/4/1|0.90|10",          // a census stratum (8 of 8)
            "6/6/0; 10/3/0; 7/2/1|0.90|9",    // a census stratum among three
            "10/2/0; 11/3/1; 9/4/2|0.80|13",
            "20/5/0; 16/4/0|0.95|9",
    })
    void smallCellsAgreeWithSciPyAndWithABruteForceOverEveryVector(String spec, double confidence, int scipy) {
        List<ExactStratifiedBound.Cell> c = cells(spec);
        assertThat(bruteForce(c, confidence)).isEqualTo(scipy);
        assertThat(ExactStratifiedBound.upper(c, confidence)).hasValue(scipy);
    }

    @Test
    void aSearchTooLargeGivesUpInsteadOfRunningForEver() {
        // 12 strata of 5,000 with many failures: the region of outcomes is far beyond the limit
        List<ExactStratifiedBound.Cell> c = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            c.add(new ExactStratifiedBound.Cell(5000 + i, 200, 20));
        }
        assertThat(ExactStratifiedBound.upper(c, 0.95)).isEmpty(); // (the time: docs/benchmarks.md)
    }

    /** The definition, by enumeration: max Σ D over the vectors the sample allows with P(T ≤ t) > 1 − confidence. */
    static int bruteForce(List<ExactStratifiedBound.Cell> c, double confidence) {
        int h = c.size();
        // T compared exactly: Σ N_h/n_h (x_h − k_h) ≤ 0, multiplied by Π n_h
        long prod = 1;
        for (ExactStratifiedBound.Cell s : c) {
            prod *= s.sample();
        }
        List<int[]> region = new ArrayList<>();
        int[] x = new int[h];
        while (true) {
            long sum = 0;
            for (int i = 0; i < h; i++) {
                sum += (long) c.get(i).population() * (prod / c.get(i).sample()) * (x[i] - c.get(i).failures());
            }
            if (sum <= 0) {
                region.add(x.clone());
            }
            int i = 0;
            while (i < h && ++x[i] > c.get(i).sample()) {
                x[i++] = 0;
            }
            if (i == h) {
                break;
            }
        }
        int best = -1;
        int[] d = new int[h];
        for (int i = 0; i < h; i++) {
            d[i] = c.get(i).failures();
        }
        while (true) {
            double p = 0;
            for (int[] r : region) {
                double q = 1;
                for (int i = 0; i < h; i++) {
                    q *= pmf(c.get(i).population(), c.get(i).sample(), d[i], r[i]);
                }
                p += q;
            }
            int sum = 0;
            for (int v : d) {
                sum += v;
            }
            if (p > 1 - confidence) {
                best = Math.max(best, sum);
            }
            int i = 0;
            while (i < h) {
                ExactStratifiedBound.Cell s = c.get(i);
                int top = s.sample() == s.population() ? s.failures() : s.population() - s.sample() + s.failures();
                if (++d[i] <= top) {
                    break;
                }
                d[i++] = s.failures();
            }
            if (i == h) {
                break;
            }
        }
        return best;
    }

    private static double pmf(int population, int n, int d, int x) {
        if (x > d || n - x > population - d) {
            return 0;
        }
        BigInteger num = choose(d, x).multiply(choose(population - d, n - x));
        return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(choose(population, n)),
                java.math.MathContext.DECIMAL128).doubleValue();
    }

    private static BigInteger choose(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
