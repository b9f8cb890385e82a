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
}
