package io.jicha.session;

import io.jicha.journal.Event;

import java.util.List;

/**
 * What a {@link Capability#check} sees and reports to during {@code session fsck}: the session, the
 * journal's verified events, which checks were asked for, and where to put faults and counts.
 */
public interface IntegrityContext {

    /** The names of the checks a capability may run (fsck's {@code --only} choices, lower case). */
    String RUBRICS = "rubrics";
    String SNAPSHOTS = "snapshots";
    String DRAWS = "draws";
    String SCORES = "scores";
    String EVIDENCE = "evidence";
    String RECTIFICATION = "rectification";

    Session session();

    /** The journal's events that verify, in order. */
    List<Event> events();

    /** Whether the named check was asked for. */
    boolean asked(String check);

    /** One more item looked at by the named check (the counts fsck prints). */
    void counted(String check);

    /** A result of the named check worth handing back whole (a recomputed draw). */
    void detail(String check, Object detail);

    /** A fault found at line {@code seq} (fsck lists faults in journal order), as one line from the bundles. */
    void fault(long seq, String key, Object... args);

    /**
     * A fault already worded (from the bundles) by a capability's own check, at line {@code seq}
     * ({@link Long#MAX_VALUE}: about the journal as a whole, listed last).
     */
    void faultLine(long seq, String line);

    /** A file of the snapshot folder that an event accounts for (not an orphan). */
    void referenced(String snapshotFileName);

    /** Something replay depends on is broken: checks that replay the journal are skipped. */
    void unreplayable();

    /** Whether the journal can be replayed as far as the checks so far know. */
    boolean replayable();

    /** The first line of what went wrong, for a fault's one line. */
    static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse("");
    }
}
