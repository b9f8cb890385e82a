package io.jicha.sampling;

import io.jicha.record.RecordKind;

import java.math.BigDecimal;

/**
 * The sentence a report prints for an evaluation, in English or Chinese: the bound and how it was
 * found (a count of the population when it is known, the exact rate after a census), and, when the
 * draw had a plan, whether the bound is within the plan's tolerable rate. {@code unit} is the unit's
 * name, or 全市 / "the city" for a conclusion across units.
 */
public final class EvaluationSentence {

    private EvaluationSentence() {
    }

    /** e.g. "with 95% confidence, no more than 5.0% of 吴江区's penalty case files fail (0 of 59 sampled files failed)". */
    public static String english(Evaluation e, String unit, RecordKind kind) {
        String noun = kind == RecordKind.PENALTY_CASE ? "penalty case files" : "inspection records";
        String files = e.evaluated() == 1 ? "file" : "files";
        String s;
        if (e.census()) {
            s = "all " + e.population() + " of " + unit + "'s " + noun + " were reviewed: " + e.observedPercent()
                    + "% fail (" + e.deviations() + " " + (e.deviations() == 1 ? "file" : "files") + ")";
        } else {
            s = "with " + e.confidencePercent().toPlainString() + "% confidence, no more than "
                    + e.upperBoundPercent().toPlainString() + "% of " + unit + "'s " + noun + " fail ("
                    + (e.upperCount() == null ? "" : "at most " + e.upperCount() + " of " + e.population() + "; ")
                    + e.deviations() + " of " + e.evaluated() + " sampled " + files + " failed)";
        }
        if (e.tolerable() != null) {
            s += e.supports(e.tolerable()) ? ", within the tolerable rate of " + percent(e.tolerable())
                    : ", a bound above the tolerable rate of " + percent(e.tolerable())
                    + ": the review cannot conclude that fewer than " + percent(e.tolerable()) + " fail";
        }
        return s;
    }

    /** e.g. "在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过5.0%（抽查59卷，不合格0卷）". */
    public static String chinese(Evaluation e, String unit, RecordKind kind) {
        String measure = kind == RecordKind.PENALTY_CASE ? "卷" : "份";
        String s;
        if (e.census()) {
            s = unit + kind.chinese() + e.population() + measure + "全部评查，不合格率为" + e.observedPercent() + "%（不合格"
                    + e.deviations() + measure + "）";
        } else {
            s = "在" + e.confidencePercent().toPlainString() + "%的置信水平下，" + unit + kind.chinese()
                    + "的不合格率不超过" + e.upperBoundPercent().toPlainString() + "%（"
                    + (e.upperCount() == null ? "" : e.population() + measure + "中至多" + e.upperCount() + measure + "不合格；")
                    + "抽查" + e.evaluated() + measure + "，不合格" + e.deviations() + measure + "）";
        }
        if (e.tolerable() != null) {
            s += e.supports(e.tolerable()) ? "，在可容忍不合格率" + percent(e.tolerable()) + "以内" : aboveZh(e.tolerable());
        }
        return s;
    }

    /** The verdict when the bound is above the tolerable rate: only the bound is, not the rate itself. */
    private static String aboveZh(BigDecimal tolerable) {
        return "，上限高于可容忍不合格率" + percent(tolerable) + "，尚不能得出不合格率低于" + percent(tolerable) + "的结论";
    }

    /**
     * The conclusion for the files of several units together ({@code units} of them), worded as a bound,
     * e.g. "被稽查单位合计（4个单位）行政处罚案卷140卷，抽查29卷，不合格3卷；以90%的置信度，不合格案卷不超过26卷（18.6%），
     * 低于可容忍不合格率25%"; a conservative bound (the exact search too large) says so.
     */
    public static String together(Evaluation e, int units, RecordKind kind, String locale) {
        boolean conservative = e.method() == Evaluation.Method.STRATIFIED;
        if (locale == null || !locale.startsWith("zh")) {
            String noun = kind == RecordKind.PENALTY_CASE ? "penalty case files" : "inspection records";
            String s = "the " + units + " units reviewed together, " + e.population() + " " + noun + ", " + e.evaluated()
                    + " sampled, " + e.deviations() + " failed";
            if (e.census()) {
                return s + ": every file reviewed, " + e.observedPercent() + "% fail";
            }
            s += ": with " + e.confidencePercent().toPlainString() + "% confidence, no more than " + e.upperCount()
                    + " fail (" + e.upperBoundPercent().toPlainString() + "%)" + (conservative ? " (a conservative bound)" : "");
            if (e.tolerable() != null) {
                s += e.supports(e.tolerable()) ? ", below the tolerable rate of " + percent(e.tolerable())
                        : ", a bound above the tolerable rate of " + percent(e.tolerable())
                        + ": the review cannot conclude that fewer than " + percent(e.tolerable()) + " fail";
            }
            return s;
        }
        String measure = kind == RecordKind.PENALTY_CASE ? "卷" : "份";
        String noun = kind == RecordKind.PENALTY_CASE ? "不合格案卷" : "不合格记录";
        String s = "被稽查单位合计（" + units + "个单位）" + kind.chinese() + e.population() + measure + "，抽查" + e.evaluated()
                + measure + "，不合格" + e.deviations() + measure;
        if (e.census()) {
            return s + "；全部评查，不合格率为" + e.observedPercent() + "%";
        }
        s += "；以" + e.confidencePercent().toPlainString() + "%的置信度，" + noun + "不超过" + e.upperCount() + measure + "（"
                + e.upperBoundPercent().toPlainString() + "%）" + (conservative ? "（保守上限）" : "");
        if (e.tolerable() != null) {
            s += e.supports(e.tolerable()) ? "，低于可容忍不合格率" + percent(e.tolerable()) : aboveZh(e.tolerable());
        }
        return s;
    }

    /** Chinese when the locale starts with "zh", English otherwise. */
    public static String of(Evaluation e, String unit, RecordKind kind, String locale) {
        return locale != null && locale.startsWith("zh") ? chinese(e, unit, kind) : english(e, unit, kind);
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
