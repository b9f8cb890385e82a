package io.jicha.report;

import io.jicha.common.UserError;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordKind;
import io.jicha.rubric.Criterion;
import io.jicha.rubric.Points;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.SampleDrawn;
import io.jicha.scoring.ReviewSummary;
import io.jicha.scoring.ScoreBook;
import io.jicha.scoring.ScoreSheet;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the documents' view models from a session's replayed state, and nothing else: what a
 * report says is what the journal says.
 */
public final class ReportModels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final SessionState state;
    private final Path snapshotDir;
    private final Map<String, Population> populations = new HashMap<>();

    public ReportModels(SessionState state, Path snapshotDir) {
        this.state = state;
        this.snapshotDir = snapshotDir;
    }

    public Provenance provenance() {
        SessionInfo info = state.info();
        return new Provenance(info.name(), info.team(), state.headHash(), Provenance.localeOf(info.locale()),
                state.lastChangeAt());
    }

    /** The review report, for every unit or only {@code onlyUnit}. */
    public ReviewReportModel review(String title, String onlyUnit, WorkdayCalendar calendar) {
        SessionInfo info = state.info();
        if (onlyUnit != null) {
            info.requireUnit(onlyUnit);
        }
        List<String> units = onlyUnit == null ? info.units() : List.of(onlyUnit);
        boolean zh = info.locale().startsWith("zh");

        List<ReviewReportModel.RubricRef> rubrics = state.get(RubricBook.class).all().stream()
                .map(r -> new ReviewReportModel.RubricRef(r.id(), r.version(), r.rubric().title(), r.sha256())).toList();
        List<ReviewReportModel.DrawSummary> draws = new ArrayList<>();
        for (DrawBook.Entry e : state.get(DrawBook.class).currentDraws()) {
            SampleDrawn d = e.draw();
            if (units.contains(d.unit())) {
                draws.add(new ReviewReportModel.DrawSummary(d.unit(), zh ? d.recordKind().chinese() : d.recordKind().code(),
                        d.method().toString(), d.filter().isEmpty() && zh ? "全部" : d.filter().describe(),
                        d.populationSize(), d.size(), d.seed(),
                        d.populationFingerprint()));
            }
        }
        ReviewSummary summary = ReviewSummary.of(state);
        List<ReviewReportModel.UnitResult> results = new ArrayList<>();
        List<ReviewReportModel.ReviewedFile> files = new ArrayList<>();
        List<ReviewReportModel.UnitDocumentReview> documents = new ArrayList<>();
        for (ReviewSummary.UnitResult u : summary.units()) {
            if (!units.contains(u.unit())) {
                continue;
            }
            for (ReviewSummary.KindResult k : u.kinds()) {
                String label = u.unit() + " " + (zh ? k.kind().chinese() : k.kind().code());
                results.add(new ReviewReportModel.UnitResult(label, k.reviewed(),
                        k.meanScore() == null ? BigDecimal.ZERO : k.meanScore(), k.grades(), k.vetoed(), k.sentence(),
                        k.sheets().stream().map(ReportModels::chartScore).toList()));
                for (ScoreSheet s : k.sheets()) {
                    files.add(new ReviewReportModel.ReviewedFile(u.unit(), s.target().id(),
                            enterprise(s.target()).orElse(""), s.total(), s.grade(),
                            s.done().map(ScoreBook.DoneMark::auditor).orElse("")));
                }
            }
            u.documents().ifPresent(d -> documents.add(new ReviewReportModel.UnitDocumentReview(u.unit(), d.total(),
                    d.grade(), deductionLines(d))));
        }
        List<ReviewReportModel.FindingEntry> findings = new ArrayList<>();
        FindingBook book = state.get(FindingBook.class);
        for (String unit : units) {
            int n = 0;
            Optional<LocalDate> issued = book.issuedOn(unit);
            for (Finding f : book.forNotice(unit)) {
                n++;
                findings.add(new ReviewReportModel.FindingEntry(unit, n, f.text(), f.requirement(),
                        deadlineText(f, issued, calendar)));
            }
        }
        return new ReviewReportModel(provenance(), title, info.from(), info.to(), units, rubrics, draws, results, files,
                documents, findings, amendments(units));
    }

    /** The filled score sheet of one reviewed file (or a unit's document review). */
    public ScoreSheetModel sheet(ScoreTarget target) {
        ScoreSheet sheet = ScoringDecisions.sheet(state, target);
        if (!sheet.reviewed()) {
            throw new UserError(target.label() + " is not marked done yet: finish it with 'score done' before printing its sheet");
        }
        List<ScoreSheetModel.Section> sections = new ArrayList<>();
        for (ScoreSheet.SectionTotal st : sheet.sections()) {
            List<ScoreSheetModel.Row> rows = new ArrayList<>();
            for (ScoreSheet.Row r : sheet.rows()) {
                if (r.section() != st.section()) {
                    continue;
                }
                Criterion c = r.criterion();
                rows.add(new ScoreSheetModel.Row(c.code() + " " + c.text(), c.points(), r.deduction(),
                        r.marks().stream().map(m -> (m.veto() ? "【否决】" : "") + m.note()).collect(Collectors.joining("；")),
                        r.marks().stream().map(ScoreBook.Mark::auditor).distinct().collect(Collectors.joining("、"))));
            }
            sections.add(new ScoreSheetModel.Section(st.section().code() + " " + st.section().title(), rows,
                    st.section().points(), st.score()));
        }
        List<String> vetoLines = sheet.rows().stream().filter(ScoreSheet.Row::vetoed)
                .map(r -> r.criterion().code() + " " + r.criterion().text() + "："
                        + r.marks().stream().filter(ScoreBook.Mark::veto).map(ScoreBook.Mark::note).collect(Collectors.joining("；")))
                .toList();
        ScoreBook.DoneMark done = sheet.done().orElseThrow();
        return new ScoreSheetModel(provenance(), target.unit(), target.isUnitDocuments() ? target.label() : target.id(),
                enterprise(target).orElse(""), sheet.rubric().title(), sheet.rubric().version(), sections, sheet.total(),
                sheet.rubric().total(), sheet.grade(), vetoLines, done.auditor(), done.ts().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** The rectification notice of a unit issued on a date: every accepted finding with its due date. */
    public NoticeModel notice(String unit, LocalDate issued, String number, String addressee, String authority,
                              WorkdayCalendar calendar) {
        SessionInfo info = state.info();
        info.requireUnit(unit);
        FindingBook book = state.get(FindingBook.class);
        List<Finding> findings = book.forNotice(unit);
        if (findings.isEmpty()) {
            throw new UserError(unit + " has no accepted findings: accept some with 'finding accept ID' (see 'finding list --unit "
                    + unit + "') before issuing its notice");
        }
        if (issued.isBefore(info.from())) {
            throw new UserError("--issued " + issued + " is before the review started (" + info.from() + ")");
        }
        Map<String, LocalDate> due = book.dueDatesForNotice(unit, issued, calendar);
        List<NoticeModel.Item> items = findings.stream().map(f -> noticeItem(f, due.get(f.id()))).toList();
        return new NoticeModel(provenance(), number, addressee, reviewName(info.name(), info.locale()), info.from(),
                info.to(), items, authority, issued);
    }

    /**
     * A finding as the notice states it: the problem first. A proposed finding's text is
     * "<record>：<criterion text>——<what was seen>" (ScoringDecisions); the record goes to the item's
     * files, the criterion to its criterion ("A3 <text>"), and what was seen becomes the problem. A
     * text written by hand loses only the record prefix. The files are the finding's record for now
     * (a list, so that findings about several files fit).
     */
    NoticeModel.Item noticeItem(Finding f, LocalDate deadline) {
        String text = f.text();
        List<String> files = f.recordId() == null ? List.of() : List.of(f.recordId());
        if (f.recordId() != null && text.startsWith(f.recordId() + "：")) {
            text = text.substring(f.recordId().length() + 1);
        }
        String criterion = null;
        if (f.criterionCode() != null) {
            List<Criterion> candidates = rubricOf(f).map(r -> r.criterion(f.criterionCode()).stream().toList())
                    .orElseGet(() -> state.get(RubricBook.class).all().stream()
                            .flatMap(r -> r.rubric().criterion(f.criterionCode()).stream()).toList());
            for (Criterion c : candidates) {
                if (text.startsWith(c.text() + "——") && text.length() > c.text().length() + 2) {
                    text = text.substring(c.text().length() + 2);
                    criterion = c.code() + " " + c.text();
                    break;
                }
            }
            if (criterion == null) {
                criterion = candidates.size() == 1 ? f.criterionCode() + " " + candidates.get(0).text() : f.criterionCode();
            }
        }
        return new NoticeModel.Item(text, f.requirement(), deadline, false, files, criterion);
    }

    /** The rubric the finding's file (or the unit's documents) is scored by, when it can be told. */
    private Optional<io.jicha.rubric.Rubric> rubricOf(Finding f) {
        try {
            ScoreTarget target = f.recordId() == null ? ScoringDecisions.unitDocuments(state, f.unit())
                    : ScoringDecisions.locate(state, f.recordId(), f.unit());
            return state.get(RubricBook.class).forTarget(target.kind()).map(io.jicha.rubric.LoadedRubric::rubric);
        } catch (UserError e) {
            return Optional.empty();
        }
    }

    /**
     * How the notice's opening names the review ("根据{name}工作安排"): the session name when it is
     * written in Chinese (苏州市2016年10月环境监察稽查); a session name that is an identifier such
     * as suzhou-2016-review is not read out to a Chinese addressee, who gets "环境监察稽查".
     */
    static String reviewName(String sessionName, String locale) {
        boolean chinese = locale == null || locale.startsWith("zh");
        if (!chinese || sessionName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return sessionName;
        }
        return "环境监察稽查";
    }

    /** A vetoed file fails whatever its points: the chart counts it in its failing bar ("<60/否决"). */
    private static BigDecimal chartScore(ScoreSheet s) {
        return s.vetoed() ? BigDecimal.ZERO : s.total();
    }

    private List<String> deductionLines(ScoreSheet d) {
        List<String> lines = new ArrayList<>();
        for (ScoreSheet.Row r : d.rows()) {
            for (ScoreBook.Mark m : r.marks()) {
                lines.add(r.criterion().code() + " " + (m.veto() ? "否决" : "−" + Points.format(m.points())) + "：" + m.note());
            }
        }
        return lines;
    }

    private String deadlineText(Finding f, Optional<LocalDate> issued, WorkdayCalendar calendar) {
        if (f.deadline() == null) {
            return "";
        }
        if (issued.isPresent()) {
            LocalDate due = f.deadline().resolve(issued.get(), calendar);
            return due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日前";
        }
        return f.deadline().describe();
    }

    private List<String> amendments(List<String> units) {
        List<String> lines = new ArrayList<>();
        for (ScoreBook.HistoryLine h : state.get(ScoreBook.class).amendments()) {
            lines.add("#" + h.seq() + " " + WHEN.format(h.ts()) + " " + h.auditor() + "：" + h.what() + "（理由：" + h.amendment() + "）");
        }
        for (FindingBook.Amendment a : state.get(FindingBook.class).amendments()) {
            lines.add("#" + a.seq() + " " + WHEN.format(a.ts()) + " " + a.auditor() + "：" + a.id()
                    + " " + a.action().code() + "（理由：" + a.reason() + "）");
        }
        return lines;
    }

    private Optional<String> enterprise(ScoreTarget t) {
        if (t.isUnitDocuments()) {
            return Optional.empty();
        }
        RecordKind kind = t.kind().recordKind().orElseThrow();
        Population p = populations.computeIfAbsent(t.unit() + "|" + kind,
                k -> state.get(PopulationBook.class).population(snapshotDir, t.unit(), kind));
        int row = p.indexOf(t.id());
        return row < 0 ? Optional.empty() : Optional.ofNullable(p.attribute(row, "enterprise"));
    }
}
