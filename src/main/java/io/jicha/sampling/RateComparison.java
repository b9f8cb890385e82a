package io.jicha.sampling;

import io.jicha.record.RecordKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The failure rate of a unit's files of one kind in a review and in its follow-up (回头看), with the
 * one-sided Fisher exact p-value of a fall ({@link FisherExact#greater}) and whether it is
 * significant at {@code confidence}.
 */
public record RateComparison(String unit, RecordKind kind, int failedBefore, int before, int failedAfter, int after,
                             BigDecimal p, BigDecimal confidence) {

    public RateComparison {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** Compares the counts at the given confidence (e.g. 0.95). */
    public static RateComparison of(String unit, RecordKind kind, int failedBefore, int before, int failedAfter,
                                    int after, BigDecimal confidence) {
        return new RateComparison(unit, kind, failedBefore, before, failedAfter, after,
                FisherExact.greater(failedBefore, before, failedAfter, after), confidence);
    }

    /** Significant when p is below 1 − confidence. */
    public boolean significant() {
        return p.compareTo(BigDecimal.ONE.subtract(confidence)) < 0;
    }

    public BigDecimal percentBefore() {
        return percent(failedBefore, before);
    }

    public BigDecimal percentAfter() {
        return percent(failedAfter, after);
    }

    /** p with three decimals ("0.032"), or "< 0.001". */
    public String pText() {
        BigDecimal rounded = p.setScale(3, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "< 0.001" : "= " + rounded.toPlainString();
    }

    /** e.g. "不合格率由 62.5%（5/8）降至 10.0%（1/10），在 95% 置信水平上差异显著（单侧 Fisher 精确检验 p = 0.032）". */
    public String chinese() {
        int cmp = percentAfter().compareTo(percentBefore());
        String move = cmp < 0 ? "降至" : cmp > 0 ? "升至" : "持平，为";
        return "不合格率由 " + percentBefore().toPlainString() + "%（" + failedBefore + "/" + before + "）" + move + " "
                + percentAfter().toPlainString() + "%（" + failedAfter + "/" + after + "），在 "
                + confidencePercent() + "% 置信水平上" + (significant() ? "差异显著" : "差异不显著")
                + "（单侧 Fisher 精确检验 p " + pText() + "）";
    }

    /** e.g. "the failure rate fell from 62.5% (5/8) to 10.0% (1/10), significant at 95% (one-sided Fisher exact test, p = 0.032)". */
    public String english() {
        int cmp = percentAfter().compareTo(percentBefore());
        String move = cmp < 0 ? "fell from" : cmp > 0 ? "rose from" : "stayed the same, from";
        return "the failure rate " + move + " " + percentBefore().toPlainString() + "% (" + failedBefore + "/" + before
                + ") to " + percentAfter().toPlainString() + "% (" + failedAfter + "/" + after + "), "
                + (significant() ? "a significant fall" : "no significant fall") + " at " + confidencePercent()
                + "% confidence (one-sided Fisher exact test, p " + pText() + ")";
    }

    /** Chinese when the locale starts with "zh", English otherwise. */
    public String sentence(String locale) {
        return locale != null && locale.startsWith("zh") ? chinese() : english();
    }

    private String confidencePercent() {
        return confidence.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal percent(int k, int n) {
        return BigDecimal.valueOf(k).movePointRight(2).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }
}
