package io.jicha.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The enforcement summary laid out as the published table (执法情况汇总表): one line per
 * figure, with the text of each unit's cell, of the total and, when the records cover the year
 * so far, of the year-to-date total (累计), ready for the terminal, CSV or PDF. Fines are shown in
 * 万元 as the published table prints them: exact, without padded zeros (814.4, not 814.40), so the
 * total (合计) is the exact sum of the figures shown. The title is the published one
 * (苏州市执法大练兵情况汇总表), naming the city when it is known and the unit when the table has one;
 * a unit with no record in the month shows {@link #NO_DATA} in each cell, never zeros.
 */
public record SummaryTable(String title, YearMonth month, List<String> units, List<Line> lines) {

    /** The column headers before the unit columns. */
    public static final List<String> LEADING_HEADERS = List.of("序号", "项目内容");
    /** The header of the total column. */
    public static final String TOTAL_HEADER = "合计";
    /** The header of the year-to-date column. */
    public static final String YEAR_TO_DATE_HEADER = "累计";
    /** The cell of a unit that has no record counting in the month. */
    public static final String NO_DATA = "无数据";
    /** The title's words after the city (and unit), as the October 2016 Suzhou table has them. */
    public static final String TITLE_WORDS = "执法大练兵情况汇总表";

    public SummaryTable {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(month, "month");
        units = List.copyOf(units);
        lines = List.copyOf(lines);
        for (Line l : lines) {
            if ((l.yearToDate() == null) != (lines.get(0).yearToDate() == null)) {
                throw new IllegalArgumentException("line " + l.label() + ": every line has a year-to-date value or none");
            }
            if (l.unitValues().size() != units.size()) {
                throw new IllegalArgumentException("line " + l.label() + " has " + l.unitValues().size()
                        + " values for " + units.size() + " units");
            }
        }
    }

    /** The month as the title's second line prints it, e.g. 2016年10月. */
    public String periodText() {
        return monthText(month);
    }

    /** The title without the month in brackets, as the form's first line, e.g. 苏州市执法大练兵情况汇总表. */
    public String heading() {
        String suffix = "（" + periodText() + "）";
        return title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title;
    }

    private static String monthText(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** Whether the table has the year-to-date column (累计). */
    public boolean hasYearToDate() {
        return !lines.isEmpty() && lines.get(0).yearToDate() != null;
    }

    /**
     * One line of the table. {@code number} is the 序号 (blank on the sub-lines of 重大案件),
     * {@code group} is 重大案件 for the major-case sub-lines and blank otherwise;
     * {@code yearToDate} is the total from January to the month, null without that column.
     */
    public record Line(String number, String group, String item, List<String> unitValues, String total,
                       String yearToDate) {
        public Line {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(total, "total");
            unitValues = List.copyOf(unitValues);
        }

        public Line(String number, String group, String item, List<String> unitValues, String total) {
            this(number, group, item, unitValues, total, null);
        }

        /** The item with its group, e.g. 重大案件：查封/扣押（件）. */
        public String label() {
            return group.isEmpty() ? item : group + "：" + item;
        }
    }

    /** Lays out a summary; the line texts follow the published October 2016 Suzhou table. */
    public static SummaryTable of(EnforcementSummary s) {
        return of(s, null, null);
    }

    /**
     * Lays out a summary with the year-to-date figures of its units ({@code yearToDate}, null:
     * no 累计 column) under a title naming the city ({@code city}, e.g. 苏州市; null or blank: none).
     */
    public static SummaryTable of(EnforcementSummary s, UnitFigures yearToDate, String city) {
        return of(s, yearToDate, city, java.util.Set.of());
    }

    /**
     * The same, with the units that have no record counting in the month ({@code noData}): their
     * cells read {@link #NO_DATA}. A table of one unit names it in the title (苏州市吴江区执法大练兵情况汇总表).
     */
    public static SummaryTable of(EnforcementSummary s, UnitFigures yearToDate, String city,
                                  java.util.Set<String> noData) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(s, yearToDate, "1", "", "检查企业（厂次）", f -> count(f.inspections())));
        lines.add(line(s, yearToDate, "2", "", "出动执法人员（人次）", f -> count(f.officers())));
        lines.add(line(s, yearToDate, "3", "", "立案查处环境违法行为（件）", f -> count(f.casesFiled())));
        lines.add(line(s, yearToDate, "4", "", "罚款金额（万元）", f -> wan(f.finesWan())));
        lines.add(line(s, yearToDate, "5", "", "下发行政处理书（件）", f -> count(f.adminDecisions())));
        lines.add(line(s, yearToDate, "6", "", "责令改正违法行为决定书（件）", f -> count(f.correctionOrders())));
        String number = "7";
        for (MajorCaseKind k : MajorCaseKind.values()) {
            lines.add(line(s, yearToDate, number, "重大案件", k.label(), f -> count(f.majorCases(k))));
            number = "";
        }
        lines.add(line(s, yearToDate, "", "重大案件", "合计", f -> count(f.distinctMajorCases())));
        if (!noData.isEmpty()) {
            List<Line> marked = new ArrayList<>();
            for (Line l : lines) {
                List<String> values = new ArrayList<>(l.unitValues());
                for (int i = 0; i < values.size(); i++) {
                    if (noData.contains(s.units().get(i))) {
                        values.set(i, NO_DATA);
                    }
                }
                marked.add(new Line(l.number(), l.group(), l.item(), values, l.total(), l.yearToDate()));
            }
            lines = marked;
        }
        String place = city == null ? "" : city.strip();
        if (s.units().size() == 1) {
            String unit = s.units().get(0);
            place = unit.startsWith(place) ? unit : place + unit;
        }
        String title = place + TITLE_WORDS + "（" + monthText(s.month()) + "）";
        return new SummaryTable(title, s.month(), s.units(), lines);
    }

    private static Line line(EnforcementSummary s, UnitFigures yearToDate, String number, String group, String item,
                             Function<UnitFigures, String> cell) {
        List<String> values = s.units().stream().map(u -> cell.apply(s.unit(u))).toList();
        return new Line(number, group, item, values, cell.apply(s.total()),
                yearToDate == null ? null : cell.apply(yearToDate));
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
