package io.jicha.sampling;

import io.jicha.common.UserError;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a draw picks its records (see docs/sampling.md). */
public enum DrawMethod implements io.jicha.common.Localized {
    /** The records with the smallest SHA-256 of "SEED:ID", in that order. */
    HASH("hash", "哈希排序"),
    /** A fixed interval over the records sorted by id, starting at a point derived from the seed. */
    SYSTEMATIC("systematic", "等距抽样");

    private final String code;
    private final String chinese;

    DrawMethod(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** 哈希排序 / 等距抽样 in Chinese texts, hash / systematic in English ones; either may be typed. */
    @Override
    public String in(io.jicha.common.Texts.Lang lang) {
        return lang == io.jicha.common.Texts.Lang.ZH ? chinese : code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static DrawMethod parse(String s) {
        for (DrawMethod m : values()) {
            if (m.code.equals(s) || m.chinese.equals(s)) {
                return m;
            }
        }
        throw UserError.of("sample.unknown-method-use-hash-systematic", s);
    }
}
