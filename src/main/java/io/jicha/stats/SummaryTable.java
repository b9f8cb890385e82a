package io.jicha.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The enforcement summary laid out as the published table (执法情况汇总表): one line per item, with
 * each unit's figure, the total and, when the records cover the year so far, the year-to-date
 * total (累计). Fines are in 万元 as the published table prints them: exact, without padded zeros
 * (814.4, not 814.40), so the total is the exact sum of the figures shown. The table holds values
 * only: the item of each line ({@link SummaryItem}, with its {@link MajorCaseKind}), the place the
 * title names ({@code place}: the city, or the city and the unit of a one-unit table; blank for
 * none), the month, and the units with no record counting in the month ({@code noData}, whose
 * cells are shown as having no data, never as zeros). The words (headers, item names, title) are
 * the report bundles' ({@code report/SummaryWords}), in the session's language.
 */
public record SummaryTable(String place, YearMonth month, List<String> units, Set<String> noData, List<Line> lines) {

    public SummaryTable {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(month, "month");
        units = List.copyOf(units);
        noData = Set.copyOf(noData);
        lines = List.copyOf(lines);
        for (Line l : lines) {
            if ((l.yearToDate() == null) != (lines.get(0).yearToDate() == null)) {
                throw new IllegalArgumentException("line " + l.item() + ": every line has a year-to-date value or none");
            }
            if (l.unitValues().size() != units.size()) {
                throw new IllegalArgumentException("line " + l.item() + " has " + l.unitValues().size()
                        + " values for " + units.size() + " units");
            }
        }
    }

    /** Whether the table has the year-to-date column (累计). */
    public boolean hasYearToDate() {
        return !lines.isEmpty() && lines.get(0).yearToDate() != null;
    }

    /** Whether the unit at this column has no record counting in the month. */
    public boolean noData(int column) {
        return noData.contains(units.get(column));
    }

    /**
     * One line of the table: its item ({@code kind} names the kind of major case of a
     * {@link SummaryItem#MAJOR_CASES} line, null otherwise), each unit's figure, the total and the
     * year-to-date total (null without that column).
     */
    public record Line(SummaryItem item, MajorCaseKind kind, List<String> unitValues, String total, String yearToDate) {
        public Line {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(total, "total");
            if ((item == SummaryItem.MAJOR_CASES) != (kind != null)) {
                throw new IllegalArgumentException("a kind of major case goes with the major-case lines only: " + item);
            }
            unitValues = List.copyOf(unitValues);
        }

        /** The 序号 of the line: 1 to 6, 7 on the first major-case line, blank on the other sub-lines. */
        public String number() {
            if (!item.major()) {
                return Integer.toString(item.ordinal() + 1);
            }
            return kind == MajorCaseKind.values()[0] ? Integer.toString(SummaryItem.MAJOR_CASES.ordinal() + 1) : "";
        }
    }

    /** Lays out a summary in the published table's order. */
    public static SummaryTable of(EnforcementSummary s) {
        return of(s, null, null);
    }

    /**
     * Lays out a summary with the year-to-date figures of its units ({@code yearToDate}, null:
     * no 累计 column) under a title naming the city ({@code city}, e.g. 苏州市; null or blank: none).
     */
    public static SummaryTable of(EnforcementSummary s, UnitFigures yearToDate, String city) {
        return of(s, yearToDate, city, Set.of());
    }

    /**
     * The same, with the units that have no record counting in the month ({@code noData}). A table of
     * one unit names it after the city (苏州市吴江区), or alone when its name already holds the city.
     */
    public static SummaryTable of(EnforcementSummary s, UnitFigures yearToDate, String city, Set<String> noData) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(s, yearToDate, SummaryItem.INSPECTIONS, null, f -> count(f.inspections())));
        lines.add(line(s, yearToDate, SummaryItem.OFFICERS, null, f -> count(f.officers())));
        lines.add(line(s, yearToDate, SummaryItem.CASES_FILED, null, f -> count(f.casesFiled())));
        lines.add(line(s, yearToDate, SummaryItem.FINES, null, f -> wan(f.finesWan())));
        lines.add(line(s, yearToDate, SummaryItem.ADMIN_DECISIONS, null, f -> count(f.adminDecisions())));
        lines.add(line(s, yearToDate, SummaryItem.CORRECTION_ORDERS, null, f -> count(f.correctionOrders())));
        for (MajorCaseKind k : MajorCaseKind.values()) {
            lines.add(line(s, yearToDate, SummaryItem.MAJOR_CASES, k, f -> count(f.majorCases(k))));
        }
        lines.add(line(s, yearToDate, SummaryItem.MAJOR_CASES_TOTAL, null, f -> count(f.distinctMajorCases())));
        String place = city == null ? "" : city.strip();
        if (s.units().size() == 1) {
            String unit = s.units().get(0);
            place = unit.startsWith(place) ? unit : place + unit;
        }
        return new SummaryTable(place, s.month(), s.units(), noData, lines);
    }

    private static Line line(EnforcementSummary s, UnitFigures yearToDate, SummaryItem item, MajorCaseKind kind,
                             Function<UnitFigures, String> cell) {
        List<String> values = s.units().stream().map(u -> cell.apply(s.unit(u))).toList();
        return new Line(item, kind, values, cell.apply(s.total()), yearToDate == null ? null : cell.apply(yearToDate));
    }

    private static String count(int n) {
        return Integer.toString(n);
    }

    /** 万元 exact, without trailing zeros, as the published table prints them: 814.4, 90, 1.2345. */
    static String wan(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
