package io.jicha.store;

import java.util.Arrays;

/** Byte-for-byte comparison of journals and PDFs, failing with sizes and the first differing offset, not a dump. */
final class SameBytes {

    private SameBytes() {
    }

    static void assertSameBytes(byte[] actual, byte[] expected, String what) {
        int at = Arrays.mismatch(actual, expected);
        if (at >= 0) {
            throw new AssertionError(what + ": not the same bytes (" + actual.length + " bytes, expected "
                    + expected.length + "; first difference at offset " + at + ")");
        }
    }
}
