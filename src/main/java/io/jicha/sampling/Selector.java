package io.jicha.sampling;

import io.jicha.common.Texts;
import io.jicha.common.Hashes;
import io.jicha.common.UserError;
import io.jicha.record.Population;
import io.jicha.text.CodePointOrder;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Selection (which ones?): draws from a population by the hash or systematic method, with
 * optional proportional stratification. Deterministic in (population ids, spec): the same
 * records in any file order give the same selection. Methods in docs/sampling.md.
 */
public final class Selector {

    private Selector() {
    }

    /** Draws; a UserError when the filter leaves nothing or the size exceeds what is left. */
    public static Selection select(Population population, DrawSpec spec) {
        int[] rows = spec.filter().apply(population);
        if (rows.length == 0) {
            throw UserError.of("sample.filter-leaves-none-records-widen", spec.filter().describe(), population.size());
        }
        if (spec.size() > rows.length) {
            throw UserError.of("sample.size-more-than-population", spec.size(), rows.length, (spec.filter().isEmpty() ? "" : Texts.get("sample.after-filter", spec.filter().describe())));
        }
        Population.IdOrder order = population.idOrder(rows);
        if (spec.method() == DrawMethod.SYSTEMATIC) {
            return new Selection(rows.length, order.fingerprint(),
                    systematic(population, order.rows(), spec.seed(), spec.size()), null);
        }
        if (spec.stratifyBy() == null) {
            List<String> chosen = smallest(population, rows, spec.seed(), spec.size()).stream()
                    .map(r -> population.id(r.row)).toList();
            return new Selection(rows.length, order.fingerprint(), chosen, null);
        }
        return stratified(population, rows, spec, order.fingerprint());
    }

    private record Ranked(int row, byte[] rank) {
    }

    /** Rank order; equal ranks (never seen with SHA-256) fall back to id order. */
    private static Comparator<Ranked> rankOrder(Population p) {
        return (a, b) -> {
            int c = Arrays.compareUnsigned(a.rank, b.rank);
            return c != 0 ? c : p.compareIds(a.row, b.row);
        };
    }

    /** The n rows with the smallest rank, in rank order. */
    private static List<Ranked> smallest(Population p, int[] rows, String seed, int n) {
        MessageDigest md = Hashes.sha256();
        byte[] prefix = (seed + ":").getBytes(StandardCharsets.UTF_8);
        Comparator<Ranked> order = rankOrder(p);
        PriorityQueue<Ranked> heap = new PriorityQueue<>(n + 1, order.reversed());
        byte[] scratch = new byte[32];
        for (int row : rows) {
            md.update(prefix);
            p.digestId(md, row);
            try {
                md.digest(scratch, 0, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            if (heap.size() < n) {
                heap.add(new Ranked(row, scratch.clone()));
                continue;
            }
            Ranked top = heap.peek();
            int c = Arrays.compareUnsigned(scratch, top.rank);
            if (c < 0 || (c == 0 && p.compareIds(row, top.row) < 0)) {
                heap.poll();
                heap.add(new Ranked(row, scratch.clone()));
            }
        }
        List<Ranked> out = new ArrayList<>(heap);
        out.sort(order);
        return out;
    }

    /**
     * Systematic selection over ids in code point order: with M ids and n to draw, the i-th pick
     * (i = 0..n-1) is at position floor((i + u) × M / n), where u = s / 2^64 and s is the first
     * 16 hex digits of SHA-256(seed) read as an unsigned number.
     */
    static List<String> systematic(Population p, int[] rowsInIdOrder, String seed, int n) {
        BigInteger s = new BigInteger(Hashes.sha256Hex(seed).substring(0, 16), 16);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        BigInteger m = BigInteger.valueOf(rowsInIdOrder.length);
        BigInteger denominator = BigInteger.valueOf(n).multiply(two64);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigInteger numerator = BigInteger.valueOf(i).multiply(two64).add(s).multiply(m);
            out.add(p.id(rowsInIdOrder[numerator.divide(denominator).intValueExact()]));
        }
        return out;
    }

    private static Selection stratified(Population p, int[] rows, DrawSpec spec, String fingerprint) {
        String attribute = spec.stratifyBy();
        if (!p.hasColumn(attribute)) {
            throw UserError.of("sample.stratify-such-attribute-population-has", attribute, String.join(", ", p.columns()));
        }
        // Stratum of each row, then the rows of each stratum (strata in code point order of their value).
        Map<String, Integer> index = new HashMap<>();
        int[] stratumOf = new int[rows.length];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String value = p.attribute(rows[i], attribute);
            Integer s = index.get(value);
            if (s == null) {
                s = names.size();
                index.put(value, s);
                names.add(value);
            }
            stratumOf[i] = s;
        }
        int[] counts = new int[names.size()];
        for (int s : stratumOf) {
            counts[s]++;
        }
        int[][] members = new int[names.size()][];
        for (int s = 0; s < members.length; s++) {
            members[s] = new int[counts[s]];
        }
        int[] filled = new int[names.size()];
        for (int i = 0; i < rows.length; i++) {
            members[stratumOf[i]][filled[stratumOf[i]]++] = rows[i];
        }
        Map<String, int[]> strata = new TreeMap<>(CodePointOrder.COMPARATOR);
        for (int s = 0; s < members.length; s++) {
            strata.put(names.get(s), members[s]);
        }
        if (spec.size() < strata.size()) {
            throw UserError.of("sample.size-smaller-than-strata-each", spec.size(), strata.size(), attribute);
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        strata.forEach((k, v) -> sizes.put(k, v.length));
        Map<String, Integer> allocation = allocate(sizes, spec.size());
        List<Ranked> all = new ArrayList<>();
        strata.forEach((k, v) -> all.addAll(smallest(p, v, spec.seed(), allocation.get(k))));
        all.sort(rankOrder(p));
        return new Selection(rows.length, fingerprint, all.stream().map(r -> p.id(r.row)).toList(), allocation);
    }

    /**
     * Proportional allocation by largest remainder (Hamilton): each stratum gets the whole part of
     * n × size / total, the leftover units go to the largest fractional parts (ties: the larger
     * stratum, then name order). A stratum left at 0 gets 1, taken from the stratum whose share is
     * most above its exact quota.
     */
    static Map<String, Integer> allocate(Map<String, Integer> sizes, int n) {
        long total = sizes.values().stream().mapToLong(Integer::longValue).sum();
        List<String> names = new ArrayList<>(sizes.keySet());
        Map<String, Integer> alloc = new LinkedHashMap<>();
        Map<String, Long> remainder = new LinkedHashMap<>(); // n × size mod total, the fractional part × total
        int given = 0;
        for (String s : names) {
            long q = (long) n * sizes.get(s);
            alloc.put(s, (int) (q / total));
            remainder.put(s, q % total);
            given += (int) (q / total);
        }
        List<String> byRemainder = new ArrayList<>(names);
        byRemainder.sort(Comparator.<String>comparingLong(remainder::get).reversed()
                .thenComparing(Comparator.<String>comparingInt(sizes::get).reversed())
                .thenComparing(CodePointOrder.COMPARATOR));
        for (int i = 0; given < n; i++, given++) {
            String s = byRemainder.get(i);
            alloc.put(s, alloc.get(s) + 1);
        }
        for (String s : names) {
            if (alloc.get(s) == 0) {
                // surplus of t over its quota, times total: alloc × total - n × size
                String donor = names.stream().filter(t -> alloc.get(t) > 1)
                        .max(Comparator.<String>comparingLong(t -> (long) alloc.get(t) * total - (long) n * sizes.get(t))
                                .thenComparing(CodePointOrder.COMPARATOR.reversed()))
                        .orElseThrow();
                alloc.put(donor, alloc.get(donor) - 1);
                alloc.put(s, 1);
            }
        }
        return alloc;
    }
}
