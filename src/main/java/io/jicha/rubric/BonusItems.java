package io.jicha.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A rubric's bonus items (加分项, as in the national 大练兵 cross-reviews): criteria whose points are
 * awarded, at most {@code cap} in all for a file; the file's total never goes above the rubric's
 * {@code total} unless {@code aboveTotal} allows it.
 */
public record BonusItems(BigDecimal cap, boolean aboveTotal, List<Criterion> criteria) {

    public BonusItems {
        Objects.requireNonNull(cap, "cap");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty() || cap.signum() <= 0) {
            throw new IllegalArgumentException("bonus items need criteria and a cap above 0");
        }
    }
}
