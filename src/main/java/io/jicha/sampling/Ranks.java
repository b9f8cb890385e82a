package io.jicha.sampling;

import io.jicha.common.Hashes;

/**
 * The hash rank of a record: SHA-256 of the UTF-8 bytes of "SEED:ID". Comparing the 32 digest
 * bytes as unsigned numbers is the same as comparing the lowercase hex strings, so anyone can
 * reproduce the order with {@code printf '%s' 'SEED:ID' | sha256sum}.
 */
public final class Ranks {

    private Ranks() {
    }

    /** The rank as lowercase hex. */
    public static String rank(String seed, String id) {
        return Hashes.sha256Hex(seed + ":" + id);
    }
}
