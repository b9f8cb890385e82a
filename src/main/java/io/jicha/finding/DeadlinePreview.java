package io.jicha.finding;

import io.jicha.common.UserError;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a deadline comes to from a given date, before any notice is issued: the due date by the same
 * rules a notice uses ({@link Deadline#resolve}), and the provisional calendar years it depends on.
 * A due date depends on every year from the day after {@code from} to the due date: working days are
 * counted through them, and a calendar-day period ending on a rest day moves to the next working day.
 */
public record DeadlinePreview(LocalDate from, Deadline deadline, LocalDate due, List<Integer> provisionalYears) {

    public DeadlinePreview {
        provisionalYears = List.copyOf(provisionalYears);
    }

    /** The preview of {@code --days N} or {@code --workdays N} (exactly one) from {@code from}. */
    public static DeadlinePreview of(LocalDate from, Integer days, Integer workdays, WorkdayCalendar calendar) {
        if ((days == null) == (workdays == null)) {
            throw UserError.of("finding.due.one-of");
        }
        Deadline d = DeadlineInput.fromOptions(days, workdays, null);
        return of(from, d, calendar);
    }

    public static DeadlinePreview of(LocalDate from, Deadline deadline, WorkdayCalendar calendar) {
        LocalDate due = deadline.resolve(from, calendar);
        return new DeadlinePreview(from, deadline, due, provisionalYears(from, due, calendar));
    }

    /** Whether the due date rests on a year whose holidays are not yet officially published. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }

    /** The provisional years a date computed from {@code from} to {@code due} depends on, in order. */
    public static List<Integer> provisionalYears(LocalDate from, LocalDate due, WorkdayCalendar calendar) {
        int first = from.plusDays(1).getYear();
        int last = Math.max(first, due.getYear());
        return IntStream.rangeClosed(first, last).filter(y -> calendar.years().contains(y) && calendar.isProvisional(y))
                .boxed().toList();
    }
}
