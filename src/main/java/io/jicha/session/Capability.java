package io.jicha.session;

import java.util.List;
import java.util.Map;

/**
 * One capability as the rest of jicha sees it, declared in one object: the event types it owns with
 * the payload record each is read as, the projections that fold them, and its own integrity check.
 * Replay refuses a type no capability declares, {@code session fsck} runs every capability's check,
 * and docs/journal.md's catalogue is tested against these declarations ({@link Capabilities}).
 *
 * <p>Register an implementation (public, no-arg constructor) by naming it in
 * {@code META-INF/services/io.jicha.session.Capability}; the file's order is the order of the checks.
 */
public interface Capability {

    /** The capability's name, its package's last segment (e.g. {@code scoring}). */
    String name();

    /** Event type → the payload record its lines are read as, in catalogue order. */
    Map<String, Class<?>> events();

    /**
     * Those of its event types that record who holds or signs what rather than change the review (a
     * file opened or released, a key registered): another auditor's bookkeeping never stands in the
     * way of taking back one's own change ({@code undo}).
     */
    default java.util.Set<String> bookkeeping() {
        return java.util.Set.of();
    }

    /** The views folded from those events. */
    List<Class<? extends Projection>> projections();

    /**
     * Checks this capability's lines of a whole journal (fsck), reporting through {@code context};
     * the default checks nothing beyond what every line gets (a known type, a payload that reads).
     */
    default void check(IntegrityContext context) {
    }
}
