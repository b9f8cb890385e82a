package io.jicha.rectification;

import io.jicha.common.UserError;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.journal.NewEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the {@code rectify} commands into journal events, or refuses them with a one-line
 * {@link UserError}; nothing else decides. Each method takes the state as replayed under the
 * journal lock ({@link FindingBook}, {@link RectificationBook}), the calendar and the day the user
 * acts on ({@code today}, the machine's date, used only to refuse dates in the future).
 *
 * <p>Rules for every command: the finding exists, its unit's notice reports it (accepted) and is
 * issued; a date is never before the notice's issue date nor after today; a closed item (已销号,
 * 长期坚持) takes no more actions.
 */
public final class RectificationDecisions {

    private RectificationDecisions() {
    }

    /** The state the decisions read. */
    public record Books(FindingBook findings, RectificationBook book, WorkdayCalendar calendar) {

        Ledger.Item item(String typedId, LocalDate asOf) {
            Finding f = findings.require(typedId);
            if (!f.status().inNotice()) {
                throw UserError.of("rectify.not-accepted", f.id(), f.status().code());
            }
            LocalDate issued = findings.issuedOn(f.unit())
                    .orElseThrow(() -> UserError.of("rectify.notice-not-issued", f.id(), f.unit()));
            return Ledger.item(f, issued, findings.dueDate(f, calendar).orElse(null), book.actions(f.id()), asOf);
        }

        Ledger ledger(LocalDate asOf) {
            return Ledger.of(findings, book, calendar, asOf);
        }
    }

    /** The unit's written 整改报告 received on {@code on}. */
    public static List<NewEvent> receive(Books b, String unit, LocalDate on, String number,
                                         List<io.jicha.evidence.EvidenceFile> files, LocalDate today) {
        LocalDate issued = issuedFor(b, unit);
        checkDate(on, issued, today, unit);
        return List.of(new NewEvent(RectificationEvents.RECEIVED,
                new RectificationEvents.Received(unit, on, blankToNull(number), orNull(files))));
    }

    /** The unit's measures for one item. */
    public static List<NewEvent> report(Books b, String id, LocalDate on, String measures,
                                        List<io.jicha.evidence.EvidenceFile> files, LocalDate today) {
        requireText(measures, "--measures");
        Ledger.Item item = open(b, id, on, today);
        return List.of(reported(item, on, measures, files));
    }

    /** The same measures for every open item of a unit (--all). */
    public static List<NewEvent> reportAll(Books b, String unit, LocalDate on, String measures,
                                           List<io.jicha.evidence.EvidenceFile> files, LocalDate today) {
        requireText(measures, "--measures");
        LocalDate issued = issuedFor(b, unit);
        checkDate(on, issued, today, unit);
        List<NewEvent> events = new ArrayList<>();
        for (Ledger.Item item : b.ledger(on).forUnit(unit)) {
            if (!item.state().closed()) {
                events.add(reported(item, on, measures, files));
            }
        }
        if (events.isEmpty()) {
            throw UserError.of("rectify.nothing-open", unit);
        }
        return events;
    }

    /**
     * The team's check: passed closes the item (销号); failed sends it back (退回) with a new due
     * date after the check's date.
     */
    public static List<NewEvent> check(Books b, String id, LocalDate on, CheckMethod method, Boolean passed,
                                       Boolean failed, String note, LocalDate due,
                                       List<io.jicha.evidence.EvidenceFile> files, LocalDate today) {
        boolean p = Boolean.TRUE.equals(passed);
        boolean f = Boolean.TRUE.equals(failed);
        if (p && f) {
            throw UserError.of("rectify.passed-and-failed");
        }
        if (!p && !f) {
            throw UserError.of("rectify.passed-or-failed");
        }
        if (method == null) {
            throw UserError.of("rectify.method-required");
        }
        requireText(note, "--note");
        Ledger.Item item = open(b, id, on, today);
        if (p && due != null) {
            throw UserError.of("rectify.due-with-passed");
        }
        if (f) {
            if (due == null) {
                throw UserError.of("rectify.due-required", item.id());
            }
            if (!due.isAfter(on)) {
                throw UserError.of("rectify.due-not-after", due, on);
            }
        }
        return List.of(new NewEvent(RectificationEvents.CHECKED, new RectificationEvents.Checked(item.id(), on,
                method, p, note.strip(), f ? due : null, orNull(files))));
    }

    /**
     * A new due date with a reason, approved on {@code on}: on or before the current due date, or
     * later only with {@code override}. The new date is after the current one.
     */
    public static List<NewEvent> extend(Books b, String id, LocalDate on, LocalDate due, String reason,
                                        boolean override, LocalDate today) {
        requireText(reason, "--reason");
        if (due == null) {
            throw UserError.of("rectify.extend-due-required");
        }
        Ledger.Item item = open(b, id, on, today);
        LocalDate current = item.due();
        if (current != null && !due.isAfter(current)) {
            throw UserError.of("rectify.extend-not-later", due, item.id(), current);
        }
        boolean late = current != null && on.isAfter(current);
        if (late && !override) {
            throw UserError.of("rectify.extend-late", item.id(), current);
        }
        return List.of(new NewEvent(RectificationEvents.EXTENDED, new RectificationEvents.Extended(item.id(), on, due,
                reason.strip(), late ? Boolean.TRUE : null)));
    }

    /** Closed as lasting work (长期坚持), with the note naming the document that set it up. */
    public static List<NewEvent> lasting(Books b, String id, LocalDate on, String note,
                                         List<io.jicha.evidence.EvidenceFile> files, LocalDate today) {
        requireText(note, "--note");
        Ledger.Item item = open(b, id, on, today);
        return List.of(new NewEvent(RectificationEvents.LASTING,
                new RectificationEvents.Lasting(item.id(), on, note.strip(), orNull(files))));
    }

    /** A unit escalated to 督办, 约谈 or 通报. */
    public static List<NewEvent> escalate(Books b, String unit, LocalDate on, Escalation to, String note,
                                          LocalDate today) {
        requireText(note, "--note");
        if (to == null) {
            throw UserError.of("rectify.escalation-required");
        }
        LocalDate issued = issuedFor(b, unit);
        checkDate(on, issued, today, unit);
        return List.of(new NewEvent(RectificationEvents.ESCALATED,
                new RectificationEvents.Escalated(unit, on, to, note.strip(), null, null, null, null)));
    }

    /**
     * A 督办通知 issued on {@code issued} for the unit's items overdue that day, with the final deadline
     * {@code due}. Printing it again with the same number and date (a reprint) records nothing.
     * Returns the items it names (never empty) with the events.
     */
    public static Supervision supervise(Books b, String unit, LocalDate issued, String number, LocalDate due,
                                        String file, LocalDate today) {
        requireText(number, "--number");
        LocalDate noticeIssued = issuedFor(b, unit);
        checkDate(issued, noticeIssued, today, unit);
        if (due == null || !due.isAfter(issued)) {
            throw UserError.of("rectify.due-not-after", due, issued);
        }
        Optional<RectificationBook.Escalated> same = b.book().escalations().stream()
                .filter(e -> e.unit().equals(unit) && e.to() == Escalation.SUPERVISE && number.strip().equals(e.number()))
                .findFirst();
        if (same.isPresent()) {
            RectificationBook.Escalated e = same.get();
            if (!e.on().equals(issued)) {
                throw UserError.of("rectify.supervise.number-used", number, e.on());
            }
            List<Ledger.Item> named = b.ledger(issued).forUnit(unit).stream()
                    .filter(i -> e.ids().contains(i.id())).toList();
            return new Supervision(named, e.due(), List.of());
        }
        List<Ledger.Item> overdue = b.ledger(issued).forUnit(unit).stream()
                .filter(i -> i.state() == ItemState.OVERDUE).toList();
        if (overdue.isEmpty()) {
            throw UserError.of("rectify.supervise.none-overdue", unit, issued);
        }
        return new Supervision(overdue, due, List.of(new NewEvent(RectificationEvents.ESCALATED,
                new RectificationEvents.Escalated(unit, issued, Escalation.SUPERVISE, null, number.strip(), due,
                        overdue.stream().map(Ledger.Item::id).toList(), file))));
    }

    /** What a 督办通知 names, its final deadline, and the events to record (none for a reprint). */
    public record Supervision(List<Ledger.Item> items, LocalDate due, List<NewEvent> events) {
    }

    /** This new session follows up {@code review}, whose journal head was {@code head} (event {@code seq}). */
    public static List<NewEvent> follows(String review, String head, long seq) {
        requireText(review, "--follows");
        return List.of(new NewEvent(RectificationEvents.FOLLOWS, new RectificationEvents.Follows(review, head, seq)));
    }

    // ---- shared rules ----

    private static NewEvent reported(Ledger.Item item, LocalDate on, String measures,
                                     List<io.jicha.evidence.EvidenceFile> files) {
        return new NewEvent(RectificationEvents.REPORTED,
                new RectificationEvents.Reported(item.id(), on, measures.strip(), orNull(files)));
    }

    /** The item, open (not closed) as of the last action, with {@code on} checked against its notice. */
    private static Ledger.Item open(Books b, String id, LocalDate on, LocalDate today) {
        if (on == null) {
            throw UserError.of("rectify.on-required");
        }
        Ledger.Item now = b.item(id, LocalDate.MAX);
        checkDate(on, now.issued(), today, now.unit());
        if (now.state().closed()) {
            throw UserError.of("rectify.closed-already", now.id(), now.closedOn().orElseThrow());
        }
        return b.item(id, on);
    }

    private static LocalDate issuedFor(Books b, String unit) {
        return b.findings().issuedOn(unit).orElseThrow(() -> UserError.of("rectify.unit-not-issued", unit));
    }

    private static void checkDate(LocalDate on, LocalDate issued, LocalDate today, String unit) {
        if (on == null) {
            throw UserError.of("rectify.on-required");
        }
        if (on.isBefore(issued)) {
            throw UserError.of("rectify.before-notice", on, unit, issued);
        }
        if (on.isAfter(today)) {
            throw UserError.of("rectify.in-future", on, today);
        }
    }

    private static void requireText(String value, String option) {
        if (value == null || value.isBlank()) {
            throw UserError.of("rectify.required", option);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> List<T> orNull(List<T> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }
}
