package io.jicha.session;

import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.FileJournal;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One review: its journal and the content-addressed snapshots of the files it imported. In the
 * workspace folder, a folder holding {@code journal.jsonl} and {@code snapshots/}; in a
 * {@link SessionStore}, the store's journal, with the snapshots cached in a folder of the workspace.
 */
public final class Session {

    public static final String JOURNAL = "journal.jsonl";
    public static final String SNAPSHOTS = "snapshots";
    /** The folder of evidence files, each named by the SHA-256 of its bytes (io.jicha.evidence). */
    public static final String EVIDENCE = "evidence";

    private final String name;
    private final Path dir;
    private final Journal journal;
    private final SessionStore store; // null: the session is a folder of the workspace
    // the last replayed state and the event list it was built from: reused while nothing new was written
    private List<Event> lastEvents;
    private SessionState lastState;

    Session(String name, Path dir) {
        this(name, dir, new FileJournal(dir.resolve(JOURNAL)), null);
    }

    Session(String name, Path dir, Journal journal, SessionStore store) {
        this.name = name;
        this.dir = dir;
        this.journal = journal;
        this.store = store;
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

    /** Where the session is kept, for messages: its folder, or the store and the session's name. */
    public String location() {
        return store == null ? dir.toString() : store.location() + " (" + name + ")";
    }

    /**
     * Where imported files are kept, named by the SHA-256 of their bytes. Not created here for a
     * session of the workspace folder (reading a session never writes): the import creates it. For a
     * session in a store, the folder caches the store's snapshots, and those missing are fetched.
     */
    public Path snapshotDir() {
        Path snapshots = dir.resolve(SNAPSHOTS);
        if (store != null) {
            try {
                Files.createDirectories(dir); // the cache of this machine; the import creates snapshots/
            } catch (java.io.IOException e) {
                throw UserError.of("session.cannot-create-workspace-folder-set", dir);
            }
            for (String file : store.snapshotNames(name)) {
                Path local = snapshots.resolve(file);
                if (!Files.isRegularFile(local)) {
                    store.fetchSnapshot(file, local);
                }
            }
        }
        return snapshots;
    }

    /**
     * Keeps a snapshot just committed to {@link #snapshotDir()} in the session's store, within the
     * append in progress; nothing to do for a session of the workspace folder.
     */
    public void keepSnapshot(Path committed, String sha256) {
        if (store != null) {
            store.keepSnapshot(name, committed.getFileName().toString(), sha256, committed);
        }
    }

    /**
     * Where evidence files are kept, each named by its SHA-256 (see io.jicha.evidence). For a session
     * in a store, the folder caches the store's files: created here, and filled on first use of a
     * file ({@link #fetchEvidence}).
     */
    public Path evidenceDir() {
        if (store != null) {
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw UserError.of("session.cannot-create-workspace-folder-set", dir);
            }
        }
        return dir.resolve(EVIDENCE);
    }

    /** Whether the session's files are kept in a store, this folder caching them. */
    public boolean inStore() {
        return store != null;
    }

    /**
     * Keeps an evidence file just committed to {@link #evidenceDir()} in the session's store, within
     * the append in progress; nothing to do for a session of the workspace folder.
     */
    public void keepEvidence(Path committed, String sha256) {
        if (store != null) {
            store.keepEvidence(sha256, committed);
        }
    }

    /**
     * Writes the store's copy of an evidence file to {@code target}, checking its SHA-256; false for a
     * session of the workspace folder (its folder is the only copy).
     */
    public boolean fetchEvidence(String sha256, Path target) {
        if (store == null) {
            return false;
        }
        store.fetchEvidence(sha256, target);
        return true;
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
            throw UserError.of("session.journal-empty", name, journal.location());
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
