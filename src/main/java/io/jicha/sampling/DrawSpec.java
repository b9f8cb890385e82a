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
            throw new UserError("--size " + size + " must be at least 1");
        }
        if (stratifyBy != null) {
            stratifyBy = stratifyBy.isBlank() ? null : io.jicha.record.Columns.canonical(stratifyBy);
        }
        if (stratifyBy != null && method != DrawMethod.HASH) {
            throw new UserError("--stratify-by works with --method hash only");
        }
    }
}
