package io.jicha.finding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jicha.common.UserError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rectification deadline (整改期限): N calendar days, N working days, or a fixed date.
 * Rules count from the day after the notice's issue date and become dates only through
 * {@link #resolve}; a fixed date is a date already. In journal payloads it is written as
 * {@code {"kind":"days","days":30}}, {@code {"kind":"workdays","days":15}} or
 * {@code {"kind":"due","date":"2016-11-30"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Deadline.Days.class, name = "days"),
        @JsonSubTypes.Type(value = Deadline.Workdays.class, name = "workdays"),
        @JsonSubTypes.Type(value = Deadline.Due.class, name = "due")})
public sealed interface Deadline permits Deadline.Days, Deadline.Workdays, Deadline.Due {

    /** No rectification period is longer than ten years; a bigger number is a typo. */
    int MAX_DAYS = 3650;

    /** The due date for a notice issued on {@code issued}. */
    LocalDate resolve(LocalDate issued, WorkdayCalendar calendar);

    /** Chinese wording for notices and tables: 30日内, 15个工作日内, 2016年11月30日前. */
    String describe();

    /** Wording in the given language (Chinese unless the language is English). */
    default String describe(Locale locale) {
        return describe();
    }

    /** True for N days and N working days, which need an issue date to become a date. */
    default boolean needsIssueDate() {
        return !(this instanceof Due);
    }

    static Deadline days(int n) {
        return new Days(n);
    }

    static Deadline workdays(int n) {
        return new Workdays(n);
    }

    static Deadline due(LocalDate date) {
        return new Due(date);
    }

    /**
     * N calendar days after the issue date (the issue date is not counted). When that day is not
     * a working day the deadline moves to the next working day: 民法典 art. 201 (the first day is
     * not counted) and art. 203 (a period ending on a statutory rest day ends on the day after it).
     */
    record Days(int days) implements Deadline {
        public Days {
            checkCount(days, "--days");
        }

        @Override
        public LocalDate resolve(LocalDate issued, WorkdayCalendar calendar) {
            return calendar.workdayOnOrAfter(issued.plusDays(days));
        }

        @Override
        public String describe() {
            return days + "日内";
        }

        @Override
        public String describe(Locale locale) {
            return english(locale) ? "within " + days + (days == 1 ? " day" : " days") : describe();
        }
    }

    /** N working days after the issue date, per {@link WorkdayCalendar#addWorkdays}. */
    record Workdays(int days) implements Deadline {
        public Workdays {
            checkCount(days, "--workdays");
        }

        @Override
        public LocalDate resolve(LocalDate issued, WorkdayCalendar calendar) {
            return calendar.addWorkdays(issued, days);
        }

        @Override
        public String describe() {
            return days + "个工作日内";
        }

        @Override
        public String describe(Locale locale) {
            return english(locale) ? "within " + days + (days == 1 ? " working day" : " working days") : describe();
        }
    }

    /** A fixed due date; it must not be before the notice's issue date. */
    record Due(LocalDate date) implements Deadline {
        public Due {
            if (date == null) {
                throw new IllegalArgumentException("due date is required");
            }
        }

        @Override
        public LocalDate resolve(LocalDate issued, WorkdayCalendar calendar) {
            if (date.isBefore(issued)) {
                throw UserError.of("finding.due-date-before-notice-s", date, issued, issued);
            }
            return date;
        }

        @Override
        public String describe() {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日前";
        }

        @Override
        public String describe(Locale locale) {
            return english(locale) ? "by " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                    : describe();
        }
    }

    /**
     * The deadline given by at most one of the three command options, or null when none is given.
     * Two or more is a {@link UserError}; so is a count that is not positive or a malformed date.
     */
    static Deadline fromOptions(Integer days, Integer workdays, String due) {
        int given = (days != null ? 1 : 0) + (workdays != null ? 1 : 0) + (due != null && !due.isBlank() ? 1 : 0);
        if (given > 1) {
            throw UserError.of("finding.give-only-one-days-workdays");
        }
        if (days != null) {
            return new Days(days);
        }
        if (workdays != null) {
            return new Workdays(workdays);
        }
        if (due != null && !due.isBlank()) {
            return new Due(parseDate(due.strip(), "--due"));
        }
        return null;
    }

    /**
     * Parses a deadline as a rubric or a user writes it: {@code 30d}, {@code 30 days}, {@code 30日},
     * {@code 30天}, {@code 15wd}, {@code 15 workdays}, {@code 15个工作日}, or {@code 2016-11-30}.
     */
    static Deadline parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = DeadlinePatterns.RULE.matcher(s);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT).replace(" ", "");
            boolean working = unit.startsWith("w") || unit.contains("工作日");
            return working ? new Workdays(n) : new Days(n);
        }
        if (DeadlinePatterns.DATE.matcher(s).matches()) {
            return new Due(parseDate(s, "deadline"));
        }
        throw UserError.of("finding.deadline-understood-write-30d-15wd", s);
    }

    /** Parses yyyy-MM-dd, with a one-line {@link UserError} naming the option when it is not a date. */
    static LocalDate parseDate(String s, String option) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw UserError.of("finding.date-write-yyyy-mm-dd", option, s);
        }
    }

    private static void checkCount(int n, String option) {
        if (n < 1 || n > MAX_DAYS) {
            throw UserError.of("finding.must-whole-number-1", option, n, MAX_DAYS);
        }
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}

/** Text forms {@link Deadline#parse} accepts. */
final class DeadlinePatterns {
    static final Pattern RULE = Pattern.compile(
            "(\\d{1,4})\\s*(d|days?|日|天|wd|w|workdays?|working\\s*days?|个工作日|工作日)(内)?",
            Pattern.CASE_INSENSITIVE);
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DeadlinePatterns() {
    }
}
