package io.jicha.report;

import io.jicha.stats.SummaryTable;

import java.util.List;
import java.util.Objects;

/**
 * The monthly enforcement summary (执法情况汇总表) as one table: a column per unit and a total;
 * each row has a number, an optional group (rows of the same group, e.g. 重大案件, are
 * consecutive and share a merged group cell), a label and its cells as already-formatted text
 * (the stats capability decides rounding, e.g. 万元 to 0.01).
 */
public record SummaryTableModel(Provenance provenance, String title, String periodText, List<String> units,
                                List<Row> rows) {

    public SummaryTableModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(title, "title");
        periodText = periodText == null ? "" : periodText;
        units = List.copyOf(units);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.values().size() != units.size()) {
                throw new IllegalArgumentException("row " + r.label() + " has " + r.values().size()
                        + " values for " + units.size() + " units");
            }
        }
    }

    /** The stats capability's table as a model; its title already names the month. */
    public static SummaryTableModel of(SummaryTable table, Provenance provenance) {
        List<Row> rows = table.lines().stream()
                .map(l -> new Row(l.number(), l.group(), l.item(), l.unitValues(), l.total()))
                .toList();
        return new SummaryTableModel(provenance, table.title(), "", table.units(), rows);
    }

    /** One line of the table; {@code group} is null or blank for an ungrouped row. */
    public record Row(String number, String group, String label, List<String> values, String total) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(total, "total");
            number = number == null ? "" : number;
            group = group == null || group.isBlank() ? null : group;
            values = List.copyOf(values);
        }
    }
}
