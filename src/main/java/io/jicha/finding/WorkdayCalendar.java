package io.jicha.finding;

import io.jicha.common.UserError;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's official working days for the years it knows: Monday to Friday, except the public
 * holidays (放假日期), plus the weekend days made working days (调休上班), as published each
 * year by the State Council General Office. A question about a year it does not know is a
 * {@link UserError}, never a guess. Loaded from {@code rubrics/calendar/cn-workdays.yaml}
 * by {@link WorkdayCalendarLoader}.
 */
public final class WorkdayCalendar {

    /** Where the calendar file lives, relative to the workspace or the project. */
    public static final String DEFAULT_LOCATION = "rubrics/calendar/cn-workdays.yaml";

    /** One year of the calendar: its holidays and adjusted working days. */
    public record Year(int year, boolean provisional, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        public Year {
            holidays = Set.copyOf(holidays);
            workdays = Set.copyOf(workdays);
            for (LocalDate d : workdays) {
                if (holidays.contains(d)) {
                    throw new IllegalArgumentException(d + " is listed both as a holiday and as a working day");
                }
            }
        }
    }

    private final String location;
    private final Map<Integer, Year> years;

    /** @param location where the calendar came from, named in error messages */
    public WorkdayCalendar(String location, Iterable<Year> years) {
        this.location = location;
        Map<Integer, Year> byYear = new TreeMap<>();
        for (Year y : years) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("year " + y.year() + " given twice");
            }
        }
        this.years = Collections.unmodifiableMap(byYear);
    }

    /** Reads and validates a calendar file; any problem is a {@link UserError} naming the place. */
    public static WorkdayCalendar load(Path file) {
        return WorkdayCalendarLoader.load(file);
    }

    public String location() {
        return location;
    }

    /** The years this calendar knows, ascending. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    /** True when the year has no official schedule yet (only the statutory holidays). */
    public boolean isProvisional(int year) {
        return year(year).provisional();
    }

    public boolean isWorkday(LocalDate date) {
        year(date.getYear()); // refuses a year the calendar does not know
        // A holiday or adjusted working day listed under the neighbouring year (e.g. a New
        // Year break that starts on 12-30) counts too.
        if (listedAsHoliday(date)) {
            return false;
        }
        if (listedAsWorkday(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code n}-th working day after {@code issued}: the issue date itself never counts,
     * counting starts the next day, and the due date is the day the n-th working day is reached.
     * E.g. issued Fri 2016-09-30, 5 working days: 10-01..10-07 are holidays, Sat 10-08 and
     * Sun 10-09 are working days (1, 2), then 10-10, 10-11, 10-12 (3, 4, 5) → 2016-10-12.
     */
    public LocalDate addWorkdays(LocalDate issued, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("working days must be positive: " + n);
        }
        LocalDate d = issued;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkday(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The date itself if it is a working day, else the first working day after it. */
    public LocalDate workdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private boolean listedAsHoliday(LocalDate d) {
        for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
            Year entry = years.get(y);
            if (entry != null && entry.holidays().contains(d)) {
                return true;
            }
        }
        return false;
    }

    private boolean listedAsWorkday(LocalDate d) {
        for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
            Year entry = years.get(y);
            if (entry != null && entry.workdays().contains(d)) {
                return true;
            }
        }
        return false;
    }

    private Year year(int year) {
        Year y = years.get(year);
        if (y == null) {
            throw UserError.of(years.isEmpty() ? "finding.no-calendar-for-year-none" : "finding.no-calendar-for-year",
                    year, location, years.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        }
        return y;
    }
}
