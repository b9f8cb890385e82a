package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.finding.DeadlineWords;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.text.TextTable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Terminal text for findings: the list, one finding in detail, the overdue table. */
final class FindingViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final FindingBook book;
    private final Supplier<WorkdayCalendar> calendarSource;
    /** The language deadlines are worded in: the session's, as its notice words them. */
    private final Texts.Lang deadlines;
    private WorkdayCalendar calendar;
    private boolean provisionalUsed;

    FindingViews(FindingBook book, Supplier<WorkdayCalendar> calendarSource, Texts.Lang deadlines) {
        this.book = book;
        this.calendarSource = calendarSource;
        this.deadlines = deadlines;
    }

    /** The deadline as its rule (worded in {@code lang}), plus where it came from. */
    static String rule(Finding f, Texts.Lang lang) {
        if (f.deadline() == null) {
            return Texts.get("finding.no-deadline-yet");
        }
        String rule = DeadlineWords.of(f.deadline(), lang);
        return f.defaultDeadline() ? Texts.get("finding.rubric-default", rule) : rule;
    }

    String list(List<Finding> findings) {
        TextTable t = new TextTable(Labels.headers("finding.h.id", "finding.h.unit", "finding.h.record", "finding.h.criterion",
                "finding.h.severity", "finding.h.status", "finding.h.deadline", "finding.h.finding"))
                .maxColumnWidth(40);
        for (Finding f : findings) {
            t.row(f.id() + (f.amended() ? "†" : ""), f.unit(), orDash(f.recordId()), orDash(f.criterionCode()),
                    f.severity().label(), Texts.lang() == Texts.Lang.ZH ? f.status().label() : f.status().code(),
                    deadlineCell(f), f.text());
        }
        return t.render() + footnotes(findings.stream().anyMatch(Finding::amended));
    }

    String detail(Finding f) {
        StringBuilder out = new StringBuilder();
        out.append(f.id()).append("  ").append(f.unit());
        if (f.recordId() != null) {
            out.append("  ").append(Texts.get("finding.d.record", f.recordId()));
        }
        if (f.criterionCode() != null) {
            out.append("  ").append(Texts.get("finding.d.criterion", f.criterionCode()));
        }
        out.append('\n');
        StringBuilder status = new StringBuilder(Texts.get("finding.d.status", f.status().code(), f.status().label()));
        if (f.acceptedBy() != null) {
            status.append(Texts.get("finding.d.accepted-by", f.acceptedBy(), WHEN.format(f.acceptedAt())));
        }
        if (f.proposedBy() != null) {
            status.append(Texts.get("finding.d.proposed-by", f.proposedBy(), WHEN.format(f.proposedAt())));
        }
        out.append(field("finding.l.status", status)).append('\n');
        out.append(field("finding.l.severity", f.severity().label())).append('\n');
        out.append(field("finding.l.finding", f.text())).append('\n');
        out.append(field("finding.l.requirement", f.requirement().isEmpty() ? "-" : f.requirement())).append('\n');
        StringBuilder deadline = new StringBuilder(rule(f, deadlines));
        Optional<LocalDate> issued = book.issuedOn(f.unit());
        if (f.deadline() != null && (issued.isPresent() || !f.deadline().needsIssueDate())) {
            deadline.append(Texts.get("finding.d.due", dueCell(f)));
        }
        deadline.append(issued.map(d -> Texts.get("finding.d.notice-issued", d)).orElse(Texts.get("finding.d.notice-not-issued")));
        out.append(field("finding.l.deadline", deadline)).append('\n');
        if (f.resolution() != null) {
            out.append(field("finding.l.resolved", Texts.get("finding.d.resolved", f.resolution().date(),
                    f.resolution().auditor(), f.resolution().evidence()))).append('\n');
        }
        TextTable h = new TextTable(Labels.headers("finding.h.seq", "finding.h.when", "finding.h.auditor", "finding.h.event",
                "finding.h.detail")).alignRight(0).maxColumnWidth(60);
        for (Finding.Change c : f.history()) {
            h.row(c.seq(), WHEN.format(c.at()), c.auditor(), c.type(), orDash(c.detail()));
        }
        out.append(Texts.get("finding.l.history")).append('\n').append(h.render());
        return out.toString() + footnotes(false);
    }

    String overdue(List<Finding> late, LocalDate on) {
        TextTable t = new TextTable(Labels.headers("finding.h.id", "finding.h.unit", "finding.h.severity", "finding.h.deadline",
                "finding.h.due", "finding.h.days-late", "finding.h.finding"))
                .alignRight(5).maxColumnWidth(40);
        for (Finding f : late) {
            LocalDate due = book.dueDate(f, calendar()).orElseThrow();
            t.row(f.id(), f.unit(), f.severity().label(), DeadlineWords.of(f.deadline(), deadlines), dueCell(f),
                    ChronoUnit.DAYS.between(due, on), f.text());
        }
        return Texts.get("finding.overdue-on", late.size(), on) + "\n" + t.render() + footnotes(false);
    }

    /** A rule until the unit's notice is issued, then the date (a fixed date always shows as the date). */
    private String deadlineCell(Finding f) {
        if (f.deadline() == null) {
            return "-";
        }
        if (f.deadline().needsIssueDate() && book.issuedOn(f.unit()).isEmpty()) {
            return DeadlineWords.of(f.deadline(), deadlines);
        }
        return dueCell(f);
    }

    private String dueCell(Finding f) {
        if (!f.deadline().needsIssueDate()) {
            return book.dueDate(f, null).map(LocalDate::toString).orElse("-");
        }
        LocalDate due = book.dueDate(f, calendar()).orElseThrow();
        boolean provisional = calendar().isProvisional(due.getYear());
        provisionalUsed |= provisional;
        return due + (provisional ? "*" : "");
    }

    private WorkdayCalendar calendar() {
        if (calendar == null) {
            calendar = calendarSource.get();
        }
        return calendar;
    }

    private String footnotes(boolean amended) {
        StringBuilder s = new StringBuilder();
        if (amended) {
            s.append(Texts.get("finding.footnote-amended")).append('\n');
        }
        if (provisionalUsed) {
            s.append(Texts.get("finding.footnote-provisional", calendar.location())).append('\n');
        }
        return s.toString();
    }

    /** A 'label: value' line of the detail view, labels padded to one column. */
    private static String field(String key, Object value) {
        String label = Texts.get("finding.label", Texts.get(key));
        return io.jicha.text.DisplayWidth.padRight(label, 12) + " " + value;
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
