package io.jicha.rubric;

import io.jicha.record.RecordKind;

import java.util.Arrays;
import java.util.Optional;

/** What a rubric scores: a penalty case file, an inspection record, or the audited unit's own documents. */
public enum RubricTarget {
    PENALTY_CASE("penalty-case", "行政处罚案卷"),
    INSPECTION_RECORD("inspection-record", "现场监察记录"),
    UNIT_DOCUMENTS("unit-documents", "被稽查单位资料");

    private final String code;
    private final String chinese;

    RubricTarget(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The name used in rubric files and commands, e.g. {@code penalty-case}. */
    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** The target named by its code or its Chinese name, if any. */
    public static Optional<RubricTarget> find(String name) {
        return Arrays.stream(values()).filter(t -> t.code.equals(name) || t.chinese.equals(name)).findFirst();
    }

    /** The rubric target that scores case files of the given kind. */
    public static RubricTarget of(RecordKind kind) {
        return switch (kind) {
            case PENALTY_CASE -> PENALTY_CASE;
            case INSPECTION_RECORD -> INSPECTION_RECORD;
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
