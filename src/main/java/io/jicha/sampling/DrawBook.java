package io.jicha.sampling;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.record.RecordKind;
import io.jicha.session.Projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session's sampling so far: the latest plan, every draw in journal order (replaced ones
 * marked), the current draw of each unit and kind, and the set of drawn ids.
 */
public final class DrawBook implements Projection {

    /** A draw as recorded: its journal sequence number, time and auditor, and whether a later draw replaced it. */
    public record Entry(long seq, Instant ts, String auditor, SampleDrawn draw, Long replacedBy, String replaceReason) {

        public boolean current() {
            return replacedBy == null;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private SamplingPlan plan;
    // id -> the current draws holding it; built on first look-up, dropped by every event applied
    private Map<String, List<SampleDrawn>> currentById;

    @Override
    public synchronized void apply(Event event) {
        currentById = null;
        if (SamplingEvents.PLANNED.equals(event.type())) {
            plan = event.payloadAs(SamplePlanned.class).plan();
        } else if (SamplingEvents.DRAWN.equals(event.type())) {
            SampleDrawn d = event.payloadAs(SampleDrawn.class);
            if (d.replaces() != null) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    if (e.seq() == d.replaces()) {
                        entries.set(i, new Entry(e.seq(), e.ts(), e.auditor(), e.draw(), event.seq(), d.reason()));
                    }
                }
            }
            entries.add(new Entry(event.seq(), event.ts(), event.auditor(), d, null, null));
        }
    }

    /** The latest recorded plan, if any. */
    public Optional<SamplingPlan> plan() {
        return Optional.ofNullable(plan);
    }

    /** Every draw in journal order, replaced ones included. */
    public List<Entry> all() {
        return List.copyOf(entries);
    }

    /**
     * The current draws of a unit and kind (null: any), or a refusal saying to draw first: what
     * {@code sample evaluate} evaluates.
     */
    public List<Entry> requireCurrentDraws(String unit, RecordKind kind) {
        List<Entry> draws = currentDraws().stream()
                .filter(e -> unit == null || e.draw().unit().equals(unit))
                .filter(e -> kind == null || e.draw().recordKind() == kind).toList();
        if (draws.isEmpty()) {
            throw UserError.of("sample.draws-evaluate-run-sample-draw", (unit == null ? "" : Texts.get("sample.for-unit", unit)));
        }
        return draws;
    }

    /** The current (not replaced) draws, one per unit and kind, in journal order. */
    public List<Entry> currentDraws() {
        return entries.stream().filter(Entry::current).toList();
    }

    /** The current draw of a unit and kind. */
    public Optional<Entry> current(String unit, RecordKind kind) {
        return entries.stream().filter(Entry::current)
                .filter(e -> e.draw().unit().equals(unit) && e.draw().recordKind() == kind)
                .reduce((a, b) -> b);
    }

    /** The ids in the current draws, in draw order. */
    public Set<String> drawnIds() {
        Set<String> ids = new LinkedHashSet<>();
        currentDraws().forEach(e -> ids.addAll(e.draw().ids()));
        return ids;
    }

    /** The ids in the current draw of a unit and kind (empty when none). */
    public List<String> drawnIds(String unit, RecordKind kind) {
        return current(unit, kind).map(e -> e.draw().ids()).orElse(List.of());
    }

    /** The current draws that hold this id (more than one when units share an id), in journal order. */
    public synchronized List<SampleDrawn> currentDrawsOf(String id) {
        if (currentById == null) {
            Map<String, List<SampleDrawn>> m = new HashMap<>();
            for (Entry e : entries) {
                if (e.current()) {
                    for (String drawn : e.draw().ids()) {
                        m.computeIfAbsent(drawn, k -> new ArrayList<>(1)).add(e.draw());
                    }
                }
            }
            currentById = m;
        }
        return currentById.getOrDefault(id, List.of());
    }

    /** For each drawn id, the unit and kind of its current draw. */
    public Map<String, SampleDrawn> drawOfId() {
        Map<String, SampleDrawn> m = new LinkedHashMap<>();
        currentDraws().forEach(e -> e.draw().ids().forEach(id -> m.put(id, e.draw())));
        return m;
    }
}
