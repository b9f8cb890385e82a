package io.jicha.sampling;

import io.jicha.record.RecordKind;
import io.jicha.session.SessionState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which failure rates a follow-up review (回头看) compares with the review it follows: one
 * comparison per unit and kind whose current draw in the follow-up has a current draw of the same
 * unit and kind in the earlier review, and at least one scored file on each side; in the
 * follow-up's order of draws. Used by {@code sample compare} and the review report alike.
 */
public final class FollowUpComparisons {

    private FollowUpComparisons() {
    }

    /** How a drawn file fared in a session: failed (true), passed (false), empty when not scored yet. */
    @FunctionalInterface
    public interface Outcome {
        Optional<Boolean> failed(SessionState state, String recordId);
    }

    /**
     * The comparisons of {@code after} with {@code before}, only of {@code unit} and {@code kind}
     * when given (null: every one), each a one-sided test at {@code confidence}.
     */
    public static List<RateComparison> of(SessionState before, SessionState after, String unit, RecordKind kind,
                                          BigDecimal confidence, Outcome outcome) {
        List<RateComparison> out = new ArrayList<>();
        for (DrawBook.Entry e : after.get(DrawBook.class).currentDraws()) {
            SampleDrawn d = e.draw();
            if ((unit != null && !d.unit().equals(unit)) || (kind != null && d.recordKind() != kind)) {
                continue;
            }
            Optional<DrawBook.Entry> earlier = before.get(DrawBook.class).current(d.unit(), d.recordKind());
            if (earlier.isEmpty()) {
                continue;
            }
            int[] a = counts(after, d, outcome);
            int[] b = counts(before, earlier.get().draw(), outcome);
            if (a[1] > 0 && b[1] > 0) {
                out.add(RateComparison.of(d.unit(), d.recordKind(), b[0], b[1], a[0], a[1], confidence));
            }
        }
        return out;
    }

    /** {failed, scored} among the draw's files. */
    private static int[] counts(SessionState state, SampleDrawn d, Outcome outcome) {
        int failed = 0;
        int scored = 0;
        for (String id : d.ids()) {
            Optional<Boolean> f = outcome.failed(state, id);
            if (f.isPresent()) {
                scored++;
                if (f.get()) {
                    failed++;
                }
            }
        }
        return new int[] {failed, scored};
    }
}
