package io.jicha.finding;

import io.jicha.common.Texts;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A {@link Deadline} worded for the terminal, from the finding bundle ({@code finding.deadline.*}) in
 * the language asked for: 30日内, 15个工作日内, 2016年11月30日前; within 30 days, within 15 working days,
 * by 30 November 2016. Documents word deadlines from their own bundle (report package).
 */
public final class DeadlineWords {

    private DeadlineWords() {
    }

    public static String of(Deadline deadline, Texts.Lang lang) {
        if (deadline instanceof Deadline.Days d) {
            return Texts.get(lang, d.days() == 1 ? "finding.deadline.day" : "finding.deadline.days", d.days());
        }
        if (deadline instanceof Deadline.Workdays w) {
            return Texts.get(lang, w.days() == 1 ? "finding.deadline.workday" : "finding.deadline.workdays", w.days());
        }
        Deadline.Due due = (Deadline.Due) deadline;
        // the month by number in Chinese (11月), by its name in English (November): the JDK's names, not ours
        Object month = lang == Texts.Lang.EN ? due.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : due.date().getMonthValue();
        return Texts.get(lang, "finding.deadline.due", due.date().getYear(), month, due.date().getDayOfMonth());
    }
}
