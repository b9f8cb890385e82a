package io.jicha.rectification;

import io.jicha.common.Texts;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.journal.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's part of {@code session fsck}: replays the journal and checks each rectification
 * event against the state before it, by the rules {@link RectificationDecisions} applies when it is
 * written — the finding exists, is in its unit's notice and that notice is issued; the date is not
 * before the notice nor after the day the event was recorded (UTC); a closed item takes no more
 * actions. A journal edited by hand, or written by some other program, fails here with one line
 * per event.
 */
public final class RectificationCheck {

    private RectificationCheck() {
    }

    /** One line per fault, in journal order; empty when every rectification event is sound. */
    public static List<String> check(List<Event> events) {
        List<String> faults = new ArrayList<>();
        FindingBook findings = new FindingBook();
        RectificationBook book = new RectificationBook();
        for (Event e : events) {
            try {
                String problem = problem(e, findings, book);
                if (problem != null) {
                    faults.add(Texts.get("rectify.fsck.fault", e.seq(), e.type(), problem));
                }
                findings.apply(e);
                book.apply(e);
            } catch (RuntimeException bad) {
                faults.add(Texts.get("rectify.fsck.fault", e.seq(), e.type(), String.valueOf(bad.getMessage())));
                return faults;
            }
        }
        return faults;
    }

    private static String problem(Event e, FindingBook findings, RectificationBook book) {
        String id;
        LocalDate on;
        String unit;
        switch (e.type()) {
            case RectificationEvents.REPORTED -> {
                var p = e.payloadAs(RectificationEvents.Reported.class);
                id = p.id();
                on = p.on();
                unit = null;
            }
            case RectificationEvents.CHECKED -> {
                var p = e.payloadAs(RectificationEvents.Checked.class);
                id = p.id();
                on = p.on();
                unit = null;
            }
            case RectificationEvents.EXTENDED -> {
                var p = e.payloadAs(RectificationEvents.Extended.class);
                id = p.id();
                on = p.on();
                unit = null;
            }
            case RectificationEvents.LASTING -> {
                var p = e.payloadAs(RectificationEvents.Lasting.class);
                id = p.id();
                on = p.on();
                unit = null;
            }
            case RectificationEvents.RECEIVED -> {
                var p = e.payloadAs(RectificationEvents.Received.class);
                id = null;
                on = p.on();
                unit = p.unit();
            }
            case RectificationEvents.ESCALATED -> {
                var p = e.payloadAs(RectificationEvents.Escalated.class);
                id = null;
                on = p.on();
                unit = p.unit();
            }
            default -> {
                return null;
            }
        }
        if (id != null) {
            Optional<Finding> f = findings.find(id);
            if (f.isEmpty()) {
                return Texts.get("rectify.fsck.no-finding", id);
            }
            if (!f.get().status().inNotice()) {
                return Texts.get("rectify.fsck.not-in-notice", id, f.get().status().code());
            }
            unit = f.get().unit();
            boolean closed = book.actions(id).stream().anyMatch(a -> a instanceof RectificationBook.Lasting
                    || a instanceof RectificationBook.Resolved
                    || (a instanceof RectificationBook.Checked c && c.passed()));
            if (closed) {
                return Texts.get("rectify.fsck.closed", id);
            }
        }
        Optional<LocalDate> issued = findings.issuedOn(unit);
        if (issued.isEmpty()) {
            return Texts.get("rectify.fsck.not-issued", unit);
        }
        if (on.isBefore(issued.get())) {
            return Texts.get("rectify.fsck.before-notice", on, unit, issued.get());
        }
        return null;
    }
}
