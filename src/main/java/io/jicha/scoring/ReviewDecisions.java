package io.jicha.scoring;

import io.jicha.common.UserError;
import io.jicha.journal.NewEvent;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;

import java.util.List;

/**
 * Decisions about the review as a whole. Finalizing locks scores and findings (later changes are
 * amendments with a reason); it needs every drawn file and unit document review marked done, or
 * {@code --allow-incomplete} with a reason, and then records what was left open.
 */
public final class ReviewDecisions {

    private ReviewDecisions() {
    }

    /** The {@code session.finalized} event for the state as of the journal lock, or a refusal. */
    public static List<NewEvent> finalizeReview(SessionState state, boolean allowIncomplete, String reason) {
        if (allowIncomplete && (reason == null || reason.isBlank())) {
            throw UserError.of("session.finalize.reason-needed");
        }
        if (state.finalized()) {
            throw UserError.of("session.finalize.already");
        }
        List<String> unreviewed = ReviewSummary.unreviewed(state);
        if (!unreviewed.isEmpty() && !allowIncomplete) {
            throw UserError.of("session.finalize.unreviewed", unreviewed.size(), String.join(", ", unreviewed));
        }
        return List.of(new NewEvent(SessionEvents.FINALIZED,
                new SessionEvents.Finalized(allowIncomplete, reason, unreviewed)));
    }
}
