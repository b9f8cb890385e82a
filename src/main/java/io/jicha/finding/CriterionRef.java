package io.jicha.finding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A criterion as a finding refers to it: the rubric (id and version) and the code, and the file it
 * was found in ({@code record}, null for a unit's own documents). Codes collide across rubrics
 * (penalty-case C2 and unit-documents C2 mean different things), so a code alone names nothing.
 * {@code rubric} and {@code version} are absent in findings written before issue 22: they are then
 * resolved through the rubric that judges {@code record} (see the scoring capability's
 * {@code Judging}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionRef(String record, String rubric, String version, String code) {

    public CriterionRef {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a criterion reference needs a code");
        }
    }

    /** Whether the rubric that judged it was recorded (findings since issue 22). */
    @JsonIgnore
    public boolean rubricRecorded() {
        return rubric != null && version != null;
    }
}
