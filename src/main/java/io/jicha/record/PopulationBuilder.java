package io.jicha.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link Population} row by row, dictionary-encoding the attribute columns. */
final class PopulationBuilder {

    private String[] ids = new String[1024];
    private int[] days = new int[1024];
    private int[] sourceRows = new int[1024];
    private int rows;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<int[]> codes = new ArrayList<>();
    private final List<Map<String, Integer>> lookups = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();
    private final Map<String, Integer> rowById = new HashMap<>();

    /** The index of the named column, added (empty in all earlier rows) when new. */
    int column(String name) {
        Integer c = columnIndex.get(name);
        if (c != null) {
            return c;
        }
        int index = columns.size();
        columns.add(name);
        columnIndex.put(name, index);
        codes.add(new int[ids.length]);
        Map<String, Integer> lookup = new HashMap<>();
        lookup.put("", 0);
        lookups.add(lookup);
        List<String> dict = new ArrayList<>();
        dict.add("");
        values.add(dict);
        return index;
    }

    /**
     * Starts a row. Returns -1, or when the id is already present the source row number
     * (as given to this method) of the earlier row; then no row is started.
     */
    int startRow(String id, int epochDay, int sourceRow) {
        Integer earlier = rowById.putIfAbsent(id, rows);
        if (earlier != null) {
            return sourceRows[earlier];
        }
        if (rows == ids.length) {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            days = Arrays.copyOf(days, capacity);
            sourceRows = Arrays.copyOf(sourceRows, capacity);
            for (int c = 0; c < codes.size(); c++) {
                codes.set(c, Arrays.copyOf(codes.get(c), capacity));
            }
        }
        ids[rows] = id;
        days[rows] = epochDay;
        sourceRows[rows] = sourceRow;
        rows++;
        return -1;
    }

    /** Sets an attribute of the current row. */
    void set(int column, String value) {
        if (value.isEmpty()) {
            return;
        }
        Map<String, Integer> lookup = lookups.get(column);
        Integer code = lookup.get(value);
        if (code == null) {
            List<String> dict = values.get(column);
            code = dict.size();
            dict.add(value);
            lookup.put(value, code);
        }
        codes.get(column)[rows - 1] = code;
    }

    int rows() {
        return rows;
    }

    Population build() {
        int n = columns.size();
        int[][] codeArrays = new int[n][];
        String[][] dictionaries = new String[n][];
        for (int c = 0; c < n; c++) {
            codeArrays[c] = Arrays.copyOf(codes.get(c), rows);
            dictionaries[c] = values.get(c).toArray(String[]::new);
        }
        return new Population(Arrays.copyOf(ids, rows), Arrays.copyOf(days, rows), Arrays.copyOf(sourceRows, rows),
                columns.toArray(String[]::new), codeArrays, dictionaries, rowById);
    }
}
