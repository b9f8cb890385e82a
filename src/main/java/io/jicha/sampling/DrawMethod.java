package io.jicha.sampling;

import io.jicha.common.UserError;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a draw picks its records (see docs/sampling.md). */
public enum DrawMethod {
    /** The records with the smallest SHA-256 of "SEED:ID", in that order. */
    HASH("hash"),
    /** A fixed interval over the records sorted by id, starting at a point derived from the seed. */
    SYSTEMATIC("systematic");

    private final String code;

    DrawMethod(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static DrawMethod parse(String s) {
        for (DrawMethod m : values()) {
            if (m.code.equals(s)) {
                return m;
            }
        }
        throw UserError.of("sample.unknown-method-use-hash-systematic", s);
    }
}
