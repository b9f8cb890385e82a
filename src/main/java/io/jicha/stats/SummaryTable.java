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
 * figure, with the text of each unit's cell and of the total, ready for the terminal, CSV or
 * PDF. Fines are shown in 万元 rounded half-up to 0.01.
 */
public record SummaryTable(String title, YearMonth month, List<String> units, List<Line> lines) {

    /** The column headers before the unit columns. */
    public static final List<String> LEADING_HEADERS = List.of("序号", "项目内容");
    /** The header of the total column. */
    public static final String TOTAL_HEADER = "合计";

    public SummaryTable {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(month, "month");
        units = List.copyOf(units);
        lines = List.copyOf(lines);
        for (Line l : lines) {
            if (l.unitValues().size() != units.size()) {
                throw new IllegalArgumentException("line " + l.label() + " has " + l.unitValues().size()
                        + " values for " + units.size() + " units");
            }
        }
    }

    /**
     * One line of the table. {@code number} is the 序号 (blank on the sub-lines of 重大案件),
     * {@code group} is 重大案件 for the major-case sub-lines and blank otherwise.
     */
    public record Line(String number, String group, String item, List<String> unitValues, String total) {
        public Line {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(total, "total");
            unitValues = List.copyOf(unitValues);
        }

        /** The item with its group, e.g. 重大案件：查封/扣押（件）. */
        public String label() {
            return group.isEmpty() ? item : group + "：" + item;
        }
    }

    /** Lays out a summary; the line texts follow the published October 2016 Suzhou table. */
    public static SummaryTable of(EnforcementSummary s) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(s, "1", "", "检查企业（厂次）", f -> count(f.inspections())));
        lines.add(line(s, "2", "", "出动执法人员（人次）", f -> count(f.officers())));
        lines.add(line(s, "3", "", "立案查处环境违法行为（件）", f -> count(f.casesFiled())));
        lines.add(line(s, "4", "", "罚款金额（万元）", f -> wan(f.finesWan())));
        lines.add(line(s, "5", "", "下发行政处理书（件）", f -> count(f.adminDecisions())));
        lines.add(line(s, "6", "", "责令改正违法行为决定书（件）", f -> count(f.correctionOrders())));
        String number = "7";
        for (MajorCaseKind k : MajorCaseKind.values()) {
            lines.add(line(s, number, "重大案件", k.label(), f -> count(f.majorCases(k))));
            number = "";
        }
        lines.add(line(s, "", "重大案件", "合计", f -> count(f.distinctMajorCases())));
        String title = "执法情况汇总表（" + s.month().getYear() + "年" + s.month().getMonthValue() + "月）";
        return new SummaryTable(title, s.month(), s.units(), lines);
    }

    private static Line line(EnforcementSummary s, String number, String group, String item,
                             Function<UnitFigures, String> cell) {
        List<String> values = s.units().stream().map(u -> cell.apply(s.unit(u))).toList();
        return new Line(number, group, item, values, cell.apply(s.total()));
    }

    private static String count(int n) {
        return Integer.toString(n);
    }

    /** 万元 to 0.01, half-up, e.g. 814.40. */
    static String wan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
