package io.jicha.sampling;

import io.jicha.record.RecordFilter;
import io.jicha.record.RecordKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Payload of the {@value SamplingEvents#DRAWN} event: everything needed to recompute a draw. {@code snapshots}
 * are the SHA-256 of the imports that made the population at the time (in import order);
 * {@code populationFingerprint} is the SHA-256 of the filtered population's sorted ids, one per
 * line; {@code ids} are the chosen records in rank order. {@code replaces} is the journal
 * sequence number of the draw this one replaces, with the {@code reason}.
 */
public record SampleDrawn(String unit, String kind, DrawMethod method, String seed, boolean seedGenerated, int size,
                          RecordFilter filter, String stratifyBy, Map<String, Integer> allocation,
                          List<String> snapshots, int populationSize, String populationFingerprint,
                          List<String> ids, SamplingPlan plan, Long replaces, String reason) {

    public SampleDrawn {
        Objects.requireNonNull(unit, "unit");
        RecordKind.parse(kind);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(seed, "seed");
        filter = filter == null ? RecordFilter.NONE : filter;
        allocation = allocation == null ? Map.of() : allocation;
        snapshots = List.copyOf(snapshots);
        ids = List.copyOf(ids);
        if (ids.size() != size) {
            throw new IllegalArgumentException("drew " + ids.size() + " ids for size " + size);
        }
    }

    public RecordKind recordKind() {
        return RecordKind.parse(kind);
    }

    public DrawSpec spec() {
        return new DrawSpec(method, seed, size, filter, stratifyBy);
    }
}
