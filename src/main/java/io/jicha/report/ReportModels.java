package io.jicha.report;

import io.jicha.common.UserError;
import io.jicha.finding.Deadline;
import io.jicha.finding.DeadlinePreview;
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
import io.jicha.session.ReportNotes;
import io.jicha.session.ReportSection;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;
import io.jicha.session.SigningKeys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the documents' view models from a session's replayed state, and nothing else: what a
 * report says is what the journal says.
 */
public final class ReportModels {

    /** Times in documents are in the session's time zone (SessionInfo.zone), never the machine's. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SessionState state;
    private final Path snapshotDir;
    /** Who signs the head of the document being made (null: the journal's last signer). */
    private final String signer;
    private final Map<String, Population> populations = new HashMap<>();

    public ReportModels(SessionState state, Path snapshotDir) {
        this(state, snapshotDir, null);
    }

    private ReportModels(SessionState state, Path snapshotDir, String signer) {
        this.state = state;
        this.snapshotDir = snapshotDir;
        this.signer = signer;
    }

    /**
     * The same models for a document {@code auditor} is about to sign the head of (a notice as it is issued): its
     * head line names the key the journal last registered for them, not the last signature's.
     */
    public ReportModels signedBy(String auditor) {
        return new ReportModels(state, snapshotDir, auditor);
    }

    public Provenance provenance() {
        SessionInfo info = state.info();
        SigningKeys keys = state.get(SigningKeys.class);
        SigningKeys.Signer by = (signer == null ? keys.lastSigner() : keys.latest(signer)).orElse(null);
        return new Provenance(info.name(), info.team(), state.headHash(), Provenance.localeOf(info.locale()),
                state.lastChangeAt(), by);
    }

    /**
     * The review report, for every unit or only {@code onlyUnit}, signed by {@code authority} (null:
     * the team signs alone) on {@code reportDate} (null: left blank).
     */
    public ReviewReportModel review(String title, String onlyUnit, String authority, LocalDate reportDate,
                                    WorkdayCalendar calendar) {
        SessionInfo info = state.info();
        if (onlyUnit != null) {
            info.requireUnit(onlyUnit);
        }
        if (reportDate != null && reportDate.isBefore(info.from())) {
            throw UserError.of("report.review.dateBeforePeriod", reportDate, info.from());
        }
        List<String> units = onlyUnit == null ? info.units() : List.of(onlyUnit);
        boolean zh = info.locale().startsWith("zh");
        ReportMessages messages = messages();

        List<ReviewReportModel.RubricRef> rubrics = state.get(RubricBook.class).all().stream()
                .map(r -> new ReviewReportModel.RubricRef(r.id(), r.version(), r.rubric().title(), r.sha256())).toList();
        List<ReviewReportModel.DrawSummary> draws = new ArrayList<>();
        Map<RecordKind, Integer> populationByKind = new EnumMap<>(RecordKind.class);
        for (DrawBook.Entry e : state.get(DrawBook.class).currentDraws()) {
            SampleDrawn d = e.draw();
            if (units.contains(d.unit())) {
                draws.add(new ReviewReportModel.DrawSummary(d.unit(), kindName(d.recordKind(), zh),
                        d.method().toString(), d.filter().isEmpty() ? messages.get("report.draw.noFilter") : d.filter().describe(),
                        d.populationSize(), d.size(), d.seed(),
                        d.populationFingerprint(), io.jicha.sampling.DrawnVersions.of(state.get(
                                io.jicha.record.PopulationBook.class), d).stream()
                        .map(u -> new ReviewReportModel.LedgerVersion(u.version(), u.fileName())).toList()));
                populationByKind.merge(d.recordKind(), d.populationSize(), Integer::sum);
            }
        }
        ReviewSummary summary = ReviewSummary.of(state);
        List<ReviewReportModel.UnitResult> results = new ArrayList<>();
        List<ReviewReportModel.ReviewedFile> files = new ArrayList<>();
        List<ReviewReportModel.UnitDocumentReview> documents = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        Map<RecordKind, List<ReviewReportModel.UnitRow>> rowsByKind = new EnumMap<>(RecordKind.class);
        Map<RecordKind, int[]> countsByKind = new EnumMap<>(RecordKind.class);
        Problems problems = new Problems();
        Map<RecordKind, List<ReviewReportModel.UnitResult>> chartUnits = new EnumMap<>(RecordKind.class);
        List<LocalDate> days = new ArrayList<>();
        EvaluationWords words = EvaluationWords.of(messages());
        for (ReviewSummary.UnitResult u : summary.units()) {
            if (!units.contains(u.unit())) {
                continue;
            }
            for (ReviewSummary.KindResult k : u.kinds()) {
                String kind = kindName(k.kind(), zh);
                String label = u.unit() + " " + kind;
                String sentence = k.evaluation().map(e -> words.unit(e, u.unit(), k.kind())).orElse("");
                results.add(new ReviewReportModel.UnitResult(label, k.reviewed(),
                        k.meanScore() == null ? BigDecimal.ZERO : k.meanScore(), k.grades(), k.vetoed(), sentence,
                        k.sheets().stream().map(ReportModels::chartScore).toList(),
                        k.vetoed() > 0 && k.vetoEffect() != null ? messages().get(k.vetoEffect().key()) : ""));
                chartUnits.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(new ReviewReportModel.UnitResult(
                        u.unit(), k.reviewed(), k.meanScore() == null ? BigDecimal.ZERO : k.meanScore(), k.grades(),
                        k.vetoed(), sentence, k.sheets().stream().map(ReportModels::chartScore).toList(),
                        k.vetoed() > 0 && k.vetoEffect() != null ? messages().get(k.vetoEffect().key()) : ""));
                if (!sentence.isBlank()) {
                    conclusions.add(sentence(sentence));
                }
                rowsByKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(unitRow(u.unit(), k));
                int[] counts = countsByKind.computeIfAbsent(k.kind(), x -> new int[2]);
                counts[0] += k.drawn();
                counts[1] += k.reviewed();
                for (ScoreSheet s : k.sheets()) {
                    LocalDate day = s.done().map(d -> d.day(info.zone())).orElse(null);
                    days.add(day);
                    files.add(new ReviewReportModel.ReviewedFile(u.unit(), s.target().id(),
                            enterprise(s.target()).orElse(""), s.counted().orElse(BigDecimal.ZERO), s.grade(),
                            s.done().map(ScoreBook.DoneMark::auditor).orElse(""), day, shown(s)));
                    problems.add(kind, u.unit(), s.target().id(), s);
                }
            }
            u.documents().ifPresent(d -> {
                documents.add(new ReviewReportModel.UnitDocumentReview(u.unit(), d.total(), d.grade(), deductions(d)));
                problems.add(messages.get("report.kind.unitDocuments"), u.unit(), u.unit(), d);
            });
        }
        List<ReviewReportModel.KindTable> tables = new ArrayList<>();
        List<ReviewReportModel.KindCount> kindCounts = new ArrayList<>();
        rowsByKind.forEach((kind, rows) -> tables.add(new ReviewReportModel.KindTable(kindName(kind, zh), ranked(rows))));
        countsByKind.forEach((kind, c) -> kindCounts.add(new ReviewReportModel.KindCount(kindName(kind, zh),
                populationByKind.getOrDefault(kind, 0), c[0], c[1])));
        List<LocalDate> known = days.stream().filter(java.util.Objects::nonNull).sorted().toList();
        ReviewReportModel.Overview overview = new ReviewReportModel.Overview(kindCounts, documents.size(),
                known.isEmpty() ? null : known.get(0), known.isEmpty() ? null : known.get(known.size() - 1));

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
        List<ReviewReportModel.SamplingBasis> sampling = new ArrayList<>();
        if (onlyUnit == null) {
            // one conclusion per record kind for all units together (docs/sampling.md, Strata)
            for (ReviewSummary.CityResult c : summary.city()) {
                conclusions.add(sentence(words.together(c.evaluation(), c.units().size(), c.kind())));
                sampling.add(samplingBasis(c, zh));
            }
        }
        ReportNotes notes = state.get(ReportNotes.class);
        Map<ReportSection, List<String>> written = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            written.put(section, notes.in(section));
        }
        List<ReviewReportModel.KindChart> charts = new ArrayList<>();
        chartUnits.forEach((kind, list) -> charts.add(new ReviewReportModel.KindChart(kindName(kind, zh),
                measure(kind), list)));
        return new ReviewReportModel(provenance(), title, info.from(), info.to(), units, authority, reportDate,
                overview, written, rubrics, draws, tables, conclusions, results, files, documents, problems.groups(),
                findings, amendments(units), sent(book, units), sampling, charts, List.of());
    }

    /** The versions of the units' documents recorded as sent (report issued). */
    private static List<ReviewReportModel.SentDocument> sent(FindingBook book, List<String> units) {
        return book.sentDocuments().stream().map(FindingBook.Sent::document).filter(d -> units.contains(d.unit()))
                .map(d -> new ReviewReportModel.SentDocument(d.unit(), d.kind(), d.file().name(), d.file().sha256(),
                        d.date(), d.number())).toList();
    }

    /** The plan (when the draws' plans agree) and the method of a conclusion across units. */
    private ReviewReportModel.SamplingBasis samplingBasis(ReviewSummary.CityResult c, boolean zh) {
        List<io.jicha.sampling.SamplingPlan> plans = state.get(DrawBook.class).currentDraws().stream()
                .map(DrawBook.Entry::draw)
                .filter(d -> d.recordKind() == c.kind() && c.units().contains(d.unit()))
                .map(SampleDrawn::plan).toList();
        boolean agree = !plans.isEmpty() && plans.stream().allMatch(java.util.Objects::nonNull)
                && plans.stream().map(p -> p.confidence().stripTrailingZeros() + "|" + p.tolerable().stripTrailingZeros()
                + "|" + p.expected().stripTrailingZeros() + "|" + p.model()).distinct().count() == 1;
        var e = c.evaluation();
        return new ReviewReportModel.SamplingBasis(kindName(c.kind(), zh), e.confidence(), e.tolerable(),
                agree ? plans.get(0).expected() : null,
                agree ? plans.get(0).model().name().toLowerCase(java.util.Locale.ROOT) : null,
                c.units().size(), e.population(), e.evaluated(), e.deviations(), e.upperCount(),
                e.method().name().toLowerCase(java.util.Locale.ROOT),
                measure(c.kind()));
    }

    /**
     * The comparisons of a follow-up review with the review it follows ({@code sample compare}) as
     * the report prints them, in the session's language ({@code locale}).
     */
    public static List<ReviewReportModel.FollowUp> followUp(List<io.jicha.sampling.RateComparison> comparisons,
                                                           String earlierReview, String locale) {
        boolean zh = locale != null && locale.startsWith("zh");
        EvaluationWords words = EvaluationWords.forSession(locale);
        return comparisons.stream().map(c -> new ReviewReportModel.FollowUp(c.unit(), kindName(c.kind(), zh), earlierReview,
                c.failedBefore(), c.before(), c.failedAfter(), c.after(), words.comparison(c))).toList();
    }

    /** The word counting files of a kind (卷 for a 案卷, 份 for a 现场监察记录; none in English), from the bundle. */
    private String measure(RecordKind kind) {
        return messages().get("report.measure." + kind.code());
    }

    /** A conclusion as the report prints it: a sentence ends with its full stop. */
    private String sentence(String text) {
        return text.endsWith("。") || text.endsWith(".") ? text : text + messages().get("report.fullStop");
    }

    private static String kindName(RecordKind kind, boolean zh) {
        return zh ? kind.chinese() : kind.code();
    }

    /**
     * A unit's row of a kind's results. 合格率: files not failing (not vetoed and above the rubric's
     * lowest band) over files reviewed; 优良率: files in the rubric's two highest bands (优秀, 良好)
     * over files reviewed; both in percent to one decimal, rounded half up.
     */
    private static ReviewReportModel.UnitRow unitRow(String unit, ReviewSummary.KindResult k) {
        BigDecimal pass = null;
        BigDecimal good = null;
        if (k.reviewed() > 0) {
            List<String> topTwo = k.sheets().get(0).rubric().gradeNames().stream().limit(2).toList();
            long goodFiles = k.sheets().stream().filter(s -> !s.vetoed() && topTwo.contains(s.grade())).count();
            pass = percent(k.reviewed() - k.failed(), k.reviewed());
            good = percent(goodFiles, k.reviewed());
        }
        return new ReviewReportModel.UnitRow(unit, k.drawn(), k.reviewed(), pass, good, k.meanScore(), k.vetoed(), 0);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * The rows with their rank: by 合格率 (higher first), then by vetoed files (fewer first), then by mean
     * score (higher first), so that a veto never lifts a unit above one without; rows equal on all three
     * share a rank (1, 1, 3); a row with nothing reviewed has none (0). The rule is stated under the table.
     */
    private static List<ReviewReportModel.UnitRow> ranked(List<ReviewReportModel.UnitRow> rows) {
        List<ReviewReportModel.UnitRow> out = new ArrayList<>();
        for (ReviewReportModel.UnitRow r : rows) {
            int rank = 0;
            if (r.passRate() != null) {
                rank = 1 + (int) rows.stream().filter(o -> o.passRate() != null && RANKING.compare(o, r) < 0).count();
            }
            out.add(new ReviewReportModel.UnitRow(r.unit(), r.drawn(), r.reviewed(), r.passRate(), r.goodRate(),
                    r.meanScore(), r.vetoed(), rank));
        }
        return out;
    }

    /** Better first: higher 合格率, fewer vetoes, higher mean score (a unit with no mean after all). */
    private static final Comparator<ReviewReportModel.UnitRow> RANKING = Comparator
            .comparing(ReviewReportModel.UnitRow::passRate, Comparator.reverseOrder())
            .thenComparingInt(ReviewReportModel.UnitRow::vetoed)
            .thenComparing(ReviewReportModel.UnitRow::meanScore, Comparator.nullsLast(Comparator.reverseOrder()));

    /**
     * The problems of the reviewed files grouped across units by rubric and criterion: vetoes first,
     * then by how many files lost points on the criterion, then in rubric order; up to
     * {@value #TYPICAL_CASES} typical cases each (the first files found, one per unit where possible).
     */
    private static final class Problems {
        private final Map<String, Group> groups = new LinkedHashMap<>();

        private static final class Group {
            final String kind;
            final Criterion criterion;
            final int order;
            boolean veto;
            final List<String> units = new ArrayList<>();
            final List<String> files = new ArrayList<>();
            final List<String[]> cases = new ArrayList<>();   // unit, note, "file（unit）：note"

            Group(String kind, Criterion criterion, int order) {
                this.kind = kind;
                this.criterion = criterion;
                this.order = order;
            }
        }

        void add(String kind, String unit, String file, ScoreSheet sheet) {
            for (ScoreSheet.Row r : sheet.rows()) {
                List<ScoreBook.Mark> marks = r.marks().stream().filter(ScoreBook.Mark::isProblem).toList();
                if (marks.isEmpty()) {
                    continue; // nothing wrong: a 不适用 mark or no mark at all
                }
                // by the rubric too: codes collide across rubrics of one kind (seizure-case D2 is not penalty-case D2)
                Group g = groups.computeIfAbsent(kind + "|" + sheet.rubric().id() + "|" + r.criterion().code(),
                        k -> new Group(kind, r.criterion(), groups.size()));
                g.veto |= r.vetoed();
                if (!g.units.contains(unit)) {
                    g.units.add(unit);
                }
                if (!g.files.contains(file)) {
                    g.files.add(file);
                }
                String note = marks.stream().map(ScoreBook.Mark::note).distinct().collect(Collectors.joining("；"));
                g.cases.add(new String[]{unit, note, file.equals(unit) ? unit + "：" + note : file + "（" + unit + "）：" + note});
            }
        }

        List<ReviewReportModel.ProblemGroup> groups() {
            return groups.values().stream()
                    .sorted(Comparator.comparing((Group g) -> !g.veto).thenComparing(g -> -g.files.size())
                            .thenComparingInt(g -> g.order))
                    .map(g -> new ReviewReportModel.ProblemGroup(g.kind, g.criterion.code(), g.criterion.text(), g.veto,
                            g.units, typical(g), g.files))
                    .toList();
        }

        /** The first case of each unit whose note says something new, then any new note. */
        private static List<String> typical(Group g) {
            List<String> out = new ArrayList<>();
            List<String> units = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (boolean newUnitOnly : new boolean[]{true, false}) {
                for (String[] c : g.cases) {
                    if (out.size() < TYPICAL_CASES && !notes.contains(c[1]) && !(newUnitOnly && units.contains(c[0]))) {
                        out.add(c[2]);
                        units.add(c[0]);
                        notes.add(c[1]);
                    }
                }
            }
            return out;
        }
    }

    private static final int TYPICAL_CASES = 2;

    /** The filled score sheet of one reviewed file (or a unit's document review). */
    public ScoreSheetModel sheet(ScoreTarget target) {
        ScoreSheet sheet = ScoringDecisions.sheet(state, target);
        if (!sheet.reviewed()) {
            throw UserError.of("report.marked-done-yet-finish-score", target.label(state.info().language()));
        }
        ReportMessages messages = messages();
        List<ScoreSheetModel.Section> sections = new ArrayList<>();
        for (ScoreSheet.SectionTotal st : sheet.sections()) {
            List<ScoreSheetModel.Row> rows = new ArrayList<>();
            for (ScoreSheet.Row r : sheet.rows()) {
                if (r.section() != st.section()) {
                    continue;
                }
                Criterion c = r.criterion();
                // a not-applicable criterion keeps nothing and is left out of the total, which is rescaled
                rows.add(new ScoreSheetModel.Row(c.code() + " " + c.text(), c.points(),
                        r.notApplicable() ? BigDecimal.ZERO : r.deduction(),
                        r.marks().stream().map(m -> (m.veto() ? messages.get("sheet.mark.veto") : "")
                                + (m.kind() == ScoreBook.Mark.Kind.NOT_APPLICABLE ? messages.get("sheet.mark.notApplicable") : "")
                                + m.note())
                                .collect(Collectors.joining("；")),
                        r.marks().stream().map(ScoreBook.Mark::auditor).distinct().collect(Collectors.joining("、")),
                        r.notApplicable() ? ScoreSheetModel.RowKind.NOT_APPLICABLE : ScoreSheetModel.RowKind.SCORED));
            }
            sections.add(new ScoreSheetModel.Section(st.section().code() + " " + st.section().title(), rows,
                    st.section().points(), st.score()));
        }
        if (!sheet.bonusRows().isEmpty()) {
            List<ScoreSheetModel.Row> rows = new ArrayList<>();
            for (ScoreSheet.Row r : sheet.bonusRows()) {
                Criterion c = r.criterion();
                rows.add(new ScoreSheetModel.Row(c.code() + " " + c.text(), c.points(), c.points().subtract(r.deduction()),
                        r.marks().stream().map(m -> messages.get("sheet.mark.bonus") + m.note()).collect(Collectors.joining("；")),
                        r.marks().stream().map(ScoreBook.Mark::auditor).distinct().collect(Collectors.joining("、")),
                        ScoreSheetModel.RowKind.BONUS));
            }
            // a bonus row of ScoreSheet holds the points awarded where other rows hold the deduction
            BigDecimal awarded = sheet.bonusRows().stream().map(ScoreSheet.Row::deduction).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal cap = sheet.rubric().bonus().cap();
            // the cap, said when it bites: what was awarded, and what counts
            String capText = awarded.compareTo(cap) > 0
                    ? messages.get("sheet.bonus.capBites", Points.format(cap), Points.format(awarded))
                    : messages.get("sheet.bonus.cap", Points.format(cap));
            sections.add(new ScoreSheetModel.Section(messages.get("sheet.bonus.section", capText), rows, cap, sheet.bonus()));
        }
        List<String> vetoLines = sheet.rows().stream().filter(ScoreSheet.Row::vetoed)
                .map(r -> r.criterion().code() + " " + r.criterion().text() + "："
                        + r.marks().stream().filter(ScoreBook.Mark::veto).map(ScoreBook.Mark::note).collect(Collectors.joining("；")))
                .toList();
        ScoreBook.DoneMark done = sheet.done().orElseThrow();
        return new ScoreSheetModel(provenance(), target.unit(), target.isUnitDocuments() ? target.label(state.info().language()) : target.id(),
                enterprise(target).orElse(""), sheet.rubric().title(), sheet.rubric().version(), sections,
                sheet.counted().orElse(BigDecimal.ZERO), sheet.rubric().total(), sheet.grade(), vetoLines, done.auditor(),
                done.day(state.info().zone()), sheet.rescaled() && sheet.shown() == ScoreSheet.Shown.POINTS
                        ? messages.get("sheet.total.rescaled", shown(sheet), Points.format(sheet.applicable()),
                        Points.format(sheet.kept())) : shown(sheet),
                sheet.vetoed() ? messages.get(sheet.rubric().vetoEffect().key()) : "")
                .withEvidence(target.isUnitDocuments() ? List.of() : sheetEvidence(target));
    }

    /** The rectification notice of a unit issued on a date: every accepted finding with its due date. */
    public NoticeModel notice(String unit, LocalDate issued, String number, String addressee, String authority,
                              WorkdayCalendar calendar) {
        SessionInfo info = state.info();
        info.requireUnit(unit);
        FindingBook book = state.get(FindingBook.class);
        List<Finding> findings = book.forNotice(unit);
        if (findings.isEmpty()) {
            throw UserError.of("report.has-accepted-findings-accept-some", unit, unit);
        }
        if (issued.isBefore(info.from())) {
            throw UserError.of("report.issued-before-review-started", issued, info.from());
        }
        Map<String, LocalDate> due = book.dueDatesForNotice(unit, issued, calendar);
        List<NoticeModel.Item> items = findings.stream()
                .map(f -> noticeItem(f, due.get(f.id()), provisional(f, issued, due.get(f.id()), calendar))).toList();
        List<LocalDate> days = reviewDays(unit);
        return new NoticeModel(provenance(), number, addressee, reviewName(info.name(), info.locale()),
                days.isEmpty() ? info.from() : days.get(0), days.isEmpty() ? info.to() : days.get(days.size() - 1),
                items, authority, issued);
    }

    /**
     * The days a unit's drawn files and own documents were reviewed (the days of their score.done
     * events), in order; empty when none is recorded, and the notice then states the session's period.
     */
    private List<LocalDate> reviewDays(String unit) {
        List<LocalDate> days = new ArrayList<>();
        for (ReviewSummary.UnitResult u : ReviewSummary.of(state).units()) {
            if (!u.unit().equals(unit)) {
                continue;
            }
            u.kinds().forEach(k -> k.sheets().forEach(s -> s.done().map(d -> d.day(state.info().zone())).ifPresent(days::add)));
            u.documents().flatMap(ScoreSheet::done).map(d -> d.day(state.info().zone())).ifPresent(days::add);
        }
        return days.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /**
     * A finding as the notice states it: the problem first. A proposed finding's text is
     * "<record>：<criterion text>——<what was seen>" (ScoringDecisions); the record goes to the item's
     * files, the criterion to its criterion ("A3 <text>"), and what was seen becomes the problem. A
     * text written by hand loses only the record prefix. The files are the finding's record for now
     * (a list, so that findings about several files fit).
     */
    /** The evidence of a case file: kept with the file itself, and with the findings about it. */
    private List<String> sheetEvidence(ScoreTarget target) {
        io.jicha.evidence.EvidenceBook book = state.get(io.jicha.evidence.EvidenceBook.class);
        List<io.jicha.evidence.EvidenceBook.Item> items = new ArrayList<>(book.ofRecord(target.unit(), target.id()));
        for (Finding f : state.get(io.jicha.finding.FindingBook.class).findings()) {
            if (f.unit().equals(target.unit()) && f.files().contains(target.id())) {
                items.addAll(book.ofFinding(f.id()));
            }
        }
        return evidenceLines(items);
    }

    /** Each evidence file once, as documents list it: name, time taken, first 12 hex digits of the hash. */
    List<String> evidenceLines(List<io.jicha.evidence.EvidenceBook.Item> items) {
        return evidenceFileLines(items.stream().map(io.jicha.evidence.EvidenceBook.Item::file).toList());
    }

    /**
     * The same for files another capability refers to (a rectification's {@code --file}, issue 24):
     * each file once, in the order given.
     */
    public List<String> evidenceFileLines(java.util.Collection<io.jicha.evidence.EvidenceFile> files) {
        java.util.LinkedHashMap<String, String> lines = new java.util.LinkedHashMap<>();
        for (io.jicha.evidence.EvidenceFile e : files) {
            lines.putIfAbsent(e.sha256() + "/" + e.name(), e.takenAt() == null
                    ? messages().get("evidence.line.untimed", e.name(), e.shortHash())
                    : messages().get("evidence.line", e.name(),
                    e.takenAt().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT)),
                    e.shortHash()));
        }
        return List.copyOf(lines.values());
    }

    /** A sheet's score as documents show it: its points, or the veto in their place (words from the bundle). */
    private String shown(ScoreSheet sheet) {
        return sheet.shown().key() == null ? Points.format(sheet.total()) : messages().get(sheet.shown().key());
    }

    private ReportMessages messages() {
        return ReportMessages.forLocale(provenance().locale());
    }

    NoticeModel.Item noticeItem(Finding f, LocalDate deadline) {
        return noticeItem(f, deadline, false);
    }

    /** The same, {@code provisional} when the due date was counted through a provisional calendar year. */
    NoticeModel.Item noticeItem(Finding f, LocalDate deadline, boolean provisional) {
        String text = f.text();
        // the finding's files: its record, or every file of a finding grouped from several (finding group)
        List<String> files = f.files();
        if (f.recordId() != null && text.startsWith(f.recordId() + "：")) {
            text = text.substring(f.recordId().length() + 1);
        }
        // each criterion as the rubric that judged its file words it: codes collide across rubrics, so a
        // code alone names nothing, and a grouped finding keeps each member's own criterion (issue 22)
        List<Criterion> named = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        for (io.jicha.finding.CriterionRef ref : f.criteria()) {
            Optional<Criterion> c = io.jicha.scoring.Judging.criterion(state, snapshotDir, f.unit(), ref);
            if (c.isEmpty() && !ref.rubricRecorded()) {
                // a finding kept from an older journal about a file no longer drawn: a code only one rubric has
                List<Criterion> anywhere = state.get(RubricBook.class).all().stream()
                        .flatMap(r -> r.rubric().criterion(ref.code()).stream()).distinct().toList();
                c = anywhere.size() == 1 ? Optional.of(anywhere.get(0)) : Optional.empty();
            }
            if (c.isPresent() && !named.contains(c.get())) {
                named.add(c.get());
            } else if (c.isEmpty() && !unnamed.contains(ref.code())) {
                unnamed.add(ref.code());
            }
        }
        List<String> parts = new ArrayList<>();
        for (Criterion c : named) {
            if (named.size() == 1 && text.startsWith(c.text() + "——") && text.length() > c.text().length() + 2) {
                text = text.substring(c.text().length() + 2);
            }
            parts.add(c.code() + " " + c.text());
        }
        parts.addAll(unnamed);
        String criterion = parts.isEmpty() ? null : String.join("；", parts);
        List<io.jicha.evidence.EvidenceBook.Item> evidence = new java.util.ArrayList<>(
                state.get(io.jicha.evidence.EvidenceBook.class).ofFinding(f.id()));
        for (String file : files) {
            evidence.addAll(state.get(io.jicha.evidence.EvidenceBook.class).ofRecord(f.unit(), file));
        }
        return new NoticeModel.Item(text, f.requirement(), deadline, provisional, files, criterion,
                evidenceLines(evidence));
    }

    /**
     * How the notice's opening names the review ("根据{name}工作安排"): the session name when it is
     * written in Chinese (苏州市2016年10月环境监察稽查); a session name that is an identifier such
     * as suzhou-2016-review is not read out to a Chinese addressee, who gets the bundle's general name
     * ({@code notice.reviewName.default}: 环境监察稽查).
     */
    static String reviewName(String sessionName, String locale) {
        boolean chinese = locale == null || locale.startsWith("zh");
        if (!chinese || sessionName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return sessionName;
        }
        return ReportMessages.forLocale(java.util.Locale.SIMPLIFIED_CHINESE).get("notice.reviewName.default");
    }

    /** A vetoed file fails whatever its points: the chart counts it in its failing bar ("<60/否决"). */
    private static BigDecimal chartScore(ScoreSheet s) {
        return s.vetoed() ? BigDecimal.ZERO : s.total();
    }

    /** The deductions and vetoes of a unit's documents, criterion by criterion (不适用 and bonus marks are none). */
    private static List<ReviewReportModel.Deduction> deductions(ScoreSheet d) {
        List<ReviewReportModel.Deduction> out = new ArrayList<>();
        for (ScoreSheet.Row r : d.rows()) {
            for (ScoreBook.Mark m : r.marks().stream().filter(ScoreBook.Mark::isProblem).toList()) {
                out.add(new ReviewReportModel.Deduction(r.criterion().code(), r.criterion().text(),
                        m.veto() ? null : m.points(), m.veto(), m.note()));
            }
        }
        return out;
    }

    private String deadlineText(Finding f, Optional<LocalDate> issued, WorkdayCalendar calendar) {
        if (f.deadline() == null) {
            return "";
        }
        if (issued.isPresent()) {
            LocalDate due = f.deadline().resolve(issued.get(), calendar);
            return DeadlineWording.due(messages(), due, provisional(f, issued.get(), due, calendar));
        }
        return DeadlineWording.rule(messages(), f.deadline());
    }

    /** Whether a finding's due date was counted through a provisional calendar year (a fixed date never is). */
    private static boolean provisional(Finding f, LocalDate issued, LocalDate due, WorkdayCalendar calendar) {
        return f.deadline() != null && !(f.deadline() instanceof Deadline.Due)
                && !DeadlinePreview.provisionalYears(issued, due, calendar).isEmpty();
    }

    /** The changes made after finalizing, each with its reason: "#seq time auditor：what（理由：…）". */
    private List<String> amendments(List<String> units) {
        ReportMessages messages = messages();
        List<String> lines = new ArrayList<>();
        for (ScoreBook.HistoryLine h : state.get(ScoreBook.class).amendments()) {
            ScoreTarget t = h.target();
            String what = (t.isUnitDocuments() ? messages.get("score.target.unit-documents", t.unit()) : t.id()) + " "
                    + messages.get(h.change().key(), h.change().args());
            lines.add(messages.get("report.amendment.line", Long.toString(h.seq()),
                    WHEN.withZone(state.info().zone()).format(h.ts()), h.auditor(), what, h.amendment()));
        }
        for (FindingBook.Amendment a : state.get(FindingBook.class).amendments()) {
            lines.add(messages.get("report.amendment.line", Long.toString(a.seq()),
                    WHEN.withZone(state.info().zone()).format(a.ts()), a.auditor(), a.id() + " " + a.action().code(),
                    a.reason()));
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
