package io.jicha.report;

import io.jicha.finding.Deadline;
import java.time.LocalDate;

/**
 * A finding's deadline as the documents word it, from the report bundle in the session's language: the
 * rule until the unit's notice is issued (30日内, 15个工作日内, 2016年11月30日前; within 30 days, …), then
 * the due date, marked provisional when it was counted through a holiday calendar not yet published.
 */
final class DeadlineWording {

    private DeadlineWording() {
    }

    /** The rule: N days, N working days, or a fixed date. */
    static String rule(ReportMessages m, Deadline deadline) {
        if (deadline instanceof Deadline.Days d) {
            // the count as digits, never grouped (MessageFormat would write 3,650)
            return m.get(d.days() == 1 ? "deadline.day" : "deadline.days", String.valueOf(d.days()));
        }
        if (deadline instanceof Deadline.Workdays w) {
            return m.get(w.days() == 1 ? "deadline.workday" : "deadline.workdays", String.valueOf(w.days()));
        }
        return due(m, ((Deadline.Due) deadline).date(), false);
    }

    /** A due date: 2016年11月30日前, or 2016年11月30日前（暂定）. */
    static String due(ReportMessages m, LocalDate due, boolean provisional) {
        return m.get("deadline.due", m.date(due)) + (provisional ? m.get("deadline.provisional") : "");
    }
}
