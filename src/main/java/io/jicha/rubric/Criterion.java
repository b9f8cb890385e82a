package io.jicha.rubric;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One thing a reviewer checks, e.g. {@code B2.3 询问笔录逐页签名}, worth {@code points}, losing them
 * by its {@code deduction} rule. A veto criterion (一票否决) fails the whole file when it fails,
 * whatever the score; it may carry 0 points (the substantive checks of a penalty file do).
 * {@code guidance} says which evidence to look at; it may be empty. {@code notApplicable}: the criterion
 * may be marked 不适用 for a file ({@code na: true}); {@code bonus}: a bonus item (加分项) of the rubric's
 * {@code bonus} block, whose points are awarded, not deducted.
 */
public record Criterion(String code, String text, BigDecimal points, DeductionRule deduction, String guidance,
                        boolean veto, boolean notApplicable, boolean bonus) {

    public Criterion(String code, String text, BigDecimal points, DeductionRule deduction, String guidance,
                     boolean veto) {
        this(code, text, points, deduction, guidance, veto, false, false);
    }

    public Criterion {
        if (veto && notApplicable) {
            throw new IllegalArgumentException("criterion " + code + ": a veto criterion cannot be not applicable");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(deduction, "deduction");
        Points.requireHalfStep(points, "criterion " + code + " points");
        guidance = guidance == null ? "" : guidance;
        if (deduction.maxDeduction().compareTo(points) != 0) {
            throw new IllegalArgumentException("criterion " + code + ": deduction cap differs from its points");
        }
        if (points.signum() == 0 && !veto) {
            throw new IllegalArgumentException("criterion " + code + " has 0 points but is not a veto criterion");
        }
    }
}
