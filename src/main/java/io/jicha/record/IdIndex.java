package io.jicha.record;

import java.security.MessageDigest;

/**
 * The ids of a population in a {@link TextColumn} (a few large char arrays) with an open-addressing
 * hash index (each entry a row number and its id's hash in one long): finds an id or a duplicate
 * without a million map entries.
 *
 * <p>Ids are entered into the index in batches: a random probe into a table of megabytes is a cache
 * miss (and, without huge pages, a TLB miss), and a batch first reads all of its slots in a loop of
 * independent loads, so that the processor waits for many misses at once instead of one after the
 * other. So a duplicate is found when its batch is entered: {@link #append} reports one when the
 * batch it completes holds one, {@link #check} enters the rest and reports the first duplicate of
 * all the ids appended.
 */
final class IdIndex {

    /** Ids appended but not yet in the table, at most this many. */
    static final int BATCH = 512;

    private final TextColumn ids = new TextColumn();
    private long[] table = new long[1 << 11]; // hash << 32 | (row + 1); 0 = free
    private int mask = table.length - 1;
    private final int[] pendingHashes = new int[BATCH];
    private int pending;
    private int indexed; // rows [0, indexed) are in the table
    private int duplicate = -1; // the first row found to repeat an earlier id
    private int duplicateOf = -1;
    @SuppressWarnings("unused")
    private long touched; // keeps the JIT from dropping the batch's read-ahead loads

    int size() {
        return ids.size();
    }

    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Appends the id as the next row. Returns false when this completed a batch and that batch
     * held a duplicate (see {@link #duplicate()}); the row is appended either way.
     */
    boolean append(String id) {
        pendingHashes[pending++] = hash(id);
        ids.add(id);
        return pending < BATCH || check();
    }

    /** Enters every appended id into the table; false when one repeats an earlier id. */
    boolean check() {
        if (duplicate >= 0) {
            return false;
        }
        int n = pending;
        if (n == 0) {
            return true;
        }
        if ((long) (indexed + n) * 2 > table.length) {
            resize(Integer.highestOneBit((indexed + n) * 2 - 1) << 1);
        }
        long sum = 0;
        for (int k = 0; k < n; k++) {
            sum += table[pendingHashes[k] & mask];
        }
        touched = sum;
        for (int k = 0; k < n; k++) {
            int row = indexed;
            int earlier = insert(row, pendingHashes[k]);
            if (earlier >= 0) {
                duplicate = row;
                duplicateOf = earlier;
                return false;
            }
            indexed++;
        }
        pending = 0;
        return true;
    }

    /** The first row found to repeat an earlier row's id, or -1. */
    int duplicate() {
        return duplicate;
    }

    /** The earlier row whose id {@link #duplicate()} repeats, or -1. */
    int duplicateOf() {
        return duplicateOf;
    }

    /** Puts the row (whose id is appended) into the table, or returns the row that already holds its id. */
    private int insert(int row, int h) {
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                table[slot] = ((long) h << 32) | (row + 1);
                return -1;
            }
            int other = (int) entry - 1;
            if ((int) (entry >>> 32) == h && ids.equalsAt(other, ids, row)) {
                return other;
            }
        }
    }

    /** The row holding the id, or -1. Only for a checked index. */
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
    long[][] sortKeys() {
        return ids.sortKeys();
    }

    int compare(int i, int j) {
        return ids.compare(i, j);
    }

    void update(MessageDigest md, int row) {
        ids.update(md, row);
    }

    /** Drops spare capacity; every id must be checked and unique. */
    IdIndex finish() {
        if (!check()) {
            throw new IllegalStateException("duplicate id " + ids.get(duplicate) + " in rows " + duplicateOf + " and "
                    + duplicate);
        }
        ids.trim();
        return this;
    }
}
