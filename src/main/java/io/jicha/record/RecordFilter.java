package io.jicha.record;

import io.jicha.common.UserError;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which records of a population count: dates from..to inclusive (either may be null) and
 * attributes equal to given values (canonical column names). Recorded in a draw so that the
 * draw can be recomputed.
 */
public record RecordFilter(LocalDate from, LocalDate to, Map<String, String> where) {

    public static final RecordFilter NONE = new RecordFilter(null, null, Map.of());

    public RecordFilter {
        where = where == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(where));
        if (from != null && to != null && from.isAfter(to)) {
            throw UserError.of("record.after-swap-them", from, to);
        }
    }

    /**
     * Builds a filter from command options: dates in any accepted form, {@code where} as
     * {@code attr=value}, several joined by '&amp;'; attribute names may be header aliases.
     */
    public static RecordFilter parse(String from, String to, String where) {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (where != null && !where.isBlank()) {
            for (String part : where.split("&")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw UserError.of("record.where-attr-value-e-g", part.strip());
                }
                String attr = Columns.canonical(part.substring(0, eq));
                if (attr.equals(Columns.ID) || attr.equals(Columns.DATE)) {
                    throw UserError.of("record.where-cannot-test-use-records", attr);
                }
                conditions.put(attr, part.substring(eq + 1).strip());
            }
        }
        return new RecordFilter(date("--from", from), date("--to", to), conditions);
    }

    private static LocalDate date(String option, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate d = RecordDates.parse(text);
        if (d == null) {
            throw UserError.of("record.date-use", option, text, RecordDates.FORMS);
        }
        return d;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return from == null && to == null && where.isEmpty();
    }

    /**
     * The rows of the population that pass, in population order. An attribute the population
     * does not have is a UserError naming the attributes it has.
     */
    public int[] apply(Population p) {
        int n = p.size();
        java.util.function.IntPredicate[] tests = new java.util.function.IntPredicate[where.size()];
        int k = 0;
        for (Map.Entry<String, String> e : where.entrySet()) {
            if (!p.hasColumn(e.getKey())) {
                throw UserError.of("record.attribute-population-has", e.getKey(), String.join(", ", p.columns()));
            }
            tests[k++] = p.attributeEquals(e.getKey(), e.getValue());
        }
        int lo = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
        int hi = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
        int[] rows = new int[n];
        int count = 0;
        outer:
        for (int r = 0; r < n; r++) {
            int d = p.epochDay(r);
            if (d < lo || d > hi) {
                continue;
            }
            for (java.util.function.IntPredicate t : tests) {
                if (!t.test(r)) {
                    continue outer;
                }
            }
            rows[count++] = r;
        }
        return Arrays.copyOf(rows, count);
    }

    /** The filter as the user would write it, e.g. "from 2016-09-01, industry=化工"; "none" when empty. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (from != null) {
            sb.append("from ").append(from);
        }
        if (to != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("to ").append(to);
        }
        where.forEach((a, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(a).append('=').append(v));
        return sb.isEmpty() ? "none" : sb.toString();
    }
}
