package io.jicha.sampling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The probability model of a sampling plan (docs/sampling.md): binomial, or hypergeometric when
 * the population is given and the sample would exceed 5% of it. Written in journals, and shown, as
 * its lower-case word ({@code "binomial"}), as every journal since the first has it.
 */
public enum SamplingModel {
    BINOMIAL, HYPERGEOMETRIC;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SamplingModel ofCode(String code) {
        for (SamplingModel m : values()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown sampling model '" + code + "'");
    }

    @Override
    public String toString() {
        return code();
    }
}
