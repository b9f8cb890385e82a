package io.jicha.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A session's append-only, hash-chained record of {@link Event}s, wherever it is kept: a JSON Lines
 * file ({@link FileJournal}, the embedded default) or a database. Every store keeps the same lines,
 * byte for byte (docs/journal.md), so {@code journal verify} recomputes the same chain from either.
 *
 * <p>An append decides against the events as of the store's lock, writes its lines at once and
 * returns only when they are durable: a returned event is never lost.
 */
public interface Journal {

    /** Where the journal is kept, for messages: a file path, or the database and session. */
    String location();

    /** Every complete event, verified, read without waiting for any lock. */
    List<Event> events();

    /**
     * Appends, under the journal's lock, what {@code decide} returns for the events as of the lock.
     * Returns the appended events once they are durable. {@code decide} may throw to refuse.
     */
    List<Event> append(String auditor, Function<List<Event>, List<NewEvent>> decide);

    /**
     * Appends lines copied verbatim from another copy of this journal (session push and pull), under
     * the lock: {@code decide} sees the events as of the lock and returns the lines to add, which must
     * continue this chain exactly (they are checked as {@link #verify()} checks them).
     */
    List<Event> appendLines(Function<List<Event>, List<String>> decide);

    /** The stored text of every complete line, in order, without its {@code \n}; not verified. */
    List<String> lines();

    /** Reads the whole journal once, ignoring anything cached, keeping the good events. */
    Scan scan();

    /** Re-derives the whole chain from what is stored; reads only, takes no lock, changes nothing. */
    default Verification verify() {
        return scan().verification();
    }

    /** Torn last lines that appends have moved aside since the last call; the caller reports them. */
    default List<Path> takeSetAside() {
        return List.of();
    }

    /** The events up to the first bad line, and the verification of the whole journal. */
    record Scan(List<Event> events, Verification verification) {
    }

    /**
     * The outcome of {@link #verify()}: the good events, the head hash, the first bad line if any,
     * and whether the journal ends in an incomplete line (a write in progress, not counted).
     */
    record Verification(boolean ok, int goodEvents, String headHash, int badLine, String problem,
                        boolean incompleteTail) {
    }
}
