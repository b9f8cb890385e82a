package io.jicha.scoring;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.FindingProposal;
import io.jicha.finding.Severity;
import io.jicha.journal.NewEvent;
import io.jicha.rubric.Criterion;
import io.jicha.rubric.DeductionRule;
import io.jicha.rubric.Points;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.SampleDrawn;
import io.jicha.session.SessionState;

import io.jicha.session.SessionInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of scoring, decided against the session's state as of the journal lock: only drawn
 * files are scored; deductions follow the criterion's rule and never exceed its points; a file
 * another auditor marked done needs an override with a reason; after finalizing, only amendments
 * (with a reason) change anything. Each deduction and veto proposes a finding.
 */
public final class ScoringDecisions {

    /**
     * How a change was asked for: by whom, with which override or amendment reason, the review day
     * asked for ({@code on}, null when not given) and the calendar day it is asked on
     * ({@code today}, null when unknown: then no review day is recorded unless {@code on} is given);
     * {@code attributes} are the scored file's record attributes (canonical column names), which choose
     * a rubric written for particular files ({@code applies_when}); empty when unknown.
     */
    public record Change(String auditor, boolean override, String reason, boolean amend, LocalDate on,
                         LocalDate today, Map<String, String> attributes) {

        public Change(String auditor, boolean override, String reason, boolean amend) {
            this(auditor, override, reason, amend, null, null, Map.of());
        }

        public Change(String auditor, boolean override, String reason, boolean amend, LocalDate on, LocalDate today) {
            this(auditor, override, reason, amend, on, today, Map.of());
        }

        public Change {
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }

        public static Change plain(String auditor) {
            return new Change(auditor, false, null, false);
        }

        /** The same change, about a file with these attributes. */
        public Change about(Map<String, String> fileAttributes) {
            return new Change(auditor, override, reason, amend, on, today, fileAttributes);
        }
    }

    /**
     * The day a file is reviewed, recorded on every score event. Given ({@code --on}), it must lie in
     * the session's period, or for an amendment on or after its start and not after today. Not
     * given, it is today when today lies in the period (an amendment: today); otherwise the change
     * is refused and asks for {@code --on}, since the clock cannot say on which day of the period the
     * file was read.
     */
    public static LocalDate reviewDay(SessionInfo info, Change change) {
        LocalDate on = change.on();
        LocalDate today = change.today();
        if (on == null) {
            if (today == null || change.amend() || !(today.isBefore(info.from()) || today.isAfter(info.to()))) {
                return today;
            }
            throw UserError.of("score.on.outsidePeriod", today, info.from(), info.to());
        }
        if (on.isBefore(info.from())) {
            throw UserError.of("score.on.beforePeriod", on, info.from());
        }
        if (change.amend()) {
            if (today != null && on.isAfter(today)) {
                throw UserError.of("score.on.future", on, today);
            }
        } else if (on.isAfter(info.to())) {
            throw UserError.of("score.on.afterPeriod", on, info.to());
        }
        return on;
    }

    private ScoringDecisions() {
    }

    /** The drawn file with this id (in the given unit, if one is named). */
    public static ScoreTarget locate(SessionState state, String id, String unit) {
        List<DrawBook.Entry> draws = state.get(DrawBook.class).currentDraws();
        List<SampleDrawn> matches = state.get(DrawBook.class).currentDrawsOf(id).stream()
                .filter(d -> unit == null || d.unit().equals(unit))
                .toList();
        if (matches.isEmpty()) {
            if (draws.isEmpty()) {
                throw UserError.of("score.files-have-been-drawn-yet");
            }
            throw UserError.of("score.among-drawn-files-only-drawn", id, (unit == null ? "" : Texts.get("score.of-unit", unit)));
        }
        if (matches.size() > 1) {
            throw UserError.of("score.was-drawn-more-than-one", id);
        }
        SampleDrawn d = matches.get(0);
        return ScoreTarget.file(d.recordKind(), d.unit(), id);
    }

    /** The unit-documents target of a unit of the session. */
    public static ScoreTarget unitDocuments(SessionState state, String unit) {
        state.info().requireUnit(unit);
        return ScoreTarget.unitDocuments(unit);
    }

    /**
     * The rubrics that judge what a finding is about: the rubric of each of its {@code files} drawn in
     * {@code unit}, or of the unit's documents when it names no file; in order, without repeats. A
     * file not drawn (a finding kept from an older journal) contributes nothing. See {@link Judging}.
     */
    public static List<Rubric> rubricsJudging(SessionState state, String unit, List<String> files) {
        List<Rubric> rubrics = new java.util.ArrayList<>();
        for (String file : files.isEmpty() ? java.util.Collections.<String>singletonList(null) : files) {
            Judging.subject(state, unit, file).flatMap(t -> Judging.rubric(state, t, Map.of()))
                    .filter(r -> !rubrics.contains(r)).ifPresent(rubrics::add);
        }
        return List.copyOf(rubrics);
    }

    /** The rubric the target is scored against (see {@link #rubricFor(SessionState, ScoreTarget, Map)}). */
    public static Rubric rubricFor(SessionState state, ScoreTarget target) {
        return rubricFor(state, target, Map.of());
    }

    /**
     * The rubric the target is scored against ({@link Judging#rubric}), or a UserError saying to load
     * one for its kind.
     */
    public static Rubric rubricFor(SessionState state, ScoreTarget target, Map<String, String> attributes) {
        return Judging.rubric(state, target, attributes)
                .orElseThrow(() -> UserError.of("score.rubric-loaded-run-rubric-load", target.kind().code()));
    }

    /** The key of a target's score sheet among a state's derived views. */
    private record SheetOf(ScoreTarget target) {
    }

    public static ScoreSheet sheet(SessionState state, ScoreTarget target) {
        return state.derived(new SheetOf(target),
                st -> ScoreSheet.of(target, rubricFor(st, target), st.get(ScoreBook.class).of(target)));
    }

    /** Marks a criterion 不适用 for the file: its points leave the total, which is rescaled. */
    public static List<NewEvent> notApplicable(SessionState state, ScoreTarget target, String code, String note,
                                               Change change) {
        Rubric rubric = rubricFor(state, target, change.attributes());
        Criterion c = rubric.requireCriterion(code);
        requireNote(note);
        if (!c.notApplicable()) {
            throw UserError.of(c.veto() ? "score.na.veto" : "score.na.not-allowed", code, rubric.label());
        }
        List<ScoreBook.Mark> marks = state.get(ScoreBook.class).of(target).map(s -> s.marks(code)).orElse(List.of());
        if (marks.stream().anyMatch(m -> m.kind() == ScoreBook.Mark.Kind.NOT_APPLICABLE)) {
            throw UserError.of("score.na.already", code, target.label(state.info().language()));
        }
        if (!marks.isEmpty()) {
            throw UserError.of("score.na.has-deductions", code, target.label(state.info().language()));
        }
        List<NewEvent> events = new ArrayList<>(guard(state, target, change, rubric));
        events.add(new NewEvent(ScoreEvents.NOT_APPLICABLE, new ScoreEvents.NotApplicable(target, rubric.label(), code,
                note, amendmentReason(change), reviewDay(state.info(), change))));
        return events;
    }

    /** Awards a bonus item: its points, or {@code points} when fewer are given. */
    public static List<NewEvent> bonus(SessionState state, ScoreTarget target, String code, BigDecimal points,
                                       String note, Change change) {
        Rubric rubric = rubricFor(state, target, change.attributes());
        Criterion c = rubric.requireCriterion(code);
        requireNote(note);
        if (!c.bonus()) {
            throw UserError.of("score.bonus.not-bonus", code, rubric.label());
        }
        BigDecimal amount = points == null ? c.points() : points;
        if (amount.signum() <= 0 || !Points.isHalfStep(amount) || amount.compareTo(c.points()) > 0) {
            throw UserError.of("score.bonus.points", code, Points.format(c.points()), Points.format(amount));
        }
        boolean already = state.get(ScoreBook.class).of(target).map(s -> !s.marks(code).isEmpty()).orElse(false);
        if (already) {
            throw UserError.of("score.bonus.already", code, target.label(state.info().language()));
        }
        List<NewEvent> events = new ArrayList<>(guard(state, target, change, rubric));
        events.add(new NewEvent(ScoreEvents.BONUS, new ScoreEvents.Bonus(target, rubric.label(), code, amount, note,
                amendmentReason(change), reviewDay(state.info(), change))));
        return events;
    }

    /** Deducts {@code times} occurrences (capped, 扣完为止) or an explicit number of points. */
    public static List<NewEvent> deduct(SessionState state, ScoreTarget target, String code, Integer times,
                                        BigDecimal points, String note, Change change) {
        Rubric rubric = rubricFor(state, target, change.attributes());
        Criterion c = rubric.requireCriterion(code);
        requireNote(note);
        if (c.bonus()) {
            throw UserError.of("score.deduct.bonus", code);
        }
        if (state.get(ScoreBook.class).of(target).map(s -> s.marks(code).stream()
                .anyMatch(m -> m.kind() == ScoreBook.Mark.Kind.NOT_APPLICABLE)).orElse(false)) {
            throw UserError.of("score.deduct.not-applicable", code, target.label(state.info().language()));
        }
        if (c.deduction().mode() == DeductionRule.Mode.RANGE) {
            if (points == null) {
                throw UserError.of("score.deduct.range-needs-points", code, c.deduction(),
                        Points.format(c.deduction().minimum()), Points.format(c.deduction().perOccurrence()));
            }
            if (!c.deduction().allows(points)) {
                throw UserError.of("score.deduct.outside-range", code, Points.format(points), c.deduction(),
                        Points.format(c.deduction().minimum()), Points.format(c.deduction().perOccurrence()));
            }
        }
        if (times == null && points == null && c.deduction().mode() == DeductionRule.Mode.ALL_OR_NOTHING) {
            times = 1; // an all-or-nothing item is deducted once or not at all: --times 1 goes without saying
        }
        if ((times == null) == (points == null)) {
            throw UserError.of("score.give-either-times-k-points");
        }
        if (c.points().signum() == 0) {
            throw UserError.of("score.veto-criterion-points-use-score", code, code);
        }
        ScoreSheet sheet = ScoreSheet.of(target, rubric, state.get(ScoreBook.class).of(target));
        BigDecimal remaining = sheet.remaining(code);
        BigDecimal amount;
        if (times != null) {
            if (times <= 0) {
                throw UserError.of("score.times-must-positive-whole-number", times);
            }
            amount = c.deduction().deduction(times).min(remaining);
        } else {
            if (points.signum() <= 0 || !Points.isHalfStep(points)) {
                throw UserError.of("score.points-must-positive-multiple-0", points.toPlainString());
            }
            if (points.compareTo(remaining) > 0) {
                throw UserError.of("score.has-points-left-deduct-most", code, Points.format(remaining), Points.format(c.points()), Points.format(remaining));
            }
            if (c.deduction().mode() == DeductionRule.Mode.ALL_OR_NOTHING && points.compareTo(c.points()) != 0) {
                throw UserError.of("score.all-nothing-deduct-nothing", code, c.deduction(), Points.format(c.points()));
            }
            amount = points;
        }
        List<NewEvent> events = new ArrayList<>(guard(state, target, change, rubric));
        events.add(new NewEvent(ScoreEvents.DEDUCTED, new ScoreEvents.Deducted(target, rubric.label(), code, times,
                amount, note, amendmentReason(change), reviewDay(state.info(), change))));
        events.addAll(propose(state, target, rubric, c, note, Severity.MINOR));
        return events;
    }

    public static List<NewEvent> veto(SessionState state, ScoreTarget target, String code, String note, Change change) {
        Rubric rubric = rubricFor(state, target, change.attributes());
        Criterion c = rubric.requireCriterion(code);
        requireNote(note);
        if (!c.veto()) {
            List<String> vetoCodes = rubric.vetoCriteria().stream().map(Criterion::code).toList();
            throw UserError.of("score.veto-criterion-use-score-deduct", code, code, (vetoCodes.isEmpty() ? "" : Texts.get("score.veto-criteria", String.join(", ", vetoCodes))));
        }
        boolean already = state.get(ScoreBook.class).of(target).map(s -> s.marks(code).stream().anyMatch(ScoreBook.Mark::veto))
                .orElse(false);
        if (already) {
            throw UserError.of("score.already-vetoed", code, target.label(state.info().language()));
        }
        List<NewEvent> events = new ArrayList<>(guard(state, target, change, rubric));
        events.add(new NewEvent(ScoreEvents.VETOED, new ScoreEvents.Vetoed(target, rubric.label(), code, note,
                amendmentReason(change), reviewDay(state.info(), change))));
        events.addAll(propose(state, target, rubric, c, note, Severity.SEVERE));
        return events;
    }

    public static List<NewEvent> clear(SessionState state, ScoreTarget target, String code, String reason, Change change) {
        Rubric rubric = rubricFor(state, target, change.attributes());
        rubric.requireCriterion(code);
        boolean any = state.get(ScoreBook.class).of(target).map(s -> !s.marks(code).isEmpty()).orElse(false);
        if (!any) {
            throw UserError.of("score.has-deduction-veto-clear", target.label(state.info().language()), code);
        }
        List<NewEvent> events = new ArrayList<>(guard(state, target, change, rubric));
        events.add(new NewEvent(ScoreEvents.CLEARED, new ScoreEvents.Cleared(target, rubric.label(), code, reason,
                amendmentReason(change), reviewDay(state.info(), change))));
        String recordId = target.isUnitDocuments() ? null : target.id();
        events.addAll(FindingDecisions.dropProposals(state.get(FindingBook.class), target.unit(), recordId, code,
                Texts.get(recordedIn(state), "score.recorded.proposal-dropped", code)));
        return events;
    }

    public static List<NewEvent> done(SessionState state, ScoreTarget target, Change change) {
        Rubric rubric = rubricFor(state, target, change.attributes());
        Optional<ScoreBook.DoneMark> done = state.get(ScoreBook.class).of(target).flatMap(ScoreBook.Scoring::done);
        if (done.isPresent() && done.get().auditor().equals(change.auditor())) {
            throw UserError.of("score.already-marked-done-you", target.label(state.info().language()));
        }
        List<NewEvent> events = new ArrayList<>(guard(state, target, change, rubric));
        events.add(new NewEvent(ScoreEvents.DONE, new ScoreEvents.Done(target, rubric.label(), amendmentReason(change),
                reviewDay(state.info(), change))));
        return events;
    }

    /**
     * The checks every change passes: finalized reviews take amendments only; a file someone else
     * marked done needs an override with a reason, and is reopened first (the earlier scoring stays
     * in the history).
     */
    private static List<NewEvent> guard(SessionState state, ScoreTarget target, Change change, Rubric rubric) {
        boolean finalized = state.finalized();
        if (finalized && !change.amend()) {
            throw UserError.of("score.review-finalized-change-score-only");
        }
        if (change.amend()) {
            if (!finalized) {
                throw UserError.of("score.review-finalized-change-score-score");
            }
            if (change.reason() == null || change.reason().isBlank()) {
                throw UserError.of("score.amendment-needs-reason");
            }
            return List.of();
        }
        List<NewEvent> events = new ArrayList<>(claimGuard(state, target, change));
        Optional<ScoreBook.DoneMark> done = state.get(ScoreBook.class).of(target).flatMap(ScoreBook.Scoring::done);
        if (done.isEmpty()) {
            return events;
        }
        String by = done.get().auditor();
        if (by.equals(change.auditor())) {
            events.add(new NewEvent(ScoreEvents.REOPENED, new ScoreEvents.Reopened(target, rubric.label(), by,
                    Texts.get(recordedIn(state), "score.recorded.reopened-by-scorer"), false, reviewDay(state.info(), change))));
            return events;
        }
        if (!change.override()) {
            throw UserError.of("score.was-marked-done-change-add", target.label(state.info().language()), by);
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw UserError.of("score.override-needs-reason-saying-why", by);
        }
        events.add(new NewEvent(ScoreEvents.REOPENED, new ScoreEvents.Reopened(target, rubric.label(), by,
                change.reason(), true, reviewDay(state.info(), change))));
        return events;
    }

    /**
     * A target another auditor holds ({@code score open}) is changed only with an override and its
     * reason, recorded as {@link ScoreEvents#CLAIM_OVERRIDDEN}; the holder keeps the claim.
     */
    private static List<NewEvent> claimGuard(SessionState state, ScoreTarget target, Change change) {
        Optional<ScoreBook.Claim> claim = state.get(ScoreBook.class).claimOf(target);
        if (claim.isEmpty() || claim.get().auditor().equals(change.auditor())) {
            return List.of();
        }
        String holder = claim.get().auditor();
        if (!change.override()) {
            throw UserError.of("score.claim.held", target.label(state.info().language()), holder);
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw UserError.of("score.claim.override-needs-reason", target.label(state.info().language()), holder);
        }
        return List.of(new NewEvent(ScoreEvents.CLAIM_OVERRIDDEN,
                new ScoreEvents.ClaimOverridden(target, holder, change.reason())));
    }

    /**
     * Opens a target for the change's auditor, who then holds it (see {@link ScoreEvents#OPENED}):
     * nothing to write when the auditor already has it open, or once the review is finalized (no
     * claims then: only amendments change scores); a target another auditor holds is taken over
     * only with an override and its reason.
     */
    public static List<NewEvent> open(SessionState state, ScoreTarget target, Change change) {
        ScoreBook book = state.get(ScoreBook.class);
        if (state.finalized() || book.openBy(change.auditor()).filter(target::equals).isPresent()) {
            return List.of();
        }
        Optional<ScoreBook.Claim> claim = book.claimOf(target);
        if (claim.isEmpty() || claim.get().auditor().equals(change.auditor())) {
            return List.of(new NewEvent(ScoreEvents.OPENED, new ScoreEvents.Opened(target, null, null)));
        }
        String holder = claim.get().auditor();
        if (!change.override()) {
            throw UserError.of("score.claim.held-open", target.label(state.info().language()), holder);
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw UserError.of("score.claim.override-needs-reason", target.label(state.info().language()), holder);
        }
        return List.of(new NewEvent(ScoreEvents.OPENED, new ScoreEvents.Opened(target, holder, change.reason())));
    }

    /**
     * Ends a claim without marking the target done: the holder's own, or another's with an override
     * and its reason.
     */
    public static List<NewEvent> release(SessionState state, ScoreTarget target, Change change) {
        ScoreBook.Claim claim = state.get(ScoreBook.class).claimOf(target)
                .orElseThrow(() -> UserError.of("score.claim.none", target.label(state.info().language())));
        if (claim.auditor().equals(change.auditor())) {
            return List.of(new NewEvent(ScoreEvents.RELEASED, new ScoreEvents.Released(target, claim.auditor(), null)));
        }
        if (!change.override()) {
            throw UserError.of("score.claim.held-release", target.label(state.info().language()), claim.auditor());
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw UserError.of("score.claim.override-needs-reason", target.label(state.info().language()), claim.auditor());
        }
        return List.of(new NewEvent(ScoreEvents.RELEASED,
                new ScoreEvents.Released(target, claim.auditor(), change.reason())));
    }

    private static String amendmentReason(Change change) {
        return change.amend() ? change.reason() : null;
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw UserError.of("score.give-note-saying-what-was");
        }
    }

    private static List<NewEvent> propose(SessionState state, ScoreTarget target, Rubric rubric, Criterion c,
                                          String note, Severity severity) {
        String recordId = target.isUnitDocuments() ? null : target.id();
        Texts.Lang lang = recordedIn(state);
        String text = target.isUnitDocuments() ? Texts.get(lang, "score.recorded.proposal-unit", c.text(), note)
                : Texts.get(lang, "score.recorded.proposal-file", target.id(), c.text(), note);
        FindingProposal p = new FindingProposal(target.unit(), recordId, c.code(), severity, text,
                Texts.get(lang, "score.recorded.requirement", c.code(), c.text()),
                "score " + c.code(), rubric.id(), rubric.version());
        return FindingDecisions.propose(state.get(FindingBook.class), List.of(p));
    }

    /**
     * The language of the words a decision records into the journal (a proposal's text and requirement,
     * a reason): the session's, never the terminal's, so that a session's journal reads the same
     * whoever's terminal wrote it.
     */
    private static Texts.Lang recordedIn(SessionState state) {
        return state.info().language();
    }
}
