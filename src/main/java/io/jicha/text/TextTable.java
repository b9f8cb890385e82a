package io.jicha.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up for Chinese and Latin text alike
 * (measured by {@link DisplayWidth}). Numeric columns can be right-aligned.
 */
public final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();
    // the display width of each cell, measured once when the row is added
    private final List<int[]> rowWidths = new ArrayList<>();
    private int maxColumnWidth = 60;

    public TextTable(String... headers) {
        this.headers = List.of(headers);
        this.rightAligned = new boolean[headers.length];
    }

    /** Right-aligns the given columns (0-based), for numbers. */
    public TextTable alignRight(int... columns) {
        for (int c : columns) {
            rightAligned[c] = true;
        }
        return this;
    }

    /** Cells wider than this are cut with an ellipsis. */
    public TextTable maxColumnWidth(int width) {
        this.maxColumnWidth = width;
        return this;
    }

    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        String[] r = new String[cells.length];
        int[] w = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "" : cells[i].toString().replace('\n', ' ');
            int width = DisplayWidth.of(s);
            if (width > maxColumnWidth) {
                s = DisplayWidth.truncate(s, maxColumnWidth);
                width = DisplayWidth.of(s);
            }
            r[i] = s;
            w[i] = width;
        }
        rows.add(r);
        rowWidths.add(w);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public String render() {
        int n = headers.size();
        int[] headerWidths = new int[n];
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            headerWidths[i] = DisplayWidth.of(headers.get(i));
            widths[i] = headerWidths[i];
        }
        for (int[] w : rowWidths) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], w[i]);
            }
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        appendRow(out, line, headers.toArray(String[]::new), headerWidths, widths);
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, line, rule, widths, widths);
        for (int r = 0; r < rows.size(); r++) {
            appendRow(out, line, rows.get(r), rowWidths.get(r), widths);
        }
        return out.toString();
    }

    private void appendRow(StringBuilder out, StringBuilder line, String[] cells, int[] cellWidths, int[] widths) {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            boolean last = i == cells.length - 1;
            int pad = Math.max(0, widths[i] - cellWidths[i]);
            if (rightAligned[i]) {
                line.append(" ".repeat(pad)).append(cells[i]);
            } else {
                line.append(cells[i]);
                if (!last) {
                    line.append(" ".repeat(pad));
                }
            }
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }

    @Override
    public String toString() {
        return render();
    }
}
