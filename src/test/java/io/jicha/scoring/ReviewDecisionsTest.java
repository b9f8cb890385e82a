package io.jicha.scoring;

import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import io.jicha.session.OldJournals;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finalizing, decided on the journal of a real review (the every-event-type fixture) before and after it was finalized. */
class ReviewDecisionsTest {

    @Test
    void finalizingRecordsWhatIsLeftOpenAsTheReleaseThatWroteTheFixtureDid(@TempDir Path workspace) {
        List<Event> events = OldJournals.open("every-event-type", workspace).state().events();
        Event finalized = events.stream().filter(e -> e.type().equals(SessionEvents.FINALIZED)).findFirst().orElseThrow();
        SessionState before = new SessionState(events.subList(0, (int) finalized.seq() - 1));
        SessionEvents.Finalized recorded = finalized.payloadAs(SessionEvents.Finalized.class);

        assertThatThrownBy(() -> ReviewDecisions.finalizeReview(before, false, null))
                .isInstanceOf(UserError.class).hasMessageContaining(recorded.unreviewed().get(0));
        assertThatThrownBy(() -> ReviewDecisions.finalizeReview(before, true, " "))
                .isInstanceOf(UserError.class);
        List<NewEvent> decided = ReviewDecisions.finalizeReview(before, true, recorded.reason());
        assertThat(decided).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(SessionEvents.FINALIZED);
            assertThat(e.payload()).isEqualTo(recorded);
        });
        SessionState after = new SessionState(events);
        assertThatThrownBy(() -> ReviewDecisions.finalizeReview(after, true, "again"))
                .isInstanceOf(UserError.class);
    }
}
