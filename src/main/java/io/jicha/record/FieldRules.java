package io.jicha.record;

import io.jicha.common.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The checks and normal forms of the canonical columns that carry numbers, dates or lists, so
 * that every later computation (the monthly enforcement summary) reads clean values.
 */
final class FieldRules {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[；;、]");

    private FieldRules() {
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutUnit(String value, String... units) {
        char last = value.charAt(value.length() - 1);
        if (last >= '0' && last <= '9') {
            return value;
        }
        for (String u : units) {
            if (value.endsWith(u)) {
                return value.substring(0, value.length() - u.length()).strip();
            }
        }
        return value;
    }

    /** Whether the canonical column has a rule at all (other columns are kept as written). */
    static boolean hasRule(String column) {
        return switch (column) {
            case Columns.DECISION_DATE, Columns.OFFICERS, Columns.ADMIN_DECISIONS, Columns.CORRECTION_ORDERS,
                 Columns.FINE_YUAN, Columns.FINE_WAN, Columns.MAJOR_KINDS -> true;
            default -> false;
        };
    }

    /**
     * The value in normal form. Throws IllegalArgumentException whose message says what the
     * value should be.
     */
    static String normalize(String column, String value) {
        if (value.isEmpty()) {
            return value;
        }
        switch (column) {
            case Columns.DECISION_DATE -> {
                LocalDate d = RecordDates.parse(value);
                if (d == null) {
                    throw new IllegalArgumentException(Texts.get("record.value-not-a-date", RecordDates.FORMS));
                }
                return d.toString();
            }
            case Columns.OFFICERS, Columns.ADMIN_DECISIONS, Columns.CORRECTION_ORDERS -> {
                // Checked, kept as written: the enforcement summary reads "3" and "3人" alike.
                String digits = withoutUnit(value, "人", "件", "份");
                if (digits.isEmpty() || digits.length() > 9 || !allDigits(digits)) {
                    throw new IllegalArgumentException(Texts.get("record.value-not-a-count"));
                }
                return value;
            }
            case Columns.FINE_YUAN, Columns.FINE_WAN -> {
                try {
                    BigDecimal d = new BigDecimal(withoutUnit(value, "万元", "元").replace(",", "").replace("，", ""));
                    if (d.signum() < 0) {
                        throw new IllegalArgumentException(Texts.get("record.value-negative-amount"));
                    }
                    return value;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(Texts.get("record.value-not-an-amount"));
                }
            }
            case Columns.MAJOR_KINDS -> {
                StringBuilder sb = new StringBuilder();
                for (String item : LIST_SEPARATORS.split(value)) {
                    String s = item.strip();
                    if (!s.isEmpty()) {
                        if (sb.length() > 0) {
                            sb.append(Columns.LIST_SEPARATOR);
                        }
                        sb.append(s);
                    }
                }
                return sb.toString();
            }
            default -> {
                return value;
            }
        }
    }
}
