package io.jicha.session;

import io.jicha.common.UserError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a review is: its name, its period, the audited units and the review team. */
public record SessionInfo(String name, LocalDate from, LocalDate to, List<String> units, List<String> team,
                          String locale, Instant created) {

    public SessionInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw UserError.of("session.period-ends-before-starts-give", to, from);
        }
        units = List.copyOf(units);
        team = List.copyOf(team);
        if (units.isEmpty()) {
            throw UserError.of("session.audited-units-give-them-units");
        }
        if (team.isEmpty()) {
            throw UserError.of("session.review-team-empty-give-team");
        }
        if (locale == null || locale.isBlank()) {
            locale = "zh-CN";
        }
    }

    public boolean hasUnit(String unit) {
        return units.contains(unit);
    }

    /** The unit, or a UserError naming the session's units. */
    public String requireUnit(String unit) {
        if (!hasUnit(unit)) {
            throw UserError.of("session.unknown-unit-review-covers", unit, String.join(", ", units));
        }
        return unit;
    }

    public boolean onTeam(String auditor) {
        return team.contains(auditor);
    }

    public String period() {
        return from + ".." + to;
    }
}
