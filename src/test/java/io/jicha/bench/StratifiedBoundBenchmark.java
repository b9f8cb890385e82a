package io.jicha.bench;

import io.jicha.sampling.ExactStratifiedBound;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * How long the exact bound for strata together takes as the strata grow in number, in size and in
 * failures found (docs/benchmarks.md, "Exact stratified bound"). Each case is run once warm-up and
 * then timed as the median of five; "gave up" means the search passed its step limit and the
 * conservative bound would be printed instead.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes io.jicha.bench.StratifiedBoundBenchmark}
 */
public final class StratifiedBoundBenchmark {

    private StratifiedBoundBenchmark() {
    }

    public static void main(String[] args) {
        // the example (4 units, 90%)
        run("example penalty cases", cells(new int[][]{{46, 8, 1}, {34, 7, 0}, {29, 7, 2}, {31, 7, 0}}));
        run("example inspection records", cells(new int[][]{{412, 9, 0}, {318, 9, 0}, {276, 9, 0}, {295, 9, 0}}));
        // number of strata, each 300 files, 9 sampled, none failing / one failing in the first
        for (int h : new int[]{2, 4, 6, 8, 10}) {
            run(h + " strata of 300, 9 sampled, 0 failing", same(h, 300, 9, 0, 0));
            run(h + " strata of 300, 9 sampled, 1 failing in one", same(h, 300, 9, 1, 1));
            run(h + " strata of 300, 9 sampled, 1 failing in each", same(h, 300, 9, 1, h));
        }
        // size of the strata: 4 strata, 9 sampled, 1 failing in each
        for (int n : new int[]{50, 300, 1000, 5000}) {
            run("4 strata of " + n + ", 9 sampled, 1 failing in each", same(4, n, 9, 1, 4));
        }
        // larger samples and more failures
        run("4 strata of 1000, 30 sampled, 2 failing in each", same(4, 1000, 30, 2, 4));
        run("6 strata of 1000, 30 sampled, 2 failing in each", same(6, 1000, 30, 2, 6));
        run("10 strata of 1000, 30 sampled, 2 failing in each", same(10, 1000, 30, 2, 10));
    }

    private static List<ExactStratifiedBound.Cell> same(int strata, int population, int sample, int failures, int failing) {
        List<ExactStratifiedBound.Cell> c = new ArrayList<>();
        for (int i = 0; i < strata; i++) {
            c.add(new ExactStratifiedBound.Cell(population + i, sample, i < failing ? failures : 0));
        }
        return c;
    }

    private static List<ExactStratifiedBound.Cell> cells(int[][] spec) {
        List<ExactStratifiedBound.Cell> c = new ArrayList<>();
        for (int[] s : spec) {
            c.add(new ExactStratifiedBound.Cell(s[0], s[1], s[2]));
        }
        return c;
    }

    private static void run(String name, List<ExactStratifiedBound.Cell> cells) {
        OptionalInt result = ExactStratifiedBound.upper(cells, 0.90);
        long[] t = new long[5];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            result = ExactStratifiedBound.upper(cells, 0.90);
            t[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(t);
        System.out.printf("%-55s %10s %10.1f ms%n", name, result.isPresent() ? Integer.toString(result.getAsInt()) : "gave up",
                t[2] / 1e6);
    }
}
