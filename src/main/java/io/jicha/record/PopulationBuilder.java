package io.jicha.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link Population} row by row. */
final class PopulationBuilder {

    private final IdIndex ids = new IdIndex();
    private int[] days = new int[1024];
    private int[] sourceRows = new int[1024];
    private int rows;
    private final List<AttributeColumn> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();

    /** The index of the named column, added (empty in all earlier rows) when new. */
    int column(String name) {
        Integer c = columnIndex.get(name);
        if (c != null) {
            return c;
        }
        columns.add(new AttributeColumn(name));
        columnIndex.put(name, columns.size() - 1);
        return columns.size() - 1;
    }

    /**
     * Starts a row. Returns -1, or when the id is already present the source row number
     * (as given to this method) of the earlier row; then no row is started.
     */
    int startRow(String id, int epochDay, int sourceRow) {
        return started(ids.add(id), epochDay, sourceRow);
    }

    private int started(int earlier, int epochDay, int sourceRow) {
        if (earlier >= 0) {
            return sourceRows[earlier];
        }
        if (rows == days.length) {
            days = Arrays.copyOf(days, rows * 2);
            sourceRows = Arrays.copyOf(sourceRows, rows * 2);
        }
        days[rows] = epochDay;
        sourceRows[rows] = sourceRow;
        rows++;
        return -1;
    }

    /**
     * Makes room for about this many rows in every array, so that the columns grow once to their
     * final size instead of doubling their way there (a hint; more rows still fit).
     */
    void expect(int totalRows) {
        if (totalRows <= rows) {
            return;
        }
        ids.expect(totalRows);
        if (totalRows > days.length) {
            days = Arrays.copyOf(days, totalRows);
            sourceRows = Arrays.copyOf(sourceRows, totalRows);
        }
        for (AttributeColumn c : columns) {
            c.expect(totalRows);
        }
    }

    /** Sets an attribute of the current row. */
    void set(int column, String value) {
        if (!value.isEmpty()) {
            columns.get(column).set(rows - 1, value);
        }
    }

    int rows() {
        return rows;
    }

    Population build() {
        AttributeColumn[] cols = new AttributeColumn[columns.size()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = columns.get(c).finish(rows);
        }
        return new Population(ids.finish(), Arrays.copyOf(days, rows), Arrays.copyOf(sourceRows, rows), cols);
    }
}
