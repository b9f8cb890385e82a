package io.jicha.record;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A growable column of strings kept as UTF-16 chars in one array with end offsets: a million
 * values are a few large arrays instead of a million objects, which keeps the heap small and the
 * garbage collector idle. Comparisons are in Unicode code point order (the byte order of UTF-8).
 */
final class TextColumn {

    private char[] blob = new char[1 << 15];
    private int[] ends = new int[1024];
    private int size;
    private byte[] scratch = new byte[256];
    private int expectedEntries;

    int size() {
        return size;
    }

    void add(String value) {
        int start = reserve(value.length());
        value.getChars(0, value.length(), blob, start);
    }

    /** Appends an entry of len chars and returns where its chars go. */
    private int reserve(int len) {
        int start = size == 0 ? 0 : ends[size - 1];
        int end = start + len;
        if (end > blob.length) {
            blob = Arrays.copyOf(blob, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, grown(blob.length))));
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, Math.max(size + 1, expectedEntries > size ? expectedEntries : size * 2));
        }
        ends[size++] = end;
        return start;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    String get(int i) {
        int s = start(i);
        return new String(blob, s, ends[i] - s);
    }

    boolean isEmpty(int i) {
        return start(i) == ends[i];
    }

    boolean equalsAt(int i, char[] value) {
        return Arrays.equals(blob, start(i), ends[i], value, 0, value.length);
    }

    boolean equalsAt(int i, String value) {
        int s = start(i);
        int n = ends[i] - s;
        if (n != value.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (blob[s + k] != value.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Code point order of two values. */
    int compare(int i, int j) {
        int si = start(i);
        int sj = start(j);
        int li = ends[i] - si;
        int lj = ends[j] - sj;
        int m = Arrays.mismatch(blob, si, ends[i], blob, sj, ends[j]);
        if (m < 0) {
            return 0;
        }
        if (m >= li || m >= lj) {
            return li - lj;
        }
        return orderOf(blob[si + m]) - orderOf(blob[sj + m]);
    }

    /** Maps a UTF-16 unit so that comparing mapped units compares code points (surrogates above U+FFFF). */
    static int orderOf(char c) {
        return c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    /** Feeds value i's UTF-8 bytes to the digest. */
    void update(MessageDigest md, int i) {
        int s = start(i);
        int e = ends[i];
        if (scratch.length < (e - s) * 3) {
            scratch = new byte[(e - s) * 3];
        }
        int n = 0;
        for (int k = s; k < e; k++) {
            char c = blob[k];
            if (c < 0x80) {
                scratch[n++] = (byte) c;
            } else if (c < 0x800) {
                scratch[n++] = (byte) (0xC0 | (c >> 6));
                scratch[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && k + 1 < e && Character.isLowSurrogate(blob[k + 1])) {
                int cp = Character.toCodePoint(c, blob[++k]);
                scratch[n++] = (byte) (0xF0 | (cp >> 18));
                scratch[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                scratch[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                scratch[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                scratch[n++] = (byte) (0xE0 | (c >> 12));
                scratch[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                scratch[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        md.update(scratch, 0, n);
    }

    /**
     * For each value, its 4 UTF-16 units after the prefix all values share, mapped by
     * {@link #orderOf} and zero-padded, as an unsigned number: comparing keys orders values as
     * {@link #compare} does, except where keys tie.
     */
    long[] sortKeys() {
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < size && common > 0; i++) {
            int m = Arrays.mismatch(blob, start(0), ends[0], blob, start(i), ends[i]);
            if (m >= 0) {
                common = Math.min(common, m);
            }
        }
        if (common == Integer.MAX_VALUE) {
            common = 0;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            int s = start(i) + common;
            long k = 0;
            for (int b = 0; b < 4; b++) {
                k = (k << 16) | (s + b < ends[i] ? orderOf(blob[s + b]) : 0); // ids hold no U+0000
            }
            keys[i] = k;
        }
        return keys;
    }

    /**
     * Tells the column about how many values it will hold, so that a large column grows to about
     * its final size (projected from the values so far) instead of doubling its way there: each
     * doubling copies the whole column into fresh memory and may leave half of it unused.
     */
    void expect(int entries) {
        expectedEntries = entries;
    }

    /** The next capacity of the char array: doubling while small or without an expectation. */
    private long grown(int length) {
        long doubled = length * 2L;
        if (expectedEntries == 0 || size < 1024) {
            return doubled;
        }
        // Projected from the values so far; a little beyond the expectation once it has fallen short.
        int entries = Math.max(expectedEntries, size + size / 16);
        long projected = (long) ((double) ends[size - 1] / size * entries * 1.02) + 64;
        return Math.max(projected, length + length / 16);
    }

    /**
     * Drops spare capacity once the column is complete. A little slack (at most 1/16) is kept
     * rather than copying the whole column once more.
     */
    void trim() {
        int used = size == 0 ? 0 : ends[size - 1];
        if (blob.length - used > blob.length / 16) {
            blob = Arrays.copyOf(blob, used);
        }
        if (ends.length - size > ends.length / 16) {
            ends = Arrays.copyOf(ends, size);
        }
        scratch = new byte[256];
    }
}
