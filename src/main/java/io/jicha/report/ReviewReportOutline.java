package io.jicha.report;

import io.jicha.scoring.ScoreSheet;
import io.jicha.session.ReportSection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review report (稽查报告) as a bureau's 报告, in order: the blocks both renderers set
 * ({@link ReviewReportPdf}, {@link ReviewReportDocx}), so the report's structure and words have one
 * home. Headings are of two levels as GB/T 9704-2012 7.3.3 numbers them (一、 in 黑体, （一） in 楷体);
 * every text block is a punctuated sentence or paragraph; files are counted by their kind's word
 * (卷 for 案卷, 份 for 现场监察记录); one score chart per kind of file across units. Technical marks
 * (criterion codes with points, hashes, commands, the session's name) are kept to the appendix.
 */
public final class ReviewReportOutline {

    /** One block of the report. */
    public sealed interface Block permits Cover, Heading, Text, Table, Chart, SignOff, PageBreak {
        /** Hands this block to the writer's method for its kind. */
        <X extends Exception> void to(Writer<X> writer) throws X;
    }

    /**
     * What sets the report's blocks in one form (the PDF, the .docx): one method for each kind of block, so a
     * kind added to the outline is set by every writer, or the code does not compile. {@code X} is what setting
     * a block may throw.
     */
    public interface Writer<X extends Exception> {
        void cover(Cover c) throws X;

        void heading(Heading h) throws X;

        void text(Text t) throws X;

        void table(Table t) throws X;

        void chart(Chart c) throws X;

        void signOff(SignOff s) throws X;

        void pageBreak(PageBreak p) throws X;
    }

    /** Sets the blocks in order, each by the writer's method for its kind: the one dispatch over the outline. */
    public static <X extends Exception> void write(List<Block> blocks, Writer<X> writer) throws X {
        for (Block b : blocks) {
            b.to(writer);
        }
    }

    /** The cover: the title (broken between words by the renderer) and label/value rows. */
    public record Cover(String title, List<String[]> rows) implements Block {
        @Override
        public <X extends Exception> void to(Writer<X> writer) throws X {
            writer.cover(this);
        }
    }

    /** A heading: level 1 (一、… in 黑体) or 2 (（一）… in 楷体). */
    public record Heading(int level, String text) implements Block {
        @Override
        public <X extends Exception> void to(Writer<X> writer) throws X {
            writer.heading(this);
        }
    }

    /** How a text block is set. */
    public enum Style {
        /** A body paragraph on the grid, first line indented two characters. */
        BODY,
        /** A numbered item's first line in the body's size, in bold type (黑体 in the PDF). */
        ITEM,
        /** A body paragraph indented two characters on every line. */
        INDENTED,
        /** A small note under a table. */
        NOTE,
        /** A technical line (a hash) in a small face, for the appendix only. */
        MONO
    }

    /** A paragraph. */
    public record Text(Style style, String text) implements Block {
        @Override
        public <X extends Exception> void to(Writer<X> writer) throws X {
            writer.text(this);
        }
    }

    /**
     * A table: an optional caption above it, its header labels, relative column widths, rows, which
     * columns are numbers (right-aligned) and which hold document numbers or dates (never broken).
     */
    public record Table(String caption, List<String> headers, float[] widths, List<List<String>> rows,
                        boolean[] numeric) implements Block {
        @Override
        public <X extends Exception> void to(Writer<X> writer) throws X {
            writer.table(this);
        }
    }

    /** The score chart of one kind of file across the units. */
    public record Chart(String caption, List<BigDecimal> scores, String countLabel, String scoreLabel) implements Block {
        @Override
        public <X extends Exception> void to(Writer<X> writer) throws X {
            writer.chart(this);
        }
    }

    /** The signing authority, the date (or the blank to write it) and the team's signature table. */
    public record SignOff(String authority, String date, String teamLabel, List<String> headers,
                          List<String> team) implements Block {
        @Override
        public <X extends Exception> void to(Writer<X> writer) throws X {
            writer.signOff(this);
        }
    }

    /** A new page (before the table of files and the appendix). */
    public record PageBreak() implements Block {
        @Override
        public <X extends Exception> void to(Writer<X> writer) throws X {
            writer.pageBreak(this);
        }
    }

    private final ReviewReportModel m;
    private final ReportMessages messages;
    private final List<Block> blocks = new ArrayList<>();
    /** The appendix's own subheadings, numbered as they come. */
    private int appendixPart;

    private ReviewReportOutline(ReviewReportModel m) {
        this.m = m;
        this.messages = ReportMessages.forLocale(m.provenance().locale());
    }

    /** The report's blocks, in order. */
    public static List<Block> of(ReviewReportModel m) {
        ReviewReportOutline o = new ReviewReportOutline(m);
        o.cover();
        o.blocks.add(new PageBreak());
        o.basis();
        o.practices();
        o.results();
        o.problems();
        o.requirements();
        o.nextSteps();
        o.signOff();
        o.blocks.add(new PageBreak());
        o.files();
        o.blocks.add(new PageBreak());
        o.appendix();
        return List.copyOf(o.blocks);
    }

    // ---- helpers

    private String label(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A sentence as printed: it ends with its full stop (。 in Chinese), whatever it was given as. */
    String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        while (t.endsWith("，") || t.endsWith("；") || t.endsWith("、") || t.endsWith("：") || t.endsWith(",")
                || t.endsWith(";") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        char last = t.charAt(t.length() - 1);
        if ("。！？.!?）)”".indexOf(last) >= 0) {
            if (last == '）' || last == ')' || last == '”') {
                return t + label("report.fullStop");
            }
            return t;
        }
        return t + label("report.fullStop");
    }

    private void heading1(String key) {
        blocks.add(new Heading(1, label(key)));
    }

    private void heading2(String text) {
        blocks.add(new Heading(2, text));
    }

    private void para(String s) {
        blocks.add(new Text(Style.BODY, sentence(s)));
    }

    private void indented(String s) {
        blocks.add(new Text(Style.INDENTED, sentence(s)));
    }

    private void notes(ReportSection section, boolean sayWhenNone) {
        List<String> written = m.notes(section);
        if (written.isEmpty() && sayWhenNone) {
            para(label("report.notes.none"));
        }
        written.forEach(this::para);
    }

    private String count(int n, String measure) {
        return label("report.count", Integer.toString(n), measure);
    }

    private String rate(BigDecimal percent) {
        return percent == null ? label("report.none") : label("report.rate", percent.toPlainString());
    }

    /** Second-level ordinals: （一）, （二） … */
    private String ordinal2(int n) {
        return label("report.ordinal2", messages.ordinal(n));
    }

    // ---- cover

    private void cover() {
        List<String[]> rows = new ArrayList<>();
        if (!m.authority().isBlank()) {
            rows.add(new String[]{label("report.cover.authority"), m.authority()});
        }
        rows.add(new String[]{label("report.cover.period"), messages.period(m.from(), m.to())});
        rows.add(new String[]{label("report.cover.units"), messages.joinList(m.units())});
        rows.add(new String[]{label("report.cover.team"), messages.joinList(m.provenance().team())});
        if (m.reportDate() != null) {
            rows.add(new String[]{label("report.cover.date"), messages.date(m.reportDate())});
        }
        blocks.add(new Cover(m.title(), rows));
    }

    // ---- 一、基本情况

    private void basis() {
        heading1("report.section.basis");
        String team = messages.joinList(m.provenance().team());
        String period = messages.period(m.from(), m.to());
        String units = messages.joinList(m.units());
        para(m.authority().isBlank() ? label("report.basis.who", team, period, units)
                : label("report.basis.whoBy", m.authority(), team, period, units));
        if (!m.rubrics().isEmpty()) {
            para(label("report.basis.rubrics", String.join("", m.rubrics().stream()
                    .map(r -> label("report.basis.rubric", r.title().isBlank() ? r.id() : r.title())).toList())));
        }
        var o = m.overview();
        if (!o.kinds().isEmpty()) {
            List<String> counts = o.kinds().stream().map(k -> label("report.basis.kindCount2",
                    count(k.population(), m.measure(k.kind())), k.kind(), count(k.drawn(), m.measure(k.kind())),
                    count(k.reviewed(), m.measure(k.kind())))).toList();
            String sentence = label("report.basis.drawn2", String.join(label("report.basis.kindSeparator"), counts));
            if (o.unitDocumentsReviewed() > 0) {
                sentence = sentence(sentence) + label("report.basis.documents", Integer.toString(o.unitDocumentsReviewed()));
            }
            para(sentence);
        }
        if (o.firstReviewDay() != null) {
            String days = o.firstReviewDay().equals(o.lastReviewDay()) ? messages.date(o.firstReviewDay())
                    : messages.period(o.firstReviewDay(), o.lastReviewDay());
            para(label("report.basis.days", days));
        } else {
            para(label("report.basis.noDays"));
        }
        notes(ReportSection.BASIS, false);
    }

    // ---- 二、主要做法和成效

    private void practices() {
        heading1("report.section.practices");
        notes(ReportSection.PRACTICES, true);
    }

    // ---- 三、评查结果

    private void results() {
        heading1("report.section.results");
        int part = 0;
        heading2(ordinal2(++part) + label("report.results.tables2"));
        for (var k : m.kindTables()) {
            List<List<String>> rows = new ArrayList<>();
            for (var r : k.rows()) {
                rows.add(List.of(r.unit(), Integer.toString(r.drawn()), Integer.toString(r.reviewed()), rate(r.passRate()),
                        rate(r.goodRate()), r.meanScore() == null ? label("report.none") : ReportMessages.points(r.meanScore()),
                        Integer.toString(r.vetoed()), r.rank() == 0 ? label("report.none") : Integer.toString(r.rank())));
            }
            blocks.add(new Table(label("report.results.tableCaption", k.kind(), m.measure(k.kind())),
                    List.of(label("report.col.unit"), label("report.col.drawn"), label("report.col.reviewed"),
                            label("report.col.passRate"), label("report.col.goodRate"), label("report.col.mean"),
                            label("report.col.vetoed"), label("report.col.rank")),
                    new float[]{1.6f, 1f, 1f, 1.2f, 1.2f, 1.2f, 1f, 1f}, rows,
                    new boolean[]{false, true, true, true, true, true, true, true}));
        }
        if (!m.kindTables().isEmpty()) {
            blocks.add(new Text(Style.NOTE, label("report.results.rateNote")));
        }
        if (!m.conclusions().isEmpty()) {
            heading2(ordinal2(++part) + label("report.results.conclusions2"));
            m.conclusions().forEach(this::para);
        }
        if (!m.followUp().isEmpty()) {
            // 回头看: the comparison sample compare prints, against the review this one follows
            heading2(ordinal2(++part) + label("report.results.followUp"));
            for (var f : m.followUp()) {
                para(label("report.followUp.line", f.unit(), f.kind(), f.sentence()));
            }
            para(label("report.followUp.method"));
        }
        if (!m.unitDocuments().isEmpty()) {
            heading2(ordinal2(++part) + label("report.results.unitDocs2"));
            for (var d : m.unitDocuments()) {
                List<String> lost = d.deductions().stream().map(ReviewReportModel.Deduction::note).toList();
                para(lost.isEmpty() ? label("report.unitDocs.clean", d.unit(), ReportMessages.points(d.score()), d.grade())
                        : label("report.unitDocs.lost", d.unit(), ReportMessages.points(d.score()), d.grade(),
                        String.join(label("report.basis.kindSeparator"), lost)));
            }
        }
        if (!m.charts().isEmpty()) {
            heading2(ordinal2(++part) + label("report.results.charts2"));
            for (var c : m.charts()) {
                int files = c.units().stream().mapToInt(ReviewReportModel.UnitResult::filesReviewed).sum();
                List<String> perUnit = new ArrayList<>();
                String vetoRule = "";
                for (var u : c.units()) {
                    List<String> grades = new ArrayList<>();
                    u.gradeCounts().forEach((g, n) -> {
                        if (n > 0) {
                            grades.add(label("report.results.gradeCount2", g, count(n, c.measure())));
                        }
                    });
                    String line = label("report.results.unitLine", u.unit(), count(u.filesReviewed(), c.measure()),
                            ReportMessages.points(u.meanScore()), messages.joinList(grades));
                    perUnit.add(u.vetoCount() == 0 ? line
                            : line + label("report.results.unitVetoes", count(u.vetoCount(), c.measure())));
                    if (vetoRule.isEmpty() && !u.vetoRule().isBlank()) {
                        vetoRule = u.vetoRule();
                    }
                }
                para(label("report.results.kindLine", c.kind(), Integer.toString(c.units().size()), count(files, c.measure()),
                        String.join(label("report.basis.kindSeparator"), perUnit)));
                if (!vetoRule.isEmpty()) {
                    para(vetoRule);
                }
                blocks.add(new Chart(label("report.chart.kindTitle", c.kind(), Integer.toString(c.units().size()),
                        count(files, c.measure())), c.scores(), label("report.chart.countOf", c.measure()),
                        label("report.chart.score")));
            }
        }
    }

    // ---- 四、存在的主要问题

    private void problems() {
        heading1("report.section.problems");
        notes(ReportSection.PROBLEMS, false);
        if (m.problems().isEmpty()) {
            para(label("report.problems.none"));
            return;
        }
        para(label("report.problems.intro2"));
        int n = 0;
        List<ReviewReportModel.ProblemGroup> minor = new ArrayList<>();
        for (var p : m.problems()) {
            if (!p.veto() && p.files().size() < 2) {
                minor.add(p);
                continue;
            }
            blocks.add(new Text(Style.ITEM, sentence(label("report.problem.item2", Integer.toString(++n),
                    (p.veto() ? label("report.problem.veto") : "") + p.text()))));
            boolean unitsOnly = p.files().equals(p.units());   // the units' own documents
            indented(unitsOnly
                    ? label("report.problem.unitScope", messages.joinList(p.units()), Integer.toString(p.units().size()))
                    : label("report.problem.scope2", messages.joinList(p.units()), count(p.files().size(), m.measure(p.kind()))));
            for (String c : p.typicalCases()) {
                indented(label("report.problem.case", c));
            }
            if (!unitsOnly) {
                indented(label("report.problem.files", messages.joinList(p.files())));
            }
        }
        if (!minor.isEmpty()) {
            blocks.add(new Text(Style.ITEM, label("report.problem.item2", Integer.toString(++n), label("report.problems.minor"))));
            for (var p : minor) {
                indented(label("report.problem.minor2", p.text(),
                        p.typicalCases().isEmpty() ? messages.joinList(p.files()) : p.typicalCases().get(0)));
            }
        }
    }

    // ---- 五、整改要求

    private void requirements() {
        heading1("report.section.requirements");
        notes(ReportSection.REQUIREMENTS, false);
        if (m.findings().isEmpty()) {
            para(label("report.findings.none"));
            return;
        }
        para(label("report.requirements.intro2"));
        Map<String, List<ReviewReportModel.FindingEntry>> byUnit = new LinkedHashMap<>();
        m.units().forEach(u -> byUnit.put(u, new ArrayList<>()));
        m.findings().forEach(f -> byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f));
        int part = 0;
        for (var e : byUnit.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            heading2(ordinal2(++part) + e.getKey());
            para(label("report.requirements.unit", e.getKey(), Integer.toString(e.getValue().size())));
            for (var f : e.getValue()) {
                para(prose(f));
            }
            for (var sent : m.sent(e.getKey())) {
                para(label("report.sent2." + sent.kind(), messages.date(sent.date()),
                        sent.number() == null ? label("report.none") : sent.number()));
            }
        }
    }

    /**
     * A finding as a sentence of the report, from its parts: what was seen (with the file it was seen
     * in), the criterion it falls short of in words, what is required and by when. A finding's text is
     * "‹评查标准›——‹所见›" or "‹file›：‹所见›" or a sentence of its own (ScoringDecisions).
     */
    String prose(ReviewReportModel.FindingEntry f) {
        String text = f.text().strip();
        String seen = text;
        String criterion = "";
        int dash = text.indexOf("——");
        if (dash > 0) {
            criterion = text.substring(0, dash).strip();
            seen = text.substring(dash + 2).strip();
            int colon = criterion.indexOf('：');
            if (colon > 0 && KeepWhole.ID.matcher(criterion.substring(0, colon)).find()) {
                seen = criterion.substring(0, colon) + seen;   // "‹file›：‹criterion›——‹seen›"
                criterion = criterion.substring(colon + 1).strip();
            }
        } else {
            int colon = text.indexOf('：');
            if (colon > 0 && KeepWhole.ID.matcher(text.substring(0, colon)).find()) {
                seen = text.substring(0, colon) + text.substring(colon + 1);
            }
        }
        seen = trimEnd(seen);
        String problem = criterion.isEmpty() ? seen : label("report.finding.against", seen, trimEnd(criterion));
        String requirement = trimEnd(f.requirement());
        String deadline = f.deadline().strip();
        String asked = requirement.isEmpty() ? "" : deadline.isEmpty() ? label("report.finding.asked", requirement)
                : label("report.finding.askedBy", requirement, deadline);
        return sentence(label("report.finding.prose", Integer.toString(f.number()), problem))
                + (asked.isEmpty() ? "" : label("report.sentence.between") + sentence(asked));
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。；，,.;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    // ---- 六、下一步工作 and the signatures

    private void nextSteps() {
        heading1("report.section.nextSteps");
        notes(ReportSection.NEXT_STEPS, true);
    }

    private void signOff() {
        blocks.add(new SignOff(m.authority(), m.reportDate() == null ? label("report.signoff.blankDate")
                : messages.date(m.reportDate()), label("report.signoff.team"),
                List.of(label("report.col.name"), label("report.col.signature"), label("report.col.date")),
                m.provenance().team()));
    }

    // ---- 附表

    private void files() {
        heading1("report.section.files");
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (var f : m.files()) {
            rows.add(List.of(Integer.toString(++n), f.unit(), f.id(), f.enterprise(), f.scoreText(), f.grade(), f.auditor(),
                    f.reviewedOn() == null ? "" : messages.date(f.reviewedOn())));
        }
        blocks.add(new Table(null, List.of(label("report.col.no"), label("report.col.unit"), label("report.col.record"),
                label("report.col.enterprise"), label("report.col.score"), label("report.col.grade"),
                label("report.col.auditor"), label("report.col.reviewedOn")),
                new float[]{0.7f, 1.2f, 3.8f, 3.0f, 1.0f, 1.0f, 1.0f, 2.6f}, rows,
                new boolean[]{false, false, false, false, true, false, false, false}));
    }

    // ---- 附录：抽样方法与复核 (every technical mark of the report is here)

    private void appendixHeading(String key) {
        heading2(ordinal2(++appendixPart) + label(key));
    }

    private void appendix() {
        heading1("report.section.appendix");
        appendixHeading("report.appendix.rubrics2");
        para(label("report.appendix.rubricsIntro"));
        List<List<String>> rubrics = new ArrayList<>();
        for (var r : m.rubrics()) {
            rubrics.add(List.of(r.id(), r.title(), r.version(), r.sha256()));
        }
        blocks.add(new Table(null, List.of(label("report.col.rubricId"), label("report.col.rubricTitle"),
                label("report.col.version"), label("report.col.sha256")), new float[]{2.2f, 3f, 1f, 5.6f}, rubrics,
                new boolean[]{false, false, false, false}));
        appendixHeading("report.appendix.draws2");
        List<List<String>> draws = new ArrayList<>();
        for (var d : m.draws()) {
            draws.add(List.of(d.unit(), d.kind(), d.method(), d.filters(), Integer.toString(d.populationSize()),
                    Integer.toString(d.sampleSize()), d.seed(), d.populationFingerprint()));
        }
        blocks.add(new Table(null, List.of(label("report.col.unit"), label("report.col.kind"), label("report.col.method"),
                label("report.col.filters"), label("report.col.population"), label("report.col.sample"),
                label("report.col.seed"), label("report.col.fingerprint")),
                new float[]{1.2f, 2.1f, 1.3f, 2.9f, 1.1f, 1.1f, 1.6f, 3.4f}, draws,
                new boolean[]{false, false, false, false, true, true, false, false}));
        LedgerVersionsLine.of(messages, m.draws()).ifPresent(this::para);   // which ledger version each draw used (issue 26)
        appendixHeading("report.appendix.recheck2");
        para(label("report.method.recheck"));
        appendixHeading("report.appendix.journal2");
        para(label("report.appendix.journalText", m.provenance().sessionName()));
        blocks.add(new Text(Style.MONO, m.provenance().headLine(messages)));   // the head and its signer, in one place (Provenance.headLine)
        appendixHeading("report.appendix.amendments2");
        if (m.amendments().isEmpty()) {
            para(label("report.amendments.none"));
        }
        for (String line : m.amendments()) {
            blocks.add(new Text(Style.NOTE, line));
        }
        if (!m.sampling().isEmpty()) {
            // the plan and the method behind 三、评查结果's conclusions for the units together
            appendixHeading("report.appendix.samplingBasis2");
            for (var b : m.sampling()) {
                String plan = b.tolerable() == null ? label("report.appendix.noPlan", rateText(b.confidence()))
                        : label("report.appendix.plan", rateText(b.confidence()), rateText(b.tolerable()),
                        b.expected() == null ? label("report.none") : rateText(b.expected()),
                        b.model() == null ? label("report.none") : label("report.appendix.model." + b.model()));
                para(label("report.appendix.basis", b.kind(), plan, Integer.toString(b.units()),
                        b.population() + b.measure(), b.sampled() + b.measure(), b.failed() + b.measure(),
                        b.upper() + b.measure()));
            }
            m.sampling().stream().map(ReviewReportModel.SamplingBasis::method).distinct()
                    .forEach(method -> para(label("report.appendix.method." + method)));
        }
        if (!m.problems().isEmpty()) {
            // 四、存在的主要问题 by the criteria of the rubrics, with their codes
            appendixHeading("report.appendix.criteria");
            List<List<String>> rows = new ArrayList<>();
            for (var p : m.problems()) {
                rows.add(List.of(p.kind(), p.criterion(), (p.veto() ? label("report.problem.veto") : "") + p.text(),
                        Integer.toString(p.files().size())));
            }
            blocks.add(new Table(null, List.of(label("report.col.kind"), label("report.col.criterion"),
                    label("report.col.criterionText"), label("report.col.files")), new float[]{2f, 1f, 7f, 1f}, rows,
                    new boolean[]{false, false, false, true}));
        }
        if (!m.unitDocuments().isEmpty()) {
            appendixHeading("report.appendix.unitDocs");
            List<List<String>> rows = new ArrayList<>();
            for (var d : m.unitDocuments()) {
                rows.add(List.of(d.unit(), ReportMessages.points(d.score()), d.grade(),
                        d.deductions().isEmpty() ? label("report.none")
                                : String.join("\n", d.deductions().stream().map(this::deductionLine).toList())));
            }
            blocks.add(new Table(null, List.of(label("report.col.unit"), label("report.col.score"),
                    label("report.col.grade"), label("report.col.deductions")), new float[]{1.2f, 0.8f, 0.8f, 6f}, rows,
                    new boolean[]{false, true, false, false}));
        }
        if (!m.sent().isEmpty()) {
            appendixHeading("report.appendix.sent");
            for (var sent : m.sent()) {
                para(label("report.sent." + sent.kind(), messages.date(sent.date()),
                        sent.number() == null ? label("report.none") : sent.number(), sent.file(),
                        sent.sha256().substring(0, 12)) + label("report.sent.unit", sent.unit()));
            }
        }
    }

    /** A deduction as the appendix lists it, with its criterion's code and the points lost or the veto: "B3 −5：…". */
    private String deductionLine(ReviewReportModel.Deduction d) {
        return label("report.appendix.deduction", d.code(), d.veto() ? label(ScoreSheet.Shown.VETOED.key())
                : label("report.appendix.deducted", ReportMessages.points(d.points())), d.note());
    }

    /** A rate as a percentage without trailing zeros: 0.9 → 90%, 0.975 → 97.5%. */
    private static String rateText(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
