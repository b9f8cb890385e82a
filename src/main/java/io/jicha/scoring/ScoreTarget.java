package io.jicha.scoring;

import io.jicha.common.Texts;
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

    /**
     * How it is named in {@code lang} (a session's): the file id, or the unit's documents ("吴江区 单位资料",
     * "吴江区 unit documents"). The identity is {@code (kind, unit, id)}; this is only how it is shown.
     */
    public String label(Texts.Lang lang) {
        return isUnitDocuments() ? Texts.get(lang, "score.target.unit-documents", unit) : id;
    }

    /**
     * The label in Chinese, as refusals raised without a session's language at hand have always named it
     * (a session's default language). Where the session is known, name it in its language with
     * {@link #label(Texts.Lang)}.
     */
    public String label() {
        return label(Texts.Lang.ZH);
    }

    String key() {
        return kind.code() + "|" + unit + "|" + id;
    }
}
