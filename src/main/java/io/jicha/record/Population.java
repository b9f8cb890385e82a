package io.jicha.record;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case files of one population, held column by column so that a million records fit in a
 * small heap: ids as strings, dates as day numbers, every attribute column as codes into a
 * dictionary of its distinct values. Immutable once built; rows keep the order of the file.
 * {@link #record(int)} gives a row as a {@link CaseRecord}.
 */
public final class Population {

    private final String[] ids;
    private final int[] days;
    private final int[] sourceRows;
    private final String[] columns;
    private final int[][] codes;
    private final String[][] dictionaries;
    private final Map<String, Integer> rowById;
    private final Map<String, Integer> columnIndex;

    Population(String[] ids, int[] days, int[] sourceRows, String[] columns, int[][] codes, String[][] dictionaries,
               Map<String, Integer> rowById) {
        this.ids = ids;
        this.days = days;
        this.sourceRows = sourceRows;
        this.columns = columns;
        this.codes = codes;
        this.dictionaries = dictionaries;
        this.rowById = rowById;
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.length; c++) {
            index.put(columns[c], c);
        }
        this.columnIndex = index;
    }

    public static Population empty() {
        return new PopulationBuilder().build();
    }

    public int size() {
        return ids.length;
    }

    public String id(int row) {
        return ids[row];
    }

    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(days[row]);
    }

    /** Where the row was in its file: the CSV row (header = row 1) or the JSON Lines line number. */
    public int sourceRow(int row) {
        return sourceRows[row];
    }

    /** The date as an epoch day, for fast comparisons. */
    public int epochDay(int row) {
        return days[row];
    }

    /** Attribute column names (canonical names first as they appeared, then other headers). */
    public List<String> columns() {
        return Collections.unmodifiableList(Arrays.asList(columns));
    }

    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name);
    }

    /** The attribute's value in the row; the empty string when absent. */
    public String attribute(int row, String column) {
        Integer c = columnIndex.get(column);
        return c == null ? "" : dictionaries[c][codes[c][row]];
    }

    /** The row holding the id, or -1. */
    public int indexOf(String id) {
        Integer row = rowById.get(id);
        return row == null ? -1 : row;
    }

    public boolean contains(String id) {
        return rowById.containsKey(id);
    }

    /** The row as a record; empty attributes are left out. */
    public CaseRecord record(int row) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int c = 0; c < columns.length; c++) {
            String v = dictionaries[c][codes[c][row]];
            if (!v.isEmpty()) {
                attributes.put(columns[c], v);
            }
        }
        return new CaseRecord(ids[row], LocalDate.ofEpochDay(days[row]), attributes);
    }

    /** The column's dictionary code in each row (code 0 is the empty value); for filters and strata. */
    int[] codes(String column) {
        Integer c = columnIndex.get(column);
        return c == null ? null : codes[c];
    }

    /** The column's distinct values, indexed by code. */
    String[] dictionary(String column) {
        Integer c = columnIndex.get(column);
        return c == null ? null : dictionaries[c];
    }

    /** The rows whose value of the column is the given one, or -1 when no row has it. */
    int code(String column, String value) {
        String[] d = dictionary(column);
        if (d == null) {
            return -1;
        }
        for (int i = 0; i < d.length; i++) {
            if (d[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The union of several populations with disjoint ids (imports of one unit and kind), rows in
     * the given order. A single population is returned as is.
     */
    public static Population union(List<Population> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        PopulationBuilder b = new PopulationBuilder();
        for (Population p : parts) {
            int[] target = new int[p.columns.length];
            for (int c = 0; c < p.columns.length; c++) {
                target[c] = b.column(p.columns[c]);
            }
            for (int r = 0; r < p.size(); r++) {
                if (b.startRow(p.ids[r], p.days[r], p.sourceRows[r]) >= 0) {
                    throw new IllegalStateException("id " + p.ids[r] + " is in two imports");
                }
                for (int c = 0; c < p.columns.length; c++) {
                    int code = p.codes[c][r];
                    if (code != 0) {
                        b.set(target[c], p.dictionaries[c][code]);
                    }
                }
            }
        }
        return b.build();
    }
}
