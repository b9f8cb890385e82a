package io.jicha.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The enforcement summary laid out as the published table (执法情况汇总表): one line per
 * figure, with the text of each unit's cell, of the total and, when the records cover the year
 * so far, of the year-to-date total (累计), ready for the terminal, CSV or PDF. Fines are shown in
 * 万元 rounded half-up to 0.01. The title names the city when it is known.
 */
public record SummaryTable(String title, YearMonth month, List<String> units, List<Line> lines) {

    /** The column headers before the unit columns. */
    public static final List<String> LEADING_HEADERS = List.of("序号", "项目内容");
    /** The header of the total column. */
    public static final String TOTAL_HEADER = "合计";
    /** The header of the year-to-date column. */
    public static final String YEAR_TO_DATE_HEADER = "累计";

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
        String title = (city == null ? "" : city.strip()) + "执法情况汇总表（" + s.month().getYear() + "年"
                + s.month().getMonthValue() + "月）";
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

    /** 万元 to 0.01, half-up, e.g. 814.40. */
    static String wan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
