package io.jicha.finding;

import io.jicha.common.UserError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Deadline} from what users type: the command options {@code --days}, {@code --workdays},
 * {@code --due}, and the forms a rubric or a user writes ({@code 30d}, {@code 15个工作日},
 * {@code 2016-11-30}). Only parsing lives here; the words a deadline is shown in are in the bundles.
 */
public final class DeadlineInput {

    /** N days or N working days, in the abbreviations, English words and Chinese words users write. */
    private static final Pattern RULE = Pattern.compile(
            "(\\d{1,4})\\s*(d|days?|日|天|wd|w|workdays?|working\\s*days?|个工作日|工作日)(内)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The unit words that mean working days, besides those starting with w. */
    private static final String WORKING = "工作日";

    private DeadlineInput() {
    }

    /**
     * The deadline given by at most one of the three command options, or null when none is given.
     * Two or more is a {@link UserError}; so is a count that is not positive or a malformed date.
     */
    public static Deadline fromOptions(Integer days, Integer workdays, String due) {
        int given = (days != null ? 1 : 0) + (workdays != null ? 1 : 0) + (due != null && !due.isBlank() ? 1 : 0);
        if (given > 1) {
            throw UserError.of("finding.give-only-one-days-workdays");
        }
        if (days != null) {
            return Deadline.days(days);
        }
        if (workdays != null) {
            return Deadline.workdays(workdays);
        }
        if (due != null && !due.isBlank()) {
            return Deadline.due(parseDate(due.strip(), "--due"));
        }
        return null;
    }

    /**
     * Parses a deadline as a rubric or a user writes it: {@code 30d}, {@code 30 days}, {@code 30日},
     * {@code 30天}, {@code 15wd}, {@code 15 workdays}, {@code 15个工作日}, or {@code 2016-11-30}.
     */
    public static Deadline parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = RULE.matcher(s);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT).replace(" ", "");
            boolean working = unit.startsWith("w") || unit.contains(WORKING);
            return working ? Deadline.workdays(n) : Deadline.days(n);
        }
        if (DATE.matcher(s).matches()) {
            return Deadline.due(parseDate(s, "deadline"));
        }
        throw UserError.of("finding.deadline-understood-write-30d-15wd", s);
    }

    /** Parses yyyy-MM-dd, with a one-line {@link UserError} naming the option when it is not a date. */
    public static LocalDate parseDate(String s, String option) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw UserError.of("finding.date-write-yyyy-mm-dd", option, s);
        }
    }
}
