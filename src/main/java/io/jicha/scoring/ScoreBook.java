package io.jicha.scoring;

import io.jicha.journal.Event;
import io.jicha.session.Projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scoring of every target, folded from the score events. */
public final class ScoreBook implements Projection {

    /** One standing deduction, veto, not-applicable mark or bonus of a criterion. */
    public record Mark(String criterion, boolean veto, Integer times, BigDecimal points, String note, String auditor,
                       long seq, Instant ts, Kind kind) {

        /** What the mark does. */
        public enum Kind { DEDUCTION, VETO, NOT_APPLICABLE, BONUS }

        /** Whether the mark says something is wrong with the file (a deduction or a veto): 不适用 and 加分 never do. */
        public boolean isProblem() {
            return kind == Kind.DEDUCTION || kind == Kind.VETO;
        }

        public Mark(String criterion, boolean veto, Integer times, BigDecimal points, String note, String auditor,
                    long seq, Instant ts) {
            this(criterion, veto, times, points, note, auditor, seq, ts, veto ? Kind.VETO : Kind.DEDUCTION);
        }

        public boolean deduction() {
            return kind == Kind.DEDUCTION;
        }
    }

    /** One line of a target's history, for {@code score show --history} and the amendment log. */
    public record HistoryLine(long seq, Instant ts, String auditor, Change change, String amendment) {

        /** The scored target the change was made on. */
        public ScoreTarget target() {
            return change.target();
        }
    }

    /**
     * What one scoring event changed, as a typed value (the words are the bundles': {@link #key()} with
     * {@link #args()}): the action, its criterion (null for done and reopened), the points and number of
     * occurrences of a deduction or the points of a bonus, the note or reason, and for an override whose
     * done mark was set aside ({@code doneBy}).
     */
    public record Change(ScoreTarget target, Action action, String criterion, BigDecimal points, Integer times,
                         String note, String doneBy) {

        /** The bundle key of its words, in the score (terminal) and report (document) bundles alike. */
        public String key() {
            return switch (action) {
                case DEDUCTED -> times == null ? "score.history.deducted" : "score.history.deducted-times";
                case VETOED -> "score.history.vetoed";
                case NOT_APPLICABLE -> "score.history.not-applicable";
                case BONUS -> "score.history.bonus";
                case CLEARED -> note == null ? "score.history.cleared" : "score.history.cleared-why";
                case DONE -> "score.history.done";
                case REOPENED -> "score.history.reopened";
                case OVERRIDDEN -> "score.history.overridden";
            };
        }

        /** The arguments of {@link #key()}'s words, as text (points in plain figures). */
        public Object[] args() {
            return switch (action) {
                case DEDUCTED -> times == null ? new Object[] {criterion, plain(points), note}
                        : new Object[] {criterion, plain(points), String.valueOf(times), note};
                case VETOED, NOT_APPLICABLE -> new Object[] {criterion, note};
                case BONUS -> new Object[] {criterion, plain(points), note};
                case CLEARED -> note == null ? new Object[] {criterion} : new Object[] {criterion, note};
                case DONE -> new Object[0];
                case REOPENED -> new Object[] {note};
                case OVERRIDDEN -> new Object[] {doneBy, note};
            };
        }
    }

    /** The kinds of scoring change a history line records. */
    public enum Action {
        DEDUCTED, VETOED, NOT_APPLICABLE, BONUS, CLEARED, DONE, REOPENED, OVERRIDDEN
    }

    /**
     * Who marked a target done, when the event was recorded, and the day the file was reviewed
     * ({@code on}; null in journals written before score events carried it).
     */
    public record DoneMark(String auditor, Instant ts, long seq, LocalDate on) {

        /**
         * The day the file was reviewed: the recorded review day, or for an old journal without
         * it the day the done event was recorded, in the session's time zone ({@code zone},
         * {@code SessionInfo.zone()}): never the machine's, so every machine prints the same day.
         */
        public LocalDate day(ZoneId zone) {
            return on != null ? on : ts.atZone(zone).toLocalDate();
        }

        /** Whether {@link #day()} is the recorded review day rather than the event's recording day. */
        public boolean dayRecorded() {
            return on != null;
        }
    }

    /** The scoring state of one target. */
    public static final class Scoring {
        private final ScoreTarget target;
        private final List<Mark> marks = new ArrayList<>();
        private final List<HistoryLine> history = new ArrayList<>();
        private DoneMark done;
        private String rubric;

        Scoring(ScoreTarget target) {
            this.target = target;
        }

        public ScoreTarget target() {
            return target;
        }

        /** The standing deductions and vetoes, in the order they were made. */
        public List<Mark> marks() {
            return List.copyOf(marks);
        }

        public List<Mark> marks(String criterion) {
            return marks.stream().filter(m -> m.criterion().equals(criterion)).toList();
        }

        public Optional<DoneMark> done() {
            return Optional.ofNullable(done);
        }

        public List<HistoryLine> history() {
            return List.copyOf(history);
        }

        /** The rubric (id vVERSION) of the last scoring event. */
        public String rubric() {
            return rubric;
        }
    }

    /** An auditor's hold on a target, from its {@code score.opened} (seq) until done or released. */
    public record Claim(ScoreTarget target, String auditor, long seq) {
    }

    private final Map<String, Scoring> byTarget = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, ScoreTarget> openBy = new LinkedHashMap<>();
    private final List<HistoryLine> amendments = new ArrayList<>();

    @Override
    public void apply(Event e) {
        switch (e.type()) {
            case ScoreEvents.DEDUCTED -> {
                ScoreEvents.Deducted d = e.payloadAs(ScoreEvents.Deducted.class);
                Scoring s = scoring(d.target(), d.rubric());
                s.marks.add(new Mark(d.criterion(), false, d.times(), d.points(), d.note(), e.auditor(), e.seq(), e.ts()));
                history(s, e, new Change(s.target, Action.DEDUCTED, d.criterion(), d.points(), d.times(), d.note(), null),
                        d.amendment());
            }
            case ScoreEvents.VETOED -> {
                ScoreEvents.Vetoed v = e.payloadAs(ScoreEvents.Vetoed.class);
                Scoring s = scoring(v.target(), v.rubric());
                s.marks.add(new Mark(v.criterion(), true, null, BigDecimal.ZERO, v.note(), e.auditor(), e.seq(), e.ts()));
                history(s, e, new Change(s.target, Action.VETOED, v.criterion(), null, null, v.note(), null), v.amendment());
            }
            case ScoreEvents.NOT_APPLICABLE -> {
                ScoreEvents.NotApplicable n = e.payloadAs(ScoreEvents.NotApplicable.class);
                Scoring s = scoring(n.target(), n.rubric());
                s.marks.add(new Mark(n.criterion(), false, null, BigDecimal.ZERO, n.note(), e.auditor(), e.seq(), e.ts(),
                        Mark.Kind.NOT_APPLICABLE));
                history(s, e, new Change(s.target, Action.NOT_APPLICABLE, n.criterion(), null, null, n.note(), null),
                        n.amendment());
            }
            case ScoreEvents.BONUS -> {
                ScoreEvents.Bonus b = e.payloadAs(ScoreEvents.Bonus.class);
                Scoring s = scoring(b.target(), b.rubric());
                s.marks.add(new Mark(b.criterion(), false, null, b.points(), b.note(), e.auditor(), e.seq(), e.ts(),
                        Mark.Kind.BONUS));
                history(s, e, new Change(s.target, Action.BONUS, b.criterion(), b.points(), null, b.note(), null), b.amendment());
            }
            case ScoreEvents.CLEARED -> {
                ScoreEvents.Cleared c = e.payloadAs(ScoreEvents.Cleared.class);
                Scoring s = scoring(c.target(), c.rubric());
                s.marks.removeIf(m -> m.criterion().equals(c.criterion()));
                history(s, e, new Change(s.target, Action.CLEARED, c.criterion(), null, null, c.reason(), null), c.amendment());
            }
            case ScoreEvents.DONE -> {
                ScoreEvents.Done d = e.payloadAs(ScoreEvents.Done.class);
                Scoring s = scoring(d.target(), d.rubric());
                s.done = new DoneMark(e.auditor(), e.ts(), e.seq(), d.on());
                endClaim(d.target());
                history(s, e, new Change(s.target, Action.DONE, null, null, null, null, null), d.amendment());
            }
            case ScoreEvents.REOPENED -> {
                ScoreEvents.Reopened r = e.payloadAs(ScoreEvents.Reopened.class);
                Scoring s = scoring(r.target(), r.rubric());
                s.done = null;
                history(s, e, new Change(s.target, r.override() ? Action.OVERRIDDEN : Action.REOPENED, null, null, null,
                        r.reason(), r.doneBy()), null);
            }
            case ScoreEvents.OPENED -> {
                ScoreEvents.Opened o = e.payloadAs(ScoreEvents.Opened.class);
                endClaim(o.target());
                claims.put(o.target().key(), new Claim(o.target(), e.auditor(), e.seq()));
                openBy.put(e.auditor(), o.target());
            }
            case ScoreEvents.RELEASED -> endClaim(e.payloadAs(ScoreEvents.Released.class).target());
            default -> {
                // not a scoring event
            }
        }
    }

    private void endClaim(ScoreTarget t) {
        Claim c = claims.remove(t.key());
        if (c != null && t.equals(openBy.get(c.auditor()))) {
            openBy.remove(c.auditor());
        }
    }

    /** Who holds the target (opened it and has not yet marked it done or released it), if anyone. */
    public Optional<Claim> claimOf(ScoreTarget target) {
        return Optional.ofNullable(claims.get(target.key()));
    }

    /** Every claim held, in the order the targets were opened. */
    public List<Claim> claims() {
        return claims.values().stream().sorted(java.util.Comparator.comparingLong(Claim::seq)).toList();
    }

    /** The target the auditor opened last and still holds: what the score verbs apply to without an id. */
    public Optional<ScoreTarget> openBy(String auditor) {
        return Optional.ofNullable(openBy.get(auditor));
    }

    private Scoring scoring(ScoreTarget t, String rubric) {
        Scoring s = byTarget.computeIfAbsent(t.key(), k -> new Scoring(t));
        s.rubric = rubric;
        return s;
    }

    private void history(Scoring s, Event e, Change change, String amendment) {
        HistoryLine line = new HistoryLine(e.seq(), e.ts(), e.auditor(), change, amendment);
        s.history.add(line);
        if (amendment != null) {
            amendments.add(line);
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The scoring of a target, if anything was scored on it. */
    public Optional<Scoring> of(ScoreTarget target) {
        return Optional.ofNullable(byTarget.get(target.key()));
    }

    public List<Scoring> all() {
        return List.copyOf(byTarget.values());
    }

    /** Whether the target is marked done (reviewed). */
    public boolean isDone(ScoreTarget target) {
        return of(target).flatMap(Scoring::done).isPresent();
    }

    /** Changes made after the review was finalized, in journal order. */
    public List<HistoryLine> amendments() {
        return List.copyOf(amendments);
    }
}
