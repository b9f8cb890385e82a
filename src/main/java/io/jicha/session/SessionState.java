package io.jicha.session;

import io.jicha.common.JichaVersion;
import io.jicha.common.UserError;
import io.jicha.journal.Event;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A session's state as of one moment: its replayed events. Derived views are {@link Projection}s,
 * each built on first use by folding every event, and kept with this snapshot; views computed from
 * them (see {@link #derived}) are kept likewise.
 */
public final class SessionState {

    private final List<Event> events;
    private final SessionInfo info;
    private final boolean finalized;
    private final List<Event> effective;
    private final Map<Class<?>, Projection> projections = new ConcurrentHashMap<>();
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    public SessionState(List<Event> events) {
        if (events.isEmpty() || !SessionEvents.CREATED.equals(events.get(0).type())) {
            throw new IllegalArgumentException("a session journal starts with " + SessionEvents.CREATED);
        }
        this.events = List.copyOf(events);
        Event first = events.get(0);
        SessionEvents.Created c = first.payloadAs(SessionEvents.Created.class);
        this.info = new SessionInfo(c.name(), c.from(), c.to(), c.units(), c.team(), c.locale(), first.ts(),
                c.zone() == null ? null : java.time.ZoneId.of(c.zone()), c.fullNames());
        for (Event e : this.events) {
            if (!Capabilities.knows(e.type())) {
                // a newer jicha wrote it: showing the state without it would show a state that is not the journal's
                throw UserError.of("session.unknown-event-type", e.type(), e.seq(),
                        c.jicha() == null ? "?" : c.jicha(), JichaVersion.current());
            }
        }
        this.finalized = this.events.stream().anyMatch(e -> SessionEvents.FINALIZED.equals(e.type()));
        this.effective = effective(this.events);
    }

    /** The events without the ones taken back by {@code session.undone} and without the undo events themselves. */
    private static List<Event> effective(List<Event> events) {
        java.util.Set<Long> undone = new java.util.HashSet<>();
        for (Event e : events) {
            if (SessionEvents.UNDONE.equals(e.type())) {
                SessionEvents.Undone u = e.payloadAs(SessionEvents.Undone.class);
                undone.add(u.seq());
                undone.addAll(u.with());
            }
        }
        if (undone.isEmpty()) {
            return events;
        }
        return events.stream().filter(e -> !undone.contains(e.seq()) && !SessionEvents.UNDONE.equals(e.type())).toList();
    }

    /**
     * The events the projections fold: every event except those an auditor took back
     * ({@link SessionEvents#UNDONE}) and the undo events themselves.
     */
    public List<Event> effectiveEvents() {
        return effective;
    }

    public List<Event> events() {
        return events;
    }

    public SessionInfo info() {
        return info;
    }

    /** The hash of the last event: it pins everything before it. */
    public String headHash() {
        return events.get(events.size() - 1).hash();
    }

    public Event last() {
        return events.get(events.size() - 1);
    }

    /** When the last event was written: documents are dated from it, never from the clock. */
    public java.time.Instant lastChangeAt() {
        return last().ts();
    }

    /** Whether {@code session finalize} has been recorded. */
    public boolean finalized() {
        return finalized;
    }

    /** The projection of the given type, folded over every event on first use. */
    @SuppressWarnings("unchecked")
    public <P extends Projection> P get(Class<P> type) {
        return (P) projections.computeIfAbsent(type, t -> fold(type));
    }

    /**
     * A view computed from this snapshot (a score sheet, the review summary), computed on first use
     * and kept with the snapshot like its projections: the same events give the same view.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<SessionState, T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this);
            Object earlier = derived.putIfAbsent(key, v);
            if (earlier != null) {
                v = earlier;
            }
        }
        return (T) v;
    }

    private <P extends Projection> P fold(Class<P> type) {
        P p;
        try {
            Constructor<P> ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            p = ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " needs a no-arg constructor", e);
        }
        for (Event e : effective) {
            p.apply(e);
        }
        return p;
    }
}
