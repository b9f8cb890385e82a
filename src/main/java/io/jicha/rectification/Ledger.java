package io.jicha.rectification;

import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rectification ledger (整改台账) as of one date: every finding its unit's notice reports
 * (accepted, or resolved by an older release) once that notice is issued, with its state on that
 * date. Only actions dated on or before the date count, so the same journal gives the ledger of any
 * earlier day.
 *
 * <p>The state: closed (已销号, 长期坚持) by the last closing action; otherwise 逾期 when the due
 * date (the notice's, moved by an extension or by a failed check) is before the date, unless the
 * measures were reported on or before it and wait for the team's check; otherwise 已报整改 after a
 * report, 退回 after a failed check, 延期 after an extension, else 待整改.
 */
public record Ledger(LocalDate asOf, List<Item> items) {

    public Ledger {
        items = List.copyOf(items);
    }

    /** One item: the finding, its unit's issue date, its due dates and what happened to it. */
    public record Item(Finding finding, LocalDate issued, LocalDate originalDue, LocalDate due, ItemState state,
                       RectificationBook.Reported lastReport, RectificationBook.Checked lastCheck,
                       RectificationBook.Action closing, int returned, int extended,
                       List<io.jicha.evidence.EvidenceFile> files) {

        public Item {
            files = List.copyOf(files);
        }

        public String id() {
            return finding.id();
        }

        public String unit() {
            return finding.unit();
        }

        /** The day it was closed (已销号 or 长期坚持), if it is. */
        public Optional<LocalDate> closedOn() {
            return Optional.ofNullable(closing).map(RectificationBook.Action::on);
        }

        /** How it was checked: the closing check's, else the last check's; empty when never checked. */
        public Optional<CheckMethod> method() {
            if (closing instanceof RectificationBook.Checked c) {
                return Optional.of(c.method());
            }
            return Optional.ofNullable(lastCheck).map(RectificationBook.Checked::method);
        }
    }

    /** The ledger of every issued notice's findings as of {@code asOf}. */
    public static Ledger of(FindingBook findings, RectificationBook book, WorkdayCalendar calendar, LocalDate asOf) {
        List<Item> items = new ArrayList<>();
        for (Finding f : findings.findings()) {
            Optional<LocalDate> issued = findings.issuedOn(f.unit());
            if (!f.status().inNotice() || issued.isEmpty()) {
                continue;
            }
            items.add(item(f, issued.get(), findings.dueDate(f, calendar).orElse(null), book.actions(f.id()), asOf));
        }
        return new Ledger(asOf, items);
    }

    static Item item(Finding f, LocalDate issued, LocalDate originalDue, List<RectificationBook.Action> actions,
                     LocalDate asOf) {
        LocalDate due = originalDue;
        ItemState phase = ItemState.PENDING;
        RectificationBook.Reported report = null;
        RectificationBook.Checked check = null;
        RectificationBook.Action closing = null;
        int returned = 0;
        int extended = 0;
        List<io.jicha.evidence.EvidenceFile> files = new ArrayList<>();
        for (RectificationBook.Action a : actions) {
            if (a.on().isAfter(asOf)) {
                continue;
            }
            if (a instanceof RectificationBook.Reported r) {
                report = r;
                phase = ItemState.REPORTED;
                files.addAll(r.files());
            } else if (a instanceof RectificationBook.Checked c) {
                check = c;
                files.addAll(c.files());
                if (c.passed()) {
                    phase = ItemState.CLOSED;
                    closing = c;
                } else {
                    phase = ItemState.RETURNED;
                    returned++;
                    if (c.due() != null) {
                        due = c.due();
                    }
                }
            } else if (a instanceof RectificationBook.Extended x) {
                due = x.due();
                extended++;
                if (!phase.closed()) {
                    phase = ItemState.EXTENDED;
                }
            } else if (a instanceof RectificationBook.Lasting l) {
                phase = ItemState.LASTING;
                closing = l;
                files.addAll(l.files());
            } else if (a instanceof RectificationBook.Resolved) {
                phase = ItemState.CLOSED;
                closing = a;
            }
        }
        ItemState state = phase;
        if (!phase.closed() && due != null && due.isBefore(asOf)) {
            boolean waitsForCheck = phase == ItemState.REPORTED && !report.on().isAfter(due);
            if (!waitsForCheck) {
                state = ItemState.OVERDUE;
            }
        }
        return new Item(f, issued, originalDue, due, state, report, check, closing, returned, extended, files);
    }

    /** The items of one unit, in id order. */
    public List<Item> forUnit(String unit) {
        return items.stream().filter(i -> i.unit().equals(unit)).toList();
    }

    /** The same ledger with its items grouped by unit in the given order (then by id). */
    public Ledger inUnitOrder(List<String> units) {
        List<Item> sorted = new ArrayList<>();
        for (String u : units) {
            sorted.addAll(forUnit(u));
        }
        items.stream().filter(i -> !units.contains(i.unit())).forEach(sorted::add);
        return new Ledger(asOf, sorted);
    }

    /** The units with items, in the order of their first item. */
    public List<String> units() {
        return items.stream().map(Item::unit).distinct().toList();
    }

    /** The item of a finding, if the finding is in the ledger. */
    public Optional<Item> item(String findingId) {
        return items.stream().filter(i -> i.id().equals(findingId)).findFirst();
    }

    /** How many items of a unit (null: all units) are in each state; every state is a key. */
    public Map<ItemState, Integer> counts(String unit) {
        Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        for (ItemState s : ItemState.values()) {
            counts.put(s, 0);
        }
        items.stream().filter(i -> unit == null || i.unit().equals(unit)).forEach(i -> counts.merge(i.state(), 1, Integer::sum));
        return counts;
    }

    /** Counts per unit, in unit order. */
    public Map<String, Map<ItemState, Integer>> countsByUnit() {
        Map<String, Map<ItemState, Integer>> out = new LinkedHashMap<>();
        for (String u : units()) {
            out.put(u, counts(u));
        }
        return out;
    }

    /** The overdue items. */
    public List<Item> overdue() {
        return items.stream().filter(i -> i.state() == ItemState.OVERDUE).toList();
    }

    /**
     * Open items falling due after the ledger's date and no later than {@code workdays} working days
     * after it.
     */
    public List<Item> dueWithin(int workdays, WorkdayCalendar calendar) {
        LocalDate limit = calendar.addWorkdays(asOf, workdays);
        return items.stream().filter(i -> !i.state().closed() && i.state() != ItemState.OVERDUE && i.due() != null
                && !i.due().isBefore(asOf) && !i.due().isAfter(limit)).toList();
    }
}
