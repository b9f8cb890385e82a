package io.jicha.record;

import java.security.MessageDigest;

/**
 * The ids of a population as one char array with an open-addressing hash index (each entry a row
 * number and its id's hash in one long): finds an id or a duplicate without a million map entries.
 */
final class IdIndex {

    private final TextColumn ids = new TextColumn();
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
        for (long entry : table) { // each entry keeps its id's hash: no need to hash the ids again
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & m;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & m;
                }
                bigger[slot] = entry;
            }
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
        return this;
    }
}
