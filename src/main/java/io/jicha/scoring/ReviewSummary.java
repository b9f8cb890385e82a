package io.jicha.scoring;

import io.jicha.finding.FindingBook;
import io.jicha.finding.Severity;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricTarget;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.Evaluation;
import io.jicha.sampling.EvaluationSentence;
import io.jicha.sampling.Sampling;
import io.jicha.session.SessionState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
public record ReviewSummary(List<UnitResult> units) {

    /** One unit's results. */
    public record UnitResult(String unit, List<KindResult> kinds, Optional<ScoreSheet> documents,
                             Map<Severity, Integer> findings) {
    }

    /** The results of one unit's drawn files of one kind. */
    public record KindResult(RecordKind kind, int drawn, int reviewed, BigDecimal meanScore,
                             Map<String, Integer> grades, int vetoed, int failed, List<ScoreSheet> sheets,
                             Optional<Evaluation> evaluation, String sentence) {
    }

    /** Computes the summary from the session's replayed state. */
    public static ReviewSummary of(SessionState state) {
        DrawBook draws = state.get(DrawBook.class);
        ScoreBook scores = state.get(ScoreBook.class);
        RubricBook rubrics = state.get(RubricBook.class);
        FindingBook findings = state.get(FindingBook.class);
        String locale = state.info().locale();
        List<UnitResult> units = new ArrayList<>();
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
                            ScoreSheet s = ScoreSheet.of(t, rubric.get().rubric(), scores.of(t));
                            sheets.add(s);
                            failed.put(id, s.fails());
                        }
                    }
                }
                Map<String, Integer> grades = new LinkedHashMap<>();
                rubric.ifPresent(r -> r.rubric().gradeNames().forEach(g -> grades.put(g, 0)));
                sheets.forEach(s -> grades.merge(s.grade(), 1, Integer::sum));
                BigDecimal mean = sheets.isEmpty() ? null : sheets.stream().map(ScoreSheet::total)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(sheets.size()), 1, RoundingMode.HALF_UP);
                Optional<Evaluation> evaluation = Optional.empty();
                String sentence = "";
                if (!sheets.isEmpty()) {
                    Evaluation e = Sampling.evaluate(state, unit, kind, failed, null);
                    evaluation = Optional.of(e);
                    sentence = EvaluationSentence.of(e, unit, kind, locale);
                }
                kinds.add(new KindResult(kind, ids.size(), sheets.size(), mean, grades,
                        (int) sheets.stream().filter(ScoreSheet::vetoed).count(),
                        (int) sheets.stream().filter(ScoreSheet::fails).count(), sheets, evaluation, sentence));
            }
            Optional<ScoreSheet> documents = Optional.empty();
            var docRubric = rubrics.forTarget(RubricTarget.UNIT_DOCUMENTS);
            if (docRubric.isPresent()) {
                ScoreTarget t = ScoreTarget.unitDocuments(unit);
                if (scores.of(t).isPresent()) {
                    documents = Optional.of(ScoreSheet.of(t, docRubric.get().rubric(), scores.of(t)));
                }
            }
            units.add(new UnitResult(unit, kinds, documents, findings.noticeCountsBySeverity(unit)));
        }
        return new ReviewSummary(units);
    }

    /** Drawn files and unit document reviews not yet marked done, as labels (for finalize). */
    public static List<String> unreviewed(SessionState state) {
        DrawBook draws = state.get(DrawBook.class);
        ScoreBook scores = state.get(ScoreBook.class);
        List<String> open = new ArrayList<>();
        for (DrawBook.Entry e : draws.currentDraws()) {
            for (String id : e.draw().ids()) {
                if (!scores.isDone(ScoreTarget.file(e.draw().recordKind(), e.draw().unit(), id))) {
                    open.add(id + "（" + e.draw().unit() + "）");
                }
            }
        }
        if (state.get(RubricBook.class).forTarget(RubricTarget.UNIT_DOCUMENTS).isPresent()) {
            for (String unit : state.info().units()) {
                if (!scores.isDone(ScoreTarget.unitDocuments(unit))) {
                    open.add(unit + " 单位资料");
                }
            }
        }
        return open;
    }
}
