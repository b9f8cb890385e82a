package io.jicha.record;

import io.jicha.text.CodePointOrder;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A growable column of strings kept as UTF-16 chars in a few large arrays with end offsets: a
 * million values are a few arrays instead of a million objects, which keeps the heap small and the
 * garbage collector idle. Comparisons are in Unicode code point order (the byte order of UTF-8).
 *
 * <p>The chars are kept in chunks, and a value never spans two chunks. The first chunk grows by
 * copying while it is small, to the size projected from the values so far and the number of
 * values expected ({@link #expect}); once it is large, a column that needs more room adds a chunk
 * for the values still expected instead of copying what it holds into a larger array: each copy
 * is fresh memory to be zeroed and paged in (tens of megabytes for a million ids whose numbers
 * grow longer down the file), and the old array is garbage.
 */
final class TextColumn {

    /** A chunk this large (chars) is not copied to grow. */
    private static final int LARGE = 1 << 18;
    private static final int MAX = Integer.MAX_VALUE - 8;

    private char[][] chunks = {new char[1 << 12]};
    /** Chunk k holds entries firstEntry[k] up to firstEntry[k + 1] (or up to size for the last). */
    private int[] firstEntry = {0};
    private int chunkCount = 1;
    private char[] current = chunks[0];
    private int used; // chars used in current
    private long heldBefore; // chars in the chunks before current
    /** Where entry i ends within its chunk. */
    private int[] ends = new int[1024];
    private int size;
    private byte[] scratch = new byte[256];
    private int expectedEntries;

    int size() {
        return size;
    }

    void add(String value) {
        int len = value.length();
        if (len > current.length - used) {
            makeRoom(len);
        }
        value.getChars(0, len, current, used);
        used += len;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, Math.max(size + 1, expectedEntries > size ? expectedEntries : size * 2));
        }
        ends[size++] = used;
    }

    /** Makes room for a value of len chars in the current chunk, or starts a new one. */
    private void makeRoom(int len) {
        long held = heldBefore + used;
        if (chunkCount == 1 && current.length < LARGE) {
            long doubled = current.length * 2L;
            long projected = projectedChars();
            long target = Math.max(used + (long) len, projected > 0 ? Math.max(projected, doubled) : doubled);
            current = Arrays.copyOf(current, (int) Math.min(MAX, target));
            chunks[0] = current;
            return;
        }
        long remaining = projectedChars() - held;
        long next = remaining > 0 ? Math.max(remaining, held / 16) : held; // no projection: double the capacity
        int length = (int) Math.min(MAX, Math.max(len, next));
        if (chunkCount == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunkCount * 2);
            firstEntry = Arrays.copyOf(firstEntry, chunkCount * 2);
        }
        heldBefore += used;
        current = new char[length];
        chunks[chunkCount] = current;
        firstEntry[chunkCount] = size;
        chunkCount++;
        used = 0;
    }

    /** The chars all expected values will take, projected from the values so far (2 % to spare), or 0. */
    private long projectedChars() {
        if (expectedEntries == 0 || size < 1024) {
            return 0;
        }
        int entries = Math.max(expectedEntries, size + size / 16);
        return (long) ((double) (heldBefore + used) / size * entries * 1.02) + 64;
    }

    /** The chunk holding entry i: most entries are in the first chunk, the rest mostly in the last. */
    private int chunkOf(int i) {
        int last = chunkCount - 1;
        if (last == 0 || i < firstEntry[1]) {
            return 0;
        }
        if (i >= firstEntry[last]) {
            return last;
        }
        int lo = 1;
        int hi = last - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstEntry[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Where entry i starts within chunk k (its chunk). */
    private int start(int i, int k) {
        return i == firstEntry[k] ? 0 : ends[i - 1];
    }

    String get(int i) {
        int k = chunkOf(i);
        int s = start(i, k);
        return new String(chunks[k], s, ends[i] - s);
    }

    boolean isEmpty(int i) {
        return start(i, chunkOf(i)) == ends[i];
    }

    boolean equalsAt(int i, char[] value) {
        int k = chunkOf(i);
        return Arrays.equals(chunks[k], start(i, k), ends[i], value, 0, value.length);
    }

    /** Whether value i equals value j of the other column (which may be this one). */
    boolean equalsAt(int i, TextColumn other, int j) {
        int k = chunkOf(i);
        int l = other.chunkOf(j);
        return Arrays.equals(chunks[k], start(i, k), ends[i], other.chunks[l], other.start(j, l), other.ends[j]);
    }

    boolean equalsAt(int i, String value) {
        int k = chunkOf(i);
        int s = start(i, k);
        int n = ends[i] - s;
        if (n != value.length()) {
            return false;
        }
        char[] chars = chunks[k];
        for (int c = 0; c < n; c++) {
            if (chars[s + c] != value.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    /** Code point order of two values ({@link CodePointOrder}). */
    int compare(int i, int j) {
        int ki = chunkOf(i);
        int kj = chunkOf(j);
        char[] a = chunks[ki];
        char[] b = chunks[kj];
        int si = start(i, ki);
        int sj = start(j, kj);
        int li = ends[i] - si;
        int lj = ends[j] - sj;
        int m = Arrays.mismatch(a, si, ends[i], b, sj, ends[j]);
        if (m < 0) {
            return 0;
        }
        if (m >= li || m >= lj) {
            return li - lj;
        }
        return CodePointOrder.key(a[si + m]) - CodePointOrder.key(b[sj + m]);
    }

    /** Feeds value i's UTF-8 bytes to the digest. */
    void update(MessageDigest md, int i) {
        int k = chunkOf(i);
        char[] chars = chunks[k];
        int s = start(i, k);
        int e = ends[i];
        if (scratch.length < (e - s) * 3) {
            scratch = new byte[(e - s) * 3];
        }
        int n = 0;
        for (int p = s; p < e; p++) {
            char c = chars[p];
            if (c < 0x80) {
                scratch[n++] = (byte) c;
            } else if (c < 0x800) {
                scratch[n++] = (byte) (0xC0 | (c >> 6));
                scratch[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && p + 1 < e && Character.isLowSurrogate(chars[p + 1])) {
                int cp = Character.toCodePoint(c, chars[++p]);
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
     * Sort keys, two for each value: its UTF-16 units 0-3 and 4-7 after the prefix all values
     * share, mapped by {@link CodePointOrder#key} and zero-padded, as unsigned numbers (keys[0][i] and
     * keys[1][i]): comparing the first keys, then the second, orders values as {@link #compare}
     * does, except where both tie. Ids such as 吴环监〔2016〕633455号 share a prefix and then often
     * agree in their first four units, so a second key settles most of those ties without
     * comparing the ids themselves.
     */
    long[][] sortKeys() {
        long[][] keys = new long[2][size];
        if (size == 0) {
            return keys;
        }
        char[] first = chunks[0];
        int firstEnd = ends[0];
        int common = firstEnd;
        int k = 0;
        for (int i = 1; i < size && common > 0; i++) {
            while (k + 1 < chunkCount && firstEntry[k + 1] <= i) {
                k++;
            }
            int s = start(i, k);
            int m = Arrays.mismatch(first, 0, common, chunks[k], s, Math.min(ends[i], s + common));
            if (m >= 0) {
                common = m;
            }
        }
        k = 0;
        for (int i = 0; i < size; i++) {
            while (k + 1 < chunkCount && firstEntry[k + 1] <= i) {
                k++;
            }
            char[] chars = chunks[k];
            int s = start(i, k) + common;
            int e = ends[i];
            for (int level = 0; level < 2; level++) {
                long key = 0;
                for (int b = 0; b < 4; b++) {
                    int at = s + 4 * level + b;
                    key = (key << 16) | (at < e ? CodePointOrder.key(chars[at]) : 0); // ids hold no U+0000
                }
                keys[level][i] = key;
            }
        }
        return keys;
    }

    /**
     * Tells the column about how many values it will hold (a hint from the file's size), so that it
     * grows to about its final size at once instead of doubling its way there.
     */
    void expect(int entries) {
        expectedEntries = entries;
    }

    /**
     * Drops spare capacity once the column is complete: of the last chunk and of the offsets, when
     * more than 1/16 is unused (a little slack is kept rather than copying them once more).
     */
    void trim() {
        if (current.length - used > current.length / 16) {
            current = Arrays.copyOf(current, used);
            chunks[chunkCount - 1] = current;
        }
        if (chunks.length > chunkCount) {
            chunks = Arrays.copyOf(chunks, chunkCount);
            firstEntry = Arrays.copyOf(firstEntry, chunkCount);
        }
        if (ends.length - size > ends.length / 16) {
            ends = Arrays.copyOf(ends, size);
        }
        scratch = new byte[256];
    }
}
