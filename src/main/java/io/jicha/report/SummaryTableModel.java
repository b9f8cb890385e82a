package io.jicha.report;

import io.jicha.stats.SummaryTable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The monthly enforcement summary (执法情况汇总表) as one table, as it is filed: a column per
 * unit, a total and, when the rows have it, a year-to-date total (累计); each row has a number, an
 * optional group (rows of the same group, e.g. 重大案件, are consecutive and share a merged group
 * cell), a label and its cells as already-formatted text (the stats capability decides rounding,
 * e.g. 万元 exact without padded zeros); and who filed it, when, and who checked it ({@code filing}).
 */
public record SummaryTableModel(Provenance provenance, String title, String periodText, List<String> units,
                                List<Row> rows, Filing filing) {

    public SummaryTableModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(title, "title");
        periodText = periodText == null ? "" : periodText;
        units = List.copyOf(units);
        rows = List.copyOf(rows);
        filing = filing == null ? Filing.NONE : filing;
        for (Row r : rows) {
            if (r.values().size() != units.size()) {
                throw new IllegalArgumentException("row " + r.label() + " has " + r.values().size()
                        + " values for " + units.size() + " units");
            }
        }
    }

    public SummaryTableModel(Provenance provenance, String title, String periodText, List<String> units,
                             List<Row> rows) {
        this(provenance, title, periodText, units, rows, Filing.NONE);
    }

    /** The stats capability's table as a model; its title already names the month. */
    public static SummaryTableModel of(SummaryTable table, Provenance provenance) {
        return of(table, provenance, Filing.NONE);
    }

    /** The same, with who filed it; worded in the session's language ({@link SummaryWords}). */
    public static SummaryTableModel of(SummaryTable table, Provenance provenance, Filing filing) {
        SummaryWords words = SummaryWords.forLocale(provenance.locale());
        List<Row> rows = table.lines().stream()
                .map(l -> new Row(l.number(), words.group(l), words.item(l), words.cells(table, l), l.total(),
                        l.yearToDate()))
                .toList();
        return new SummaryTableModel(provenance, words.heading(table), words.period(table), table.units(), rows, filing);
    }

    /** Whether the rows carry a year-to-date total (累计). */
    public boolean hasYearToDate() {
        return !rows.isEmpty() && rows.get(0).yearToDate() != null;
    }

    /**
     * Who filed the table (填报单位), on which day (填报日期), who checked it (审核人), who filled it
     * in (填报人) and the telephone to call about it (联系电话); each may be absent (blank or null),
     * and is then left blank on the form to be written by hand.
     */
    public record Filing(String filedBy, LocalDate filedOn, String reviewer, String preparer, String phone) {
        public static final Filing NONE = new Filing(null, null, null);

        public Filing {
            filedBy = filedBy == null ? "" : filedBy.strip();
            reviewer = reviewer == null ? "" : reviewer.strip();
            preparer = preparer == null ? "" : preparer.strip();
            phone = phone == null ? "" : phone.strip();
        }

        public Filing(String filedBy, LocalDate filedOn, String reviewer) {
            this(filedBy, filedOn, reviewer, null, null);
        }
    }

    /**
     * One line of the table; {@code group} is null or blank for an ungrouped row;
     * {@code yearToDate} null without the 累计 column.
     */
    public record Row(String number, String group, String label, List<String> values, String total, String yearToDate) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(total, "total");
            number = number == null ? "" : number;
            group = group == null || group.isBlank() ? null : group;
            values = List.copyOf(values);
        }

        public Row(String number, String group, String label, List<String> values, String total) {
            this(number, group, label, values, total, null);
        }
    }
}
