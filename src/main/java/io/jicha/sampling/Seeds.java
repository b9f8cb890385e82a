package io.jicha.sampling;

import io.jicha.common.UserError;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Draw seeds: generated from a secure random source, or given by the user and checked. */
public final class Seeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Seeds() {
    }

    /** 128 random bits as 32 lowercase hex digits. */
    public static String generate() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The seed if usable; a UserError when empty or holding control characters. */
    public static String check(String seed) {
        if (seed == null || seed.isEmpty()) {
            throw UserError.of("sample.seed-empty-give-seed-leave");
        }
        for (int i = 0; i < seed.length(); i++) {
            int type = Character.getType(seed.charAt(i));
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw UserError.of("sample.seed-has-control-character", String.format("U+%04X", (int) seed.charAt(i)), i + 1);
            }
        }
        return seed;
    }
}
