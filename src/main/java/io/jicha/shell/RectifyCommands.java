package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.journal.NewEvent;
import io.jicha.rectification.CheckMethod;
import io.jicha.rectification.Escalation;
import io.jicha.rectification.ItemState;
import io.jicha.rectification.Ledger;
import io.jicha.rectification.RectificationBook;
import io.jicha.rectification.RectificationDecisions;
import io.jicha.rectification.RectificationEvents;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import io.jicha.text.TextTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.nio.file.Path;
import io.jicha.evidence.EvidenceFile;
import io.jicha.evidence.EvidenceLimits;
import io.jicha.evidence.EvidenceStore;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** rectify receive / report / check / extend / lasting / escalate / status / list: the 整改台账. */
@Component
public class RectifyCommands {

    private static final String GROUP = "Findings";
    /** 'rectify status' lists what falls due within this many working days unless --within says otherwise. */
    private static final int DUE_SOON_WORKDAYS = 5;

    private final ShellContext ctx;
    private Clock clock = Clock.systemDefaultZone();

    public RectifyCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** For tests: "today" from this clock. */
    RectifyCommands withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    @Command(name = {"rectify", "receive"}, group = GROUP, description = "Record a unit's written rectification report (整改报告) received")
    public String receive(@Option(longName = "unit", required = true, description = "the audited unit") String unit,
                          @Option(longName = "on", required = true, description = "the day it arrived, yyyy-MM-dd") String on,
                          @Option(longName = "number", description = "its document number, e.g. 吴环〔2016〕88号") String number,
                          @Option(longName = "file", description = "the report's scan or PDF, kept by its SHA-256") String file) {
        LocalDate date = day(on);
        decide(files(file), (b, kept) -> {
            ctx.session().state().info().requireUnit(unit);
            return RectificationDecisions.receive(b, unit, date, number, kept, today());
        });
        return Texts.get("rectify.received", unit, date, number == null ? "" : " " + number);
    }

    @Command(name = {"rectify", "report"}, group = GROUP, description = "Record the unit's measures for one item (or --all of a unit's open items)",
            completionProvider = "findingIdCompletion")
    public String report(@Argument(index = 0, description = "finding id, e.g. F-001 (none with --all)") String id,
                         @Option(longName = "on", required = true, description = "the day the unit reported, yyyy-MM-dd") String on,
                         @Option(longName = "measures", required = true, description = "the measures taken (整改措施)") String measures,
                         @Option(longName = "all", description = "every open item of the unit given by --unit") Boolean all,
                         @Option(longName = "unit", description = "with --all: the unit") String unit,
                         @Option(longName = "file", description = "files showing the measures, comma-separated, kept by their SHA-256") String file) {
        LocalDate date = day(on);
        if (Boolean.TRUE.equals(all)) {
            if (id != null && !id.isBlank()) {
                throw UserError.of("rectify.all-and-id");
            }
            String u = Args.required("--unit", unit);
            int n = decide(files(file), (b, kept) -> {
                ctx.session().state().info().requireUnit(u);
                return RectificationDecisions.reportAll(b, u, date, measures, kept, today());
            });
            return Texts.get("rectify.reported-all", n, u, date);
        }
        String fid = findingId(id);
        decide(files(file), (b, kept) -> RectificationDecisions.report(b, fid, date, measures, kept, today()));
        return Texts.get("rectify.reported", normalized(fid), date);
    }

    @Command(name = {"rectify", "check"}, group = GROUP, description = "Record the team's check of an item: --passed closes it (销号), --failed sends it back",
            completionProvider = "findingIdCompletion")
    public String check(@Argument(index = 0, description = "finding id") String id,
                        @Option(longName = "on", required = true, description = "the day of the check, yyyy-MM-dd") String on,
                        @Option(longName = "by", required = true, description = "书面 (on paper) or 现场 (on site)") String by,
                        @Option(longName = "passed", description = "the item is fixed: close it (销号)") Boolean passed,
                        @Option(longName = "failed", description = "the item is not fixed: send it back with --due") Boolean failed,
                        @Option(longName = "note", required = true, description = "what was seen") String note,
                        @Option(longName = "due", description = "with --failed: the new due date, yyyy-MM-dd") String due,
                        @Option(longName = "file", description = "files of the check (photos, scans), comma-separated, kept by their SHA-256") String file) {
        LocalDate date = day(on);
        CheckMethod method = CheckMethod.parse(by);
        LocalDate newDue = due == null ? null : Args.date("--due", due);
        String fid = findingId(id);
        decide(files(file), (b, kept) -> RectificationDecisions.check(b, fid, date, method, passed, failed, note, newDue,
                kept, today()));
        return Boolean.TRUE.equals(passed) ? Texts.get("rectify.checked-passed", normalized(fid), date)
                : Texts.get("rectify.checked-failed", normalized(fid), date, newDue);
    }

    @Command(name = {"rectify", "extend"}, group = GROUP, description = "Approve a new due date for an item, with a reason",
            completionProvider = "findingIdCompletion")
    public String extend(@Argument(index = 0, description = "finding id") String id,
                         @Option(longName = "due", required = true, description = "the new due date, yyyy-MM-dd") String due,
                         @Option(longName = "reason", required = true, description = "why the extension is approved") String reason,
                         @Option(longName = "on", description = "the day it was approved, yyyy-MM-dd (default today)") String on,
                         @Option(longName = "override", description = "approve it although the due date has passed") Boolean override) {
        LocalDate newDue = Args.date("--due", due);
        LocalDate date = day(on);
        String fid = findingId(id);
        decide(List.of(), (b, kept) -> RectificationDecisions.extend(b, fid, date, newDue, reason,
                Boolean.TRUE.equals(override), today()));
        return Texts.get("rectify.extended", normalized(fid), newDue);
    }

    @Command(name = {"rectify", "lasting"}, group = GROUP, description = "Close an item as lasting work (长期坚持), naming the document that set it up",
            completionProvider = "findingIdCompletion")
    public String lasting(@Argument(index = 0, description = "finding id") String id,
                          @Option(longName = "on", required = true, description = "the day, yyyy-MM-dd") String on,
                          @Option(longName = "note", required = true, description = "the rule or document that keeps it going") String note,
                          @Option(longName = "file", description = "the document that set it up, kept by its SHA-256") String file) {
        LocalDate date = day(on);
        String fid = findingId(id);
        decide(files(file), (b, kept) -> RectificationDecisions.lasting(b, fid, date, note, kept, today()));
        return Texts.get("rectify.lasting-done", normalized(fid), date);
    }

    @Command(name = {"rectify", "escalate"}, group = GROUP, description = "Escalate a unit whose items are not fixed in time: 督办, 约谈 or 通报")
    public String escalate(@Option(longName = "unit", required = true, description = "the audited unit") String unit,
                           @Option(longName = "on", required = true, description = "the day, yyyy-MM-dd") String on,
                           @Option(longName = "to", required = true, description = "督办, 约谈 or 通报 (supervise, summons, circular)") String to,
                           @Option(longName = "note", required = true, description = "what was decided") String note) {
        LocalDate date = day(on);
        Escalation e = Escalation.parse(to);
        decide(List.of(), (b, kept) -> {
            ctx.session().state().info().requireUnit(unit);
            return RectificationDecisions.escalate(b, unit, date, e, note, today());
        });
        return Texts.get("rectify.escalated", unit, Texts.get("rectify.escalation." + e.code()), date);
    }

    @Command(name = {"rectify", "status"}, group = GROUP, description = "The ledger (整改台账) as of a date: counts by state, the items, what falls due soon, what is overdue, the escalations")
    public String status(@Option(longName = "unit", description = "only this unit") String unit,
                         @Option(longName = "on", description = "as of this date, yyyy-MM-dd (default today)") String on,
                         @Option(longName = "within", description = "list what falls due within N working days (default 5)") Integer within) {
        SessionState state = ctx.session().state();
        if (unit != null) {
            state.info().requireUnit(unit);
        }
        LocalDate date = day(on);
        WorkdayCalendar calendar = calendar();
        Ledger ledger = ledger(state, date);
        List<Ledger.Item> items = ledger.items().stream().filter(i -> unit == null || i.unit().equals(unit)).toList();
        if (items.isEmpty()) {
            return Texts.get("rectify.status.empty", date);
        }
        StringBuilder out = new StringBuilder(Texts.get("rectify.status.head", date)).append('\n');
        List<String> head = new ArrayList<>(List.of(Texts.get("rectify.h.unit")));
        for (ItemState s : ItemState.values()) {
            head.add(state(s));
        }
        head.add(Texts.get("rectify.h.total"));
        TextTable counts = new TextTable(head.toArray(String[]::new)).alignRight(1, 2, 3, 4, 5, 6, 7, 8);
        for (String u : state.info().units()) {
            if ((unit != null && !u.equals(unit)) || ledger.forUnit(u).isEmpty()) {
                continue;
            }
            Map<ItemState, Integer> byState = ledger.counts(u);
            List<Object> row = new ArrayList<>(List.of(u));
            byState.values().forEach(row::add);
            row.add(byState.values().stream().mapToInt(Integer::intValue).sum());
            counts.row(row.toArray());
        }
        out.append(counts.render().stripTrailing()).append("\n\n").append(itemTable(items).stripTrailing()).append('\n');
        int n = within == null ? DUE_SOON_WORKDAYS : within;
        if (n < 0) {
            throw UserError.of("rectify.within-negative", n);
        }
        List<Ledger.Item> soon = ledger.dueWithin(n, calendar).stream().filter(items::contains).toList();
        out.append('\n').append(Texts.get("rectify.status.due-soon", n, soon.size()));
        soon.forEach(i -> out.append('\n').append(Texts.get("rectify.status.item-due", i.id(), i.unit(), i.due())));
        List<Ledger.Item> late = items.stream().filter(i -> i.state() == ItemState.OVERDUE).toList();
        out.append('\n').append(Texts.get("rectify.status.overdue", late.size()));
        late.forEach(i -> out.append('\n').append(Texts.get("rectify.status.item-late", i.id(), i.unit(), i.due(),
                java.time.temporal.ChronoUnit.DAYS.between(i.due(), date))));
        List<RectificationBook.Escalated> escalations = state.get(RectificationBook.class).escalations().stream()
                .filter(e -> !e.on().isAfter(date) && (unit == null || e.unit().equals(unit))).toList();
        out.append('\n').append(Texts.get("rectify.status.escalations", escalations.size()));
        for (RectificationBook.Escalated e : escalations) {
            String what = e.number() == null ? e.note() : Texts.get("rectify.status.supervised", e.number(),
                    String.join(", ", e.ids()), e.due());
            out.append('\n').append(Texts.get("rectify.status.escalation", e.on(), e.unit(),
                    Texts.get("rectify.escalation." + e.to().code()), what));
        }
        return out.toString();
    }

    @Command(name = {"rectify", "list"}, group = GROUP, description = "The ledger as offices keep it (序号, 单位, 问题, 整改要求, 整改期限, 整改措施, 状态, 核查方式, 销号日期, 佐证材料)")
    public String list(@Option(longName = "unit", description = "only this unit") String unit,
                       @Option(longName = "on", description = "as of this date, yyyy-MM-dd (default today)") String on,
                       @Option(longName = "xlsx", description = "also write it as an Excel workbook (.xlsx)") String xlsx,
                       @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        SessionState state = ctx.session().state();
        if (unit != null) {
            state.info().requireUnit(unit);
        }
        LocalDate date = day(on);
        List<Ledger.Item> items = ledger(state, date).items().stream()
                .filter(i -> unit == null || i.unit().equals(unit)).toList();
        TextTable t = new TextTable(Labels.headers("rectify.h.no", "rectify.h.unit", "rectify.h.problem",
                "rectify.h.requirement", "rectify.h.due", "rectify.h.measures", "rectify.h.state", "rectify.h.method",
                "rectify.h.closed", "rectify.h.files")).maxColumnWidth(30);
        int n = 0;
        for (Ledger.Item i : items) {
            t.row(++n, i.unit(), i.finding().text(), i.finding().requirement(), dash(i.due()),
                    i.lastReport() == null ? "—" : i.lastReport().measures(), state(i.state()),
                    i.method().map(m -> Texts.get("rectify.method." + m.code())).orElse("—"),
                    i.closedOn().map(Object::toString).orElse("—"), files(i));
        }
        String wrote = "";
        if (xlsx != null) {
            wrote = "\n" + SpreadsheetExport.write(state, xlsx, force,
                    List.of(SpreadsheetExport.tables(state).ledger(ledger(state, date).items().stream()
                            .filter(i -> unit == null || i.unit().equals(unit)).toList())));
        }
        if (items.isEmpty()) {
            return Texts.get("rectify.status.empty", date) + wrote;
        }
        return t.render().stripTrailing() + wrote;
    }

    // ---- helpers ----

    private String itemTable(List<Ledger.Item> items) {
        TextTable t = new TextTable(Labels.headers("rectify.h.id", "rectify.h.unit", "rectify.h.state", "rectify.h.due",
                "rectify.h.closed", "rectify.h.problem")).maxColumnWidth(40);
        for (Ledger.Item i : items) {
            t.row(i.id(), i.unit(), state(i.state()), dash(i.due()), i.closedOn().map(Object::toString).orElse("—"),
                    i.finding().text());
        }
        return t.render();
    }

    static String state(ItemState s) {
        return Texts.get("rectify.state." + s.code());
    }

    private static String files(Ledger.Item i) {
        if (i.files().isEmpty()) {
            return "—";
        }
        return String.join(", ", i.files().stream().map(f -> f.name() + " " + f.shortHash()).toList());
    }

    private static String dash(Object o) {
        return o == null ? "—" : o.toString();
    }

    private Ledger ledger(SessionState state, LocalDate date) {
        return Ledger.of(state.get(FindingBook.class), state.get(RectificationBook.class), calendar(), date)
                .inUnitOrder(state.info().units());
    }

    /**
     * Appends what the decision makes under the journal lock; with files, they are first kept in the
     * session's evidence store (issue 25) and the decision gets their values. Returns how many events.
     */
    private int decide(List<Path> files,
                       BiFunction<RectificationDecisions.Books, List<EvidenceFile>, List<NewEvent>> decision) {
        Session session = ctx.session();
        WorkdayCalendar calendar = calendar();
        int[] count = new int[1];
        BiFunction<SessionState, List<EvidenceFile>, List<NewEvent>> decide = (state, kept) -> {
            List<NewEvent> events = decision.apply(new RectificationDecisions.Books(state.get(FindingBook.class),
                    state.get(RectificationBook.class), calendar), kept);
            count[0] = events.size();
            return events;
        };
        if (files.isEmpty()) {
            session.append(ctx.auditor(), state -> decide.apply(state, List.of()));
        } else {
            EvidenceStore.attach(session, ctx.auditor(), files, EvidenceLimits.fromEnvironment(), decide);
        }
        return count[0];
    }

    /** The paths of a --file option (comma-separated), none when absent. */
    private static List<Path> files(String option) {
        return option == null ? List.of() : Args.list("--file", option).stream().map(Path::of).toList();
    }

    private String normalized(String id) {
        return io.jicha.finding.FindingIds.normalize(id);
    }

    /** The day an {@code --on} option names, today when it is not given (every verb reads its date so). */
    private static String findingId(String id) {
        return Args.required(Texts.get("finding.the-finding-id"), id);
    }

    private LocalDate day(String on) {
        return on == null ? today() : Args.date("--on", on);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private WorkdayCalendar calendar() {
        return WorkdayCalendarLoader.locate(ctx.workspace().root());
    }
}
