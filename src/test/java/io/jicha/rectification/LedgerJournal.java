package io.jicha.rectification;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import io.jicha.finding.AddFinding;
import io.jicha.finding.Deadline;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.Severity;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An in-memory journal for the ledger's domain tests: each decision is made against books freshly
 * folded from the events so far, and each payload is stored as the JSON text the real journal writes,
 * so what is read back is what a replay reads. The clock is 2017-03-01, after every date used.
 */
final class LedgerJournal {

    static final LocalDate TODAY = LocalDate.of(2017, 3, 1);
    static final WorkdayCalendar CALENDAR = WorkdayCalendarLoader.load(Path.of("rubrics/calendar/cn-workdays.yaml"));

    private final List<Event> events = new ArrayList<>();
    private Instant clock = Instant.parse("2016-10-10T01:00:00Z");

    /** 吴江区 with three findings issued on 2016-10-20: F-001 due 2016-11-10, F-002 2016-11-21, F-003 2016-12-31. */
    static LedgerJournal withNotice() {
        LedgerJournal j = new LedgerJournal();
        j.finding("吴江区", Deadline.workdays(15));
        j.finding("吴江区", Deadline.days(30));
        j.finding("吴江区", new Deadline.Due(LocalDate.of(2016, 12, 31)));
        j.findings(b -> FindingDecisions.issueNotice(b, "吴江区", LocalDate.of(2016, 10, 20), "苏环稽〔2016〕21号", "n.pdf"));
        return j;
    }

    void finding(String unit, Deadline deadline) {
        findings(b -> FindingDecisions.add(b, new AddFinding(unit, null, null, Severity.MAJOR, "问题", "整改要求",
                deadline, null), Map.of()));
    }

    void findings(Function<FindingBook, List<NewEvent>> decide) {
        decide.apply(findingBook()).forEach(e -> record(e.type(), e.payload()));
    }

    /** Appends what the decision makes, or lets its UserError through with nothing appended. */
    List<NewEvent> decide(Function<RectificationDecisions.Books, List<NewEvent>> decide) {
        List<NewEvent> made = decide.apply(books());
        made.forEach(e -> record(e.type(), e.payload()));
        return made;
    }

    void record(String type, Object payload) {
        try {
            JsonNode node = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(payload));
            clock = clock.plusSeconds(60);
            events.add(new Event(events.size() + 1, clock, "张三", type, node, "prev", "hash"));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Moves the recording clock (events are recorded on or after the day they tell of). */
    void recordFrom(Instant at) {
        clock = at;
    }

    RectificationDecisions.Books books() {
        RectificationBook book = new RectificationBook();
        events.forEach(book::apply);
        return new RectificationDecisions.Books(findingBook(), book, CALENDAR);
    }

    FindingBook findingBook() {
        FindingBook b = new FindingBook();
        events.forEach(b::apply);
        return b;
    }

    Ledger ledger(LocalDate asOf) {
        RectificationDecisions.Books b = books();
        return Ledger.of(b.findings(), b.book(), CALENDAR, asOf);
    }

    List<Event> events() {
        return List.copyOf(events);
    }
}
