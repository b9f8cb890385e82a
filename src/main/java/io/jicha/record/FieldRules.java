package io.jicha.record;

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
                    throw new IllegalArgumentException("is not a date (use " + RecordDates.FORMS + ")");
                }
                return d.toString();
            }
            case Columns.OFFICERS, Columns.ADMIN_DECISIONS, Columns.CORRECTION_ORDERS -> {
                for (int i = 0; i < value.length(); i++) {
                    if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                        throw new IllegalArgumentException("is not a whole number of 0 or more");
                    }
                }
                if (value.length() > 9) {
                    throw new IllegalArgumentException("is too large a count");
                }
                return String.valueOf(Integer.parseInt(value));
            }
            case Columns.FINE_YUAN, Columns.FINE_WAN -> {
                try {
                    BigDecimal d = new BigDecimal(value.replace(",", "").replace("，", ""));
                    if (d.signum() < 0) {
                        throw new IllegalArgumentException("is a negative amount");
                    }
                    return d.toPlainString();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("is not an amount (write digits, e.g. 50000 or 5.5)");
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
