package io.jicha.sampling;

import io.jicha.common.UserError;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordKind;

import java.util.Objects;

/**
 * A request to draw from a unit's population: either a fixed {@code size} or the session's plan
 * ({@code usePlan}); a null seed means "generate one". {@code replace} with a {@code reason}
 * replaces the unit's current draw of that kind.
 */
public record DrawRequest(String unit, RecordKind kind, DrawMethod method, String seed, Integer size,
                          boolean usePlan, RecordFilter filter, String stratifyBy, boolean replace, String reason) {

    public DrawRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        method = method == null ? DrawMethod.HASH : method;
        filter = filter == null ? RecordFilter.NONE : filter;
        if (seed != null) {
            Seeds.check(seed);
        }
        if ((size == null) == !usePlan) {
            throw UserError.of("sample.give-either-size-n-plan");
        }
        if (size != null && size < 1) {
            throw UserError.of("sample.size-must-least-1", size);
        }
        if (replace && (reason == null || reason.isBlank())) {
            throw UserError.of("sample.replace-needs-reason-saying-why");
        }
        if (!replace && reason != null) {
            throw UserError.of("sample.reason-goes-replace");
        }
    }
}
