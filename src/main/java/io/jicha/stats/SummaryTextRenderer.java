package io.jicha.stats;

import io.jicha.text.TextTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a summary table for the terminal, columns aligned for Chinese text. With one unit
 * the total column is left out (it would repeat the unit's column).
 */
public final class SummaryTextRenderer {

    public String render(SummaryTable table) {
        boolean withTotal = table.units().size() != 1;
        List<String> headers = new ArrayList<>(SummaryTable.LEADING_HEADERS);
        headers.addAll(table.units());
        if (withTotal) {
            headers.add(SummaryTable.TOTAL_HEADER);
        }
        if (table.hasYearToDate()) {
            headers.add(SummaryTable.YEAR_TO_DATE_HEADER);
        }
        TextTable text = new TextTable(headers.toArray(String[]::new));
        int[] numeric = new int[headers.size() - 2];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = i + 2;
        }
        text.alignRight(numeric);
        for (SummaryTable.Line line : table.lines()) {
            List<Object> cells = new ArrayList<>();
            cells.add(line.number());
            cells.add(line.label());
            cells.addAll(line.unitValues());
            if (withTotal) {
                cells.add(line.total());
            }
            if (table.hasYearToDate()) {
                cells.add(line.yearToDate());
            }
            text.row(cells.toArray());
        }
        return table.title() + "\n" + text.render();
    }
}
