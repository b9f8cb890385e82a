package io.jicha.stats;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One unit's (or the total's) figures for a month, exact: fines in 万元 as an unrounded
 * {@link BigDecimal}. {@code distinctMajorCases} counts cases, not kinds, so it can be less
 * than the sum of {@code majorCases}.
 */
public record UnitFigures(int inspections, int officers, int casesFiled, BigDecimal finesWan,
                          int adminDecisions, int correctionOrders,
                          Map<MajorCaseKind, Integer> majorCases, int distinctMajorCases) {

    public static final UnitFigures ZERO = new UnitFigures(0, 0, 0, BigDecimal.ZERO, 0, 0, Map.of(), 0);

    public UnitFigures {
        Objects.requireNonNull(finesWan, "finesWan");
        EnumMap<MajorCaseKind, Integer> all = new EnumMap<>(MajorCaseKind.class);
        for (MajorCaseKind k : MajorCaseKind.values()) {
            all.put(k, majorCases.getOrDefault(k, 0));
        }
        majorCases = java.util.Collections.unmodifiableMap(all);
        if (inspections < 0 || officers < 0 || casesFiled < 0 || adminDecisions < 0 || correctionOrders < 0
                || distinctMajorCases < 0 || finesWan.signum() < 0) {
            throw new IllegalArgumentException("figures must not be negative");
        }
        int kindSum = all.values().stream().mapToInt(Integer::intValue).sum();
        if (distinctMajorCases > kindSum) {
            throw new IllegalArgumentException("distinct major cases " + distinctMajorCases
                    + " exceed the sum of the kinds " + kindSum);
        }
    }

    /** Cases of one major kind. */
    public int majorCases(MajorCaseKind kind) {
        return majorCases.get(kind);
    }

    /** The sum of two units' figures (distinct cases add up: a case belongs to one unit). */
    public UnitFigures plus(UnitFigures o) {
        EnumMap<MajorCaseKind, Integer> kinds = new EnumMap<>(MajorCaseKind.class);
        for (MajorCaseKind k : MajorCaseKind.values()) {
            kinds.put(k, majorCases(k) + o.majorCases(k));
        }
        return new UnitFigures(inspections + o.inspections, officers + o.officers, casesFiled + o.casesFiled,
                finesWan.add(o.finesWan), adminDecisions + o.adminDecisions,
                correctionOrders + o.correctionOrders, kinds, distinctMajorCases + o.distinctMajorCases);
    }
}
