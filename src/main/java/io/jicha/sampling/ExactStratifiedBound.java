package io.jicha.sampling;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The exact upper confidence bound on the number of failing files of a population made of strata,
 * each sampled without replacement (after Wendell and Schmee, JASA 91 (1996), exact inference for
 * proportions from a stratified finite population). The statistic is the estimated total
 * T = Σ (N_h / n_h)·x_h; a vector (D_1 … D_H) of failing files per stratum is kept when
 * P(T ≤ t_observed) under independent hypergeometric draws exceeds 1 − confidence, and the bound
 * is the largest Σ D_h over the kept vectors. Only vectors the sample could have come from are
 * considered (k_h ≤ D_h ≤ N_h − n_h + k_h; a censused stratum is its own count): the true vector
 * always is one, so the coverage holds.
 *
 * <p>The search is exact: a branch and bound over the strata in which a partial vector is dropped
 * as soon as the probability of the observed region, with the remaining strata holding no failing
 * file, is at most the risk (P falls as any D_h grows), or its sum cannot beat the best found. Its
 * work is counted in steps; beyond {@link #STEP_LIMIT} the search gives up (empty result), and the
 * caller falls back to the conservative bound; so it does when the exact comparison of T with t
 * does not fit in a long. The count does not depend on the machine, so the
 * same data always give the same answer. See docs/sampling.md.
 */
public final class ExactStratifiedBound {

    /** One sampled stratum: population N, sample n (1 ≤ n ≤ N), failures k in it. */
    public record Cell(int population, int sample, int failures) {
        public Cell {
            if (sample < 1 || sample > population || failures < 0 || failures > sample) {
                throw new IllegalArgumentException("bad stratum " + failures + "/" + sample + " of " + population);
            }
        }
    }

    /** Work beyond which the exact search gives up (steps: one probability term multiplied in). */
    public static final long STEP_LIMIT = 30_000_000L;

    /** Points of the observed region (sample outcomes with T ≤ t) beyond which the search is not tried. */
    public static final int REGION_LIMIT = 1_000_000;

    private final int h;
    private final Cell[] cells;
    private final int[] lo;
    private final int[] hi;
    private final double alpha;
    // the observed region as a trie, level by level: parent index and x of each node
    private final int[][] parent;
    private final int[][] xs;
    // pmf[h][D - lo[h]][x] and, for the last stratum, cdf
    private final double[][][] pmf;
    private final int[] lastMax; // for each node of level h-2 (or the root), the largest x of the last stratum in the region
    private final double[][] mass;
    private long steps;
    private int best;

    private ExactStratifiedBound(Cell[] cells, double alpha, List<int[]> levelsParent, List<int[]> levelsX, int[] lastMax) {
        this.h = cells.length;
        this.cells = cells;
        this.alpha = alpha;
        this.lo = new int[h];
        this.hi = new int[h];
        for (int i = 0; i < h; i++) {
            Cell c = cells[i];
            lo[i] = c.failures();
            hi[i] = c.sample() == c.population() ? c.failures() : c.population() - c.sample() + c.failures();
        }
        this.parent = levelsParent.toArray(new int[0][]);
        this.xs = levelsX.toArray(new int[0][]);
        this.lastMax = lastMax;
        this.pmf = new double[h][][];
        double[] lnFact = lnFactorials(Arrays.stream(cells).mapToInt(Cell::population).max().orElse(1));
        for (int i = 0; i < h; i++) {
            Cell c = cells[i];
            pmf[i] = new double[hi[i] - lo[i] + 1][];
            for (int d = lo[i]; d <= hi[i]; d++) {
                double[] p = new double[c.sample() + 1];
                for (int x = 0; x <= c.sample(); x++) {
                    p[x] = hypergeometric(lnFact, c.population(), c.sample(), d, x);
                }
                if (i == h - 1) { // the last stratum is used through its distribution function
                    for (int x = 1; x <= c.sample(); x++) {
                        p[x] += p[x - 1];
                    }
                }
                pmf[i][d - lo[i]] = p;
            }
        }
        this.mass = new double[h][];
        for (int i = 0; i < h - 1; i++) {
            mass[i] = new double[parent[i].length];
        }
    }

    /**
     * The exact bound Σ D_h for these strata (at least two) at {@code confidence}, or empty when the
     * search would be too large ({@link #REGION_LIMIT}, {@link #STEP_LIMIT}).
     */
    public static OptionalInt upper(List<Cell> strata, double confidence) {
        if (strata.size() < 2) {
            throw new IllegalArgumentException("the exact stratified bound needs two strata or more");
        }
        // the stratum with the widest range of D last: it is found by bisection
        Cell[] cells = strata.stream()
                .sorted(Comparator.comparingInt((Cell c) -> c.population() - c.sample()))
                .toArray(Cell[]::new);
        int h = cells.length;
        // T ≤ t ⇔ Σ c_h (x_h − k_h) ≤ 0 with c_h = N_h · L / n_h, L = lcm(n_h): exact integers, in a long
        // when L · Σ N_h fits (else the search gives up and the conservative bound is used)
        BigInteger lcm = BigInteger.ONE;
        long total = 0;
        for (Cell c : cells) {
            BigInteger n = BigInteger.valueOf(c.sample());
            lcm = lcm.multiply(n).divide(lcm.gcd(n));
            total += c.population();
        }
        if (lcm.multiply(BigInteger.valueOf(total)).bitLength() > 62) {
            return OptionalInt.empty();
        }
        long[] coef = new long[h];
        for (int i = 0; i < h; i++) {
            coef[i] = cells[i].population() * (lcm.longValueExact() / cells[i].sample());
        }
        // the least the strata from i on can add: all x = 0
        long[] least = new long[h + 1];
        for (int i = h - 1; i >= 0; i--) {
            least[i] = least[i + 1] - coef[i] * cells[i].failures();
        }
        // the region's trie for levels 0 … h−2; the last level is kept as the largest x per node
        List<int[]> levelsParent = new ArrayList<>();
        List<int[]> levelsX = new ArrayList<>();
        long[] sums = {0};
        int size = 0;
        for (int i = 0; i < h - 1; i++) {
            long[] next = new long[16];
            int[] p = new int[16];
            int[] x = new int[16];
            int count = 0;
            for (int node = 0; node < sums.length; node++) {
                for (int v = 0; v <= cells[i].sample(); v++) {
                    long s = sums[node] + coef[i] * (v - cells[i].failures());
                    if (s + least[i + 1] > 0) {
                        break;
                    }
                    if (++size > REGION_LIMIT) {
                        return OptionalInt.empty();
                    }
                    if (count == next.length) {
                        next = Arrays.copyOf(next, count * 2);
                        p = Arrays.copyOf(p, count * 2);
                        x = Arrays.copyOf(x, count * 2);
                    }
                    next[count] = s;
                    p[count] = node;
                    x[count] = v;
                    count++;
                }
            }
            levelsParent.add(Arrays.copyOf(p, count));
            levelsX.add(Arrays.copyOf(x, count));
            sums = Arrays.copyOf(next, count);
        }
        Cell last = cells[h - 1];
        int[] lastMax = new int[sums.length];
        for (int node = 0; node < sums.length; node++) {
            // largest x with sums + c (x − k) ≤ 0
            long room = -sums[node] + coef[h - 1] * last.failures();
            lastMax[node] = (int) Math.min(room / coef[h - 1], last.sample());
        }
        ExactStratifiedBound search = new ExactStratifiedBound(cells, 1 - confidence, levelsParent, levelsX, lastMax);
        return search.run();
    }

    private OptionalInt run() {
        int[] d = lo.clone();
        // a first vector kept, by raising each stratum in turn as far as it goes: a lower bound to beat
        int[] ub = new int[h];
        for (int i = 0; i < h; i++) {
            int[] v = lo.clone();
            ub[i] = largest(v, i);
            if (ub[i] < 0) {
                return OptionalInt.empty();
            }
        }
        for (int i = 0; i < h; i++) {
            d[i] = largest(d, i);
            if (d[i] < 0) {
                return OptionalInt.empty();
            }
        }
        best = Arrays.stream(d).sum();
        int[] restUpper = new int[h + 1];
        for (int i = h - 1; i >= 0; i--) {
            restUpper[i] = restUpper[i + 1] + ub[i];
        }
        if (!search(0, 0, restUpper, ub)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(best);
    }

    /** The largest D_i with the others as in {@code d} that keeps the vector, or −1 when the search ran out of steps. */
    private int largest(int[] d, int i) {
        int a = lo[i];
        int b = hi[i];
        // P at D_i = lo[i] with the others as given: kept? (always, when the others are at their lowest)
        d[i] = a;
        double pa = probability(d);
        if (pa < 0) {
            return -1;
        }
        if (pa <= alpha) {
            return a - 1; // not even the lowest: no D_i kept (only for others above their lowest)
        }
        while (a < b) {
            int mid = (a + b + 1) >>> 1;
            d[i] = mid;
            double p = probability(d);
            if (p < 0) {
                return -1;
            }
            if (p > alpha) {
                a = mid;
            } else {
                b = mid - 1;
            }
        }
        d[i] = a;
        return a;
    }

    /** P(T ≤ t) for the vector d; −1 when out of steps. */
    private double probability(int[] d) {
        for (int i = 0; i < h - 1; i++) {
            if (!fill(i, d[i])) {
                return -1;
            }
        }
        return lastLevel(d[h - 1]);
    }

    /** The masses of level i's nodes for D_i = d, from level i − 1's. */
    private boolean fill(int i, int d) {
        double[] p = pmf[i][d - lo[i]];
        int[] par = parent[i];
        int[] x = xs[i];
        double[] m = mass[i];
        steps += par.length;
        if (steps > STEP_LIMIT) {
            return false;
        }
        if (i == 0) {
            for (int node = 0; node < par.length; node++) {
                m[node] = p[x[node]];
            }
        } else {
            double[] up = mass[i - 1];
            for (int node = 0; node < par.length; node++) {
                m[node] = up[par[node]] * p[x[node]];
            }
        }
        return true;
    }

    private double levelSum(int i) {
        double s = 0;
        for (double v : mass[i]) {
            s += v;
        }
        return s;
    }

    /** P(T ≤ t) given the masses of the level before the last, the last stratum at D = d; −1 when out of steps. */
    private double lastLevel(int d) {
        double[] cdf = pmf[h - 1][d - lo[h - 1]];
        steps += lastMax.length;
        if (steps > STEP_LIMIT) {
            return -1;
        }
        double s = 0;
        double[] up = mass[h - 2];
        for (int node = 0; node < lastMax.length; node++) {
            if (lastMax[node] >= 0) {
                s += up[node] * cdf[lastMax[node]];
            }
        }
        return s;
    }

    /**
     * Tries every D_i from the least that could beat the best sum up to the last kept, the strata
     * before i fixed (their masses filled) with sum {@code sum}; false when out of steps.
     */
    private boolean search(int i, int sum, int[] restUpper, int[] ub) {
        if (i == h - 1) {
            int from = Math.max(lo[i], best + 1 - sum);
            if (from > ub[i]) {
                return true;
            }
            if (!keptLast(from)) {
                return steps <= STEP_LIMIT;
            }
            int a = from;
            int b = ub[i];
            while (a < b) {
                int mid = (a + b + 1) >>> 1;
                if (keptLast(mid)) {
                    a = mid;
                } else {
                    b = mid - 1;
                }
            }
            if (steps > STEP_LIMIT) {
                return false;
            }
            best = Math.max(best, sum + a);
            return true;
        }
        int from = Math.max(lo[i], best + 1 - sum - restUpper[i + 1]);
        for (int d = from; d <= ub[i]; d++) {
            if (sum + d + restUpper[i + 1] <= best) {
                continue;
            }
            if (!fill(i, d)) {
                return false;
            }
            if (levelSum(i) <= alpha) {
                break; // with the later strata holding nothing the region is already too unlikely; larger d only less
            }
            if (!search(i + 1, sum + d, restUpper, ub)) {
                return false;
            }
        }
        return true;
    }

    private boolean keptLast(int d) {
        double p = lastLevel(d);
        return p > alpha;
    }

    private static double[] lnFactorials(int n) {
        double[] f = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            f[i] = f[i - 1] + Math.log(i);
        }
        return f;
    }

    private static double hypergeometric(double[] lnFact, int population, int n, int d, int x) {
        if (x > d || n - x > population - d) {
            return 0;
        }
        double ln = lnFact[d] - lnFact[x] - lnFact[d - x]
                + lnFact[population - d] - lnFact[n - x] - lnFact[population - d - n + x]
                - (lnFact[population] - lnFact[n] - lnFact[population - n]);
        return Math.exp(ln);
    }
}
