package io.jicha.rubric;

/**
 * A default rectification deadline: a number of calendar days or of working days
 * (working days follow the official holiday calendar, which the finding capability applies).
 */
public record Deadline(int days, DayCount count) {

    /** Whether {@link Deadline#days} counts calendar days or working days. */
    public enum DayCount { CALENDAR, WORKING }

    public Deadline {
        if (days <= 0) {
            throw new IllegalArgumentException("deadline days must be positive: " + days);
        }
        if (count == null) {
            throw new IllegalArgumentException("day count is null");
        }
    }

    public static Deadline calendarDays(int days) {
        return new Deadline(days, DayCount.CALENDAR);
    }

    public static Deadline workingDays(int days) {
        return new Deadline(days, DayCount.WORKING);
    }

    public boolean workingDays() {
        return count == DayCount.WORKING;
    }

    /** In Chinese, as a notice would say it: {@code 30日} or {@code 15个工作日}. */
    public String describe() {
        return workingDays() ? days + "个工作日" : days + "日";
    }
}
