package io.jicha.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One attribute column: dictionary codes while it has few distinct values (industry, status),
 * switched to raw text storage when it turns out to be nearly unique (enterprise, address).
 */
final class AttributeColumn {

    /** More distinct values than this and a dictionary no longer pays. */
    static final int MAX_DICTIONARY = 4096;

    final String name;
    private List<String> values = new ArrayList<>(List.of(""));
    private Dictionary dictionary = new Dictionary();
    private char[] codes = new char[1024]; // at most MAX_DICTIONARY codes: a char holds one
    private TextColumn raw;
    private int rows;
    private int expectedRows;

    AttributeColumn(String name) {
        this.name = name;
        dictionary.add("", 0);
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
        int code = dictionary.find(value);
        if (code < 0) {
            if (values.size() >= MAX_DICTIONARY) {
                toRaw();
                append(value);
                return;
            }
            code = values.size();
            values.add(value);
            dictionary.add(value, code);
        }
        if (rows == codes.length) {
            codes = Arrays.copyOf(codes, rows * 2);
        }
        codes[rows++] = (char) code;
    }

    private void toRaw() {
        raw = new TextColumn();
        for (int r = 0; r < rows; r++) {
            raw.add(values.get(codes[r]));
        }
        codes = null;
        dictionary = null;
        values = null;
        if (expectedRows > rows) {
            expect(expectedRows);
        }
    }

    /** Makes room for about this many rows (a hint from the file's size; rows beyond it still fit). */
    void expect(int totalRows) {
        expectedRows = totalRows;
        if (raw != null) {
            raw.expect(totalRows);
        } else if (totalRows > codes.length) {
            codes = Arrays.copyOf(codes, totalRows);
        }
    }

    /** Pads to the given number of rows and drops what only building needed. */
    AttributeColumn finish(int totalRows) {
        while (rows < totalRows) {
            append("");
        }
        if (raw != null) {
            raw.trim();
        } else {
            if (codes.length - rows > codes.length / 16) {
                codes = Arrays.copyOf(codes, rows);
            }
            dictionary = null;
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
            char[] chars = value.toCharArray();
            return row -> raw.equalsAt(row, chars);
        }
        int code = values.indexOf(value);
        if (code < 0) {
            return row -> false;
        }
        return row -> codes[row] == code;
    }

    /** Distinct values to codes: open addressing over int arrays, no map entries. */
    private final class Dictionary {
        private int[] table = new int[1 << 6]; // code + 1, 0 = free
        private int[] hashes = new int[16];

        private int hash(String value) {
            int h = value.hashCode() * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        int find(String value) {
            int h = hash(value);
            int mask = table.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int e = table[slot];
                if (e == 0) {
                    return -1;
                }
                if (hashes[e - 1] == h && values.get(e - 1).equals(value)) {
                    return e - 1;
                }
            }
        }

        void add(String value, int code) {
            if (code >= hashes.length) {
                hashes = Arrays.copyOf(hashes, hashes.length * 2);
            }
            hashes[code] = hash(value);
            if ((code + 1) * 2 > table.length) {
                table = new int[table.length * 2];
                for (int c = 0; c < code; c++) {
                    place(c);
                }
            }
            place(code);
        }

        private void place(int code) {
            int mask = table.length - 1;
            int slot = hashes[code] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = code + 1;
        }
    }
}
