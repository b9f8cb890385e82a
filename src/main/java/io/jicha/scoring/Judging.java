package io.jicha.scoring;

import io.jicha.finding.CriterionRef;
import io.jicha.finding.Deadline;
import io.jicha.finding.Judge;
import io.jicha.finding.Severity;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordKind;
import io.jicha.rubric.Criterion;
import io.jicha.rubric.LoadedRubric;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricTarget;
import io.jicha.sampling.DrawBook;
import io.jicha.session.SessionState;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rubric judges a file: the one home of that rule (issue 22), used by scoring, findings,
 * completion and the documents. A subject is a file drawn in a unit (its kind: penalty case or
 * inspection record) or a unit's own documents. Its rubric is, in order: the rubric written for
 * particular files ({@code applies_when}) it was already scored against; else the last loaded such
 * rubric of its kind whose condition the file's record attributes meet; else the session's rubric for
 * its kind (the last loaded one for all its files).
 */
public final class Judging {

    private Judging() {
    }

    /** The rubric that judges the target given its file's attributes (empty: none of its kind is loaded). */
    public static Optional<Rubric> rubric(SessionState state, ScoreTarget target, Map<String, String> attributes) {
        RubricBook book = state.get(RubricBook.class);
        Optional<String> used = state.get(ScoreBook.class).of(target).map(ScoreBook.Scoring::rubric);
        if (used.isPresent()) {
            Optional<Rubric> recorded = book.all().stream().map(LoadedRubric::rubric)
                    .filter(r -> r.label().equals(used.get()) && r.conditional()).findFirst();
            if (recorded.isPresent()) {
                return recorded;
            }
        }
        if (!attributes.isEmpty()) {
            Optional<Rubric> specific = book.all().stream().map(LoadedRubric::rubric)
                    .filter(r -> r.appliesTo() == target.kind() && r.conditional() && r.appliesTo(attributes))
                    .reduce((a, b) -> b);
            if (specific.isPresent()) {
                return specific;
            }
        }
        return book.forTarget(target.kind()).map(LoadedRubric::rubric);
    }

    /**
     * The subject of a finding or a check: the unit's own documents when {@code recordId} is blank,
     * else the file of that id drawn in the unit. Empty when the file was not drawn in the unit.
     */
    public static Optional<ScoreTarget> subject(SessionState state, String unit, String recordId) {
        if (recordId == null || recordId.isBlank()) {
            return state.info().hasUnit(unit) ? Optional.of(ScoreTarget.unitDocuments(unit)) : Optional.empty();
        }
        return state.get(DrawBook.class).currentDrawsOf(recordId.strip()).stream()
                .filter(d -> d.unit().equals(unit)).findFirst()
                .map(d -> ScoreTarget.file(d.recordKind(), unit, recordId.strip()));
    }

    /**
     * The record attributes of a target's file (canonical column names), read from the session's
     * snapshots when a rubric written for particular files is loaded for its kind (they choose it);
     * empty otherwise, for a unit's documents, or without a snapshot folder.
     */
    public static Map<String, String> attributes(SessionState state, Path snapshotDir, ScoreTarget target) {
        if (snapshotDir == null || target.isUnitDocuments() || state.get(RubricBook.class).all().stream()
                .noneMatch(r -> r.rubric().appliesTo() == target.kind() && r.rubric().conditional())) {
            return Map.of();
        }
        RecordKind kind = target.kind().recordKind().orElseThrow();
        Population p = state.get(PopulationBook.class).population(snapshotDir, target.unit(), kind);
        int row = p.indexOf(target.id());
        if (row < 0) {
            return Map.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : p.columns()) {
            String v = p.attribute(row, column);
            if (v != null) {
                attributes.put(column, v);
            }
        }
        return attributes;
    }

    /** The rubric that judges a unit's file ({@code recordId}) or its documents (blank id). */
    public static Optional<Rubric> of(SessionState state, Path snapshotDir, String unit, String recordId) {
        return subject(state, unit, recordId).flatMap(t -> rubric(state, t, attributes(state, snapshotDir, t)));
    }

    /**
     * The criterion a finding refers to: in the rubric recorded with it (id and version), else in the
     * rubric that judges its file in {@code unit}. Empty when that rubric is not loaded or lacks the code.
     */
    public static Optional<Criterion> criterion(SessionState state, Path snapshotDir, String unit, CriterionRef ref) {
        Optional<Rubric> rubric = ref.rubricRecorded()
                ? state.get(RubricBook.class).find(ref.rubric(), ref.version()).map(LoadedRubric::rubric)
                : of(state, snapshotDir, unit, ref.record());
        return rubric.flatMap(r -> r.criterion(ref.code()));
    }

    /** The rubrics judging the subjects of these references, in order, without repeats. */
    public static List<Rubric> rubrics(SessionState state, Path snapshotDir, String unit, List<CriterionRef> refs) {
        List<Rubric> out = new java.util.ArrayList<>();
        for (CriterionRef ref : refs) {
            Optional<Rubric> r = ref.rubricRecorded()
                    ? state.get(RubricBook.class).find(ref.rubric(), ref.version()).map(LoadedRubric::rubric)
                    : of(state, snapshotDir, unit, ref.record());
            r.filter(x -> !out.contains(x)).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The findings capability's view of this rule, for decisions taken against {@code state}. */
    public static Judge judge(SessionState state, Path snapshotDir) {
        return new Judge() {
            @Override
            public Optional<Judged> criterion(String unit, String recordId, String code) {
                return of(state, snapshotDir, unit, recordId)
                        .map(r -> judged(r, r.requireCriterion(code.strip())));
            }

            @Override
            public Optional<Judged> resolve(String unit, CriterionRef ref) {
                Optional<Rubric> rubric = ref.rubricRecorded()
                        ? state.get(RubricBook.class).find(ref.rubric(), ref.version()).map(LoadedRubric::rubric)
                        : of(state, snapshotDir, unit, ref.record());
                return rubric.flatMap(r -> r.criterion(ref.code()).map(c -> judged(r, c)));
            }

            @Override
            public Map<Severity, Deadline> deadlines(String unit, String recordId) {
                return Judging.deadlines(of(state, snapshotDir, unit, recordId));
            }
        };
    }

    /** A rubric's default deadline per severity; empty without a rubric. */
    public static Map<Severity, Deadline> deadlines(Optional<Rubric> rubric) {
        Map<Severity, Deadline> bySeverity = new EnumMap<>(Severity.class);
        rubric.ifPresent(r -> {
            for (Severity s : Severity.values()) {
                Deadline d = r.deadline(s);
                if (d != null) {
                    bySeverity.put(s, d);
                }
            }
        });
        return bySeverity;
    }

    private static Judge.Judged judged(Rubric r, Criterion c) {
        return new Judge.Judged(r.id(), r.version(), c.code(), c.text());
    }
}
