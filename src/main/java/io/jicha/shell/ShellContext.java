package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.scoring.ScoreTarget;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import io.jicha.session.integrity.HeadSigning;
import org.springframework.stereotype.Component;

import io.jicha.journal.Event;

import java.io.PrintStream;
import java.util.List;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the commands of one jicha process share: the workspace, the open session, the acting
 * auditor, the file being scored, and where warnings go.
 */
@Component
public class ShellContext {

    private Workspace workspace;
    private final Console console;
    private final Path keyFolder;
    private Session session;
    private String auditorOverride;
    private ScoreTarget currentTarget;

    @org.springframework.beans.factory.annotation.Autowired
    public ShellContext(Console console) {
        this(io.jicha.store.Stores.workspaceFromEnvironment(line -> {
            console.out().println(line);
            console.out().flush();
        }), console,
                HeadSigning.keyFolder());
    }

    /** For tests: the auditors' signing keys are kept beside the workspace, not in the user's home. */
    ShellContext(Workspace workspace, Console console) {
        this(workspace, console, workspace.root().resolveSibling(workspace.root().getFileName() + "-keys"));
    }

    private ShellContext(Workspace workspace, Console console, Path keyFolder) {
        this.workspace = workspace;
        this.console = console;
        this.keyFolder = keyFolder;
    }

    /** Where the auditors' signing keys are kept (outside every session). */
    public Path keyFolder() {
        return keyFolder;
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Goes on with another workspace: the same folder, its sessions now in the folder or in the store
     * ({@code session offline} / {@code session online}); the session is opened again from there.
     */
    void switchWorkspace(Workspace other) {
        workspace = other;
        session = null;
        currentTarget = null;
    }

    /** The open session, or a UserError saying how to open one. */
    public Session session() {
        Optional<Session> s = openSession();
        if (s.isEmpty()) {
            Optional<String> elsewhere = workspace.openElsewhere();
            if (elsewhere.isPresent()) {
                throw UserError.of("shell.session-open-elsewhere", elsewhere.get());
            }
            throw UserError.of("shell.session-open-create-one-session");
        }
        return s.get();
    }

    /** The open session, if any. Opening reads only: a torn last journal line is set aside by the next writer. */
    public Optional<Session> openSession() {
        Optional<String> name = workspace.currentSession();
        if (name.isEmpty()) {
            session = null;
            return Optional.empty();
        }
        if (session == null || !session.name().equals(name.get())) {
            session = workspace.open(name.get());
        }
        return Optional.of(session);
    }

    void reportTorn(Path aside) {
        warn(Texts.get("session.torn-set-aside", aside));
    }

    /** Makes the named session the open one. */
    public Session open(String name) {
        Session s = workspace.open(name);
        workspace.setCurrentSession(name);
        session = s;
        currentTarget = null;
        return s;
    }

    public void forget() {
        workspace.setCurrentSession(null);
        session = null;
        currentTarget = null;
    }

    /**
     * The acting auditor: $JICHA_AUDITOR, else the one chosen with 'auditor use'. It must be on
     * the open session's team.
     */
    public String auditor() {
        String name = auditorName().orElseThrow(() -> UserError.of("shell.acting-auditor-set-jicha-auditor", String.join(", ", session().state().info().team())));
        SessionInfo info = session().state().info();
        if (!info.onTeam(name)) {
            throw UserError.of("shell.auditor-team-use-one-them", name, info.name(), String.join(", ", info.team()));
        }
        return name;
    }

    public Optional<String> auditorName() {
        String env = System.getenv("JICHA_AUDITOR");
        if (env != null && !env.isBlank()) {
            return Optional.of(env.trim());
        }
        if (auditorOverride != null) {
            return Optional.of(auditorOverride);
        }
        return workspace.currentAuditor();
    }

    public void useAuditor(String name) {
        auditorOverride = name;
        workspace.setCurrentAuditor(name);
    }

    /**
     * What the acting auditor is scoring (see 'score open', 'review unit'), if anything: the
     * session remembers it in its journal (score.opened), so it holds from one command to the
     * next in one-shot mode too; this process's own choice is the fallback (a finalized session
     * records no opening).
     */
    public Optional<ScoreTarget> currentTarget() {
        Optional<String> who = auditorName();
        if (who.isPresent()) {
            Optional<Session> s = openSession();
            if (s.isPresent()) {
                Optional<ScoreTarget> open = s.get().state().get(io.jicha.scoring.ScoreBook.class).openBy(who.get());
                if (open.isPresent()) {
                    return open;
                }
            }
        }
        return Optional.ofNullable(currentTarget);
    }

    public void setCurrentTarget(ScoreTarget target) {
        currentTarget = target;
    }

    private final java.util.List<String> afterCommand = new java.util.ArrayList<>();

    /** A warning printed once the command's own answer is out (a font substituted in the PDF just written). */
    public void warnAfter(String message) {
        afterCommand.add(message);
    }

    /** Prints the warnings kept for after the command. */
    void reportAfter() {
        afterCommand.forEach(this::warn);
        afterCommand.clear();
    }

    /** Prints a warning line on stderr. */
    public void warn(String message) {
        console.err().println(Texts.get("shell.warning", message));
    }

    /**
     * After a command: names the session and the events it appended, unless the command's answer
     * already did ({@link #written()}), so that no write goes unseen into a session the user did not mean.
     */
    void reportWritten(java.io.PrintWriter out) {
        if (session == null) {
            return;
        }
        List<Event> w = session.takeWritten();
        if (w.isEmpty()) {
            return;
        }
        long first = w.get(0).seq();
        long last = w.get(w.size() - 1).seq();
        out.println(first == last ? Texts.get("session.written", session.name(), first)
                : Texts.get("session.written-many", session.name(), first, last));
    }

    /** The events the command appended, for an answer that names the session itself. */
    public List<Event> written() {
        return session == null ? List.of() : session.takeWritten();
    }

    /** Reports journal lines that appends set aside during the last command. */
    void reportSetAside() {
        if (session != null) {
            session.journal().takeSetAside().forEach(this::reportTorn);
        }
    }

    public PrintStream err() {
        return console.err();
    }

    /**
     * Says a line of news that is no error (the store's schema created): on standard output, before the
     * command's answer, so that a failing command's standard error stays its one line.
     */
    public void tell(String line) {
        console.out().println(line);
        console.out().flush();
    }
}
