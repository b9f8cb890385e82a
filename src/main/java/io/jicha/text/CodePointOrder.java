package io.jicha.text;

import java.util.Comparator;

/**
 * Unicode code point order, which is the byte order of UTF-8 and what {@code LC_ALL=C sort} does:
 * the order of ids wherever jicha sorts them (population fingerprints, strata, ties of ranks;
 * docs/sampling.md). Java's {@code String.compareTo} compares UTF-16 units, which differs only
 * where a surrogate (a character above U+FFFF) meets U+E000..U+FFFF; {@link #key} mends that.
 */
public final class CodePointOrder {

    /** Strings in code point order. */
    public static final Comparator<String> COMPARATOR = CodePointOrder::compare;

    private CodePointOrder() {
    }

    /**
     * A UTF-16 unit mapped so that comparing mapped units compares code points: units below the
     * surrogates keep their value, U+E000..U+FFFF move down below the surrogates, and the surrogates
     * (the code points above U+FFFF) move to the top.
     */
    public static int key(char c) {
        return c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    /** Compares two strings in code point order. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return key(x) - key(y);
            }
        }
        return a.length() - b.length();
    }
}
