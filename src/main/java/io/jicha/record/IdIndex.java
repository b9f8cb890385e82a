package io.jicha.record;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The ids of a population as one char array with an open-addressing hash index (row numbers in an
 * int table): finds an id or a duplicate without a million map entries.
 */
final class IdIndex {

    private final TextColumn ids = new TextColumn();
    private int[] hashes = new int[1024];
    private long[] table = new long[1 << 11]; // hash << 32 | (row + 1); 0 = free
    private int mask = table.length - 1;

    int size() {
        return ids.size();
    }

    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void record(int row, int h, int slot) {
        if (row == hashes.length) {
            hashes = Arrays.copyOf(hashes, row * 2);
        }
        hashes[row] = h;
        table[slot] = ((long) h << 32) | (row + 1);
        if (ids.size() * 2 > table.length) {
            grow();
        }
    }

    /** Adds the id as the next row and returns -1, or returns the row that already holds it. */
    int add(String id) {
        int h = hash(id);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                int row = ids.size();
                ids.add(id);
                record(row, h, slot);
                return -1;
            }
            int row = (int) entry - 1;
            if ((int) (entry >>> 32) == h && ids.equalsAt(row, id)) {
                return row;
            }
        }
    }

    /** The row holding the id, or -1. */
    int find(String id) {
        int h = hash(id);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int row = (int) entry - 1;
            if ((int) (entry >>> 32) == h && ids.equalsAt(row, id)) {
                return row;
            }
        }
    }

    /** Makes room for about this many ids (a hint; more still fit). */
    void expect(int rows) {
        ids.expect(rows);
        if (rows > hashes.length) {
            hashes = Arrays.copyOf(hashes, rows);
        }
        if ((long) rows * 2 > table.length && rows < (1 << 29)) {
            resize(Integer.highestOneBit(rows * 2 - 1) << 1);
        }
    }

    private void grow() {
        resize(table.length * 2);
    }

    private void resize(int length) {
        long[] bigger = new long[length];
        int m = bigger.length - 1;
        for (int row = 0; row < ids.size(); row++) {
            int slot = hashes[row] & m;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & m;
            }
            bigger[slot] = ((long) hashes[row] << 32) | (row + 1);
        }
        table = bigger;
        mask = m;
    }

    String get(int row) {
        return ids.get(row);
    }

    /** Sort keys of the ids, see {@link TextColumn#sortKeys()}. */
    long[] sortKeys() {
        return ids.sortKeys();
    }

    int compare(int i, int j) {
        return ids.compare(i, j);
    }

    void update(MessageDigest md, int row) {
        ids.update(md, row);
    }

    IdIndex finish() {
        ids.trim();
        if (hashes.length > ids.size()) {
            hashes = Arrays.copyOf(hashes, ids.size());
        }
        return this;
    }
}
