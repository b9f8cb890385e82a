package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.JournalClock;
import io.jicha.journal.NewEvent;
import io.jicha.session.ReportSection;
import io.jicha.session.Session;
import io.jicha.scoring.Todo;
import io.jicha.session.SessionDecisions;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;
import io.jicha.store.OfflineSwitch;
import io.jicha.store.PgStore;
import io.jicha.store.SessionTransfer;
import io.jicha.text.TextTable;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** session new / open / list / status / close / note / push / pull. */
@Component
public class SessionCommands {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ShellContext ctx;
    private final List<StatusContributor> contributors;
    private final FirstRunGuide guide;

    public SessionCommands(ShellContext ctx, List<StatusContributor> contributors, FirstRunGuide guide) {
        this.ctx = ctx;
        this.guide = guide;
        this.contributors = contributors;
    }

    @Command(name = {"session", "new"}, group = "Session", description = "Create a review session and open it")
    public String create(
            @Option(longName = "name", required = true, description = "session name, e.g. suzhou-2016-10") String name,
            @Option(longName = "period", required = true, description = "review period START..END, e.g. 2016-10-10..2016-10-13") String period,
            @Option(longName = "units", required = true, description = "audited units, comma separated; UNIT=FULL NAME gives a unit's full name, e.g. 吴江区=苏州市吴江区环境保护局") String units,
            @Option(longName = "team", required = true, description = "review team, comma separated") String team,
            @Option(longName = "locale", description = "zh-CN (default) or en: the language of documents") String locale,
            @Option(longName = "zone", description = "the time zone documents are dated in, e.g. Asia/Shanghai (default: that of the locale)") String zone,
            @Option(longName = "follows", description = "the review this one follows up (回头看), a session of this workspace") String follows) {
        io.jicha.session.SessionState followed = follows == null ? null
                : ctx.workspace().open(SessionDecisions.follows(name, follows, ctx.workspace().sessionNames())).state();
        String[] ends = period.split("\\.\\.");
        if (ends.length != 2) {
            throw UserError.of("session.period-period-write-start-end", period);
        }
        LocalDate from = Args.date("--period", ends[0]);
        LocalDate to = Args.date("--period", ends[1]);
        String loc = SessionDecisions.locale(locale);
        List<String> teamList = Args.list("--team", team);
        SessionDecisions.Units parsed = SessionDecisions.units(Args.list("--units", units), units);
        List<String> unitList = parsed.units();
        java.util.Map<String, String> fullNames = parsed.fullNames();
        SessionInfo info = new SessionInfo(name, from, to, unitList, teamList, loc, null,
                zone == null ? null : SessionInfo.parseZone(zone), fullNames);
        String auditor = ctx.auditorName().filter(info::onTeam).orElse(null);
        String note = "";
        if (auditor == null) {
            auditor = teamList.get(0);
            note = "\n" + Texts.get("session.acting-auditor-chosen", auditor);
        }
        Session s = ctx.workspace().create(info, auditor);
        ctx.open(s.name());
        if (!note.isEmpty()) {
            ctx.useAuditor(auditor);
        }
        if (followed != null) {
            io.jicha.session.SessionState review = followed;
            s.append(auditor, st -> io.jicha.rectification.RectificationDecisions.follows(review.info().name(),
                    review.headHash(), review.last().seq()));
            note += "\n" + Texts.get("rectify.follows.created", review.info().name(), review.last().seq(),
                    review.headHash().substring(0, 16));
        }
        return Texts.get("session.created-one", s.name(), info.period(), String.join(", ", info.units()),
                String.join(", ", info.team()), s.location()) + note;
    }

    @Command(name = {"session", "open"}, group = "Session", description = "Open an existing session",
            completionProvider = "sessionNameCompletion")
    public String open(@Argument(index = 0, description = "session name") String name) {
        Args.required(Texts.get("session.the-session-name"), name);
        Session s = ctx.open(name);
        SessionInfo info = s.state().info();
        return Texts.get("session.opened", info.name(), info.period());
    }

    @Command(name = {"session", "list"}, group = "Session", description = "List the sessions in the workspace")
    public String list() {
        List<String> names = ctx.workspace().sessionNames();
        if (names.isEmpty()) {
            return guide.text();
        }
        StringBuilder where = new StringBuilder(whereLine()).append('\n');
        String current = ctx.workspace().currentSession().orElse("");
        TextTable t = new TextTable(Labels.headers("", "session.h.name", "session.h.period", "session.h.units",
                "session.h.status", "session.h.last-change"));
        for (String n : names) {
            try {
                SessionState st = ctx.workspace().open(n).state();
                SessionInfo info = st.info();
                t.row(n.equals(current) ? "*" : "", n, info.period(), String.join("、", info.units()),
                        Texts.get(st.finalized() ? "session.status-finalized" : "session.open"), WHEN.format(st.last().ts()));
            } catch (UserError e) {
                t.row(n.equals(current) ? "*" : "", n, "", "", Texts.get("session.damaged"), "");
            }
        }
        return where.append(t.render().stripTrailing()).toString();
    }

    /** Where this workspace keeps its sessions: its folder, or the store (and whether it works offline). */
    private String whereLine() {
        Workspace w = ctx.workspace();
        if (!w.location().equals(w.root().toString())) {
            return Texts.get("session.list.store", w.location(), w.root());
        }
        return w.offline().map(store -> Texts.get("session.list.offline", w.root(), store))
                .orElse(Texts.get("session.list.folder", w.root()));
    }

    @Command(name = {"session", "offline"}, group = "Session",
            description = "Work on this laptop's copy of the open session, away from the store (JICHA_STORE stays set)")
    public String offline() {
        Workspace w = ctx.workspace();
        String name = OfflineSwitch.goingOffline(w.offline(), w.currentSession());
        return transfer(name, null, (folder, store) -> {
            SessionTransfer.Outcome o = SessionTransfer.pull(store, name, folder);
            folder.setCurrentSession(name);
            folder.setOffline(store.location());
            ctx.switchWorkspace(folder);
            return Texts.get("session.offline.done", name, store.location(), o.head(), folder.root());
        });
    }

    @Command(name = {"session", "online"}, group = "Session",
            description = "Back to the store after session offline: copies what this laptop recorded meanwhile, or what the store gained")
    public String online() {
        Workspace w = ctx.workspace();
        OfflineSwitch.Back back = OfflineSwitch.goingOnline(w.offline(), w.currentSession());
        String name = back.session();
        return transfer(name, null, (folder, store) -> {
            boolean onStore = store.exists(name);
            SessionTransfer.Divergence d = onStore ? SessionTransfer.compare(folder, name, store) : null;
            String done = switch (OfflineSwitch.copy(name, store.location(), onStore,
                    onStore ? d.onlyHere().size() : 0, onStore ? d.onlyThere().size() : 0)) {
                case PUSH -> {
                    SessionTransfer.Outcome o = SessionTransfer.push(folder, name, store);
                    yield Texts.get("session.online.pushed", name, store.location(), o.copied(), o.head());
                }
                case PULL -> {
                    SessionTransfer.Outcome o = SessionTransfer.pull(store, name, folder);
                    yield Texts.get("session.online.pulled", name, store.location(), o.copied(), o.head());
                }
                case NOTHING -> Texts.get("session.online.same", name, store.location());
            };
            folder.setOffline(null);
            Workspace online = io.jicha.store.Stores.workspaceFromEnvironment(ctx::tell);
            ctx.switchWorkspace(online);
            online.setCurrentSession(name); // and the store records it as the acting auditor's open session
            return back.toOtherStore(store.location()) ? done + "\n" + Texts.get("session.online.other-store", back.store())
                    : done;
        });
    }

    @Command(name = {"session", "status"}, group = "Session", description = "What the open session holds so far")
    public String status() {
        Session s = ctx.session();
        SessionState st = s.state();
        SessionInfo info = st.info();
        StringBuilder b = new StringBuilder();
        b.append(Labels.line("session.l.session", Texts.get(st.finalized() ? "session.name-finalized" : "session.name-open",
                info.name()))).append('\n');
        b.append(Labels.line("session.l.period", info.period())).append('\n');
        b.append(Labels.line("session.l.units", String.join("、", info.units()))).append('\n');
        b.append(Labels.line("session.l.team", String.join("、", info.team()))).append('\n');
        b.append(Labels.line("session.l.auditor", ctx.auditorName().orElse(Texts.get("session.no-auditor-yet")))).append('\n');
        b.append(Labels.line("session.l.journal", Texts.get("session.journal-line", st.events().size(),
                st.headHash().substring(0, 16), WHEN.format(st.last().ts()), st.last().auditor()))).append('\n');
        long notes = st.events().stream().filter(e -> e.type().equals(SessionEvents.NOTE)).count();
        if (notes > 0) {
            b.append(Labels.line("session.l.notes", notes)).append('\n');
        }
        for (StatusContributor c : contributors) {
            for (String line : c.statusLines(st)) {
                b.append(line).append('\n');
            }
        }
        ctx.workspace().offline().ifPresent(store -> b.append(Texts.get("session.status.offline", store)).append('\n'));
        return b.toString().stripTrailing();
    }

    @Command(name = {"session", "close"}, group = "Session", description = "Close the open session (it stays in the workspace)")
    public String close() {
        String name = ctx.session().name();
        ctx.forget();
        return Texts.get("session.closed", name);
    }

    @Command(name = {"session", "note"}, group = "Session",
            description = "Record a remark in the journal; with --section, a paragraph of the review report")
    public String note(@Argument(index = 0, description = "the remark, in quotes") String text,
                       @Option(longName = "section", description = "report section: 基本情况, 主要做法和成效, 存在的主要问题, 整改要求 or 下一步工作") String section) {
        List<NewEvent> note = SessionDecisions.note(text, section);
        ctx.session().append(ctx.auditor(), state -> note);
        List<Event> written = ctx.written(); // the answer names the session itself
        ReportSection s = written.get(0).payloadAs(SessionEvents.Note.class).section();
        long seq = written.get(0).seq();
        String in = ctx.session().name();
        return s == null ? Texts.get("session.note.recorded", seq, in) : Texts.get("session.note.recordedIn", seq, s.chinese(), in);
    }

    @Command(name = {"session", "todo"}, group = "Session",
            description = "What is left, per unit: files to score, findings to decide, notices to issue, rectifications to check")
    public String todo() {
        io.jicha.session.SessionState state = ctx.session().state();
        Todo todo = Todo.of(state);
        java.util.Map<String, String> held = new java.util.HashMap<>(); // unit + id → who holds it (score open)
        for (io.jicha.scoring.ScoreBook.Claim c : state.get(io.jicha.scoring.ScoreBook.class).claims()) {
            if (!c.target().isUnitDocuments()) {
                held.put(c.target().unit() + "\u0000" + c.target().id(), c.auditor());
            }
        }
        if (todo.nothingLeft()) {
            return Texts.get("session.todo.nothing-left");
        }
        TextTable t = new TextTable(Labels.headers("session.h.unit", "session.h.to-score", "session.h.to-decide",
                "session.h.to-issue", "session.h.to-check"));
        StringBuilder details = new StringBuilder();
        for (Todo.Unit u : todo.units()) {
            t.row(u.unit(), u.toScore().size(), u.toDecide().size(),
                    Texts.get(u.noticeToIssue() ? "session.todo.notice-due" : "session.todo.notice-none"), u.toCheck().size());
            if (!u.toScore().isEmpty()) {
                details.append('\n').append(Texts.get("session.todo.score", u.unit(), u.toScore().stream()
                        .map(id -> held.containsKey(u.unit() + "\u0000" + id)
                                ? Texts.get("session.todo.held", id, held.get(u.unit() + "\u0000" + id)) : id)
                        .collect(java.util.stream.Collectors.joining("、"))));
            }
            if (!u.toDecide().isEmpty()) {
                details.append('\n').append(Texts.get("session.todo.decide", u.unit(), String.join("、", u.toDecide())));
            }
            if (u.noticeToIssue()) {
                details.append('\n').append(Texts.get("session.todo.issue", u.unit()));
            }
            if (!u.toCheck().isEmpty()) {
                details.append('\n').append(Texts.get("session.todo.check", u.unit(), String.join("、", u.toCheck())));
            }
        }
        return t.render().stripTrailing() + "\n" + details;
    }

    @Command(name = {"undo"}, group = "Session",
            description = "Take back your own last change (a compensating event; the change stays in the journal)")
    public String undo() {
        String auditor = ctx.auditor();
        Session s = ctx.session();
        List<Event> written = s.append(auditor, state -> SessionDecisions.undo(state, auditor));
        SessionEvents.Undone u = written.get(0).payloadAs(SessionEvents.Undone.class);
        List<Long> seqs = new java.util.ArrayList<>(List.of(u.seq()));
        seqs.addAll(u.with());
        StringBuilder what = new StringBuilder();
        for (Event e : s.state().events()) {
            if (seqs.contains(e.seq())) {
                what.append(what.isEmpty() ? "" : Texts.get("session.undo.and", e.seq())).append(EventSentences.of(e));
            }
        }
        return Texts.get("session.undo.done", u.seq(), what, written.get(0).seq());
    }

    @Command(name = {"session", "push"}, group = "Session",
            description = "Copy a session of the workspace folder to a PostgreSQL store, or append what the store lacks",
            completionProvider = "sessionNameCompletion")
    public String push(@Argument(index = 0, description = "session name") String name,
                       @Option(longName = "to", description = "the store: postgresql://user@host:5432/database (default: JICHA_STORE)") String to) {
        return transfer(name, to, (folder, store) -> {
            SessionTransfer.Outcome o = SessionTransfer.push(folder, name, store);
            if (o.created()) {
                return Texts.get("session.push.created", name, store.location(), o.copied());
            }
            return o.copied() == 0 ? Texts.get("session.push.same", name, store.location(), o.head())
                    : Texts.get("session.push.appended", name, store.location(), o.copied(), o.head());
        });
    }

    @Command(name = {"session", "pull"}, group = "Session",
            description = "Copy a session of a PostgreSQL store into the workspace folder, to work offline")
    public String pull(@Argument(index = 0, description = "session name") String name,
                       @Option(longName = "from", description = "the store: postgresql://user@host:5432/database (default: JICHA_STORE)") String from) {
        return transfer(name, from, (folder, store) -> {
            SessionTransfer.Outcome o = SessionTransfer.pull(store, name, folder);
            folder.setCurrentSession(name); // the copy is the open session of this folder
            String done = o.created() ? Texts.get("session.pull.created", name, store.location(), o.copied(), folder.root())
                    : o.copied() > 0 ? Texts.get("session.pull.appended", name, store.location(), o.copied(), o.head())
                    : Texts.get("session.pull.same", name, store.location(), o.head());
            return o.ahead() > 0 ? done + "\n" + Texts.get("session.pull.ahead", name, o.ahead()) : done;
        });
    }

    @Command(name = {"session", "resolve"}, group = "Session",
            description = "Show how a session diverged from the store; with --keep, keep one version and set the other aside as a named copy",
            completionProvider = "sessionNameCompletion")
    public String resolve(@Argument(index = 0, description = "session name") String name,
                          @Option(longName = "keep", description = "store (the store's version takes the name here; this copy is set aside) or local (the store's version is copied here as --aside)") String keep,
                          @Option(longName = "aside", description = "the name of the copy set aside (default: NAME-local or NAME-store)") String aside,
                          @Option(longName = "from", description = "the store: postgresql://user@host:5432/database (default: JICHA_STORE)") String from) {
        SessionTransfer.Keep kept = keep == null ? null : SessionTransfer.Keep.parse(keep);
        return transfer(name, from, (folder, store) -> {
            SessionTransfer.Divergence d = SessionTransfer.compare(folder, name, store);
            StringBuilder b = new StringBuilder(Texts.get("session.resolve.head", name, d.common(), d.common() + 1));
            b.append('\n').append(Texts.get("session.resolve.only", d.here(), d.onlyHere().size()));
            d.onlyHere().forEach(e -> b.append("\n  ").append(EventSentences.line(e)));
            b.append('\n').append(Texts.get("session.resolve.only", d.there(), d.onlyThere().size()));
            d.onlyThere().forEach(e -> b.append("\n  ").append(EventSentences.line(e)));
            switch (OfflineSwitch.resolve(name, store.location(), d.diverged(), kept != null)) {
                case NOT_DIVERGED -> {
                    return b.append('\n').append(Texts.get("session.resolve.not-diverged", name)).toString();
                }
                case CHOOSE -> {
                    return b.append('\n').append(Texts.get("session.resolve.choose", name)).toString();
                }
                case KEEP -> { } // below
            }
            String copy = aside != null && !aside.isBlank() ? aside : kept.asideName(name);
            if (kept == SessionTransfer.Keep.STORE) {
                SessionTransfer.Outcome o = SessionTransfer.keepStore(folder, name, store, copy);
                folder.setCurrentSession(name);
                b.append('\n').append(Texts.get("session.resolve.kept-store", name, copy, o.copied(), store.location()));
            } else {
                SessionTransfer.keepLocal(folder, name, store, copy);
                b.append('\n').append(Texts.get("session.resolve.kept-local", name, copy, store.location()));
            }
            return b.toString();
        });
    }

    /** Runs a copy between this workspace's folder (whatever JICHA_STORE says) and the store at {@code url}. */
    private String transfer(String name, String url, java.util.function.BiFunction<Workspace, PgStore, String> copy) {
        Args.required(Texts.get("session.the-session-name"), name);
        try (PgStore store = PgStore.at(storeUrl(url), JournalClock.fromEnvironment())
                .announcing(ctx::tell)) {
            return copy.apply(new Workspace(ctx.workspace().root()), store);
        }
    }

    private static String storeUrl(String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        String env = System.getenv("JICHA_STORE");
        if (env == null || env.isBlank()) {
            throw UserError.of("session.store-url-needed");
        }
        return env;
    }
}
