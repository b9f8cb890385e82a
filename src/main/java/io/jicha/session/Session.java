package io.jicha.session;

import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One review: a folder in the workspace holding its journal ({@code journal.jsonl}) and the
 * content-addressed snapshots of the files it imported ({@code snapshots/}).
 */
public final class Session {

    public static final String JOURNAL = "journal.jsonl";
    public static final String SNAPSHOTS = "snapshots";

    private final String name;
    private final Path dir;
    private final Journal journal;
    // the last replayed state and the event list it was built from: reused while nothing new was written
    private List<Event> lastEvents;
    private SessionState lastState;

    Session(String name, Path dir) {
        this.name = name;
        this.dir = dir;
        this.journal = new Journal(dir.resolve(JOURNAL));
    }

    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    public Journal journal() {
        return journal;
    }

    /**
     * Where imported files are kept, named by the SHA-256 of their bytes. Not created here (reading
     * a session never writes): the import creates it.
     */
    public Path snapshotDir() {
        return dir.resolve(SNAPSHOTS);
    }

    /** The state as of now, replayed without waiting for any lock. */
    public SessionState state() {
        List<Event> events;
        try {
            events = journal.events();
        } catch (io.jicha.journal.JournalCorruptException e) {
            throw UserError.of("session.journal-corrupt", name, e.getMessage());
        }
        if (events.isEmpty()) {
            throw UserError.of("session.journal-empty", name, journal.file());
        }
        return stateOf(events);
    }

    private synchronized SessionState stateOf(List<Event> events) {
        if (events != lastEvents) {
            lastState = new SessionState(events);
            lastEvents = events;
        }
        return lastState;
    }

    /**
     * Appends what {@code decide} returns, deciding against the state as of the journal lock, and
     * returns the events once they are on disk. {@code decide} throws {@link UserError} to refuse.
     */
    public List<Event> append(String auditor, Function<SessionState, List<NewEvent>> decide) {
        return journal.append(auditor, events -> decide.apply(stateOf(events)));
    }

    /** Appends events that need no check against the state. */
    public List<Event> append(String auditor, NewEvent... events) {
        return append(auditor, state -> List.of(events));
    }
}
