package io.jicha.rubric;

import io.jicha.record.RecordKind;

import java.util.Arrays;
import java.util.Optional;

/** What a rubric scores: a penalty case file, an inspection record, or the audited unit's own documents. */
public enum RubricTarget {
    PENALTY_CASE(RecordKind.PENALTY_CASE),
    INSPECTION_RECORD(RecordKind.INSPECTION_RECORD),
    UNIT_DOCUMENTS("unit-documents", "被稽查单位资料");

    private final String code;
    private final String chinese;
    private final RecordKind recordKind;

    /** A rubric for case files is named as their kind is. */
    RubricTarget(RecordKind kind) {
        this.code = kind.code();
        this.chinese = kind.chinese();
        this.recordKind = kind;
    }

    RubricTarget(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
        this.recordKind = null;
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
        return Arrays.stream(values()).filter(t -> t.recordKind == kind).findFirst().orElseThrow();
    }

    /** The kind of case file this target scores; empty for a unit's own documents. */
    public Optional<RecordKind> recordKind() {
        return Optional.ofNullable(recordKind);
    }

    @Override
    public String toString() {
        return code;
    }
}
