package io.jicha.finding;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An in-memory stand-in for the session journal in domain tests: decides against a freshly
 * replayed {@link FindingBook}, and stores each payload as the JSON text the real journal writes.
 */
final class TestJournal {

    private final List<Event> events = new ArrayList<>();
    private Instant clock = Instant.parse("2016-10-10T01:00:00Z");

    List<Event> append(String auditor, Function<FindingBook, List<NewEvent>> decide) {
        List<NewEvent> decided = decide.apply(book());
        List<Event> appended = new ArrayList<>();
        for (NewEvent e : decided) {
            appended.add(record(auditor, e.type(), e.payload()));
        }
        return appended;
    }

    /** An event of another capability (session.finalized). */
    Event record(String auditor, String type, Object payload) {
        try {
            JsonNode node = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(payload));
            clock = clock.plusSeconds(60);
            Event e = new Event(events.size() + 1, clock, auditor, type, node, "prev", "hash");
            events.add(e);
            return e;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    void issueNotice(String unit, LocalDate issued) {
        append("张三", b -> FindingDecisions.issueNotice(b, unit, issued, "苏环稽〔2016〕3号", "notice.pdf"));
    }

    void finalizeReview() {
        record("张三", io.jicha.session.SessionEvents.FINALIZED, Map.of("reason", "all files reviewed"));
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** A new book folded from every event so far, as a restarted process would. */
    FindingBook book() {
        FindingBook book = new FindingBook();
        events.forEach(book::apply);
        return book;
    }
}
