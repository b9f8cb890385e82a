package io.jicha.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingEvents;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.journal.Event;
import io.jicha.rectification.ItemState;
import io.jicha.rectification.Ledger;
import io.jicha.rectification.RectificationBook;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written before the rectification ledger existed (the {@code every-event-type} fixture,
 * with {@code finding resolve}) replays into the ledger: the resolved finding is 已销号 from the date it
 * gave, with its evidence text.
 */
class OldResolvedFindingTest {

    @Test
    void anOldFindingResolvedIsClosedInTheLedger(@TempDir Path workspace) {
        Session session = OldJournals.open("every-event-type", workspace);
        SessionState state = session.state();
        Event resolved = state.events().stream().filter(e -> e.type().equals(FindingEvents.RESOLVED)).findFirst()
                .orElseThrow();
        FindingEvents.Resolved p = resolved.payloadAs(FindingEvents.Resolved.class);
        Ledger ledger = Ledger.of(state.get(FindingBook.class), state.get(RectificationBook.class),
                WorkdayCalendarLoader.locate(workspace), LocalDate.of(2030, 1, 1));
        Ledger.Item item = ledger.item(p.id()).orElseThrow();
        assertThat(item.state()).isEqualTo(ItemState.CLOSED);
        assertThat(item.closedOn()).contains(p.date());
        assertThat(((RectificationBook.Resolved) item.closing()).evidence()).isEqualTo(p.evidence());
        assertThat(item.method()).as("an old resolve says nothing of how it was checked").isEmpty();
        assertThat(Ledger.of(state.get(FindingBook.class), state.get(RectificationBook.class),
                WorkdayCalendarLoader.locate(workspace), p.date().minusDays(1)).item(p.id()).orElseThrow().state())
                .as("the day before it was resolved").isNotEqualTo(ItemState.CLOSED);
    }
}
