package io.jicha.finding;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.session.Projection;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The session's findings, folded from the journal: every {@code finding.*} event, plus
 * {@code notice.issued} (a unit's issue date, which turns deadline rules into dates) and
 * {@code session.finalized} (after which findings change only by amendment).
 */
public final class FindingBook implements Projection {

    private final Map<String, Entry> findings = new LinkedHashMap<>();
    private final Map<String, LocalDate> issued = new TreeMap<>();
    private final Map<String, String> printedNumbers = new TreeMap<>();
    private final Map<String, Sent> sent = new TreeMap<>();
    private final List<Amendment> amendments = new ArrayList<>();
    private boolean finalized;
    /** The session's language, in which the history words a changed deadline (as its notice does). */
    private Texts.Lang language = Texts.Lang.ZH;
    private int highestNumber;

    public FindingBook() {
    }

    @Override
    public void apply(Event event) {
        String type = event.type();
        switch (type) {
            case FindingEvents.PROPOSED -> proposed(event, event.payloadAs(FindingEvents.Proposed.class));
            case FindingEvents.ADDED -> added(event, event.payloadAs(FindingEvents.Added.class));
            case FindingEvents.ACCEPTED -> accepted(event, event.payloadAs(FindingEvents.Accepted.class));
            case FindingEvents.DROPPED -> {
                FindingEvents.Dropped p = event.payloadAs(FindingEvents.Dropped.class);
                Entry e = entry(event, p.id());
                e.status = FindingStatus.DROPPED;
                e.log(event, p.reason());
            }
            case FindingEvents.EDITED -> {
                FindingEvents.Edited p = event.payloadAs(FindingEvents.Edited.class);
                Entry e = entry(event, p.id());
                e.log(event, e.edit(p.severity(), p.text(), p.requirement(), p.deadline(), p.defaultDeadline(), language));
            }
            case FindingEvents.WITHDRAWN -> {
                FindingEvents.Withdrawn p = event.payloadAs(FindingEvents.Withdrawn.class);
                Entry e = entry(event, p.id());
                e.status = FindingStatus.WITHDRAWN;
                e.log(event, p.reason());
            }
            case FindingEvents.RESOLVED -> {
                FindingEvents.Resolved p = event.payloadAs(FindingEvents.Resolved.class);
                Entry e = entry(event, p.id());
                e.status = FindingStatus.RESOLVED;
                e.resolution = new Finding.Resolution(p.evidence(), p.date(), event.auditor(), event.ts());
                e.log(event, p.date() + ": " + p.evidence());
            }
            case FindingEvents.AMENDED -> amended(event, event.payloadAs(FindingEvents.Amended.class));
            case FindingEvents.NOTICE_ISSUED -> noticeIssued(event.payloadAs(FindingEvents.NoticeIssued.class));
            case FindingEvents.NOTICE_REPRINTED -> {
                FindingEvents.NoticeReprinted p = event.payloadAs(FindingEvents.NoticeReprinted.class);
                FindingEvents.NoticeIssued was = notices.get(p.unit());
                if (was != null) { // the notice as last issued: same number, title, addressee; this form and file
                    notices.put(p.unit(), new FindingEvents.NoticeIssued(was.unit(), was.issued(), was.number(),
                            p.file(), p.form(), was.title(), was.addressee()));
                }
            }
            case FindingEvents.DOCUMENT_SENT -> {
                FindingEvents.DocumentSent p = event.payloadAs(FindingEvents.DocumentSent.class);
                sent.put(p.unit() + "\u0000" + p.kind(), new Sent(p, event.auditor(), event.seq()));
            }
            case SessionEvents.FINALIZED -> finalized = true;
            case SessionEvents.CREATED -> language = SessionInfo.language(event.payloadAs(SessionEvents.Created.class).locale());
            default -> {
                // not ours
            }
        }
    }

    /** All findings in id order. */
    public List<Finding> findings() {
        return findings.values().stream().map(Entry::toFinding).toList();
    }

    /** The findings of one unit, in id order. */
    public List<Finding> forUnit(String unit) {
        return findings.values().stream().filter(e -> e.unit.equals(unit)).map(Entry::toFinding).toList();
    }

    /** The findings a unit's notice reports: accepted or resolved, in id order. */
    public List<Finding> forNotice(String unit) {
        return forUnit(unit).stream().filter(f -> f.status().inNotice()).toList();
    }

    /** For summaries: how many of a unit's notice findings (accepted or resolved) have each severity. */
    public Map<Severity, Integer> noticeCountsBySeverity(String unit) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        forNotice(unit).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** The finding with this id, typed in any accepted form (F-001, F1, 1). */
    public Optional<Finding> find(String typedId) {
        Entry e = findings.get(FindingIds.normalize(typedId));
        return Optional.ofNullable(e).map(Entry::toFinding);
    }

    /** Like {@link #find} but an unknown id is a {@link UserError}. */
    public Finding require(String typedId) {
        return find(typedId).orElseThrow(() -> UserError.of("finding.no-such-finding", FindingIds.normalize(typedId), (findings.isEmpty() ? Texts.get("finding.session-has-findings-yet") : Texts.get("finding.ids-run-f-001-see", FindingIds.of(highestNumber)))));
    }

    /** The id the next new finding gets. */
    public String nextId() {
        return FindingIds.of(highestNumber + 1);
    }

    /** A finding changed after finalize: the journal event, the finding, what was done and why. */
    public record Amendment(long seq, Instant ts, String auditor, String id, AmendAction action, String reason) {
    }

    /** Every amendment after finalize, in journal order. */
    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    public boolean isFinalized() {
        return finalized;
    }

    /** The issue date of the unit's latest rectification notice, if one was issued. */
    public Optional<LocalDate> issuedOn(String unit) {
        return Optional.ofNullable(issued.get(unit));
    }

    /** Issue dates by unit. */
    public Map<String, LocalDate> issuedDates() {
        return Collections.unmodifiableMap(issued);
    }

    /**
     * The finding's due date: a fixed date as is, a rule once the unit's notice is issued;
     * empty while a rule waits for the notice (or the finding has no deadline).
     */
    public Optional<LocalDate> dueDate(Finding f, WorkdayCalendar calendar) {
        return dueDate(f, issued.get(f.unit()), calendar);
    }

    /** The due date for a given issue date (null: not issued yet). */
    public static Optional<LocalDate> dueDate(Finding f, LocalDate issuedOn, WorkdayCalendar calendar) {
        if (f.deadline() == null) {
            return Optional.empty();
        }
        if (issuedOn == null) {
            return f.deadline() instanceof Deadline.Due due ? Optional.of(due.date()) : Optional.empty();
        }
        return Optional.of(f.deadline().resolve(issuedOn, calendar));
    }

    /**
     * Accepted, unresolved findings whose due date is before {@code on}, using the issue dates
     * folded from the journal. Findings of units whose notice was not issued are never overdue:
     * the unit has not been told.
     */
    public List<Finding> overdue(LocalDate on, WorkdayCalendar calendar) {
        return overdue(on, issued, calendar);
    }

    /** Same, with the issue dates given per unit. */
    public List<Finding> overdue(LocalDate on, Map<String, LocalDate> issuedByUnit, WorkdayCalendar calendar) {
        List<Finding> late = new ArrayList<>();
        for (Entry e : findings.values()) {
            LocalDate issuedOn = issuedByUnit.get(e.unit);
            if (e.status != FindingStatus.ACCEPTED || issuedOn == null) {
                continue;
            }
            Finding f = e.toFinding();
            Optional<LocalDate> due = dueDate(f, issuedOn, calendar);
            if (due.isPresent() && due.get().isBefore(on)) {
                late.add(f);
            }
        }
        return late;
    }

    /**
     * Checks that every finding a unit's notice will report can be given a due date when issued
     * on {@code issuedOn}; a fixed date before it or a date past the calendar is a {@link UserError}
     * naming the finding. The notice command calls this before issuing the notice.
     */
    public Map<String, LocalDate> dueDatesForNotice(String unit, LocalDate issuedOn, WorkdayCalendar calendar) {
        Map<String, LocalDate> due = new LinkedHashMap<>();
        for (Finding f : forNotice(unit)) {
            if (f.deadline() == null) {
                throw UserError.of("finding.has-deadline-give-one-finding", f.id(), f.id());
            }
            try {
                due.put(f.id(), f.deadline().resolve(issuedOn, calendar));
            } catch (UserError e) {
                throw UserError.of("finding.deadline-of", f.id(), e.getMessage());
            }
        }
        return due;
    }

    // ---- folding ----

    private void proposed(Event event, FindingEvents.Proposed p) {
        Entry e = create(event, p.id(), p.unit(), p.recordId(), p.criterionCode(), p.severity(), p.text(),
                p.requirement());
        e.criteria = ownCriterion(p.recordId(), p.rubric(), p.rubricVersion(), p.criterionCode());
        e.status = FindingStatus.PROPOSED;
        e.proposedBy = event.auditor();
        e.proposedAt = event.ts();
        e.log(event, p.source() == null ? null : "from " + p.source());
    }

    private void added(Event event, FindingEvents.Added p) {
        Entry e = create(event, p.id(), p.unit(), p.recordId(), p.criterionCode(), p.severity(), p.text(),
                p.requirement());
        e.deadline = p.deadline();
        e.defaultDeadline = p.defaultDeadline();
        e.files = p.recordIds();
        e.criteria = p.criteria() != null ? p.criteria() : p.grouped() != null ? membersCriteria(p.grouped())
                : ownCriterion(p.recordId(), p.rubric(), p.rubricVersion(), p.criterionCode());
        e.status = FindingStatus.ACCEPTED;
        e.acceptedBy = event.auditor();
        e.acceptedAt = event.ts();
        e.log(event, null);
    }

    private void accepted(Event event, FindingEvents.Accepted p) {
        Entry e = entry(event, p.id());
        String changes = e.edit(p.severity(), p.text(), p.requirement(), p.deadline(), p.defaultDeadline(), language);
        e.status = FindingStatus.ACCEPTED;
        e.acceptedBy = event.auditor();
        e.acceptedAt = event.ts();
        e.log(event, changes);
    }

    private void amended(Event event, FindingEvents.Amended p) {
        Entry e = entry(event, p.id());
        String changes = e.edit(p.severity(), p.text(), p.requirement(), p.deadline(), p.defaultDeadline(), language);
        switch (p.action()) {
            case ACCEPT -> {
                e.status = FindingStatus.ACCEPTED;
                e.acceptedBy = event.auditor();
                e.acceptedAt = event.ts();
            }
            case DROP -> e.status = FindingStatus.DROPPED;
            case WITHDRAW -> e.status = FindingStatus.WITHDRAWN;
            case EDIT, ADD -> {
                // content only
            }
        }
        amendments.add(new Amendment(event.seq(), event.ts(), event.auditor(), p.id(), p.action(), p.reason()));
        e.log(event, p.action().code() + ": " + p.reason() + (changes == null ? "" : " (" + changes + ")"));
    }

    private void noticeIssued(FindingEvents.NoticeIssued p) {
        issued.put(p.unit(), p.issued());
        if (p.number() != null) {
            printedNumbers.put(p.unit(), p.number());
        }
        notices.put(p.unit(), p);
    }

    /** A document recorded as sent, with who recorded it and the event's number. */
    public record Sent(FindingEvents.DocumentSent document, String auditor, long seq) {
    }

    /** The document number printed on the unit's notice, if it had one. */
    public Optional<String> printedNumber(String unit) {
        return Optional.ofNullable(printedNumbers.get(unit));
    }

    /** The last version of the unit's document of this kind recorded as sent. */
    public Optional<Sent> sent(String unit, String kind) {
        return Optional.ofNullable(sent.get(unit + "\u0000" + kind));
    }

    /** Every document recorded as sent (the last version of each), by unit, then kind. */
    public List<Sent> sentDocuments() {
        return List.copyOf(sent.values());
    }

    private final Map<String, FindingEvents.NoticeIssued> notices = new java.util.HashMap<>();

    /** The unit of a finding, or a one-line refusal of an id no finding has ({@link #require}). */
    public String unitOf(String id) {
        return require(id).unit();
    }

    /** The unit's notice as it was issued (number, form, title, addressee where recorded), if it was. */
    public Optional<FindingEvents.NoticeIssued> notice(String unit) {
        return Optional.ofNullable(notices.get(unit));
    }

    private static List<CriterionRef> ownCriterion(String recordId, String rubric, String version, String code) {
        return code == null || code.isBlank() ? List.of() : List.of(new CriterionRef(recordId, rubric, version, code));
    }

    /** A grouped finding of a journal before issue 22: each member's own criterion, from the members. */
    private List<CriterionRef> membersCriteria(List<String> members) {
        List<CriterionRef> refs = new ArrayList<>();
        for (String m : members) {
            Entry e = findings.get(m);
            if (e != null && e.criteria != null) {
                refs.addAll(e.criteria);
            }
        }
        return refs;
    }

    private Entry create(Event event, String id, String unit, String recordId, String criterionCode,
                         Severity severity, String text, String requirement) {
        if (findings.containsKey(id)) {
            throw new IllegalStateException("journal event #" + event.seq() + " creates " + id + " a second time");
        }
        Entry e = new Entry(id, unit, recordId, criterionCode, severity, text, requirement);
        findings.put(id, e);
        highestNumber = Math.max(highestNumber, FindingIds.number(id));
        return e;
    }

    private Entry entry(Event event, String id) {
        Entry e = findings.get(id);
        if (e == null) {
            throw new IllegalStateException("journal event #" + event.seq() + " " + event.type()
                    + " names unknown finding " + id);
        }
        return e;
    }

    /** A finding being folded; turned into an immutable {@link Finding} on the way out. */
    private static final class Entry {
        final String id;
        final String unit;
        final String recordId;
        final String criterionCode;
        Severity severity;
        String text;
        String requirement;
        Deadline deadline;
        boolean defaultDeadline;
        FindingStatus status;
        String proposedBy;
        Instant proposedAt;
        String acceptedBy;
        Instant acceptedAt;
        Finding.Resolution resolution;
        final List<Finding.Change> history = new ArrayList<>();

        List<String> files;
        List<CriterionRef> criteria;

        Entry(String id, String unit, String recordId, String criterionCode, Severity severity, String text,
              String requirement) {
            this.id = id;
            this.unit = unit;
            this.recordId = recordId;
            this.criterionCode = criterionCode;
            this.severity = severity;
            this.text = text;
            this.requirement = requirement;
        }

        /** Applies the non-null fields; returns a short list of what changed, or null. */
        String edit(Severity severity, String text, String requirement, Deadline deadline, Boolean defaultDeadline,
                    Texts.Lang language) {
            List<String> changed = new ArrayList<>();
            if (severity != null && severity != this.severity) {
                changed.add("severity " + this.severity.label() + "→" + severity.label());
                this.severity = severity;
            }
            if (text != null && !text.equals(this.text)) {
                changed.add("text");
                this.text = text;
            }
            if (requirement != null && !requirement.equals(this.requirement)) {
                changed.add("requirement");
                this.requirement = requirement;
            }
            if (deadline != null && !deadline.equals(this.deadline)) {
                changed.add("deadline " + (this.deadline == null ? "" : DeadlineWords.of(this.deadline, language) + "→")
                        + DeadlineWords.of(deadline, language));
                this.deadline = deadline;
            }
            if (defaultDeadline != null) {
                this.defaultDeadline = defaultDeadline;
            }
            return changed.isEmpty() ? null : String.join(", ", changed);
        }

        void log(Event event, String detail) {
            history.add(new Finding.Change(event.seq(), event.ts(), event.auditor(), event.type(), detail));
        }

        Finding toFinding() {
            return new Finding(id, unit, recordId, criterionCode, severity, text, requirement, deadline,
                    defaultDeadline, status, proposedBy, proposedAt, acceptedBy, acceptedAt, resolution, history, files,
                    criteria);
        }
    }
}
