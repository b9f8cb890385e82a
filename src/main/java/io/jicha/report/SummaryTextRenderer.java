package io.jicha.report;

import io.jicha.stats.SummaryTable;
import io.jicha.text.TextTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a summary table for the terminal, columns aligned for Chinese text, worded in the
 * session's language ({@link SummaryWords}): the table is a document shown on the screen, so it
 * reads as its CSV and PDF do whatever the terminal's language. With one unit the total column is
 * left out (it would repeat the unit's column).
 */
public final class SummaryTextRenderer {

    private final SummaryWords words;

    public SummaryTextRenderer(SummaryWords words) {
        this.words = words;
    }

    public String render(SummaryTable table) {
        boolean withTotal = table.units().size() != 1;
        List<String> headers = words.headers(table, withTotal);
        TextTable text = new TextTable(headers.toArray(String[]::new));
        int[] numeric = new int[headers.size() - 2];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = i + 2;
        }
        text.alignRight(numeric);
        for (SummaryTable.Line line : table.lines()) {
            List<Object> cells = new ArrayList<>();
            cells.add(line.number());
            cells.add(words.label(line));
            cells.addAll(words.cells(table, line));
            if (withTotal) {
                cells.add(line.total());
            }
            if (table.hasYearToDate()) {
                cells.add(line.yearToDate());
            }
            text.row(cells.toArray());
        }
        return words.title(table) + "\n" + text.render();
    }
}
