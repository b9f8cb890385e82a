package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.common.UserError;
import io.jicha.finding.FindingEvents;
import io.jicha.report.XlsxOutput;
import io.jicha.scoring.ReviewSummary;
import io.jicha.text.TextTable;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import io.jicha.rubric.Points;
import io.jicha.scoring.Amendment;
import io.jicha.scoring.ScoreBook;
import io.jicha.scoring.ScoreEvents;
import io.jicha.scoring.ScoreSheet;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.SessionState;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * score open / deduct / veto / clear / show / done / amend, and the same verbs under 'review' for
 * a unit's own documents.
 */
@Component
public class ScoreCommands {

    private static final String ON = "the day the file was reviewed, yyyy-MM-dd (default: today, which must lie in the review period)";

    private final ShellContext ctx;
    private Clock clock = Clock.systemDefaultZone();

    public ScoreCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** The clock "today" is read from (a fixed one in tests). */
    ScoreCommands withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    // ---- case files

    @Command(name = {"score", "open"}, group = "Scoring", description = "Make a drawn file the one being scored",
            completionProvider = "drawnIdCompletion")
    public String open(@Argument(index = 0, description = "record id") String id,
                       @Option(longName = "record", description = "record id (instead of the argument)") String record,
                       @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                       @Option(longName = "override", description = "take over a file another auditor holds") Boolean override,
                       @Option(longName = "reason", description = "why (with --override)") String reason) {
        String which = id == null || id.isBlank() ? record : id;
        Args.required(Texts.get("score.the-record-id"), which);
        ScoreTarget t = ScoringDecisions.locate(ctx.session().state(), which, unit);
        List<Event> written = openOn(t, override, reason);
        return Texts.get("score.now-scoring", t.id(), t.unit(), t.kind().chinese()) + takenOver(written);
    }

    @Command(name = {"score", "release"}, group = "Scoring",
            description = "Let go of a file opened with 'score open' without marking it done",
            completionProvider = "drawnIdCompletion")
    public String release(@Argument(index = 0, description = "record id (default: the open file)") String id,
                          @Option(longName = "record", description = "record id (instead of the argument)") String record,
                          @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                          @Option(longName = "override", description = "end another auditor's hold on the file") Boolean override,
                          @Option(longName = "reason", description = "why (with --override)") String reason) {
        String which = id == null || id.isBlank() ? record : id;
        Change change = change(override, reason, false, null);
        List<Event> written = append(change, state -> ScoringDecisions.release(state, target(state, which, unit), change));
        ScoreEvents.Released r = written.get(0).payloadAs(ScoreEvents.Released.class);
        if (ctx.currentTarget().filter(r.target()::equals).isPresent()) { // the file let go of is no longer the open one
            ctx.setCurrentTarget(null);
        }
        return Texts.get(r.reason() == null ? "score.let-go" : "score.let-go-other", label(r.target()), r.holder());
    }

    @Command(name = {"score", "status"}, group = "Scoring",
            description = "Who holds which file (opened with 'score open' and not yet done or released)")
    public String status() {
        SessionState state = ctx.session().state();
        List<ScoreBook.Claim> claims = state.get(ScoreBook.class).claims();
        if (claims.isEmpty()) {
            return Texts.get("score.status.none");
        }
        TextTable t = new TextTable(Texts.get("score.h.file"), Texts.get("score.h.unit"), Texts.get("score.h.holder"),
                Texts.get("score.h.scored"));
        for (ScoreBook.Claim c : claims) {
            boolean any = state.get(ScoreBook.class).of(c.target()).map(s -> !s.marks().isEmpty()).orElse(false);
            t.row(c.target().isUnitDocuments() ? Texts.get("score.status.unit-documents") : c.target().id(),
                    c.target().unit(), c.auditor(), Texts.get(any ? "score.status.marks" : "score.status.no-marks"));
        }
        return t.render().stripTrailing();
    }

    /** Records the auditor's opening of the target (the claim), or remembers it in this process once finalized. */
    private List<Event> openOn(ScoreTarget t, Boolean override, String reason) {
        Change change = change(override, reason, false, null);
        List<Event> written = append(change, state -> ScoringDecisions.open(state, t, change));
        ctx.setCurrentTarget(t);
        return written;
    }

    private static String takenOver(List<Event> written) {
        return written.stream().filter(e -> e.type().equals(ScoreEvents.OPENED))
                .map(e -> e.payloadAs(ScoreEvents.Opened.class)).filter(o -> o.takenFrom() != null)
                .map(o -> "\n" + Texts.get("score.claim.taken-over", o.takenFrom(), o.reason())).findFirst().orElse("");
    }

    @Command(name = {"score", "deduct"}, group = "Scoring", description = "Deduct points on a criterion, with a note of what was seen",
            completionProvider = "criterionCompletion")
    public String deduct(@Argument(index = 0, description = "criterion code") String code,
                         @Option(longName = "record", description = "record id (default: the open file)") String record,
                         @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                         @Option(longName = "times", description = "occurrences; the deduction per occurrence is the rubric's, capped") Integer times,
                         @Option(longName = "points", description = "an explicit deduction, e.g. 0.5") String points,
                         @Option(longName = "note", description = "what was seen, e.g. 询问笔录第3页无被询问人签名") String note,
                         @Option(longName = "override", description = "change a file another auditor marked done") Boolean override,
                         @Option(longName = "reason", description = "why (with --override)") String reason,
                         @Option(longName = "on", description = ON) String on) {
        return deductOn(t -> target(t, record, unit), code, times, points, note, change(override, reason, false, on));
    }

    @Command(name = {"score", "veto"}, group = "Scoring", description = "Fail a veto criterion (一票否决)",
            completionProvider = "criterionCompletion")
    public String veto(@Argument(index = 0, description = "criterion code") String code,
                       @Option(longName = "record", description = "record id (default: the open file)") String record,
                       @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                       @Option(longName = "note", description = "what was seen") String note,
                       @Option(longName = "override", description = "change a file another auditor marked done") Boolean override,
                       @Option(longName = "reason", description = "why (with --override)") String reason,
                       @Option(longName = "on", description = ON) String on) {
        return vetoOn(t -> target(t, record, unit), code, note, change(override, reason, false, on));
    }

    @Command(name = {"score", "clear"}, group = "Scoring", description = "Take back a criterion's deductions or veto (recorded, not erased)",
            completionProvider = "criterionCompletion")
    public String clear(@Argument(index = 0, description = "criterion code") String code,
                        @Option(longName = "record", description = "record id (default: the open file)") String record,
                        @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                        @Option(longName = "reason", description = "why") String reason,
                        @Option(longName = "override", description = "change a file another auditor marked done") Boolean override,
                        @Option(longName = "on", description = ON) String on) {
        return clearOn(t -> target(t, record, unit), code, reason, change(override, reason, false, on));
    }

    @Command(name = {"score", "show"}, group = "Scoring", description = "The filled rubric of a file: deductions, subtotals, total, grade",
            completionProvider = "drawnIdCompletion")
    public String show(@Argument(index = 0, description = "record id (default: the open file)") String id,
                       @Option(longName = "record", description = "record id (instead of the argument)") String record,
                       @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                       @Option(longName = "history", description = "also every scoring action, overrides and amendments included") Boolean history) {
        SessionState state = ctx.session().state();
        return showOn(state, target(state, id == null || id.isBlank() ? record : id, unit), Boolean.TRUE.equals(history));
    }

    @Command(name = {"score", "table"}, group = "Scoring",
            description = "The score table of all reviewed files: a row per file, a column per section, total, grade, veto")
    public String table(@Option(longName = "xlsx", description = "also write the table as an Excel workbook (.xlsx)") String xlsx,
                        @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        SessionState state = ctx.session().state();
        List<XlsxOutput.Sheet> sheets = SpreadsheetExport.tables(state).scoreTable(ReviewSummary.of(state));
        if (sheets.isEmpty() && xlsx != null) {
            throw UserError.of("score.table.xlsx-empty", xlsx); // a workbook needs a sheet, and there is no row
        }
        StringBuilder out = new StringBuilder();
        for (XlsxOutput.Sheet sheet : sheets) {
            int columns = sheet.headers().size();
            TextTable t = new TextTable(sheet.headers().toArray(String[]::new)).maxColumnWidth(30)
                    .alignRight(java.util.stream.IntStream.range(2, columns - 2).toArray()); // sections and total
            for (List<Object> row : sheet.rows()) {
                t.row(row.stream().map(v -> v == null ? "—" : v instanceof BigDecimal d ? Points.format(d) : v)
                        .toArray());
            }
            out.append(sheet.name()).append('\n').append(t.render());
        }
        if (sheets.isEmpty()) {
            out.append(Texts.get("score.table.empty"));
        }
        if (xlsx != null) {
            out.append('\n').append(SpreadsheetExport.write(state, xlsx, force, sheets));
        }
        return out.toString().stripTrailing();
    }

    @Command(name = {"score", "done"}, group = "Scoring", description = "Mark a file reviewed; untouched criteria keep full points",
            completionProvider = "drawnIdCompletion")
    public String done(@Argument(index = 0, description = "record id (default: the open file)") String id,
                       @Option(longName = "record", description = "record id (instead of the argument)") String record,
                       @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                       @Option(longName = "override", description = "re-mark a file another auditor marked done") Boolean override,
                       @Option(longName = "reason", description = "why (with --override)") String reason,
                       @Option(longName = "on", description = ON) String on) {
        String which = id == null || id.isBlank() ? record : id;
        return doneOn(t -> target(t, which, unit), change(override, reason, false, on));
    }

    @Command(name = {"score", "amend"}, group = "Scoring",
            description = "After finalizing: change a file's score, recorded as an amendment with its reason",
            completionProvider = "criterionCompletion")
    public String amend(@Argument(index = 0, description = "criterion code") String code,
                        @Option(longName = "record", required = true, description = "record id") String record,
                        @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                        @Option(longName = "times", description = "deduct this many occurrences") Integer times,
                        @Option(longName = "points", description = "deduct these points") String points,
                        @Option(longName = "veto", description = "fail this veto criterion") Boolean veto,
                        @Option(longName = "clear", description = "take back the criterion's deductions and veto") Boolean clear,
                        @Option(longName = "note", description = "what was seen") String note,
                        @Option(longName = "reason", required = true, description = "why the finalized score changes") String reason,
                        @Option(longName = "on", description = ON) String on) {
        return amendOn(t -> target(t, record, unit), code, times, points, veto, clear, note, reason, on);
    }

    // ---- a unit's own documents

    @Command(name = {"review", "unit"}, group = "Scoring", description = "Review a unit's own documents: the score verbs then apply to them")
    public String reviewUnit(@Argument(index = 0, description = "unit") String unit,
                             @Option(longName = "override", description = "take over a unit's documents another auditor holds") Boolean override,
                             @Option(longName = "reason", description = "why (with --override)") String reason) {
        Args.required(Texts.get("score.the-unit"), unit);
        SessionState state = ctx.session().state();
        ScoreTarget t = ScoringDecisions.unitDocuments(state, unit);
        ScoringDecisions.rubricFor(state, t);
        List<Event> written = openOn(t, override, reason);
        return Texts.get("score.reviewing-unit", unit) + takenOver(written);
    }

    @Command(name = {"review", "deduct"}, group = "Scoring", description = "Deduct points on a unit-documents criterion",
            completionProvider = "criterionCompletion")
    public String reviewDeduct(@Argument(index = 0, description = "criterion code") String code,
                               @Option(longName = "unit", description = "unit (default: the one under review)") String unit,
                               @Option(longName = "times", description = "occurrences") Integer times,
                               @Option(longName = "points", description = "an explicit deduction") String points,
                               @Option(longName = "note", description = "what was seen") String note,
                               @Option(longName = "override", description = "change a review another auditor marked done") Boolean override,
                               @Option(longName = "reason", description = "why (with --override)") String reason,
                               @Option(longName = "on", description = ON) String on) {
        return deductOn(s -> unitTarget(s, unit), code, times, points, note, change(override, reason, false, on));
    }

    @Command(name = {"review", "veto"}, group = "Scoring", description = "Fail a unit-documents veto criterion",
            completionProvider = "criterionCompletion")
    public String reviewVeto(@Argument(index = 0, description = "criterion code") String code,
                             @Option(longName = "unit", description = "unit (default: the one under review)") String unit,
                             @Option(longName = "note", description = "what was seen") String note,
                             @Option(longName = "override", description = "change a review another auditor marked done") Boolean override,
                             @Option(longName = "reason", description = "why (with --override)") String reason,
                             @Option(longName = "on", description = ON) String on) {
        return vetoOn(s -> unitTarget(s, unit), code, note, change(override, reason, false, on));
    }

    @Command(name = {"review", "clear"}, group = "Scoring", description = "Take back a unit-documents deduction or veto",
            completionProvider = "criterionCompletion")
    public String reviewClear(@Argument(index = 0, description = "criterion code") String code,
                              @Option(longName = "unit", description = "unit (default: the one under review)") String unit,
                              @Option(longName = "reason", description = "why") String reason,
                              @Option(longName = "override", description = "change a review another auditor marked done") Boolean override,
                              @Option(longName = "on", description = ON) String on) {
        return clearOn(s -> unitTarget(s, unit), code, reason, change(override, reason, false, on));
    }

    @Command(name = {"review", "show"}, group = "Scoring", description = "The filled unit-documents rubric of a unit")
    public String reviewShow(@Argument(index = 0, description = "unit (default: the one under review)") String unit,
                             @Option(longName = "history", description = "also every action") Boolean history) {
        SessionState state = ctx.session().state();
        return showOn(state, unitTarget(state, unit), Boolean.TRUE.equals(history));
    }

    @Command(name = {"review", "done"}, group = "Scoring", description = "Mark a unit's document review done")
    public String reviewDone(@Argument(index = 0, description = "unit (default: the one under review)") String unit,
                             @Option(longName = "override", description = "re-mark a review another auditor marked done") Boolean override,
                             @Option(longName = "reason", description = "why (with --override)") String reason,
                             @Option(longName = "on", description = ON) String on) {
        return doneOn(s -> unitTarget(s, unit), change(override, reason, false, on));
    }

    @Command(name = {"review", "amend"}, group = "Scoring", description = "After finalizing: change a unit-documents score, with a reason",
            completionProvider = "criterionCompletion")
    public String reviewAmend(@Argument(index = 0, description = "criterion code") String code,
                              @Option(longName = "unit", required = true, description = "unit") String unit,
                              @Option(longName = "times", description = "deduct this many occurrences") Integer times,
                              @Option(longName = "points", description = "deduct these points") String points,
                              @Option(longName = "veto", description = "fail this veto criterion") Boolean veto,
                              @Option(longName = "clear", description = "take back the criterion's deductions and veto") Boolean clear,
                              @Option(longName = "note", description = "what was seen") String note,
                              @Option(longName = "reason", required = true, description = "why the finalized score changes") String reason,
                              @Option(longName = "on", description = ON) String on) {
        return amendOn(s -> unitTarget(s, unit), code, times, points, veto, clear, note, reason, on);
    }

    // ---- shared

    private String deductOn(Function<SessionState, ScoreTarget> where, String code, Integer times, String points,
                            String note, Change change) {
        Args.required(Texts.get("score.the-criterion-code"), code);
        BigDecimal p = points == null ? null : Args.decimal("--points", points);
        List<Event> written = append(change, state -> { ScoreTarget at = where.apply(state); return ScoringDecisions.deduct(state, at, code, times, p, note, about(state, at, change)); });
        ScoreEvents.Deducted d = written.stream().filter(e -> e.type().equals(ScoreEvents.DEDUCTED)).findFirst()
                .orElseThrow().payloadAs(ScoreEvents.Deducted.class);
        return describe(written, d.target(), code + " −" + Points.format(d.points()));
    }

    private String vetoOn(Function<SessionState, ScoreTarget> where, String code, String note, Change change) {
        Args.required(Texts.get("score.the-criterion-code"), code);
        List<Event> written = append(change, state -> { ScoreTarget at = where.apply(state); return ScoringDecisions.veto(state, at, code, note, about(state, at, change)); });
        ScoreTarget t = written.stream().filter(e -> e.type().equals(ScoreEvents.VETOED)).findFirst().orElseThrow()
                .payloadAs(ScoreEvents.Vetoed.class).target();
        return describe(written, t, Texts.get("score.what-vetoed", code));
    }

    private String clearOn(Function<SessionState, ScoreTarget> where, String code, String reason, Change change) {
        Args.required(Texts.get("score.the-criterion-code"), code);
        List<Event> written = append(change, state -> { ScoreTarget at = where.apply(state); return ScoringDecisions.clear(state, at, code, reason, about(state, at, change)); });
        ScoreTarget t = written.stream().filter(e -> e.type().equals(ScoreEvents.CLEARED)).findFirst().orElseThrow()
                .payloadAs(ScoreEvents.Cleared.class).target();
        return describe(written, t, Texts.get("score.what-cleared", code));
    }

    private String doneOn(Function<SessionState, ScoreTarget> where, Change change) {
        List<Event> written = append(change, state -> { ScoreTarget at = where.apply(state); return ScoringDecisions.done(state, at, about(state, at, change)); });
        ScoreTarget t = written.stream().filter(e -> e.type().equals(ScoreEvents.DONE)).findFirst().orElseThrow()
                .payloadAs(ScoreEvents.Done.class).target();
        ScoreSheet sheet = ScoringDecisions.sheet(ctx.session().state(), t);
        if (ctx.currentTarget().filter(t::equals).isPresent()) {
            ctx.setCurrentTarget(null);
        }
        return sheet.vetoed()
                ? Texts.get("score.reviewed-vetoed", label(t), ScoreSheetText.shown(sheet), Points.format(sheet.rubric().total()),
                        sheet.grade(), String.join(", ", sheet.vetoes()))
                : Texts.get("score.reviewed", label(t), ScoreSheetText.shown(sheet), Points.format(sheet.rubric().total()),
                        sheet.grade());
    }

    private String amendOn(Function<SessionState, ScoreTarget> where, String code, Integer times, String points,
                           Boolean veto, Boolean clear, String note, String reason, String on) {
        Amendment.Action action = new Amendment(times != null || points != null, Boolean.TRUE.equals(veto),
                Boolean.TRUE.equals(clear)).action();
        Change change = change(false, reason, true, on);
        return switch (action) {
            case VETO -> vetoOn(where, code, note, change);
            case CLEAR -> clearOn(where, code, reason, change);
            case DEDUCT -> deductOn(where, code, times, points, note, change);
        };
    }

    private String showOn(SessionState state, ScoreTarget t, boolean history) {
        ScoreSheet sheet = ScoringDecisions.sheet(state, t);
        Texts.Lang lang = state.info().language();
        String out = ScoreSheetText.render(sheet, Texts.get(lang, "score.target.file-of-unit", t.label(lang), t.unit()),
                state.info().zone());
        if (history) {
            out += "\n\n" + Texts.get("score.history") + "\n" + state.get(ScoreBook.class).of(t)
                    .map(s -> ScoreSheetText.history(s.history())).orElse(Texts.get("score.nothing-scored-yet"));
        }
        return out;
    }

    /**
     * The change, about the file's record attributes when a rubric written for particular files
     * (applies_when) is loaded for its kind: they choose that rubric (see ScoringDecisions.rubricFor).
     */
    private Change about(SessionState state, ScoreTarget t, Change change) {
        Map<String, String> attributes = io.jicha.scoring.Judging.attributes(state, ctx.session().snapshotDir(), t);
        return attributes.isEmpty() ? change : change.about(attributes);
    }

    @Command(name = {"score", "na"}, group = "Scoring", description = "Mark a criterion not applicable (不适用) to the file; the total is rescaled",
            completionProvider = "criterionCompletion")
    public String notApplicable(@Argument(index = 0, description = "criterion code") String code,
                                @Option(longName = "record", description = "record id (default: the open file)") String record,
                                @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                                @Option(longName = "note", description = "why it does not apply, e.g. 未采样") String note,
                                @Option(longName = "override", description = "change a file another auditor marked done") Boolean override,
                                @Option(longName = "reason", description = "why (with --override)") String reason,
                                @Option(longName = "on", description = ON) String on) {
        Args.required(Texts.get("score.the-criterion-code"), code);
        Change change = change(override, reason, false, on);
        List<Event> written = append(change, state -> {
            ScoreTarget at = target(state, record, unit);
            return ScoringDecisions.notApplicable(state, at, code, note, about(state, at, change));
        });
        ScoreTarget t = written.stream().filter(e -> e.type().equals(ScoreEvents.NOT_APPLICABLE)).findFirst()
                .orElseThrow().payloadAs(ScoreEvents.NotApplicable.class).target();
        return describe(written, t, Texts.get("score.na.done", code));
    }

    @Command(name = {"score", "bonus"}, group = "Scoring", description = "Award a bonus item (加分项), up to the rubric's bonus cap",
            completionProvider = "criterionCompletion")
    public String bonus(@Argument(index = 0, description = "bonus item code") String code,
                        @Option(longName = "record", description = "record id (default: the open file)") String record,
                        @Option(longName = "unit", description = "the unit, when the id was drawn in several") String unit,
                        @Option(longName = "points", description = "fewer points than the item's, e.g. 1") String points,
                        @Option(longName = "note", description = "what earned it") String note,
                        @Option(longName = "override", description = "change a file another auditor marked done") Boolean override,
                        @Option(longName = "reason", description = "why (with --override)") String reason,
                        @Option(longName = "on", description = ON) String on) {
        Args.required(Texts.get("score.the-criterion-code"), code);
        BigDecimal p = points == null ? null : Args.decimal("--points", points);
        Change change = change(override, reason, false, on);
        List<Event> written = append(change, state -> {
            ScoreTarget at = target(state, record, unit);
            return ScoringDecisions.bonus(state, at, code, p, note, about(state, at, change));
        });
        ScoreEvents.Bonus b = written.stream().filter(e -> e.type().equals(ScoreEvents.BONUS)).findFirst()
                .orElseThrow().payloadAs(ScoreEvents.Bonus.class);
        return describe(written, b.target(), code + " +" + Points.format(b.points()));
    }

    /** How the terminal names what is scored: in the session's language, as its documents do. */
    private String label(ScoreTarget t) {
        return t.label(ctx.session().state().info().language());
    }

    private List<Event> append(Change change, Function<SessionState, List<NewEvent>> decide) {
        return ctx.session().append(change.auditor(), decide);
    }

    private String describe(List<Event> written, ScoreTarget t, String what) {
        ScoreSheet sheet = ScoringDecisions.sheet(ctx.session().state(), t);
        StringBuilder b = new StringBuilder(Texts.get("score.changed", label(t), what, ScoreSheetText.shown(sheet),
                Points.format(sheet.rubric().total()), sheet.grade()));
        for (Event e : written) {
            if (e.type().equals(FindingEvents.PROPOSED)) {
                b.append('\n').append(Texts.get("score.proposed-finding", e.payloadAs(FindingEvents.Proposed.class).id()));
            } else if (e.type().equals(ScoreEvents.CLAIM_OVERRIDDEN)) {
                ScoreEvents.ClaimOverridden o = e.payloadAs(ScoreEvents.ClaimOverridden.class);
                b.append('\n').append(Texts.get("score.claim.overridden-note", o.holder(), o.reason()));
            } else if (e.type().equals(ScoreEvents.REOPENED)) {
                b.append('\n').append(Texts.get("score.reopened-note", e.payloadAs(ScoreEvents.Reopened.class).reason()));
            }
        }
        return b.toString();
    }

    private Change change(Boolean override, String reason, boolean amend, String on) {
        return new Change(ctx.auditor(), Boolean.TRUE.equals(override), reason, amend,
                on == null || on.isBlank() ? null : Args.date("--on", on), LocalDate.now(clock));
    }

    /** A positional argument left out arrives as an empty string: the open file (or unit) is meant. */
    private ScoreTarget target(SessionState state, String record, String unit) {
        if (record != null && !record.isBlank()) {
            return ScoringDecisions.locate(state, record, unit);
        }
        return ctx.currentTarget().orElseThrow(() -> UserError.of("score.file-open-give-record-id"));
    }

    private ScoreTarget unitTarget(SessionState state, String unit) {
        if (unit != null && !unit.isBlank()) {
            return ScoringDecisions.unitDocuments(state, unit);
        }
        return ctx.currentTarget().filter(ScoreTarget::isUnitDocuments).orElseThrow(() -> UserError.of("score.unit-under-review-give-unit"));
    }
}
