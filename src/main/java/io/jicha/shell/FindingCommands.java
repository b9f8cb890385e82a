package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.finding.AddFinding;
import io.jicha.finding.AmendAction;
import io.jicha.finding.Deadline;
import io.jicha.finding.DeadlineInput;
import io.jicha.finding.DeadlinePreview;
import io.jicha.finding.DeadlineWords;
import io.jicha.finding.DeadlineDefaults;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.FindingEvents;
import io.jicha.finding.FindingEdits;
import io.jicha.finding.FindingStatus;
import io.jicha.finding.Judge;
import io.jicha.scoring.Judging;
import io.jicha.finding.Severity;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.journal.NewEvent;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** finding add / accept / drop / edit / withdraw / resolve / amend / list / show / overdue. */
@Component
public class FindingCommands {

    private static final String GROUP = "Findings";

    private final ShellContext ctx;
    private final List<DeadlineDefaults> defaults;
    private Clock clock = Clock.systemDefaultZone();

    /** {@code defaults}: the rubric capability's {@link DeadlineDefaults}, if it provides one. */
    public FindingCommands(ShellContext ctx, List<DeadlineDefaults> defaults) {
        this.ctx = ctx;
        this.defaults = defaults;
    }

    /** For tests: "today" from this clock. */
    FindingCommands withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    @Command(name = {"finding", "add"}, group = GROUP, description = "Write a finding directly (it is accepted at once)")
    public String add(
            @Option(longName = "unit", required = true, description = "audited unit, e.g. 吴江区") String unit,
            @Option(longName = "record", description = "the case file or inspection record it is about") String record,
            @Option(longName = "criterion", description = "the rubric criterion code") String criterion,
            @Option(longName = "severity", required = true, description = "一般, 较重 or 严重 (minor, major, severe)") String severity,
            @Option(longName = "text", required = true, description = "the problem found") String text,
            @Option(longName = "require", required = true, description = "the rectification requirement (整改要求)") String require,
            @Option(longName = "days", description = "deadline: N calendar days after the notice") Integer days,
            @Option(longName = "workdays", description = "deadline: N working days after the notice") Integer workdays,
            @Option(longName = "due", description = "deadline: a fixed date, yyyy-MM-dd") String due,
            @Option(longName = "reason", description = "after finalize: why this finding is added late") String reason) {
        Severity s = Severity.parse(severity);
        Deadline deadline = DeadlineInput.fromOptions(days, workdays, due);
        AddFinding cmd = new AddFinding(unit, record, criterion, s, text, require, deadline, reason);
        String id = decide(state -> FindingDecisions.add(state, cmd, judge(state)));
        Finding f = book(ctx.session().state()).require(id);
        return Texts.get("finding.added-one", f.id(), f.unit(), f.severity().label(), FindingViews.rule(f, deadlineLanguage()));
    }

    @Command(name = {"finding", "accept"}, group = GROUP, description = "Accept a proposed finding, optionally with edits",
            completionProvider = "findingIdCompletion")
    public String accept(
            @Argument(index = 0, description = "finding id, e.g. F-001 or F1") String id,
            @Option(longName = "text", description = "new text") String text,
            @Option(longName = "require", description = "the rectification requirement (整改要求)") String require,
            @Option(longName = "severity", description = "一般, 较重 or 严重") String severity,
            @Option(longName = "days", description = "deadline: N calendar days after the notice") Integer days,
            @Option(longName = "workdays", description = "deadline: N working days after the notice") Integer workdays,
            @Option(longName = "due", description = "deadline: a fixed date, yyyy-MM-dd") String due) {
        FindingEdits edits = edits(text, require, severity, days, workdays, due);
        String fid = decide(state -> {
            Finding f = book(state).require(Args.required(Texts.get("finding.the-finding-id"), id));
            return FindingDecisions.accept(book(state), f.id(), edits,
                    defaultsFor(state, f.unit(), f.recordId()));
        });
        Finding f = book(ctx.session().state()).require(fid);
        return Texts.get("finding.accepted-one", f.id(), f.severity().label(), FindingViews.rule(f, deadlineLanguage()));
    }

    @Command(name = {"finding", "group"}, group = GROUP,
            description = "Group proposed findings about several files into one accepted finding that lists the files")
    public String group(
            @Argument(index = 0, description = "the proposals, comma-separated, e.g. F-001,F-005,F-008") String ids,
            @Option(longName = "text", description = "the problem found (default: the first proposal's criterion and the files)") String text,
            @Option(longName = "require", required = true, description = "the rectification requirement (整改要求)") String require,
            @Option(longName = "severity", description = "一般, 较重 or 严重 (default: the most severe proposal's)") String severity,
            @Option(longName = "days", description = "deadline: N calendar days after the notice") Integer days,
            @Option(longName = "workdays", description = "deadline: N working days after the notice") Integer workdays,
            @Option(longName = "due", description = "deadline: a fixed date, yyyy-MM-dd") String due) {
        List<String> list = Arrays.stream(Args.required(Texts.get("finding.the-finding-ids"), ids).split("[,，\\s]+"))
                .filter(x -> !x.isBlank()).toList();
        if (list.isEmpty()) { // only separators, e.g. ","
            Args.required(Texts.get("finding.the-finding-ids"), null);
        }
        FindingEdits edits = edits(text, require, severity, days, workdays, due);
        String id = decide(state -> FindingDecisions.group(state, list, edits, judge(state)));
        Finding f = book(ctx.session().state()).require(id);
        return Texts.get("finding.group.done", f.id(), f.unit(), f.files().size(), String.join(", ", list),
                f.severity().label(), FindingViews.rule(f, deadlineLanguage()));
    }

    @Command(name = {"finding", "drop"}, group = GROUP, description = "Drop a proposed finding: it will not go into the notice",
            completionProvider = "findingIdCompletion")
    public String drop(@Argument(index = 0, description = "finding id") String id,
                       @Option(longName = "reason", description = "why") String reason) {
        String fid = decide(state -> FindingDecisions.drop(book(state), Args.required(Texts.get("finding.the-finding-id"), id), reason));
        return Texts.get("finding.dropped-one", fid);
    }

    @Command(name = {"finding", "edit"}, group = GROUP, description = "Change a finding's text, requirement, severity or deadline",
            completionProvider = "findingIdCompletion")
    public String edit(
            @Argument(index = 0, description = "finding id") String id,
            @Option(longName = "text", description = "new text") String text,
            @Option(longName = "require", description = "new rectification requirement") String require,
            @Option(longName = "severity", description = "一般, 较重 or 严重") String severity,
            @Option(longName = "days", description = "deadline: N calendar days after the notice") Integer days,
            @Option(longName = "workdays", description = "deadline: N working days after the notice") Integer workdays,
            @Option(longName = "due", description = "deadline: a fixed date, yyyy-MM-dd") String due) {
        FindingEdits edits = edits(text, require, severity, days, workdays, due);
        String fid = decide(state -> {
            Finding f = book(state).require(Args.required(Texts.get("finding.the-finding-id"), id));
            return FindingDecisions.edit(book(state), f.id(), edits, defaultsFor(state, f.unit(), f.recordId()));
        });
        return Texts.get("finding.edited-one", fid, lastDetail(fid, Texts.get("finding.nothing-changed")));
    }

    @Command(name = {"finding", "withdraw"}, group = GROUP, description = "Withdraw an accepted finding (kept in the history)",
            completionProvider = "findingIdCompletion")
    public String withdraw(@Argument(index = 0, description = "finding id") String id,
                           @Option(longName = "reason", required = true, description = "why") String reason) {
        String fid = decide(state -> FindingDecisions.withdraw(book(state), Args.required(Texts.get("finding.the-finding-id"), id), reason));
        return Texts.get("finding.withdrawn-one", fid);
    }

    @Command(name = {"finding", "resolve"}, group = GROUP, description = "Record that the unit's rectification was reported and checked",
            completionProvider = "findingIdCompletion")
    public String resolve(@Argument(index = 0, description = "finding id") String id,
                          @Option(longName = "evidence", required = true, description = "what shows it is fixed") String evidence,
                          @Option(longName = "on", description = "date of the rectification, yyyy-MM-dd (default today)") String on) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = on == null ? today : Args.date("--on", on);
        String fid = decide(state -> FindingDecisions.resolve(book(state), Args.required(Texts.get("finding.the-finding-id"), id), evidence, date, today));
        return Texts.get("finding.resolved-on", fid, date);
    }

    @Command(name = {"finding", "amend"}, group = GROUP, description = "Change a finding after the review is finalized, with a reason",
            completionProvider = "findingIdCompletion")
    public String amend(
            @Argument(index = 0, description = "finding id") String id,
            @Option(longName = "action", description = "edit (default), accept, drop or withdraw") String action,
            @Option(longName = "text", description = "new text") String text,
            @Option(longName = "require", description = "new rectification requirement") String require,
            @Option(longName = "severity", description = "一般, 较重 or 严重") String severity,
            @Option(longName = "days", description = "deadline: N calendar days after the notice") Integer days,
            @Option(longName = "workdays", description = "deadline: N working days after the notice") Integer workdays,
            @Option(longName = "due", description = "deadline: a fixed date, yyyy-MM-dd") String due,
            @Option(longName = "reason", required = true, description = "why the finalized review changes") String reason) {
        AmendAction a = action == null ? AmendAction.EDIT : AmendAction.parse(action);
        FindingEdits edits = edits(text, require, severity, days, workdays, due);
        String fid = decide(state -> {
            Finding f = book(state).require(Args.required(Texts.get("finding.the-finding-id"), id));
            return FindingDecisions.amend(book(state), f.id(), a, edits, reason,
                    defaultsFor(state, f.unit(), f.recordId()));
        });
        return Texts.get("finding.amended-one", fid, lastDetail(fid, a.code()));
    }

    @Command(name = {"finding", "list"}, group = GROUP, description = "List findings; deadlines show as dates once the unit's notice is issued")
    public String list(@Option(longName = "unit", description = "only this unit") String unit,
                       @Option(longName = "status", description = "only this status: proposed, accepted, dropped, withdrawn, resolved") String status,
                       @Option(longName = "xlsx", description = "also write the list as an Excel workbook (.xlsx)") String xlsx,
                       @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        SessionState state = ctx.session().state();
        if (unit != null) {
            state.info().requireUnit(unit);
        }
        FindingStatus wanted = status == null ? null : FindingStatus.parse(status);
        FindingBook book = book(state);
        List<Finding> shown = book.findings().stream()
                .filter(f -> unit == null || f.unit().equals(unit))
                .filter(f -> wanted == null || f.status() == wanted)
                .toList();
        String wrote = "";
        if (xlsx != null) {
            wrote = "\n" + SpreadsheetExport.write(state, xlsx, force,
                    List.of(SpreadsheetExport.tables(state).findings(book, shown, calendar())));
        }
        if (shown.isEmpty()) {
            return Texts.get(book.findings().isEmpty() ? "finding.none-yet" : "finding.none-match") + wrote;
        }
        return new FindingViews(book, this::calendar, deadlineLanguage()).list(shown) + sentLines(book, unit) + wrote;
    }

    /** The versions of the units' documents recorded as sent (report issued), one line each. */
    private static String sentLines(FindingBook book, String unit) {
        StringBuilder out = new StringBuilder();
        for (FindingBook.Sent s : book.sentDocuments()) {
            var d = s.document();
            if (unit == null || unit.equals(d.unit())) {
                out.append(System.lineSeparator()).append(Texts.get("finding.sent.line", d.unit(),
                        Texts.get("report.issued.kind." + d.kind()), d.file().name(), d.file().shortHash(), d.date(),
                        s.auditor(), d.number() == null ? Texts.get("report.issued.no-number") : d.number()));
            }
        }
        return out.toString();
    }

    /** The list without a file (for callers that only show it). */
    public String list(String unit, String status) {
        return list(unit, status, null, null);
    }

    @Command(name = {"finding", "show"}, group = GROUP, description = "Show one finding with its history",
            completionProvider = "findingIdCompletion")
    public String show(@Argument(index = 0, description = "finding id") String id) {
        FindingBook book = book(ctx.session().state());
        return new FindingViews(book, this::calendar, deadlineLanguage()).detail(book.require(Args.required(Texts.get("finding.the-finding-id"), id)));
    }

    @Command(name = {"finding", "overdue"}, group = GROUP, description = "Accepted, unresolved findings past their due date")
    public String overdue(@Option(longName = "on", description = "as of this date, yyyy-MM-dd (default today)") String on) {
        LocalDate date = on == null ? LocalDate.now(clock) : Args.date("--on", on);
        SessionState state = ctx.session().state();
        FindingBook book = book(state);
        List<String> notIssued = state.info().units().stream().filter(u -> book.issuedOn(u).isEmpty()).toList();
        // the rectification ledger decides what is overdue: an item closed, kept as lasting, reported in time
        // or extended there is not (issue 24); a finding resolved the old way closes its item too
        java.util.Set<String> ledgerOverdue = io.jicha.rectification.Ledger.of(book,
                state.get(io.jicha.rectification.RectificationBook.class), calendar(), date).overdue().stream()
                .map(io.jicha.rectification.Ledger.Item::id).collect(java.util.stream.Collectors.toSet());
        List<Finding> late = book.issuedDates().isEmpty() ? List.of() : book.findings().stream()
                .filter(f -> ledgerOverdue.contains(f.id())).toList();
        String note = notIssued.isEmpty() ? "" : "\n" + Texts.get("finding.not-counted", String.join(", ", notIssued));
        if (late.isEmpty()) {
            return Texts.get("finding.none-overdue", date) + note;
        }
        return new FindingViews(book, this::calendar, deadlineLanguage()).overdue(late, date) + note;
    }

    @Command(name = {"finding", "due"}, group = GROUP,
            description = "Preview a deadline: the date N days or N working days after a date, before any notice is issued")
    public String due(
            @Option(longName = "from", required = true, description = "the start date, yyyy-MM-dd (e.g. the planned issue date)") String from,
            @Option(longName = "days", description = "N calendar days") Integer days,
            @Option(longName = "workdays", description = "N working days (official holiday calendar)") Integer workdays) {
        DeadlinePreview p = DeadlinePreview.of(Args.date("--from", from), days, workdays, calendar());
        String line = Texts.get("finding.due.line", p.from(), DeadlineWords.of(p.deadline(), Texts.lang()), p.due(),
                p.due().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        Texts.lang() == Texts.Lang.ZH ? java.util.Locale.CHINESE : java.util.Locale.ENGLISH));
        if (p.provisional()) {
            line += "\n" + Texts.get("finding.due.provisional", p.provisionalYears().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")), calendar().location());
        }
        return line;
    }

    // ---- helpers ----

    /** Appends under the journal lock and returns the id of the finding the events are about. */
    private String decide(Function<SessionState, List<NewEvent>> decision) {
        Session session = ctx.session();
        String auditor = ctx.auditor();
        List<String> about = new ArrayList<>(1);
        session.append(auditor, state -> {
            List<NewEvent> events = decision.apply(state);
            about.clear();
            FindingEvents.findingId(events).ifPresent(about::add);
            return events;
        });
        return about.get(0);
    }

    private static FindingBook book(SessionState state) {
        return state.get(FindingBook.class);
    }

    /**
     * The language a finding's deadline is worded in on the terminal: the session's, as its notice and
     * report word it (30日内 in a Chinese session whatever the terminal speaks).
     */
    private Texts.Lang deadlineLanguage() {
        return ctx.session().state().info().language();
    }

    /** The rubrics that judge the session's subjects (the scoring capability's rule), with this shell's deadline defaults. */
    private Judge judge(SessionState state) {
        Judge rubrics = Judging.judge(state, ctx.session().snapshotDir());
        return new Judge() {
            @Override
            public java.util.Optional<Judged> criterion(String unit, String recordId, String code) {
                return rubrics.criterion(unit, recordId, code);
            }

            @Override
            public java.util.Optional<Judged> resolve(String unit, io.jicha.finding.CriterionRef ref) {
                return rubrics.resolve(unit, ref);
            }

            @Override
            public Map<Severity, Deadline> deadlines(String unit, String recordId) {
                return defaultsFor(state, unit, recordId);
            }
        };
    }

    private Map<Severity, Deadline> defaultsFor(SessionState state, String unit, String record) {
        if (defaults.isEmpty()) {
            return Map.of();
        }
        return defaults.get(0).defaults(state, unit, record);
    }

    private static FindingEdits edits(String text, String require, String severity, Integer days, Integer workdays,
                                      String due) {
        return new FindingEdits(severity == null ? null : Severity.parse(severity), text, require,
                DeadlineInput.fromOptions(days, workdays, due));
    }

    private String lastDetail(String id, String fallback) {
        List<Finding.Change> history = book(ctx.session().state()).require(id).history();
        String detail = history.get(history.size() - 1).detail();
        return detail == null ? fallback : detail;
    }

    private WorkdayCalendar calendar() {
        return WorkdayCalendarLoader.locate(ctx.workspace().root());
    }

    /** Used by completion: the ids of the open session's findings. */
    List<String> findingIds() {
        return ctx.openSession().map(s -> book(s.state()).findings().stream().map(Finding::id).toList())
                .orElse(List.of());
    }
}
