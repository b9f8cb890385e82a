package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.scoring.ReviewSummary;
import io.jicha.common.UserError;
import io.jicha.integrity.Fsck;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordKind;
import io.jicha.report.EvaluationWords;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Evaluating;
import io.jicha.sampling.Evaluation;
import io.jicha.sampling.Planning;
import io.jicha.sampling.SampleDrawn;
import io.jicha.sampling.Sampling;
import io.jicha.sampling.SamplingPlan;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import io.jicha.text.TextTable;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** sample plan / draw / show / verify / evaluate, and the draws' lines in 'session status'. */
@Component
public class SampleCommands implements StatusContributor {

    /** The label column of a draw's report ('method', 'seed', ...). */
    private static final int DRAW_LABELS = 8;

    private final ShellContext ctx;
    private final Console console;
    private final List<SampleOutcomes> outcomes;

    public SampleCommands(ShellContext ctx, Console console, List<SampleOutcomes> outcomes) {
        this.ctx = ctx;
        this.console = console;
        this.outcomes = outcomes;
    }

    @Command(name = {"sample", "plan"}, group = "Sampling",
            description = "How many files to draw: attribute-sampling size and tolerated deviations (recorded when a session is open)")
    public String plan(
            @Option(longName = "confidence", description = "e.g. 0.95 (default)") String confidence,
            @Option(longName = "tolerable", required = true, description = "tolerable deviation rate, e.g. 0.05 or 5%") String tolerable,
            @Option(longName = "expected", description = "expected deviation rate, e.g. 0.01 (default 0)") String expected,
            @Option(longName = "population", description = "population size (a small one uses the hypergeometric model)") Integer population,
            @Option(longName = "unit", description = "take the population size from this unit's imported records (with --kind)") String unit,
            @Option(longName = "kind", description = "penalty-case or inspection-record (with --unit)") String kind) {
        BigDecimal conf = confidence == null ? new BigDecimal("0.95") : Planning.parseRate("--confidence", confidence);
        Optional<Session> open = ctx.openSession();
        if ((unit == null) != (kind == null)) {
            throw UserError.of("sample.give-unit-kind-together-plan");
        }
        if (unit != null) {
            if (population != null) {
                throw UserError.of("sample.give-either-population-n-unit");
            }
            SessionState state = ctx.session().state();
            state.info().requireUnit(unit);
            RecordKind k = RecordKind.parse(kind);
            population = state.get(PopulationBook.class).requireCount(unit, k);
        }
        SamplingPlan plan = Planning.plan(conf, Planning.parseRate("--tolerable", tolerable),
                expected == null ? BigDecimal.ZERO : Planning.parseRate("--expected", expected), population);
        if (open.isEmpty()) {
            return describe(plan) + "\n" + Texts.get("sample.plan-not-recorded");
        }
        Sampling.recordPlan(open.get(), ctx.auditor(), plan);
        return describe(plan) + "\n" + Texts.get("sample.plan-recorded", plan.sampleSize());
    }

    static String describe(SamplingPlan p) {
        String key = p.toleratedDeviations() == 1 ? "sample.plan-described-one" : "sample.plan-described";
        String model = Texts.get("sample.model." + p.model().code());
        return Texts.get(key, p.sampleSize(), p.toleratedDeviations(), model, percent(p.confidence()),
                percent(p.tolerable()), percent(p.expected()),
                p.population() == null ? "" : Texts.get("sample.plan-population", p.population()));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    @Command(name = {"sample", "draw"}, group = "Sampling", description = "Draw a verifiable random sample of a unit's files")
    public String draw(
            @Option(longName = "unit", required = true, description = "audited unit") String unit,
            @Option(longName = "kind", required = true, description = "penalty-case or inspection-record") String kind,
            @Option(longName = "size", description = "number of files to draw") Integer size,
            @Option(longName = "plan", description = "draw the size of the recorded plan") Boolean usePlan,
            @Option(longName = "seed", description = "the seed (default: a secure random one, printed)") String seed,
            @Option(longName = "from", description = "only records dated from this day") String from,
            @Option(longName = "to", description = "only records dated up to this day") String to,
            @Option(longName = "where", description = "only records with attr=value (several joined by &)") String where,
            @Option(longName = "stratify-by", description = "attribute to stratify by, e.g. industry") String stratifyBy,
            @Option(longName = "method", description = "hash (default) or systematic") String method,
            @Option(longName = "replace", description = "replace this unit's earlier draw of this kind") Boolean replace,
            @Option(longName = "reason", description = "why the earlier draw is replaced") String reason) {
        Session session = ctx.session();
        session.state().info().requireUnit(unit);
        DrawRequest request = new DrawRequest(unit, RecordKind.parse(kind),
                method == null ? DrawMethod.HASH : DrawMethod.parse(method), seed, size, Boolean.TRUE.equals(usePlan),
                RecordFilter.parse(from, to, where), stratifyBy, Boolean.TRUE.equals(replace), reason);
        Sampling.Drawn drawn = Sampling.draw(session, ctx.auditor(), request);
        SampleDrawn d = drawn.draw();
        StringBuilder b = new StringBuilder();
        b.append(Texts.get("sample.drew", d.size(), String.format("%,d", d.populationSize()), unit, d.recordKind(),
                drawn.seq())).append('\n');
        b.append(Labels.line("sample.l.method", d.method().in(Texts.lang()), DRAW_LABELS)).append('\n');
        b.append(Labels.line("sample.l.seed", d.seedGenerated() ? Texts.get("sample.seed-generated", d.seed()) : d.seed(),
                DRAW_LABELS))
                .append('\n');
        b.append(Labels.line("sample.l.filter", d.filter().isEmpty() ? Texts.get("sample.no-filter") : d.filter().describe(),
                DRAW_LABELS)).append('\n');
        if (!d.allocation().isEmpty()) {
            StringBuilder strata = new StringBuilder();
            d.allocation().forEach((k, v) -> strata.append(k.isEmpty() ? Texts.get("sample.blank-stratum") : k)
                    .append(' ').append(v).append("  "));
            b.append(Labels.line("sample.l.strata", strata, DRAW_LABELS)).append('\n');
        }
        b.append(Labels.line("sample.l.fingerprint", d.populationFingerprint(), DRAW_LABELS)).append('\n');
        if (d.replaces() != null) {
            b.append(Texts.get("sample.replaces-draw", d.replaces(), d.reason())).append('\n');
        }
        b.append(String.join("\n", d.ids()));
        return b.toString();
    }

    @Command(name = {"sample", "show"}, group = "Sampling", description = "List the drawn files in rank order with their status")
    public String show(@Option(longName = "unit", description = "only this unit") String unit) {
        Session session = ctx.session();
        SessionState state = session.state();
        List<Sampling.ShownRecord> rows = Sampling.show(session, unit, id -> status(state, id));
        if (rows.isEmpty()) {
            return unit == null ? Texts.get("sample.no-draws-yet") : Texts.get("sample.no-draws-yet-for", unit);
        }
        TextTable t = new TextTable(Labels.headers("sample.h.unit", "sample.h.kind", "sample.h.position", "sample.h.id",
                "sample.h.date", "sample.h.enterprise", "sample.h.rank", "sample.h.status")).alignRight(2);
        for (Sampling.ShownRecord r : rows) {
            t.row(r.unit(), r.kind().in(Texts.lang()), r.position(), r.id(), r.date(), r.enterprise(),
                    r.rank().isEmpty() ? "" : r.rank().substring(0, 12) + "…", r.status());
        }
        return t.render().stripTrailing() + versions(state, unit);
    }

    /** For each current draw from a ledger imported in more than one version: which version it was drawn from. */
    private static String versions(SessionState state, String unit) {
        PopulationBook book = state.get(PopulationBook.class);
        StringBuilder b = new StringBuilder();
        for (DrawBook.Entry e : state.get(DrawBook.class).currentDraws()) {
            SampleDrawn d = e.draw();
            if (unit != null && !unit.equals(d.unit())) {
                continue;
            }
            List<String> used = io.jicha.sampling.DrawnVersions.of(book, d).stream()
                    .map(u -> Texts.get("sample.version-of", u.version(), u.fileName())).toList();
            if (!used.isEmpty()) {
                b.append('\n').append(Texts.get("sample.drawn-from-version", d.unit(), d.recordKind().in(Texts.lang()), e.seq(), String.join("、", used)));
            }
        }
        return b.toString();
    }

    @Command(name = {"sample", "verify"}, group = "Sampling", description = "Recompute every draw from the stored snapshots")
    public String verify() {
        Session session = ctx.session();
        Fsck.Report report = Fsck.run(session, EnumSet.of(Fsck.Check.CHAIN, Fsck.Check.DRAWS), null);
        List<Sampling.DrawCheck> checks = report.draws();
        if (checks.isEmpty() && report.ok()) {
            return Texts.get("sample.verify.none");
        }
        TextTable t = new TextTable(Texts.get("sample.verify.col.seq"), Texts.get("sample.verify.col.unit"),
                Texts.get("sample.verify.col.kind"), Texts.get("sample.verify.col.method"),
                Texts.get("sample.verify.col.size"), Texts.get("sample.verify.col.state"),
                Texts.get("sample.verify.col.result"), Texts.get("sample.verify.col.detail")).alignRight(0, 4);
        for (Sampling.DrawCheck c : checks) {
            DrawBook.Entry e = c.entry();
            t.row(e.seq(), e.draw().unit(), e.draw().recordKind().in(Texts.lang()), e.draw().method().in(Texts.lang()), e.draw().size(),
                    e.current() ? Texts.get("sample.verify.current") : Texts.get("sample.verify.replaced", e.replacedBy()),
                    c.match() ? Texts.get("sample.verify.match") : Texts.get("sample.verify.mismatch"), c.detail());
        }
        if (!report.ok()) {
            if (!checks.isEmpty()) {
                console.out().println(t.render().stripTrailing());
            }
            report.faults().forEach(console.out()::println);
            throw UserError.of("sample.verify.faults", report.faults().size());
        }
        return t.render().stripTrailing() + "\n" + Texts.get("sample.verify.all", checks.size());
    }

    @Command(name = {"sample", "evaluate"}, group = "Sampling",
            description = "Bound the failure rate of a unit's files from the drawn files' outcomes")
    public String evaluate(
            @Option(longName = "unit", description = "audited unit (default: every draw)") String unit,
            @Option(longName = "kind", description = "penalty-case or inspection-record") String kind,
            @Option(longName = "confidence", description = "default: the plan's, else 0.95") String confidence,
            @Option(longName = "all-units", description = "one conclusion per kind across all units, each weighted by its population") Boolean allUnits) {
        Session session = ctx.session();
        SessionState state = session.state();
        if (Boolean.TRUE.equals(allUnits)) {
            if (unit != null || confidence != null) {
                throw UserError.of("sample.evaluate.all-units-alone");
            }
            RecordKind only = kind == null ? null : RecordKind.parse(kind);
            EvaluationWords words = EvaluationWords.forSession(state.info().locale());
            List<String> out = new ArrayList<>();
            for (ReviewSummary.CityResult c : ReviewSummary.of(state).city()) {
                if (only == null || c.kind() == only) {
                    out.add(Texts.get("sample.evaluate.all-units.head", c.kind().code(), String.join(", ", c.units()),
                            c.evaluation().population(), c.evaluation().evaluated(), c.evaluation().deviations())
                            + "\n  " + words.together(c.evaluation(), c.units().size(), c.kind())
                            + "\n  " + Texts.get("sample.evaluate.method." + c.evaluation().method().name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            if (out.isEmpty()) {
                throw UserError.of("sample.evaluate.all-units-none");
            }
            return String.join("\n", out);
        }
        if (unit != null) {
            state.info().requireUnit(unit);
        }
        RecordKind k = kind == null ? null : RecordKind.parse(kind);
        BigDecimal conf = confidence == null ? null : Planning.parseRate("--confidence", confidence);
        List<DrawBook.Entry> draws = state.get(DrawBook.class).requireCurrentDraws(unit, k);
        List<String> lines = new ArrayList<>();
        for (DrawBook.Entry e : draws) {
            SampleDrawn d = e.draw();
            Map<String, Boolean> failed = new LinkedHashMap<>();
            for (String id : d.ids()) {
                failed(state, d.unit(), id).ifPresent(f -> failed.put(id, f));
            }
            String head = d.plan() == null ? Texts.get("sample.eval-head", d.unit(), d.kind(), d.size(), d.populationSize())
                    : Texts.get("sample.eval-head-plan", d.unit(), d.kind(), d.size(), d.populationSize(), describe(d.plan()));
            if (failed.isEmpty()) {
                lines.add(head + "\n  " + Texts.get("sample.eval-none-scored"));
                continue;
            }
            Evaluation ev = Sampling.evaluate(d, failed, conf);
            lines.add(head + "\n  " + Texts.get("sample.eval-failing", ev.deviations(), ev.evaluated(), ev.observedPercent())
                    + (ev.unevaluated() > 0 ? Texts.get("sample.eval-unscored", ev.unevaluated()) : "")
                    + "\n  " + EvaluationWords.forSession(state.info().locale()).unit(ev, d.unit(), d.recordKind())
                    + "\n  " + Texts.get("sample.evaluate.method." + ev.method().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return String.join("\n", lines);
    }

    private String status(SessionState state, String id) {
        return outcomes.isEmpty() ? Texts.get("score.outcome-not-scored") : outcomes.get(0).status(state, id);
    }

    private Optional<Boolean> failed(SessionState state, String unit, String id) {
        return outcomes.isEmpty() ? Optional.empty() : outcomes.get(0).failed(state, unit, id);
    }

    @Override
    public List<String> statusLines(SessionState state) {
        DrawBook book = state.get(DrawBook.class);
        List<String> lines = new ArrayList<>();
        book.plan().ifPresent(p -> lines.add(Labels.line("sample.l.plan", describe(p))));
        for (DrawBook.Entry e : book.currentDraws()) {
            lines.add(Labels.line("sample.l.sample", Texts.get("sample.status-draw", e.draw().unit(), e.draw().recordKind(),
                    e.draw().size(), String.format("%,d", e.draw().populationSize()), e.draw().method(), e.seq())));
        }
        return lines;
    }
}
