package io.jicha.sampling;

import java.util.Objects;

/** Payload of the {@value #TYPE} event: the plan that later draws with --plan use. */
public record SamplePlanned(SamplingPlan plan) {

    public static final String TYPE = "sample.planned";

    public SamplePlanned {
        Objects.requireNonNull(plan, "plan");
    }
}
