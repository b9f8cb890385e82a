package io.jicha.rubric;

import io.jicha.common.Localized;
import io.jicha.common.Texts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a criterion loses points: a fixed amount per occurrence, never more than the criterion's
 * points in total ("每处扣0.5分，扣完为止"), or all of its points at the first occurrence
 * (all-or-nothing). A deduction never takes a criterion below zero.
 */
public record DeductionRule(Mode mode, BigDecimal perOccurrence, BigDecimal cap, BigDecimal minimum) implements Localized {

    /**
     * PER_OCCURRENCE: a fixed amount each time; ALL_OR_NOTHING: all points at once; RANGE (扣1–3分):
     * the auditor gives the points of each occurrence, from {@code minimum} to {@code perOccurrence}.
     */
    public enum Mode { PER_OCCURRENCE, ALL_OR_NOTHING, RANGE }

    public DeductionRule(Mode mode, BigDecimal perOccurrence, BigDecimal cap) {
        this(mode, perOccurrence, cap, null);
    }

    public DeductionRule {
        if (mode == Mode.RANGE && (minimum == null || minimum.signum() <= 0 || minimum.compareTo(perOccurrence) >= 0
                || perOccurrence.compareTo(cap) > 0)) {
            throw new IllegalArgumentException("range " + minimum + "–" + perOccurrence + " not within (0, " + cap + "]");
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(perOccurrence, "perOccurrence");
        Objects.requireNonNull(cap, "cap");
        if (cap.signum() < 0) {
            throw new IllegalArgumentException("cap is negative: " + cap);
        }
        if (mode == Mode.PER_OCCURRENCE && (perOccurrence.signum() <= 0 || perOccurrence.compareTo(cap) > 0)) {
            throw new IllegalArgumentException("per-occurrence deduction " + perOccurrence + " not in (0, " + cap + "]");
        }
        if (mode == Mode.ALL_OR_NOTHING && perOccurrence.compareTo(cap) != 0) {
            throw new IllegalArgumentException("all-or-nothing deduction must equal the cap");
        }
    }

    /** Takes {@code amount} per occurrence, at most {@code points} in all. */
    public static DeductionRule perOccurrence(BigDecimal amount, BigDecimal points) {
        return new DeductionRule(Mode.PER_OCCURRENCE, amount, points);
    }

    /** The auditor gives from {@code min} to {@code max} points per occurrence, at most {@code points} in all. */
    public static DeductionRule range(BigDecimal min, BigDecimal max, BigDecimal points) {
        return new DeductionRule(Mode.RANGE, max, points, min);
    }

    /** Whether the points of one occurrence are within the range (RANGE only). */
    public boolean allows(BigDecimal points) {
        return mode == Mode.RANGE && points.compareTo(minimum) >= 0 && points.compareTo(perOccurrence) <= 0;
    }

    /** Takes all {@code points} at the first occurrence. */
    public static DeductionRule allOrNothing(BigDecimal points) {
        return new DeductionRule(Mode.ALL_OR_NOTHING, points, points);
    }

    /** Points taken off for the given number of occurrences, capped at the criterion's points. */
    public BigDecimal deduction(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("occurrences must not be negative: " + times);
        }
        if (times == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal raw = perOccurrence.multiply(BigDecimal.valueOf(times));
        return raw.min(cap);
    }

    /** The most this rule can take: the criterion's points. */
    public BigDecimal maxDeduction() {
        return cap;
    }

    /**
     * How the rule reads in the review standards: per occurrence (每处扣X分，扣完为止), a range per
     * occurrence (每处扣X–Y分，扣完为止), all at once (不符合扣X分), or, on a 0-point veto criterion,
     * no points at all (不计分). The words are the bundle's ({@link #in}); this is the value they word.
     */
    public enum Form { PER_OCCURRENCE, RANGE, ALL_OR_NOTHING, NOT_SCORED }

    /** The form the rule takes when it is worded; its points are {@link #minimum}, {@link #perOccurrence}, {@link #cap}. */
    public Form form() {
        return switch (mode) {
            case PER_OCCURRENCE -> Form.PER_OCCURRENCE;
            case RANGE -> Form.RANGE;
            case ALL_OR_NOTHING -> cap.signum() == 0 ? Form.NOT_SCORED : Form.ALL_OR_NOTHING;
        };
    }

    /**
     * The rule in the wording of the review standards, e.g. {@code 每处扣0.5分，扣完为止}: the text of
     * {@code rubric.rule.<form>} in {@code lang}, its points filled in. A terminal text that names the
     * rule takes the rule itself as its argument ({@link Texts} words it in the text's language).
     */
    @Override
    public String in(Texts.Lang lang) {
        return switch (form()) {
            case PER_OCCURRENCE -> Texts.get(lang, "rubric.rule.per-occurrence", Points.format(perOccurrence));
            case RANGE -> Texts.get(lang, "rubric.rule.range", Points.format(minimum), Points.format(perOccurrence));
            case ALL_OR_NOTHING -> Texts.get(lang, "rubric.rule.all-or-nothing", Points.format(cap));
            case NOT_SCORED -> Texts.get(lang, "rubric.rule.not-scored");
        };
    }
}
