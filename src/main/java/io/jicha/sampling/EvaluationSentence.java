package io.jicha.sampling;

import io.jicha.record.RecordKind;

/** The sentence a report prints for an evaluation, in English or Chinese. */
public final class EvaluationSentence {

    private EvaluationSentence() {
    }

    /** e.g. "with 95% confidence, no more than 5.0% of 吴江区's penalty case files fail (0 of 59 sampled files failed)". */
    public static String english(Evaluation e, String unit, RecordKind kind) {
        String noun = kind == RecordKind.PENALTY_CASE ? "penalty case files" : "inspection records";
        return "with " + e.confidencePercent().toPlainString() + "% confidence, no more than "
                + e.upperBoundPercent().toPlainString() + "% of " + unit + "'s " + noun + " fail ("
                + e.deviations() + " of " + e.evaluated() + " sampled " + (e.evaluated() == 1 ? "file" : "files")
                + " failed)";
    }

    /** e.g. "在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过5.0%（抽查59卷，不合格0卷）". */
    public static String chinese(Evaluation e, String unit, RecordKind kind) {
        String measure = kind == RecordKind.PENALTY_CASE ? "卷" : "份";
        return "在" + e.confidencePercent().toPlainString() + "%的置信水平下，" + unit + kind.chinese()
                + "的不合格率不超过" + e.upperBoundPercent().toPlainString() + "%（抽查" + e.evaluated() + measure + "，不合格"
                + e.deviations() + measure + "）";
    }

    /** Chinese when the locale starts with "zh", English otherwise. */
    public static String of(Evaluation e, String unit, RecordKind kind, String locale) {
        return locale != null && locale.startsWith("zh") ? chinese(e, unit, kind) : english(e, unit, kind);
    }
}
