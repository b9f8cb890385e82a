package io.jicha.session;

import io.jicha.common.UserError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a review is: its name, its period, the audited units and the review team, its language, the
 * time zone its documents are dated in ({@code zone}: given at creation, else the default of its
 * locale, see {@link #defaultZone}), and {@code fullNames}, a unit's full name where one was given
 * (吴江区 → 苏州市吴江区环境保护局: the 主送 of its notice).
 */
public record SessionInfo(String name, LocalDate from, LocalDate to, List<String> units, List<String> team,
                          String locale, Instant created, ZoneId zone, java.util.Map<String, String> fullNames) {

    /** Units without full names, in the default zone of the locale. */
    public SessionInfo(String name, LocalDate from, LocalDate to, List<String> units, List<String> team,
                       String locale, Instant created) {
        this(name, from, to, units, team, locale, created, (ZoneId) null, null);
    }

    /** Units without full names. */
    public SessionInfo(String name, LocalDate from, LocalDate to, List<String> units, List<String> team,
                       String locale, Instant created, ZoneId zone) {
        this(name, from, to, units, team, locale, created, zone, null);
    }

    /** In the default zone of the locale. */
    public SessionInfo(String name, LocalDate from, LocalDate to, List<String> units, List<String> team,
                       String locale, Instant created, java.util.Map<String, String> fullNames) {
        this(name, from, to, units, team, locale, created, null, fullNames);
    }

    public SessionInfo {
        fullNames = fullNames == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(fullNames));
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
        if (zone == null) {
            zone = defaultZone(locale);
        }
    }

    /**
     * The time zone of a session that names none (every journal before issue 22): the zone of its
     * locale's country, China's {@code Asia/Shanghai} for {@code zh-CN} and for a language alone
     * ({@code zh}, {@code en}: jicha's reviews are Chinese reviews); UTC for a country not listed.
     */
    public static ZoneId defaultZone(String locale) {
        String country = java.util.Locale.forLanguageTag(locale == null ? "" : locale).getCountry();
        return ZoneId.of(switch (country) {
            case "", "CN" -> "Asia/Shanghai";
            case "HK" -> "Asia/Hong_Kong";
            case "MO" -> "Asia/Macau";
            case "TW" -> "Asia/Taipei";
            case "SG" -> "Asia/Singapore";
            default -> "UTC";
        });
    }

    /** A time zone as typed ({@code Asia/Shanghai}, {@code UTC}, {@code +08:00}), or a UserError. */
    public static ZoneId parseZone(String typed) {
        try {
            return ZoneId.of(typed.strip());
        } catch (java.time.DateTimeException e) {
            throw UserError.of("session.zone-unknown", typed);
        }
    }

    /** The unit's full name, or empty when none was given. */
    public java.util.Optional<String> fullName(String unit) {
        return java.util.Optional.ofNullable(fullNames.get(unit));
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

    /**
     * The language of the session: its documents and the words it records into its journal (a default
     * finding text, a reason) are in it, whatever the terminal speaks. Chinese for zh-CN, English for en.
     */
    public io.jicha.common.Texts.Lang language() {
        return language(locale);
    }

    /** The language of a session's locale as recorded ({@code session.created}; null in none: zh-CN). */
    public static io.jicha.common.Texts.Lang language(String locale) {
        return io.jicha.common.Texts.fromEnvironment(null,
                java.util.Locale.forLanguageTag(locale == null || locale.isBlank() ? "zh-CN" : locale));
    }
}
