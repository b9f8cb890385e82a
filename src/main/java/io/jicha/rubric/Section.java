package io.jicha.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A part of a rubric (e.g. {@code B 调查取证}) whose criteria's points add up to its own. */
public record Section(String code, String title, BigDecimal points, List<Criterion> criteria) {

    public Section {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Points.requireHalfStep(points, "section " + code + " points");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("section " + code + " has no criteria");
        }
        BigDecimal sum = criteria.stream().map(Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(points) != 0) {
            throw new IllegalArgumentException("section " + code + " criteria sum to " + sum + ", not " + points);
        }
    }
}
