package io.jicha.scoring;

import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricTarget;

import java.util.Objects;

/**
 * What is scored: one drawn case file of a unit ({@code penalty-case} or {@code inspection-record}),
 * or a unit's own documents ({@code unit-documents}, whose id is the unit).
 */
public record ScoreTarget(RubricTarget kind, String unit, String id) {

    public ScoreTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(id, "id");
    }

    public static ScoreTarget file(RecordKind kind, String unit, String id) {
        return new ScoreTarget(RubricTarget.of(kind), unit, id);
    }

    public static ScoreTarget unitDocuments(String unit) {
        return new ScoreTarget(RubricTarget.UNIT_DOCUMENTS, unit, unit);
    }

    public boolean isUnitDocuments() {
        return kind == RubricTarget.UNIT_DOCUMENTS;
    }

    /** How messages and the prompt name it: the file id, or "吴江区 单位资料". */
    public String label() {
        return isUnitDocuments() ? unit + " 单位资料" : id;
    }

    String key() {
        return kind.code() + "|" + unit + "|" + id;
    }
}
