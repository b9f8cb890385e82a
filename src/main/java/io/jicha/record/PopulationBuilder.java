package io.jicha.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Population} row by row. Ids are checked for duplicates in batches (see
 * {@link IdIndex}): {@link #startRow} may report a duplicate among the last rows started, and
 * {@link #checkIds} reports one among all of them.
 */
final class PopulationBuilder {

    /** A row whose id repeats an earlier row's: their source row numbers and the id. */
    record Duplicate(int sourceRow, int earlierSourceRow, String id) {
    }

    private final IdIndex ids = new IdIndex();
    private int[] days = new int[1024];
    /** Null while each row r came from source row firstSourceRow + r (no blank rows skipped). */
    private int[] sourceRows;
    private int firstSourceRow;
    private int rows;
    private final List<AttributeColumn> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();

    /** The index of the named column, added (empty in all earlier rows) when new. */
    /** The file's own header text for each canonical column name (id and date included), as first seen. */
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    /** Remembers the file's own header text of a canonical column (records show prints it). */
    void header(String canonical, String text) {
        if (!canonical.isEmpty() && text != null && !text.isBlank()) {
            headers.putIfAbsent(canonical, text.strip());
        }
    }

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
     * Starts a row. Returns null, or a duplicate found among the rows started so far (this one or
     * an earlier one) when this row completed a batch of ids.
     */
    Duplicate startRow(String id, int epochDay, int sourceRow) {
        if (rows == days.length) {
            days = Arrays.copyOf(days, rows * 2);
        }
        days[rows] = epochDay;
        if (rows == 0) {
            firstSourceRow = sourceRow;
        }
        if (sourceRows == null && sourceRow != firstSourceRow + rows) {
            sourceRows = new int[days.length];
            for (int r = 0; r < rows; r++) {
                sourceRows[r] = firstSourceRow + r;
            }
        }
        if (sourceRows != null) {
            if (rows >= sourceRows.length) {
                sourceRows = Arrays.copyOf(sourceRows, days.length);
            }
            sourceRows[rows] = sourceRow;
        }
        rows++;
        return ids.append(id) ? null : duplicate();
    }

    /** Null, or the first row (in the order started) whose id repeats an earlier row's. */
    Duplicate checkIds() {
        return ids.check() ? null : duplicate();
    }

    private Duplicate duplicate() {
        int row = ids.duplicate();
        return new Duplicate(sourceRow(row), sourceRow(ids.duplicateOf()), ids.get(row));
    }

    private int sourceRow(int row) {
        return sourceRows == null ? firstSourceRow + row : sourceRows[row];
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
            if (sourceRows != null) {
                sourceRows = Arrays.copyOf(sourceRows, totalRows);
            }
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

    /** The population; its ids must all be distinct ({@link #checkIds} says so). */
    Population build() {
        AttributeColumn[] cols = new AttributeColumn[columns.size()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = columns.get(c).finish(rows);
        }
        // The arrays are kept as they are unless much is unused (copying them is fresh memory to page in).
        return new Population(ids.finish(), rows, trimmed(days), sourceRows == null ? null : trimmed(sourceRows),
                firstSourceRow, cols, headers);
    }

    private int[] trimmed(int[] a) {
        return a.length - rows > a.length / 16 ? Arrays.copyOf(a, rows) : a;
    }
}
