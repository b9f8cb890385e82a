package io.jicha.shell;

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
    private WorkdayCalendar calendar;
    private boolean provisionalUsed;

    FindingViews(FindingBook book, Supplier<WorkdayCalendar> calendarSource) {
        this.book = book;
        this.calendarSource = calendarSource;
    }

    /** The deadline as its rule, plus where it came from. */
    static String rule(Finding f) {
        if (f.deadline() == null) {
            return "no deadline yet";
        }
        return f.deadline().describe() + (f.defaultDeadline() ? ", the rubric's default" : "");
    }

    String list(List<Finding> findings) {
        TextTable t = new TextTable("id", "unit", "record", "criterion", "severity", "status", "deadline", "finding")
                .maxColumnWidth(40);
        for (Finding f : findings) {
            t.row(f.id() + (f.amended() ? "†" : ""), f.unit(), orDash(f.recordId()), orDash(f.criterionCode()),
                    f.severity().label(), f.status().code(), deadlineCell(f), f.text());
        }
        return t.render() + footnotes(findings.stream().anyMatch(Finding::amended));
    }

    String detail(Finding f) {
        StringBuilder out = new StringBuilder();
        out.append(f.id()).append("  ").append(f.unit());
        if (f.recordId() != null) {
            out.append("  record ").append(f.recordId());
        }
        if (f.criterionCode() != null) {
            out.append("  criterion ").append(f.criterionCode());
        }
        out.append('\n');
        out.append("status:      ").append(f.status().code()).append(" (").append(f.status().label()).append(")");
        if (f.acceptedBy() != null) {
            out.append(", accepted by ").append(f.acceptedBy()).append(' ').append(WHEN.format(f.acceptedAt()));
        }
        if (f.proposedBy() != null) {
            out.append(", proposed by ").append(f.proposedBy()).append(' ').append(WHEN.format(f.proposedAt()));
        }
        out.append('\n');
        out.append("severity:    ").append(f.severity().label()).append('\n');
        out.append("finding:     ").append(f.text()).append('\n');
        out.append("requirement: ").append(f.requirement().isEmpty() ? "-" : f.requirement()).append('\n');
        out.append("deadline:    ").append(rule(f));
        Optional<LocalDate> issued = book.issuedOn(f.unit());
        if (f.deadline() != null && (issued.isPresent() || !f.deadline().needsIssueDate())) {
            out.append(" → due ").append(dueCell(f));
        }
        out.append(issued.map(d -> " (notice issued " + d + ")").orElse(" (notice not issued yet)")).append('\n');
        if (f.resolution() != null) {
            out.append("resolved:    ").append(f.resolution().date()).append(" by ").append(f.resolution().auditor())
                    .append(": ").append(f.resolution().evidence()).append('\n');
        }
        TextTable h = new TextTable("#", "when", "auditor", "event", "detail").alignRight(0).maxColumnWidth(60);
        for (Finding.Change c : f.history()) {
            h.row(c.seq(), WHEN.format(c.at()), c.auditor(), c.type(), orDash(c.detail()));
        }
        out.append("history:\n").append(h.render());
        return out.toString() + footnotes(false);
    }

    String overdue(List<Finding> late, LocalDate on) {
        TextTable t = new TextTable("id", "unit", "severity", "deadline", "due", "days late", "finding")
                .alignRight(5).maxColumnWidth(40);
        for (Finding f : late) {
            LocalDate due = book.dueDate(f, calendar()).orElseThrow();
            t.row(f.id(), f.unit(), f.severity().label(), f.deadline().describe(), dueCell(f),
                    ChronoUnit.DAYS.between(due, on), f.text());
        }
        return late.size() + " overdue on " + on + ":\n" + t.render() + footnotes(false);
    }

    /** A rule until the unit's notice is issued, then the date (a fixed date always shows as the date). */
    private String deadlineCell(Finding f) {
        if (f.deadline() == null) {
            return "-";
        }
        if (f.deadline().needsIssueDate() && book.issuedOn(f.unit()).isEmpty()) {
            return f.deadline().describe();
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
            s.append("† amended after the review was finalized\n");
        }
        if (provisionalUsed) {
            s.append("* due in a year whose holiday calendar is provisional (no official schedule yet): check it in "
                    + calendar.location() + "\n");
        }
        return s.toString();
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
