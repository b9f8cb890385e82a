package io.jicha.sampling;

import java.util.Objects;

/** Payload of the {@value SamplingEvents#PLANNED} event: the plan that later draws with --plan use. */
public record SamplePlanned(SamplingPlan plan) {

    public SamplePlanned {
        Objects.requireNonNull(plan, "plan");
    }
}
