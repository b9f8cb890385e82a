package io.jicha.scoring;

import io.jicha.common.Texts;
import io.jicha.finding.FindingBook;
import io.jicha.finding.Severity;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricTarget;
import io.jicha.rubric.VetoEffect;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.Evaluation;
import io.jicha.sampling.SampleDrawn;
import io.jicha.sampling.Sampling;
import io.jicha.sampling.StratifiedEvaluating;
import io.jicha.session.SessionState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the review stands, per unit: files drawn and reviewed, mean score, grades, vetoes, findings
 * by severity, and what the sample lets us conclude about the failure rate. Only files marked
 * done count.
 */
public record ReviewSummary(List<UnitResult> units, List<CityResult> city) {

    /**
     * The conclusion for one record kind across every unit drawn from: each unit a stratum weighted by
     * its population (a unit's stratified draw contributes its strata), bounded by
     * {@link StratifiedEvaluating}; {@code units} are the units it covers (the report's EvaluationWords
     * words it).
     */
    public record CityResult(RecordKind kind, List<String> units, Evaluation evaluation) {
    }

    /** One unit's results. */
    public record UnitResult(String unit, List<KindResult> kinds, Optional<ScoreSheet> documents,
                             Map<Severity, Integer> findings) {
    }

    /** The results of one unit's drawn files of one kind. */
    public record KindResult(RecordKind kind, int drawn, int reviewed, BigDecimal meanScore,
                             Map<String, Integer> grades, int vetoed, int failed, List<ScoreSheet> sheets,
                             Optional<Evaluation> evaluation, VetoEffect vetoEffect) {

    }

    /** The summary of the session's replayed state (computed once per state). */
    public static ReviewSummary of(SessionState state) {
        return state.derived(ReviewSummary.class, ReviewSummary::compute);
    }

    private static ReviewSummary compute(SessionState state) {
        DrawBook draws = state.get(DrawBook.class);
        ScoreBook scores = state.get(ScoreBook.class);
        RubricBook rubrics = state.get(RubricBook.class);
        FindingBook findings = state.get(FindingBook.class);
        List<UnitResult> units = new ArrayList<>();
        Map<RecordKind, List<CityPart>> parts = new EnumMap<>(RecordKind.class);
        for (String unit : state.info().units()) {
            List<KindResult> kinds = new ArrayList<>();
            for (RecordKind kind : RecordKind.values()) {
                Optional<DrawBook.Entry> draw = draws.current(unit, kind);
                if (draw.isEmpty()) {
                    continue;
                }
                List<String> ids = draw.get().draw().ids();
                var rubric = rubrics.forTarget(RubricTarget.of(kind));
                List<ScoreSheet> sheets = new ArrayList<>();
                Map<String, Boolean> failed = new HashMap<>();
                if (rubric.isPresent()) {
                    for (String id : ids) {
                        ScoreTarget t = ScoreTarget.file(kind, unit, id);
                        if (scores.isDone(t)) {
                            ScoreSheet s = ScoringDecisions.sheet(state, t);
                            sheets.add(s);
                            failed.put(id, s.fails());
                        }
                    }
                }
                Map<String, Integer> grades = new LinkedHashMap<>();
                rubric.ifPresent(r -> r.rubric().gradeNames().forEach(g -> grades.put(g, 0)));
                sheets.forEach(s -> grades.merge(s.grade(), 1, Integer::sum));
                BigDecimal mean = mean(sheets);
                Optional<Evaluation> evaluation = Optional.empty();
                parts.computeIfAbsent(kind, k -> new ArrayList<>()).add(new CityPart(unit, draw.get().draw(), failed));
                if (!sheets.isEmpty()) {
                    Evaluation e = Sampling.evaluate(state, unit, kind, failed, null);
                    evaluation = Optional.of(e);
                }
                kinds.add(new KindResult(kind, ids.size(), sheets.size(), mean, grades,
                        (int) sheets.stream().filter(ScoreSheet::vetoed).count(),
                        (int) sheets.stream().filter(ScoreSheet::fails).count(), sheets, evaluation,
                        rubric.map(r -> r.rubric().vetoEffect()).orElse(null)));
            }
            Optional<ScoreSheet> documents = Optional.empty();
            var docRubric = rubrics.forTarget(RubricTarget.UNIT_DOCUMENTS);
            if (docRubric.isPresent()) {
                ScoreTarget t = ScoreTarget.unitDocuments(unit);
                if (scores.of(t).isPresent()) {
                    documents = Optional.of(ScoringDecisions.sheet(state, t)); // the rubric that judges it (Judging)
                }
            }
            units.add(new UnitResult(unit, kinds, documents, findings.noticeCountsBySeverity(unit)));
        }
        List<CityResult> city = new ArrayList<>();
        parts.forEach((kind, ps) -> cityResult(kind, ps).ifPresent(city::add));
        return new ReviewSummary(units, city);
    }

    private record CityPart(String unit, SampleDrawn draw, Map<String, Boolean> failed) {
    }

    /**
     * One kind across the units drawn from (at least two, with a scored file): the confidence and
     * tolerable rate of the draws' plans when they all agree (else 95% and no comparison).
     */
    private static Optional<CityResult> cityResult(RecordKind kind, List<CityPart> parts) {
        if (parts.size() < 2 || parts.stream().allMatch(p -> p.failed().isEmpty())) {
            return Optional.empty();
        }
        List<BigDecimal> confidences = parts.stream().map(p -> Sampling.confidenceOf(p.draw(), null)).distinct().toList();
        BigDecimal confidence = confidences.size() == 1 ? confidences.get(0) : new BigDecimal("0.95");
        List<BigDecimal> tolerable = parts.stream()
                .map(p -> p.draw().plan() == null ? null : p.draw().plan().tolerable()).distinct().toList();
        List<StratifiedEvaluating.Stratum> strata = new ArrayList<>();
        int drawn = 0;
        for (CityPart p : parts) {
            SampleDrawn d = p.draw();
            drawn += d.ids().size();
            if (d.strata() != null && d.strata().size() > 1) {
                d.strata().forEach((name, s) -> strata.add(StratifiedEvaluating.Stratum.of(p.unit() + "/" + name, s.population(), s.ids(), p.failed())));
            } else {
                strata.add(StratifiedEvaluating.Stratum.of(p.unit(), d.populationSize(), d.ids(), p.failed()));
            }
        }
        int evaluated = strata.stream().mapToInt(StratifiedEvaluating.Stratum::evaluated).sum();
        Evaluation e = StratifiedEvaluating.evaluate(confidence, strata, drawn - evaluated);
        if (tolerable.size() == 1 && tolerable.get(0) != null) {
            e = e.against(tolerable.get(0));
        }
        List<String> units = parts.stream().map(CityPart::unit).toList();
        // 被稽查单位合计, never 全市: the session knows the units it reviewed, not every unit of the city
        return Optional.of(new CityResult(kind, units, e));
    }

    /**
     * The mean of the sheets' counted scores (one decimal, half up), vetoed files counted by their
     * rubric's declared veto effect; null when no sheet counts (none reviewed, or all excluded).
     */
    static BigDecimal mean(List<ScoreSheet> sheets) {
        List<BigDecimal> counted = sheets.stream().map(ScoreSheet::counted).flatMap(Optional::stream).toList();
        if (counted.isEmpty()) {
            return null;
        }
        return counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP);
    }

    /**
     * Drawn files and unit document reviews not yet marked done, as labels (for finalize, which records
     * them): worded from the score bundle in the session's language, as the journal keeps them.
     */
    public static List<String> unreviewed(SessionState state) {
        Texts.Lang lang = state.info().language();
        DrawBook draws = state.get(DrawBook.class);
        ScoreBook scores = state.get(ScoreBook.class);
        List<String> open = new ArrayList<>();
        for (DrawBook.Entry e : draws.currentDraws()) {
            for (String id : e.draw().ids()) {
                if (!scores.isDone(ScoreTarget.file(e.draw().recordKind(), e.draw().unit(), id))) {
                    open.add(Texts.get(lang, "score.target.file-of-unit", id, e.draw().unit()));
                }
            }
        }
        if (state.get(RubricBook.class).forTarget(RubricTarget.UNIT_DOCUMENTS).isPresent()) {
            for (String unit : state.info().units()) {
                if (!scores.isDone(ScoreTarget.unitDocuments(unit))) {
                    open.add(ScoreTarget.unitDocuments(unit).label(lang));
                }
            }
        }
        return open;
    }
}
