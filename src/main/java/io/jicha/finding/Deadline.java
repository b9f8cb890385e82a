package io.jicha.finding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jicha.common.UserError;
import java.time.LocalDate;

/**
 * A rectification deadline (整改期限): N calendar days, N working days, or a fixed date.
 * Rules count from the day after the notice's issue date and become dates only through
 * {@link #resolve}; a fixed date is a date already. In journal payloads it is written as
 * {@code {"kind":"days","days":30}}, {@code {"kind":"workdays","days":15}} or
 * {@code {"kind":"due","date":"2016-11-30"}}. It is a typed value: what users type becomes one in
 * {@link DeadlineInput}; the terminal words it with {@link DeadlineWords}, documents in the report package.
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
    }

    private static void checkCount(int n, String option) {
        if (n < 1 || n > MAX_DAYS) {
            throw UserError.of("finding.must-whole-number-1", option, n, MAX_DAYS);
        }
    }
}
