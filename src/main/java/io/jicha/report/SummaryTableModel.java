package io.jicha.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The monthly enforcement summary (执法情况汇总表) as one table: a column per unit and a total;
 * each row has a number, an optional group (rows of the same group, e.g. 重大案件, are
 * consecutive and share a merged group cell), a label and exact values.
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

    /** One line of the table; {@code group} is null for an ungrouped row. */
    public record Row(String number, String group, String label, List<BigDecimal> values, BigDecimal total) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(total, "total");
            number = number == null ? "" : number;
            values = List.copyOf(values);
        }
    }
}
