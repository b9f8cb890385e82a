package io.jicha.finding;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.evidence.EvidenceFile;
import io.jicha.evidence.FileKind;
import io.jicha.journal.NewEvent;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.SampleDrawn;
import io.jicha.session.SessionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns finding commands into journal events, or refuses them with a {@link UserError}: the
 * lifecycle (proposed → accepted | dropped; accepted → withdrawn | resolved), the deadline
 * defaults, and the lock after finalize (then only {@link #amend} and {@link #resolve} work).
 * Every method reads the state as replayed under the journal lock and returns the events to append.
 * {@code rubricDefaults} maps a severity to its default deadline;
 * an empty map means no defaults are known.
 */
public final class FindingDecisions {

    private FindingDecisions() {
    }

    /**
     * Proposals from deductions and vetoes. A proposal for the same unit, record and criterion as a
     * finding still proposed updates that finding; one already accepted or resolved is left alone.
     * Call it once per journal append: the new ids follow the book's last id.
     */
    public static List<NewEvent> propose(FindingBook book, List<FindingProposal> proposals) {
        List<NewEvent> events = new ArrayList<>();
        int next = FindingIds.number(book.nextId());
        for (FindingProposal p : proposals) {
            requireText(p.unit(), "unit");
            requireText(p.text(), "text");
            Optional<Finding> same = sameSubject(book, p.unit(), p.recordId(), p.criterionCode());
            if (same.isPresent() && same.get().status() == FindingStatus.PROPOSED) {
                Finding f = same.get();
                boolean newSeverity = p.severity() != null && p.severity() != f.severity();
                boolean newText = !p.text().equals(f.text());
                if (newSeverity || newText) {
                    events.add(new NewEvent(FindingEvents.EDITED, new FindingEvents.Edited(f.id(),
                            newSeverity ? p.severity() : null, newText ? p.text() : null, null, null, null)));
                }
            } else if (same.isEmpty() || same.get().status().isClosedForGood()) {
                Severity severity = p.severity() == null ? Severity.MINOR : p.severity();
                events.add(new NewEvent(FindingEvents.PROPOSED, new FindingEvents.Proposed(FindingIds.of(next++),
                        p.unit(), blankToNull(p.recordId()), blankToNull(p.criterionCode()), severity, p.text(),
                        blankToNull(p.requirement()), p.source(), p.rubricId(), p.rubricVersion())));
            }
        }
        return events;
    }

    /** Drops the still-proposed findings of a deduction or veto that was cleared. */
    public static List<NewEvent> dropProposals(FindingBook book, String unit, String recordId, String criterionCode,
                                               String reason) {
        return sameSubject(book, unit, recordId, criterionCode)
                .filter(f -> f.status() == FindingStatus.PROPOSED)
                .map(f -> List.of(new NewEvent(FindingEvents.DROPPED, new FindingEvents.Dropped(f.id(), reason))))
                .orElse(List.of());
    }

    /**
     * A finding written directly ({@code finding add}), decided against the session: the unit is one
     * of the session's, a file it names was drawn in that unit, and a criterion it names is one of the
     * rubric that judges that file (or the unit's documents), whose id and version it then records.
     * Deadline defaults come from that rubric.
     */
    public static List<NewEvent> add(SessionState state, AddFinding cmd, Judge judge) {
        state.info().requireUnit(cmd.unit());
        requireDrawn(state, cmd.unit(), cmd.recordId());
        String record = blankToNull(cmd.recordId());
        Optional<Judge.Judged> criterion = blank(cmd.criterionCode()) ? Optional.empty()
                : judge.criterion(cmd.unit(), record, cmd.criterionCode().strip());
        return add(state.get(FindingBook.class), cmd, judge.deadlines(cmd.unit(), record), criterion.orElse(null));
    }

    /**
     * A finding about a file is about a file drawn for that unit: only drawn files are reviewed. Nothing
     * to check for a finding about the unit itself ({@code record} blank).
     */
    public static void requireDrawn(SessionState state, String unit, String record) {
        if (blank(record)) {
            return;
        }
        SampleDrawn draw = state.get(DrawBook.class).drawOfId().get(record.strip());
        if (draw == null) {
            throw UserError.of("finding.record-was-drawn-session-findings", record);
        }
        if (!draw.unit().equals(unit)) {
            throw UserError.of("finding.record-was-drawn", record, draw.unit(), unit);
        }
    }

    /**
     * The rules of a notice's options, checked before anything is laid out or recorded: a text option
     * given (named by its option, e.g. {@code --title}) must not be empty, since a notice is never issued
     * without it; the 印发日期 ({@code printed}, may be null) is not before the 成文日期 ({@code issued})
     * (GB/T 9704-2012 7.4.3: the 版记 is printed on or after the date the document was signed).
     */
    public static void checkNoticeOptions(Map<String, String> named, LocalDate issued, LocalDate printed) {
        checkGivenOptions(named);
        if (printed != null && printed.isBefore(issued)) {
            throw UserError.of("report.notice.printed-before-issued", printed, issued);
        }
    }

    /**
     * A document's text options (option name → value, null when not given) given but empty are
     * refused: never a 公文 without its authority, addressee, title, printer or 签发人.
     */
    public static void checkGivenOptions(Map<String, String> named) {
        for (Map.Entry<String, String> given : named.entrySet()) {
            if (given.getValue() != null && given.getValue().isBlank()) {
                throw UserError.of("report.notice.empty-option", given.getKey());
            }
        }
    }

    /** A finding written directly; it is accepted at once. */
    public static List<NewEvent> add(FindingBook book, AddFinding cmd, Map<Severity, Deadline> rubricDefaults) {
        return add(book, cmd, rubricDefaults, null);
    }

    private static List<NewEvent> add(FindingBook book, AddFinding cmd, Map<Severity, Deadline> rubricDefaults,
                                      Judge.Judged criterion) {
        boolean amending = book.isFinalized();
        if (amending && blank(cmd.amendReason())) {
            throw UserError.of("finding.review-finalized-new-finding-amendment");
        }
        requireText(cmd.unit(), "--unit");
        requireText(cmd.text(), "--text");
        requireText(cmd.requirement(), "--require");
        if (cmd.severity() == null) {
            throw UserError.of("finding.severity-required");
        }
        checkSeverityInRubric(cmd.severity(), rubricDefaults);
        String id = book.nextId();
        Chosen deadline = choose(id, cmd.deadline(), null, false, cmd.severity(), rubricDefaults);
        checkDue(book, cmd.unit(), deadline.deadline);
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent(FindingEvents.ADDED, new FindingEvents.Added(id, cmd.unit(),
                blankToNull(cmd.recordId()), blankToNull(cmd.criterionCode()), cmd.severity(), cmd.text().strip(),
                cmd.requirement().strip(), deadline.deadline, deadline.fromDefault, null, null,
                criterion == null ? null : criterion.rubricId(), criterion == null ? null : criterion.rubricVersion(),
                null)));
        if (amending) {
            events.add(new NewEvent(FindingEvents.AMENDED, new FindingEvents.Amended(id, AmendAction.ADD,
                    cmd.amendReason().strip(), null, null, null, null, null)));
        }
        return events;
    }

    /**
     * One finding for one problem across several files: the proposals (at least two, all proposed, of one
     * unit, each about a file) become one accepted finding that lists their files in order, and each
     * proposal is dropped as merged into it. Without {@code --text} the finding reads "抽查的N份文件" and
     * the first proposal's criterion text ({@code finding.recorded.*}: in Chinese from the two overloads
     * without a session, in the session's language from {@link #group(SessionState, List, FindingEdits, Judge)});
     * without {@code --severity} it takes the most severe proposal's; the deadline follows the rubric's
     * default for the severity unless one is given.
     */
    public static List<NewEvent> group(FindingBook book, List<String> ids, String criterionText, FindingEdits edits,
                                       Map<Severity, Deadline> rubricDefaults) {
        return group(book, ids, edits, rubricDefaults, members -> criterionText, null, Texts.Lang.ZH);
    }

    /**
     * The same, decided with the rubrics that judge the members' files: the grouped finding records each
     * member's own criterion as (rubric id, version, code), since codes collide across rubrics, and its
     * default text names the first member's criterion as that member's rubric words it. The deadline
     * defaults are those of the rubric judging the first member's file.
     */
    public static List<NewEvent> group(FindingBook book, List<String> ids, FindingEdits edits, Judge judge) {
        return group(book, ids, edits, judge, Texts.Lang.ZH);
    }

    /**
     * The same in a session: the default text and the members' drop reason are worded in the session's
     * language (not the terminal's), so that the journal reads the same whoever's terminal wrote it.
     */
    public static List<NewEvent> group(SessionState state, List<String> ids, FindingEdits edits, Judge judge) {
        return group(state.get(FindingBook.class), ids, edits, judge, recordedIn(state));
    }

    private static List<NewEvent> group(FindingBook book, List<String> ids, FindingEdits edits, Judge judge,
                                        Texts.Lang lang) {
        Finding first = book.require(ids.get(0));
        return group(book, ids, edits, judge.deadlines(first.unit(), first.recordId()),
                members -> members.get(0).criteria().stream().findFirst()
                        .flatMap(ref -> judge.resolve(members.get(0).unit(), ref)).map(Judge.Judged::text).orElse(null),
                judge, lang);
    }

    private static List<NewEvent> group(FindingBook book, List<String> ids, FindingEdits edits,
                                        Map<Severity, Deadline> rubricDefaults,
                                        java.util.function.Function<List<Finding>, String> criterionTextOf,
                                        Judge judge, Texts.Lang lang) {
        if (book.isFinalized()) {
            throw UserError.of("finding.group.finalized");
        }
        List<Finding> members = new ArrayList<>();
        for (String typed : ids) {
            Finding f = book.require(typed);
            if (members.stream().anyMatch(m -> m.id().equals(f.id()))) {
                throw UserError.of("finding.group.twice", f.id());
            }
            requireStatus(f, FindingStatus.PROPOSED, "group");
            if (f.recordId() == null) {
                throw UserError.of("finding.group.no-file", f.id());
            }
            if (!members.isEmpty() && !members.get(0).unit().equals(f.unit())) {
                throw UserError.of("finding.group.units", members.get(0).id(), members.get(0).unit(), f.id(), f.unit());
            }
            members.add(f);
        }
        if (members.size() < 2) {
            throw UserError.of("finding.group.too-few");
        }
        List<String> files = members.stream().map(Finding::recordId).distinct().toList();
        Severity severity = edits.severity() != null ? edits.severity()
                : members.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElseThrow();
        checkSeverityInRubric(severity, rubricDefaults);
        String criterionText = blank(edits.text()) ? criterionTextOf.apply(members) : null;
        String listed = String.join(Texts.get(lang, "finding.recorded.file-separator"), files);
        String text = !blank(edits.text()) ? edits.text().strip()
                : criterionText == null ? Texts.get(lang, "finding.recorded.group-text", files.size(), listed)
                : Texts.get(lang, "finding.recorded.group-text-criterion", files.size(), listed, criterionText);
        requireText(edits.requirement(), "--require");
        String id = book.nextId();
        Chosen deadline = choose(id, edits.deadline(), null, false, severity, rubricDefaults);
        checkDue(book, members.get(0).unit(), deadline.deadline);
        String criterion = members.stream().map(Finding::criterionCode).distinct().count() == 1
                ? members.get(0).criterionCode() : null;
        // each member's own criterion, with the rubric that judged its file (resolved for older proposals)
        List<CriterionRef> criteria = null;
        if (judge != null) {
            criteria = new ArrayList<>();
            for (Finding m : members) {
                for (CriterionRef ref : m.criteria()) {
                    criteria.add(ref.rubricRecorded() ? ref
                            : judge.resolve(m.unit(), ref).map(j -> j.ref(ref.record())).orElse(ref));
                }
            }
        }
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent(FindingEvents.ADDED, new FindingEvents.Added(id, members.get(0).unit(), null, criterion,
                severity, text, edits.requirement().strip(), deadline.deadline, deadline.fromDefault, files,
                members.stream().map(Finding::id).toList(), null, null, criteria)));
        for (Finding m : members) {
            events.add(new NewEvent(FindingEvents.DROPPED, new FindingEvents.Dropped(m.id(),
                    Texts.get(lang, "finding.recorded.merged-into", id))));
        }
        return events;
    }

    /** Accepts a proposal, optionally with edits; it then needs a requirement and a deadline. */
    public static List<NewEvent> accept(FindingBook book, String id, FindingEdits edits,
                                        Map<Severity, Deadline> rubricDefaults) {
        Finding f = open(book, id, "accept");
        FindingEvents.Accepted accepted = acceptance(book, f, edits, rubricDefaults);
        return List.of(new NewEvent(FindingEvents.ACCEPTED, accepted));
    }

    /** Drops a proposal: it will not go into the notice. */
    public static List<NewEvent> drop(FindingBook book, String id, String reason) {
        Finding f = open(book, id, "drop");
        requireStatus(f, FindingStatus.PROPOSED, "drop");
        return List.of(new NewEvent(FindingEvents.DROPPED, new FindingEvents.Dropped(f.id(), blankToNull(reason))));
    }

    /** Changes a proposed or accepted finding's content. */
    public static List<NewEvent> edit(FindingBook book, String id, FindingEdits edits,
                                      Map<Severity, Deadline> rubricDefaults) {
        Finding f = open(book, id, "edit");
        if (f.status() == FindingStatus.RESOLVED) {
            throw UserError.of("finding.resolved-can-longer-edited", f.id());
        }
        FindingEvents.Edited change = changes(book, f, edits, rubricDefaults);
        return List.of(new NewEvent(FindingEvents.EDITED, change));
    }

    /** Withdraws an accepted finding (it stays in the history, not in the notice). */
    public static List<NewEvent> withdraw(FindingBook book, String id, String reason) {
        requireText(reason, "--reason");
        Finding f = open(book, id, "withdraw");
        requireStatus(f, FindingStatus.ACCEPTED, "withdraw");
        return List.of(new NewEvent(FindingEvents.WITHDRAWN, new FindingEvents.Withdrawn(f.id(), reason.strip())));
    }

    /**
     * The same, asked on {@code today}: a rectification done after today cannot be recorded yet
     * ({@code date} null: today).
     */
    public static List<NewEvent> resolve(FindingBook book, String id, String evidence, LocalDate date,
                                         LocalDate today) {
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw UserError.of("finding.future-rectification-recorded-once-done", day);
        }
        return resolve(book, id, evidence, day);
    }

    /**
     * Records that the unit's rectification was reported and checked. Allowed after finalize:
     * rectification follows the notice, which follows the review.
     */
    public static List<NewEvent> resolve(FindingBook book, String id, String evidence, LocalDate date) {
        requireText(evidence, "--evidence");
        if (date == null) {
            throw UserError.of("finding.date-rectification-required-yyyy-mm");
        }
        Finding f = book.require(id);
        refuseClosed(f);
        if (f.status() == FindingStatus.RESOLVED) {
            throw UserError.of("finding.was-already-resolved", f.id(), f.resolution().date(), f.resolution().auditor());
        }
        requireStatus(f, FindingStatus.ACCEPTED, "resolve");
        return List.of(new NewEvent(FindingEvents.RESOLVED, new FindingEvents.Resolved(f.id(), evidence.strip(), date)));
    }

    /**
     * Issuing a unit's rectification notice on {@code issued}: from then on its deadline rules are
     * dates. The first issue is recorded; issuing it again on the same date (a reprint) records
     * nothing; another date is refused, as the deadlines already count from the first.
     * {@code file} is the PDF's file name, {@code number} the document number (may be null).
     */
    public static List<NewEvent> issueNotice(FindingBook book, String unit, LocalDate issued, String number,
                                             String file) {
        return issueNotice(book, unit, issued, number, file, null, null, null);
    }

    /**
     * The first issue of a unit's notice, recorded with its number, form, title (null: the default) and
     * addressee; a reprint (same issue date) records nothing, and is refused when it would change the
     * number, title or addressee that were recorded (a notice is issued once: another 发文字号 is another
     * document); what a reprint does not give is taken as recorded (ReportCommands). A reprint in another form (文件式, 信函式, plain paper) is the same document on other
     * paper and is allowed, and recorded ({@code notice.reprinted}): the notice shows as last issued.
     */
    public static List<NewEvent> issueNotice(FindingBook book, String unit, LocalDate issued, String number,
                                             String file, String form, String title, String addressee) {
        if (number != null && number.strip().length() > MAX_NOTICE_NUMBER) { // a blank number is no number (left out)
            // a 发文字号 is a line of the 版头 (GB/T 9704-2012 7.2.5): 苏环稽〔2016〕3号, never a page of text
            throw UserError.of("finding.notice.bad-number", number.length() > 40 ? number.substring(0, 40) + "…" : number,
                    MAX_NOTICE_NUMBER);
        }
        Optional<LocalDate> before = book.issuedOn(unit);
        if (before.isPresent()) {
            if (!before.get().equals(issued)) {
                throw UserError.of("finding.notice.issued-before", unit, before.get());
            }
            FindingEvents.NoticeIssued was = book.notice(unit).orElseThrow();
            List<String> changed = new java.util.ArrayList<>();
            if (blankToNull(number) != null && !blankToNull(number).equals(was.number())) {
                changed.add("--number");
            }
            if (was.addressee() != null && addressee != null && !was.addressee().equals(addressee)) {
                changed.add("--addressee");
            }
            if (was.form() != null && blankToNull(title) != null && !blankToNull(title).equals(was.title())) {
                changed.add("--title");
            }
            if (!changed.isEmpty()) {
                throw UserError.of("finding.notice.reprint-changes", unit, was.issued(),
                        was.number() == null ? "—" : was.number(), String.join(", ", changed));
            }
            if (form != null && was.form() != null && !form.equals(was.form())) {
                // the same document in another form: recorded, so that it shows as last issued (issue 23 item 6)
                return List.of(new NewEvent(FindingEvents.NOTICE_REPRINTED,
                        new FindingEvents.NoticeReprinted(unit, issued, form, file)));
            }
            return List.of();
        }
        return List.of(new NewEvent(FindingEvents.NOTICE_ISSUED,
                new FindingEvents.NoticeIssued(unit, issued, blankToNull(number), file, form, blankToNull(title),
                        addressee)));
    }

    /** The documents whose sent version can be recorded ({@code report issued --kind}). */
    public static final List<String> SENT_KINDS = List.of("notice");

    /**
     * Records the version of a unit's document actually sent: the notice must have been issued; the
     * file must be a Word document or a PDF (the edited .docx, the signed and sealed scan); the date
     * defaults to the issue date, the number to the one printed on the notice. A number other than
     * the printed one is recorded as given (the caller warns).
     */
    public static List<NewEvent> recordSent(FindingBook book, String unit, String kind, EvidenceFile file,
                                            LocalDate date, String number) {
        String k = kind == null ? "" : kind.strip().toLowerCase(java.util.Locale.ROOT);
        if (!SENT_KINDS.contains(k)) {
            throw UserError.of("finding.sent.bad-kind", kind, String.join(", ", SENT_KINDS));
        }
        LocalDate issued = book.issuedOn(unit).orElseThrow(() -> UserError.of("finding.sent.no-notice", unit));
        if (file.kind() != FileKind.PDF && file.kind() != FileKind.DOCX) {
            throw UserError.of("finding.sent.not-a-document", file.name(), file.mediaType());
        }
        LocalDate on = date == null ? issued : date;
        if (on.isBefore(issued)) {
            throw UserError.of("finding.sent.before-issue", on, issued);
        }
        String printed = book.printedNumber(unit).orElse(null);
        String sentNumber = number == null || number.isBlank() ? printed : number.strip();
        return List.of(new NewEvent(FindingEvents.DOCUMENT_SENT,
                new FindingEvents.DocumentSent(unit, k, file, on, sentNumber, printed)));
    }

    /** The longest document number a notice takes: one line of its 版头. */
    public static final int MAX_NOTICE_NUMBER = 40;

    /** A change after finalize, recorded as an amendment with its reason. */
    public static List<NewEvent> amend(FindingBook book, String id, AmendAction action, FindingEdits edits,
                                       String reason, Map<Severity, Deadline> rubricDefaults) {
        if (!book.isFinalized()) {
            throw UserError.of("finding.review-finalized-change-finding-finding", action.code());
        }
        requireText(reason, "--reason");
        Finding f = book.require(id);
        refuseClosed(f);
        FindingEdits e = edits == null ? FindingEdits.NONE : edits;
        FindingEvents.Amended amended = switch (action) {
            case EDIT -> {
                if (f.status() == FindingStatus.RESOLVED && e.deadline() != null) {
                    throw UserError.of("finding.resolved-deadline-longer-matters", f.id());
                }
                FindingEvents.Edited c = changes(book, f, e, rubricDefaults);
                yield new FindingEvents.Amended(f.id(), AmendAction.EDIT, reason.strip(), c.severity(), c.text(),
                        c.requirement(), c.deadline(), c.defaultDeadline());
            }
            case ACCEPT -> {
                FindingEvents.Accepted a = acceptance(book, f, e, rubricDefaults);
                yield new FindingEvents.Amended(f.id(), AmendAction.ACCEPT, reason.strip(), a.severity(), a.text(),
                        a.requirement(), a.deadline(), a.defaultDeadline());
            }
            case DROP -> {
                noEdits(e, "drop");
                requireStatus(f, FindingStatus.PROPOSED, "drop");
                yield new FindingEvents.Amended(f.id(), AmendAction.DROP, reason.strip(), null, null, null, null, null);
            }
            case WITHDRAW -> {
                noEdits(e, "withdraw");
                requireStatus(f, FindingStatus.ACCEPTED, "withdraw");
                yield new FindingEvents.Amended(f.id(), AmendAction.WITHDRAW, reason.strip(), null, null, null, null, null);
            }
            case ADD -> throw UserError.of("finding.amend.add");
        };
        return List.of(new NewEvent(FindingEvents.AMENDED, amended));
    }

    // ---- rules shared by the commands ----

    private static FindingEvents.Accepted acceptance(FindingBook book, Finding f, FindingEdits edits,
                                                     Map<Severity, Deadline> rubricDefaults) {
        if (f.status() != FindingStatus.PROPOSED) {
            throw UserError.of("finding.already-in-status", f.id(), f.status().code(), (f.acceptedBy() == null ? "" : Texts.get("finding.accepted-by-suffix", f.acceptedBy())));
        }
        FindingEdits e = edits == null ? FindingEdits.NONE : edits;
        Severity severity = e.severity() != null ? e.severity() : f.severity();
        checkSeverityInRubric(severity, rubricDefaults);
        String text = e.text() != null ? e.text().strip() : f.text();
        String requirement = e.requirement() != null ? e.requirement().strip() : f.requirement();
        requireText(text, "--text");
        if (blank(requirement)) {
            throw UserError.of("finding.has-rectification-requirement-yet-accept", f.id());
        }
        Chosen deadline = choose(f.id(), e.deadline(), f.deadline(), f.defaultDeadline(), severity, rubricDefaults);
        checkDue(book, f.unit(), deadline.deadline);
        return new FindingEvents.Accepted(f.id(), severity, text, requirement, deadline.deadline,
                deadline.fromDefault);
    }

    private static FindingEvents.Edited changes(FindingBook book, Finding f, FindingEdits edits,
                                                Map<Severity, Deadline> rubricDefaults) {
        if (edits == null || edits.isEmpty()) {
            throw UserError.of("finding.nothing-change-give-text-require");
        }
        if (edits.text() != null) {
            requireText(edits.text(), "--text");
        }
        if (edits.requirement() != null) {
            requireText(edits.requirement(), "--require");
        }
        Severity severity = edits.severity() != null && edits.severity() != f.severity() ? edits.severity() : null;
        if (severity != null) {
            checkSeverityInRubric(severity, rubricDefaults);
        }
        Deadline deadline = null;
        Boolean fromDefault = null;
        if (edits.deadline() != null) {
            deadline = edits.deadline();
            fromDefault = false;
        } else if (severity != null && f.defaultDeadline() && rubricDefaults.get(severity) != null) {
            // The deadline was the rubric's default for the old severity: it follows the new one.
            deadline = rubricDefaults.get(severity);
            fromDefault = true;
        }
        if (deadline != null) {
            checkDue(book, f.unit(), deadline);
        }
        return new FindingEvents.Edited(f.id(), severity, strip(edits.text()), strip(edits.requirement()),
                deadline, fromDefault);
    }

    private record Chosen(Deadline deadline, boolean fromDefault) {
    }

    /** Explicit beats an explicit one already set, which beats the rubric's default for the severity. */
    private static Chosen choose(String id, Deadline explicit, Deadline current, boolean currentFromDefault,
                                 Severity severity, Map<Severity, Deadline> rubricDefaults) {
        if (explicit != null) {
            return new Chosen(explicit, false);
        }
        if (current != null && !currentFromDefault) {
            return new Chosen(current, false);
        }
        Deadline byRubric = rubricDefaults.get(severity);
        if (byRubric != null) {
            return new Chosen(byRubric, true);
        }
        if (current != null) {
            return new Chosen(current, true);
        }
        throw UserError.of("finding.deadline-give-days-n-workdays", id, (rubricDefaults.isEmpty() ? Texts.get("finding.rubric-default-deadlines-available") : Texts.get("finding.rubric-has-default-deadline", severity.label())));
    }

    private static void checkSeverityInRubric(Severity severity, Map<Severity, Deadline> rubricDefaults) {
        if (!rubricDefaults.isEmpty() && rubricDefaults.get(severity) == null) {
            throw UserError.of("finding.severity-rubric-has", severity.label(),
                    String.join(", ", rubricDefaults.keySet().stream().sorted().map(Severity::label).toList()));
        }
    }

    /** A fixed due date must not be before the unit's notice, when that is already issued. */
    private static void checkDue(FindingBook book, String unit, Deadline deadline) {
        Optional<LocalDate> issued = book.issuedOn(unit);
        if (deadline instanceof Deadline.Due due && issued.isPresent() && due.date().isBefore(issued.get())) {
            throw UserError.of("finding.due-date-before-s-notice", due.date(), unit, issued.get(), issued.get());
        }
    }

    private static Optional<Finding> sameSubject(FindingBook book, String unit, String recordId, String criterion) {
        if (blank(criterion)) {
            return Optional.empty();
        }
        Finding last = null;
        for (Finding f : book.forUnit(unit)) {
            if (criterion.equals(f.criterionCode()) && Objects.equals(blankToNull(recordId), f.recordId())) {
                last = f;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The finding, refused if the review is finalized or the finding is withdrawn or dropped. */
    private static Finding open(FindingBook book, String id, String verb) {
        Finding f = book.require(id);
        if (book.isFinalized()) {
            throw UserError.of("finding.review-finalized-use-finding-amend", f.id(), verb);
        }
        refuseClosed(f);
        return f;
    }

    private static void refuseClosed(Finding f) {
        if (f.status().isClosedForGood()) {
            Finding.Change last = f.history().get(f.history().size() - 1);
            throw UserError.of("finding.was-nothing-more-can-done", f.id(), f.status().code(), last.auditor(), (last.detail() == null ? "" : " (" + last.detail() + ")"));
        }
    }

    private static void requireStatus(Finding f, FindingStatus wanted, String verb) {
        if (f.status() == wanted) {
            return;
        }
        String hint = switch (f.status()) {
            case PROPOSED -> Texts.get(verb.equals("withdraw") ? "finding.hint-proposed-drop" : "finding.hint-proposed-accept",
                    f.id());
            case ACCEPTED -> verb.equals("drop") ? Texts.get("finding.hint-accepted-withdraw", f.id())
                    : Texts.get("finding.hint-accepted-nothing", verb);
            case RESOLVED -> Texts.get("finding.hint-resolved");
            default -> Texts.get("finding.hint-status", f.status().code());
        };
        throw UserError.of("finding.cannot", verb, f.id(), hint);
    }

    private static void noEdits(FindingEdits e, String verb) {
        if (!e.isEmpty()) {
            throw UserError.of("finding.action-takes-text-require-severity", verb);
        }
    }

    private static void requireText(String value, String option) {
        if (blank(value)) {
            throw UserError.of("finding.required-must-empty", option);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** The language of the words a decision records into the journal: the session's, never the terminal's. */
    static Texts.Lang recordedIn(SessionState state) {
        return state.info().language();
    }
}
