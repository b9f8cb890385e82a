package io.jicha.rubric;

import java.math.BigDecimal;

/** Points are exact and come in halves (0.5); this is the one place that knows it. */
public final class Points {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Points() {
    }

    /** True when the value is a whole multiple of 0.5. */
    public static boolean isHalfStep(BigDecimal value) {
        return value.multiply(TWO).stripTrailingZeros().scale() <= 0;
    }

    /** The value without trailing zeros, as people write it: 2, 0.5, 38. */
    public static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static void requireHalfStep(BigDecimal value, String what) {
        if (value == null || value.signum() < 0 || !isHalfStep(value)) {
            throw new IllegalArgumentException(what + " must be a non-negative multiple of 0.5: " + value);
        }
    }
}
