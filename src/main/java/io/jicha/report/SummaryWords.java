package io.jicha.report;

import io.jicha.stats.SummaryTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of the monthly enforcement summary (执法情况汇总表), from the report bundles in the
 * session's language: the title (苏州市执法大练兵情况汇总表, as the October 2016 Suzhou table has it),
 * the month (2016年10月), the column headers (序号, 项目内容, 合计, 累计), each line's item
 * (检查企业（厂次）…, 重大案件：查封/扣押（件）) and the cell of a unit with no data (无数据). The terminal,
 * the CSV, the workbook and the PDF all word the table here, so they say the same thing.
 */
public final class SummaryWords {

    private final ReportMessages m;

    public SummaryWords(ReportMessages messages) {
        this.m = messages;
    }

    public static SummaryWords forLocale(Locale locale) {
        return new SummaryWords(ReportMessages.forLocale(locale));
    }

    /** The title without the month, as the form's first line: 苏州市执法大练兵情况汇总表. */
    public String heading(SummaryTable t) {
        return t.place().isEmpty() ? m.get("summary.heading") : m.get("summary.heading.place", t.place());
    }

    /** The month as the title's second line prints it: 2016年10月. */
    public String period(SummaryTable t) {
        return m.get("summary.month", Integer.toString(t.month().getYear()), Integer.toString(t.month().getMonthValue()),
                t.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }

    /** The title with the month on one line, as the terminal shows it: 苏州市执法大练兵情况汇总表（2016年10月）. */
    public String title(SummaryTable t) {
        return m.get("summary.title", heading(t), period(t));
    }

    /** The headers: 序号, 项目内容, the units, then 合计 when {@code withTotal} and 累计 when the table has it. */
    public List<String> headers(SummaryTable t, boolean withTotal) {
        List<String> headers = new ArrayList<>(List.of(m.get("summary.col.number"), m.get("summary.col.item")));
        headers.addAll(t.units());
        if (withTotal) {
            headers.add(m.get("summary.col.total"));
        }
        if (t.hasYearToDate()) {
            headers.add(m.get("summary.col.yearToDate"));
        }
        return headers;
    }

    /** The group a line belongs to (重大案件), or blank. */
    public String group(SummaryTable.Line line) {
        return line.item().major() ? m.get("summary.group.major") : "";
    }

    /** The line's item without its group: 检查企业（厂次）, 查封/扣押（件）, 合计. */
    public String item(SummaryTable.Line line) {
        return switch (line.item()) {
            case MAJOR_CASES -> m.get("summary.item.MAJOR_CASES." + line.kind().name());
            case MAJOR_CASES_TOTAL -> m.get("summary.col.total");
            default -> m.get("summary.item." + line.item().name());
        };
    }

    /** The line's item with its group: 重大案件：查封/扣押（件）. */
    public String label(SummaryTable.Line line) {
        String group = group(line);
        return group.isEmpty() ? item(line) : m.get("summary.grouped", group, item(line));
    }

    /** The units' cells of a line: the figures, 无数据 for a unit with no record counting in the month. */
    public List<String> cells(SummaryTable t, SummaryTable.Line line) {
        List<String> cells = new ArrayList<>(line.unitValues());
        for (int i = 0; i < cells.size(); i++) {
            if (t.noData(i)) {
                cells.set(i, m.get("summary.noData"));
            }
        }
        return cells;
    }
}
