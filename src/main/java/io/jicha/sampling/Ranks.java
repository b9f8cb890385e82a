package io.jicha.sampling;

import io.jicha.common.Hashes;

import java.util.Comparator;

/**
 * The hash rank of a record: SHA-256 of the UTF-8 bytes of "SEED:ID". Comparing the 32 digest
 * bytes as unsigned numbers is the same as comparing the lowercase hex strings, so anyone can
 * reproduce the order with {@code printf '%s' 'SEED:ID' | sha256sum}.
 */
public final class Ranks {

    /** Ids in Unicode code point order, which is the byte order of their UTF-8 (what {@code LC_ALL=C sort} does). */
    public static final Comparator<String> CODE_POINT_ORDER = Ranks::compareCodePoints;

    private Ranks() {
    }

    /** The rank as lowercase hex. */
    public static String rank(String seed, String id) {
        return Hashes.sha256Hex(seed + ":" + id);
    }

    /** Compares by code point (UTF-16 order differs only where surrogates meet U+E000..U+FFFF). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    x = fixup(x);
                    y = fixup(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static char fixup(char c) {
        return c >= 0xE000 ? (char) (c - 0x800) : (char) (c + 0x2000);
    }
}
