package io.jicha.stats;

import io.jicha.common.UserError;

import java.util.List;

/** Which of a session's units a summary covers, from the --unit / --all-units options. */
public final class SummaryScope {

    private SummaryScope() {
    }

    /**
     * The units to summarize, in the session's order: the one named by {@code unit}, or all of
     * them ({@code --all-units}, or neither option given). Both options, or a unit the session
     * does not review, is a UserError.
     */
    public static List<String> units(List<String> sessionUnits, String unit, boolean allUnits) {
        if (unit != null && allUnits) {
            throw UserError.of("stats.give-either-unit-u-all");
        }
        if (unit == null) {
            return List.copyOf(sessionUnits);
        }
        String u = unit.strip();
        if (!sessionUnits.contains(u)) {
            throw UserError.of("stats.unit-unit-session-units", unit, String.join(", ", sessionUnits));
        }
        return List.of(u);
    }

    /**
     * The city a table's title names: {@code city} when given, else the part of {@code filedBy}
     * up to its first 市 (苏州市环境保护局 → 苏州市), else null (the title names none).
     */
    public static String city(String city, String filedBy) {
        if (city != null && !city.isBlank()) {
            return city.strip();
        }
        if (filedBy != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\p{IsHan}+?市)").matcher(filedBy);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * The units with no record counting in the month (their cells read 无数据); a month in which
     * no unit has a record is refused (a table of zeros would pass for a quiet month).
     */
    public static java.util.Set<String> noData(EnforcementSummaryCalculator calculator, java.time.YearMonth month,
                                               List<UnitRecords> records) {
        java.util.Set<String> none = new java.util.LinkedHashSet<>();
        for (UnitRecords r : records) {
            if (!calculator.hasData(month, r)) {
                none.add(r.unit());
            }
        }
        if (!records.isEmpty() && none.size() == records.size()) {
            throw UserError.of("stats.month-has-no-data", month, String.join("、", none));
        }
        return none;
    }
}
