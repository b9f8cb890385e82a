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
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "" : cells[i].toString().replace('\n', ' ');
            r[i] = DisplayWidth.truncate(s, maxColumnWidth);
        }
        rows.add(r);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public String render() {
        int n = headers.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = DisplayWidth.of(headers.get(i));
        }
        for (String[] r : rows) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(r[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, headers.toArray(String[]::new), widths);
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        appendRow(out, rule, widths);
        for (String[] r : rows) {
            appendRow(out, r, widths);
        }
        return out.toString();
    }

    private void appendRow(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            boolean last = i == cells.length - 1;
            if (rightAligned[i]) {
                line.append(DisplayWidth.padLeft(cells[i], widths[i]));
            } else {
                line.append(last ? cells[i] : DisplayWidth.padRight(cells[i], widths[i]));
            }
        }
        out.append(stripTrailing(line)).append('\n');
    }

    private static String stripTrailing(StringBuilder s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public String toString() {
        return render();
    }
}
