package io.jicha.sampling;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordKind;
import io.jicha.record.RecordsImported;
import io.jicha.record.Snapshots;
import io.jicha.session.Session;
import io.jicha.session.SessionState;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sampling steps against a session: record a plan, draw (recorded as {@value SamplingEvents#DRAWN}),
 * verify every draw from the stored snapshots, list drawn records, evaluate outcomes.
 */
public final class Sampling {

    private Sampling() {
    }

    /** Records the plan so that 'sample draw --plan' and evaluation use it. */
    public static void recordPlan(Session session, String auditor, SamplingPlan plan) {
        session.append(auditor, new NewEvent(SamplingEvents.PLANNED, new SamplePlanned(plan)));
    }

    /** Draws and records the draw; returns the recorded event's payload and sequence number. */
    public static Drawn draw(Session session, String auditor, DrawRequest request) {
        String seed = request.seed() == null ? Seeds.generate() : request.seed();
        boolean generated = request.seed() == null;
        Path snapshotDir = session.snapshotDir();
        List<Event> events = session.append(auditor, state -> {
            state.info().requireUnit(request.unit());
            List<RecordsImported> imports = state.get(PopulationBook.class).imports(request.unit(), request.kind());
            if (imports.isEmpty()) {
                throw UserError.of("sample.records-imported-run-records-import", request.kind(), request.unit(), request.unit(), request.kind());
            }
            DrawBook book = state.get(DrawBook.class);
            Optional<DrawBook.Entry> earlier = book.current(request.unit(), request.kind());
            if (earlier.isPresent() && !request.replace()) {
                throw UserError.of("sample.was-drawn-already-journal-draw", request.unit(), request.kind(), earlier.get().seq());
            }
            if (earlier.isEmpty() && request.replace()) {
                throw UserError.of("sample.replace-has-draw-replace", request.unit(), request.kind());
            }
            SamplingPlan plan = null;
            int size;
            if (request.usePlan()) {
                plan = book.plan().orElseThrow(() -> UserError.of("sample.plan-plan-recorded-yet-run"));
                size = plan.sampleSize();
            } else {
                size = request.size();
            }
            DrawSpec spec = new DrawSpec(request.method(), seed, size, request.filter(), request.stratifyBy());
            Population population = PopulationBook.load(snapshotDir, imports);
            Selection s = Selector.select(population, spec);
            SampleDrawn drawn = new SampleDrawn(request.unit(), request.kind().code(), spec.method(), seed, generated,
                    size, spec.filter(), spec.stratifyBy(), s.allocation(),
                    imports.stream().map(RecordsImported::sha256).toList(), s.populationSize(),
                    s.populationFingerprint(), s.ids(), plan, earlier.map(DrawBook.Entry::seq).orElse(null),
                    request.replace() ? request.reason().strip() : null, s.strata());
            return List.of(new NewEvent(SamplingEvents.DRAWN, drawn));
        });
        Event e = events.get(0);
        return new Drawn(e.seq(), e.payloadAs(SampleDrawn.class));
    }

    /** A recorded draw and its journal sequence number. */
    public record Drawn(long seq, SampleDrawn draw) {
    }

    /** The outcome of re-checking one draw. */
    public record DrawCheck(DrawBook.Entry entry, boolean match, String detail) {
    }

    /** Recomputes every draw of the session's current state; see {@link #verify(SessionState, Path)}. */
    public static List<DrawCheck> verify(Session session) {
        return verify(session.state(), session.snapshotDir());
    }

    /**
     * Recomputes every draw (replaced ones too) from the stored snapshots and compares. Used by
     * {@code session fsck} and its narrower view {@code sample verify}.
     */
    public static List<DrawCheck> verify(SessionState state, Path snapshotDir) {
        PopulationBook populations = state.get(PopulationBook.class);
        List<DrawCheck> checks = new ArrayList<>();
        for (DrawBook.Entry entry : state.get(DrawBook.class).all()) {
            checks.add(check(entry, populations, snapshotDir));
        }
        return checks;
    }

    private static DrawCheck check(DrawBook.Entry entry, PopulationBook populations, Path snapshotDir) {
        SampleDrawn d = entry.draw();
        List<RecordsImported> parts = new ArrayList<>();
        for (String sha : d.snapshots()) {
            Optional<RecordsImported> r = populations.bySha(d.unit(), d.recordKind(), sha);
            if (r.isEmpty()) {
                return new DrawCheck(entry, false, Texts.get("sample.check-snapshot-not-imported", sha.substring(0, 12)));
            }
            if (!Snapshots.intact(snapshotDir, sha, r.get().recordFormat())) {
                return new DrawCheck(entry, false, Texts.get("sample.check-snapshot-altered", r.get().fileName()));
            }
            parts.add(r.get());
        }
        Selection s;
        try {
            s = Selector.select(PopulationBook.load(snapshotDir, parts), d.spec());
        } catch (UserError e) {
            return new DrawCheck(entry, false, e.getMessage());
        }
        if (s.populationSize() != d.populationSize()) {
            return new DrawCheck(entry, false, Texts.get("sample.check-size-differs", s.populationSize(), d.populationSize()));
        }
        if (!s.populationFingerprint().equals(d.populationFingerprint())) {
            return new DrawCheck(entry, false, Texts.get("sample.check-fingerprint-differs"));
        }
        if (!s.ids().equals(d.ids())) {
            return new DrawCheck(entry, false, Texts.get("sample.check-ids-differ"));
        }
        return new DrawCheck(entry, true, Texts.get("sample.check-recomputed", d.size(), d.populationSize()));
    }

    /** One drawn record for 'sample show'. */
    public record ShownRecord(String unit, RecordKind kind, int position, String id, String date, String enterprise,
                              String rank, String status) {
    }

    /**
     * The drawn records of the current draws (of one unit, or all when unit is null), in rank
     * order, each with the status {@code statusOf} gives for its id.
     */
    public static List<ShownRecord> show(Session session, String unit, Function<String, String> statusOf) {
        SessionState state = session.state();
        if (unit != null) {
            state.info().requireUnit(unit);
        }
        PopulationBook populations = state.get(PopulationBook.class);
        Path snapshotDir = session.snapshotDir();
        List<ShownRecord> rows = new ArrayList<>();
        for (DrawBook.Entry entry : state.get(DrawBook.class).currentDraws()) {
            SampleDrawn d = entry.draw();
            if (unit != null && !unit.equals(d.unit())) {
                continue;
            }
            List<RecordsImported> parts = d.snapshots().stream()
                    .map(sha -> populations.bySha(d.unit(), d.recordKind(), sha).orElseThrow()).toList();
            Population p = PopulationBook.load(snapshotDir, parts);
            int position = 0;
            for (String id : d.ids()) {
                int row = p.indexOf(id);
                String rank = d.method() == DrawMethod.HASH ? Ranks.rank(d.seed(), id) : "";
                rows.add(new ShownRecord(d.unit(), d.recordKind(), ++position, id,
                        row < 0 ? "" : p.date(row).toString(),
                        row < 0 ? "" : p.attribute(row, io.jicha.record.Columns.ENTERPRISE), rank, statusOf.apply(id)));
            }
        }
        return rows;
    }

    /**
     * Evaluates the current draw of a unit and kind from its files' outcomes (true = fails);
     * confidence defaults to the draw's plan, else 0.95.
     */
    public static Evaluation evaluate(SessionState state, String unit, RecordKind kind, Map<String, Boolean> failed,
                                      BigDecimal confidence) {
        state.info().requireUnit(unit);
        DrawBook.Entry entry = state.get(DrawBook.class).current(unit, kind).orElseThrow(() -> UserError.of("sample.has-draw-yet-run-sample", unit, kind, unit, kind));
        return evaluate(entry.draw(), failed, confidence);
    }

    /**
     * The evaluation of one draw from its files' outcomes, at the given confidence (else the plan's, else
     * 0.95), against the population it was drawn from: exact (hypergeometric, or the rate itself for a
     * census); a stratified draw that kept its strata is evaluated stratum by stratum, each weighted by its
     * population ({@link StratifiedEvaluating}); compared with the plan's tolerable rate when it had one.
     */
    public static Evaluation evaluate(SampleDrawn d, Map<String, Boolean> failed, BigDecimal confidence) {
        BigDecimal conf = confidenceOf(d, confidence);
        Evaluation e;
        if (d.strata() != null && d.strata().size() > 1) {
            List<StratifiedEvaluating.Stratum> strata = new java.util.ArrayList<>();
            d.strata().forEach((name, s) -> {
                int[] c = Evaluating.count(s.ids(), failed);
                strata.add(new StratifiedEvaluating.Stratum(name, s.population(), c[0], c[1]));
            });
            int evaluated = strata.stream().mapToInt(StratifiedEvaluating.Stratum::evaluated).sum();
            e = StratifiedEvaluating.evaluate(conf, strata, d.ids().size() - evaluated);
        } else {
            e = Evaluating.evaluate(conf, d.ids(), failed, d.populationSize());
        }
        return e.against(d.plan() == null ? null : d.plan().tolerable());
    }

    /** The confidence to evaluate a draw at: the given one, else the draw's plan's, else 0.95. */
    public static BigDecimal confidenceOf(SampleDrawn draw, BigDecimal given) {
        if (given != null) {
            return given;
        }
        return draw.plan() != null ? draw.plan().confidence() : new BigDecimal("0.95");
    }
}
