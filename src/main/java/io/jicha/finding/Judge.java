package io.jicha.finding;

import java.util.Map;
import java.util.Optional;

/**
 * What the rubric that judges a finding's subject says about it. Findings do not know rubrics, draws
 * or scores (the rubric capability depends on findings); the scoring capability, which knows all
 * three, supplies the one implementation ({@code io.jicha.scoring.Judging#judge}).
 */
public interface Judge {

    /** No rubric judges anything: codes are taken as given, no defaults. */
    Judge NONE = new Judge() {
        @Override
        public Optional<Judged> criterion(String unit, String recordId, String code) {
            return Optional.empty();
        }

        @Override
        public Optional<Judged> resolve(String unit, CriterionRef ref) {
            return Optional.empty();
        }

        @Override
        public Map<Severity, Deadline> deadlines(String unit, String recordId) {
            return Map.of();
        }
    };

    /**
     * The criterion {@code code} in the rubric that judges the subject: the file {@code recordId}
     * drawn in {@code unit}, or the unit's own documents when {@code recordId} is null. Empty when no
     * rubric judging it is loaded; a UserError when that rubric has no such code.
     */
    Optional<Judged> criterion(String unit, String recordId, String code);

    /**
     * The criterion a finding refers to: in the rubric recorded with it (id and version), or for a
     * reference without one (journals before issue 22) in the rubric that judges its file in
     * {@code unit}. Empty when that rubric is not loaded or lacks the code.
     */
    Optional<Judged> resolve(String unit, CriterionRef ref);

    /** The default deadline per severity of the rubric that judges the subject; empty when none is loaded. */
    Map<Severity, Deadline> deadlines(String unit, String recordId);

    /** A criterion found in the rubric that judges a subject: its identity and its text. */
    record Judged(String rubricId, String rubricVersion, String code, String text) {

        public CriterionRef ref(String recordId) {
            return new CriterionRef(recordId, rubricId, rubricVersion, code);
        }
    }
}
