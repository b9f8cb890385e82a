package io.jicha.sampling;

import io.jicha.common.UserError;
import io.jicha.record.RecordFilter;

import java.util.Objects;

/** What to draw: method, seed, size, which records count, and an optional stratifying attribute. */
public record DrawSpec(DrawMethod method, String seed, int size, RecordFilter filter, String stratifyBy) {

    public DrawSpec {
        Objects.requireNonNull(method, "method");
        Seeds.check(seed);
        filter = filter == null ? RecordFilter.NONE : filter;
        if (size < 1) {
            throw UserError.of("sample.size-must-least-1", size);
        }
        if (stratifyBy != null) {
            stratifyBy = stratifyBy.isBlank() ? null : io.jicha.record.Columns.canonical(stratifyBy);
        }
        if (stratifyBy != null && method != DrawMethod.HASH) {
            throw UserError.of("sample.stratify-works-method-hash-only");
        }
    }
}
