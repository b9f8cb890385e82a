package io.jicha.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * One attribute column: dictionary codes while it has few distinct values (industry, status),
 * switched to raw UTF-8 storage when it turns out to be nearly unique (enterprise, address).
 */
final class AttributeColumn {

    /** More distinct values than this and a dictionary no longer pays. */
    static final int MAX_DICTIONARY = 4096;

    final String name;
    private Map<String, Integer> lookup = new HashMap<>();
    private List<String> values = new ArrayList<>(List.of(""));
    private int[] codes = new int[1024];
    private Utf8Column raw;
    private int rows;

    AttributeColumn(String name) {
        this.name = name;
        lookup.put("", 0);
    }

    /** Sets the value of row {@code row}; rows are set in increasing order, skipped ones are empty. */
    void set(int row, String value) {
        while (rows < row) {
            append("");
        }
        append(value);
    }

    private void append(String value) {
        if (raw != null) {
            raw.add(value);
            rows++;
            return;
        }
        Integer code = lookup.get(value);
        if (code == null) {
            if (values.size() >= MAX_DICTIONARY) {
                toRaw();
                append(value);
                return;
            }
            code = values.size();
            values.add(value);
            lookup.put(value, code);
        }
        if (rows == codes.length) {
            codes = Arrays.copyOf(codes, rows * 2);
        }
        codes[rows++] = code;
    }

    private void toRaw() {
        raw = new Utf8Column();
        byte[][] encoded = new byte[values.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
        }
        for (int r = 0; r < rows; r++) {
            raw.add(encoded[codes[r]]);
        }
        codes = null;
        lookup = null;
        values = null;
    }

    /** Pads to the given number of rows and drops what only building needed. */
    AttributeColumn finish(int totalRows) {
        while (rows < totalRows) {
            append("");
        }
        if (raw != null) {
            raw.trim();
        } else {
            codes = Arrays.copyOf(codes, rows);
            lookup = null;
            values = List.copyOf(values);
        }
        return this;
    }

    String get(int row) {
        return raw != null ? raw.get(row) : values.get(codes[row]);
    }

    boolean isEmpty(int row) {
        return raw != null ? raw.isEmpty(row) : codes[row] == 0;
    }

    /** A test of "the row's value equals value", fast for both storages. */
    IntPredicate equalsTo(String value) {
        if (raw != null) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            return row -> raw.equalsAt(row, bytes);
        }
        int code = values.indexOf(value);
        if (code < 0) {
            return row -> false;
        }
        return row -> codes[row] == code;
    }
}
