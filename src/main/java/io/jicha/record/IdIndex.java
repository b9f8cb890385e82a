package io.jicha.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The ids of a population as UTF-8 bytes with an open-addressing hash index (row numbers in an
 * int table): finds an id or a duplicate without a million map entries.
 */
final class IdIndex {

    private final Utf8Column ids = new Utf8Column();
    private int[] hashes = new int[1024];
    private int[] table = new int[1 << 11]; // row + 1, 0 = free
    private int mask = table.length - 1;

    int size() {
        return ids.size();
    }

    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Adds the id as the next row and returns -1, or returns the row that already holds it. */
    int add(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int h = hash(id);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                int row = ids.size();
                ids.add(bytes);
                if (row == hashes.length) {
                    hashes = Arrays.copyOf(hashes, row * 2);
                }
                hashes[row] = h;
                table[slot] = row + 1;
                if (ids.size() * 2 > table.length) {
                    grow();
                }
                return -1;
            }
            if (hashes[entry - 1] == h && ids.equalsAt(entry - 1, bytes)) {
                return entry - 1;
            }
        }
    }

    /** The row holding the id, or -1. */
    int find(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int h = hash(id);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (hashes[entry - 1] == h && ids.equalsAt(entry - 1, bytes)) {
                return entry - 1;
            }
        }
    }

    private void grow() {
        int[] bigger = new int[table.length * 2];
        int m = bigger.length - 1;
        for (int row = 0; row < ids.size(); row++) {
            int slot = hashes[row] & m;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & m;
            }
            bigger[slot] = row + 1;
        }
        table = bigger;
        mask = m;
    }

    String get(int row) {
        return ids.get(row);
    }

    int compare(int i, int j) {
        return ids.compare(i, j);
    }

    void update(MessageDigest md, int row) {
        ids.update(md, row);
    }

    IdIndex finish() {
        ids.trim();
        hashes = Arrays.copyOf(hashes, ids.size());
        return this;
    }
}
