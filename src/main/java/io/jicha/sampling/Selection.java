package io.jicha.sampling;

import java.util.List;
import java.util.Map;

/**
 * The result of a draw (which ones?): the chosen ids in rank order, the size and fingerprint of
 * the population they were drawn from, and for stratified draws the count per stratum.
 */
public record Selection(int populationSize, String populationFingerprint, List<String> ids,
                        Map<String, Integer> allocation, Map<String, SampleDrawn.Stratum> strata) {

    public Selection(int populationSize, String populationFingerprint, List<String> ids, Map<String, Integer> allocation) {
        this(populationSize, populationFingerprint, ids, allocation, null);
    }

    public Selection {
        strata = strata == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(strata));
        ids = List.copyOf(ids);
        allocation = allocation == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(allocation));
    }
}
