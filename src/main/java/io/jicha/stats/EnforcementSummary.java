package io.jicha.stats;

import io.jicha.common.UserError;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The monthly enforcement summary (执法情况汇总表) of some units: each unit's figures in the
 * given unit order, and their total.
 */
public record EnforcementSummary(YearMonth month, List<String> units, Map<String, UnitFigures> byUnit,
                                 UnitFigures total) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    public EnforcementSummary {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(total, "total");
        units = List.copyOf(units);
        if (!byUnit.keySet().equals(new java.util.HashSet<>(units))) {
            throw new IllegalArgumentException("figures " + byUnit.keySet() + " do not match units " + units);
        }
        Map<String, UnitFigures> ordered = new LinkedHashMap<>();
        for (String u : units) {
            ordered.put(u, byUnit.get(u));
        }
        byUnit = java.util.Collections.unmodifiableMap(ordered);
    }

    /** The figures of one unit. */
    public UnitFigures unit(String unit) {
        UnitFigures f = byUnit.get(unit);
        if (f == null) {
            throw UserError.of("stats.unit-summary-units", unit, String.join(", ", units));
        }
        return f;
    }

    /** Parses a month given as yyyy-MM, e.g. 2016-10. */
    public static YearMonth parseMonth(String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
            throw UserError.of("stats.month-yyyy-mm-form-write", text);
        }
        try {
            return YearMonth.parse(text.strip(), MONTH);
        } catch (DateTimeParseException e) {
            throw UserError.of("stats.month-valid-month-write-like", text);
        }
    }
}
