package io.jicha.report;

import io.jicha.record.RecordKind;
import io.jicha.sampling.Evaluation;
import io.jicha.sampling.RateComparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The sentences that word what a sample lets a review conclude, from the report bundles
 * ({@code evaluation.*}) in the session's language: a unit's bound and how it was found (a count of
 * the population when it is known, the exact rate after a census), the units reviewed together (a
 * conservative bound says so), each compared with the plan's tolerable rate when the draw had a plan;
 * and a follow-up's (回头看) comparison with the review it follows. The documents and the terminal
 * both print these sentences in the session's language, so that they read the same in either.
 */
public final class EvaluationWords {

    private final ReportMessages m;

    private EvaluationWords(ReportMessages m) {
        this.m = m;
    }

    /** Worded in {@code messages}' language. */
    public static EvaluationWords of(ReportMessages messages) {
        return new EvaluationWords(messages);
    }

    /** Worded in a session's language: Chinese when its locale starts with "zh", English otherwise. */
    public static EvaluationWords forSession(String locale) {
        return new EvaluationWords(ReportMessages.forLocale(locale != null && locale.startsWith("zh")
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
    }

    /**
     * One unit's files of a kind, e.g. "在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过5.0%（抽查59卷，不合格0卷）"
     * or "with 95% confidence, no more than 5.0% of 吴江区's penalty case files fail (0 of 59 sampled files failed)".
     */
    public String unit(Evaluation e, String unit, RecordKind kind) {
        String key = e.census() ? "evaluation.unit.census"
                : e.upperCount() == null ? "evaluation.unit.bound" : "evaluation.unit.bound.count";
        String s = m.get(key, unit, kindName(kind), plain(e.confidencePercent()), plain(e.upperBoundPercent()),
                count(e.population()), count(e.upperCount()), count(e.evaluated()), measure(kind, e.evaluated()),
                count(e.deviations()), measure(kind, e.deviations()), e.observedPercent().toString(),
                measure(kind, e.population()), measure(kind, e.upperCount()));
        return e.tolerable() == null ? s : s + m.get(e.supports(e.tolerable()) ? "evaluation.within" : "evaluation.above",
                percent(e.tolerable()));
    }

    /**
     * The files of a kind of several units ({@code units} of them) together, worded as a bound, e.g.
     * "被稽查单位合计（4个单位）行政处罚案卷140卷，抽查29卷，不合格3卷；以90%的置信度，不合格案卷不超过26卷（18.6%），
     * 低于可容忍不合格率25%"; a census states the rate, without the plan's comparison.
     */
    public String together(Evaluation e, int units, RecordKind kind) {
        String key = e.census() ? "evaluation.together.census"
                : e.method() == Evaluation.Method.STRATIFIED ? "evaluation.together.conservative"
                : "evaluation.together.bound";
        String s = m.get(key, count(units), kindName(kind), count(e.population()), measure(kind, e.population()),
                count(e.evaluated()), measure(kind, e.evaluated()), count(e.deviations()), measure(kind, e.deviations()),
                e.observedPercent().toString(), plain(e.confidencePercent()), m.get("evaluation.failing." + kind.code()),
                count(e.upperCount()), measure(kind, e.upperCount()), plain(e.upperBoundPercent()));
        if (e.census() || e.tolerable() == null) {
            return s;
        }
        return s + m.get(e.supports(e.tolerable()) ? "evaluation.below" : "evaluation.above", percent(e.tolerable()));
    }

    /**
     * A follow-up's comparison, e.g. "不合格率由 62.5%（5/8）降至 10.0%（1/10），在 95% 置信水平上差异显著（单侧 Fisher
     * 精确检验 p = 0.032）"; p to three decimals, or below 0.001.
     */
    public String comparison(RateComparison c) {
        String key = switch (c.direction()) {
            case FELL -> "evaluation.compare.fell";
            case ROSE -> "evaluation.compare.rose";
            case SAME -> "evaluation.compare.same";
        };
        BigDecimal p = c.p().setScale(3, RoundingMode.HALF_UP);
        return m.get(key, plain(c.percentBefore()), count(c.failedBefore()), count(c.before()), plain(c.percentAfter()),
                count(c.failedAfter()), count(c.after()), plain(c.confidencePercent()),
                p.signum() == 0 ? m.get("evaluation.compare.p-below") : m.get("evaluation.compare.p", p.toPlainString()),
                m.get(c.significant() ? "evaluation.compare.significant" : "evaluation.compare.not-significant"));
    }

    private String kindName(RecordKind kind) {
        return m.get("evaluation.kind." + kind.code());
    }

    /** The word counting {@code n} files of a kind (卷, 份; file, files). */
    private String measure(RecordKind kind, Integer n) {
        return m.get("evaluation.measure." + kind.code() + (n != null && n == 1 ? ".one" : ".many"));
    }

    /** A count as digits, never grouped (12000, not 12,000), as the sentences always printed it. */
    private static String count(Integer n) {
        return String.valueOf(n);
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** A rate as a percentage without trailing zeros (0.25 → 25, 0.125 → 12.5). */
    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
