package io.jicha.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A growable column of strings kept as UTF-8 bytes in one array with end offsets: a million
 * values are a few large arrays instead of a million objects, which keeps the heap small and the
 * garbage collector idle. Comparing two values' bytes is comparing them in code point order.
 */
final class Utf8Column {

    private byte[] blob = new byte[1 << 16];
    private int[] ends = new int[1024];
    private int size;

    int size() {
        return size;
    }

    void add(String value) {
        add(value.getBytes(StandardCharsets.UTF_8));
    }

    void add(byte[] bytes) {
        int start = size == 0 ? 0 : ends[size - 1];
        int end = start + bytes.length;
        if (end > blob.length) {
            blob = Arrays.copyOf(blob, Math.max(end, (int) Math.min(Integer.MAX_VALUE - 8, blob.length * 2L)));
        }
        System.arraycopy(bytes, 0, blob, start, bytes.length);
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = end;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    String get(int i) {
        int s = start(i);
        return new String(blob, s, ends[i] - s, StandardCharsets.UTF_8);
    }

    boolean isEmpty(int i) {
        return start(i) == ends[i];
    }

    boolean equalsAt(int i, byte[] bytes) {
        int s = start(i);
        return Arrays.equals(blob, s, ends[i], bytes, 0, bytes.length);
    }

    /** Unsigned byte order of two values, which is their code point order. */
    int compare(int i, int j) {
        return Arrays.compareUnsigned(blob, start(i), ends[i], blob, start(j), ends[j]);
    }

    /** Feeds value i's bytes to the digest. */
    void update(MessageDigest md, int i) {
        int s = start(i);
        md.update(blob, s, ends[i] - s);
    }

    /** Drops spare capacity once the column is complete. */
    void trim() {
        blob = Arrays.copyOf(blob, size == 0 ? 0 : ends[size - 1]);
        ends = Arrays.copyOf(ends, size);
    }
}
