package io.jicha.record;

import io.jicha.common.Hashes;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The case files of one population, held column by column so that a million records fit in a
 * small heap: ids in a chunked {@link TextColumn} with a hash index ({@link IdIndex}), dates as day
 * numbers, attribute columns as dictionary codes or a chunked {@link TextColumn}. Its records do not
 * change once built; the id order and the whole population's fingerprint are derived on first use
 * and kept. Not for several threads at once: {@link #digestId} encodes through a buffer of the id
 * column. Rows keep the order of the file. {@link #record(int)} gives a row as a {@link CaseRecord}.
 */
public final class Population {

    private final IdIndex ids;
    private final int size;
    private final int[] days; // may be longer than size
    private final int[] sourceRows; // null when row r came from source row firstSourceRow + r
    private final int firstSourceRow;
    private final AttributeColumn[] columns;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private volatile int[] sortedRows;
    private volatile String wholeFingerprint;

    private final Map<String, String> headers;

    Population(IdIndex ids, int size, int[] days, int[] sourceRows, int firstSourceRow, AttributeColumn[] columns,
               Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        this.ids = ids;
        this.size = size;
        this.days = days;
        this.sourceRows = sourceRows;
        this.firstSourceRow = firstSourceRow;
        this.columns = columns;
        for (int c = 0; c < columns.length; c++) {
            columnIndex.put(columns[c].name, c);
        }
    }

    /**
     * The file's own header for a canonical column name ({@code enterprise} → 当事人), or null when the
     * population was not read from a file with a header for it.
     */
    public String header(String canonical) {
        return headers.get(canonical);
    }

    public static Population empty() {
        return new PopulationBuilder().build();
    }

    public int size() {
        return size;
    }

    public String id(int row) {
        return ids.get(row);
    }

    public LocalDate date(int row) {
        return LocalDate.ofEpochDay(days[row]);
    }

    /** The date as an epoch day, for fast comparisons. */
    public int epochDay(int row) {
        return days[row];
    }

    /** Where the row was in its file: the CSV row (header = row 1) or the JSON Lines line number. */
    public int sourceRow(int row) {
        return sourceRows == null ? firstSourceRow + row : sourceRows[row];
    }

    /** Attribute column names, in the order they first appeared. */
    public List<String> columns() {
        return Arrays.stream(columns).map(c -> c.name).toList();
    }

    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name);
    }

    /** The attribute's value in the row; the empty string when absent. */
    public String attribute(int row, String column) {
        Integer c = columnIndex.get(column);
        return c == null ? "" : columns[c].get(row);
    }

    /** A test of rows whose attribute equals the value (never true for an unknown column). */
    public IntPredicate attributeEquals(String column, String value) {
        Integer c = columnIndex.get(column);
        return c == null ? row -> false : columns[c].equalsTo(value);
    }

    /** The row holding the id, or -1. */
    public int indexOf(String id) {
        return ids.find(id);
    }

    public boolean contains(String id) {
        return ids.find(id) >= 0;
    }

    /** The row as a record; empty attributes are left out. */
    public CaseRecord record(int row) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (AttributeColumn c : columns) {
            if (!c.isEmpty(row)) {
                attributes.put(c.name, c.get(row));
            }
        }
        return new CaseRecord(ids.get(row), LocalDate.ofEpochDay(days[row]), attributes);
    }

    /** Feeds the id's UTF-8 bytes to the digest (for hash ranks without building strings). */
    public void digestId(MessageDigest md, int row) {
        ids.update(md, row);
    }

    /** Compares two rows' ids in code point order (the byte order of their UTF-8). */
    public int compareIds(int a, int b) {
        return ids.compare(a, b);
    }

    /** All rows ordered by id in code point order (derived once, then kept). */
    public int[] rowsInIdOrder() {
        int[] sorted = sortedRows;
        if (sorted == null) {
            sorted = new int[size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = i;
            }
            long[][] keys = ids.sortKeys();
            long[] first = keys[0];
            long[] second = keys[1];
            RowSorter.sort(sorted, (a, b) -> {
                int c = Long.compareUnsigned(first[a], first[b]);
                if (c == 0) {
                    c = Long.compareUnsigned(second[a], second[b]);
                }
                return c != 0 ? c : ids.compare(a, b);
            });
            sortedRows = sorted;
        }
        return sorted;
    }

    /**
     * The given rows (ascending row numbers) ordered by id, and the SHA-256 of those ids in that
     * order, each followed by "\n" (what {@code LC_ALL=C sort | sha256sum} gives).
     */
    public IdOrder idOrder(int[] rows) {
        if (rows.length != size()) {
            return computeIdOrder(rows);
        }
        String fingerprint = wholeFingerprint; // every draw without a filter asks for it: derived once, then kept
        if (fingerprint == null) {
            fingerprint = computeIdOrder(rows).fingerprint();
            wholeFingerprint = fingerprint;
        }
        return new IdOrder(rowsInIdOrder().clone(), fingerprint);
    }

    private IdOrder computeIdOrder(int[] rows) {
        boolean[] in = null;
        if (rows.length != size()) {
            in = new boolean[size()];
            for (int r : rows) {
                in[r] = true;
            }
        }
        MessageDigest md = Hashes.sha256();
        int[] ordered = new int[rows.length];
        int k = 0;
        for (int r : rowsInIdOrder()) {
            if (in == null || in[r]) {
                ordered[k++] = r;
                ids.update(md, r);
                md.update((byte) '\n');
            }
        }
        return new IdOrder(ordered, HexFormat.of().formatHex(md.digest()));
    }

    /** Rows in id order with their fingerprint. */
    public record IdOrder(int[] rows, String fingerprint) {
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
            p.headers.forEach(b::header);
            for (int c = 0; c < p.columns.length; c++) {
                target[c] = b.column(p.columns[c].name);
            }
            for (int r = 0; r < p.size(); r++) {
                if (b.startRow(p.id(r), p.days[r], p.sourceRow(r)) != null) {
                    throw new IllegalStateException("id " + p.id(r) + " is in two imports");
                }
                for (int c = 0; c < p.columns.length; c++) {
                    if (!p.columns[c].isEmpty(r)) {
                        b.set(target[c], p.columns[c].get(r));
                    }
                }
            }
        }
        return b.build();
    }
}
