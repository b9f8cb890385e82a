package io.jicha.report;

import io.jicha.session.ReportSection;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.jicha.report.GongwenDocx.BODY_HALF_POINTS;
import static io.jicha.report.GongwenDocx.LINE_PITCH;
import static io.jicha.report.GongwenDocx.TITLE_HALF_POINTS;
import static io.jicha.report.GongwenDocx.pt;

/**
 * The review report (稽查报告) as an editable Word document (.docx), from the same
 * {@link ReviewReportModel} as the PDF and in the same parts and words (the labels of
 * {@code messages/report_*}), set on the 公文 page of GB/T 9704-2012 ({@link GongwenDocx}): the title
 * in 小标宋, the parts "一、…" in 黑体, the subheadings "（一）…" in 楷体, the text in 仿宋 三号 on the
 * grid, the tables in 五号. The PDF's score charts are left out: each unit's grade counts stand
 * beside them in words.
 */
public final class ReviewReportDocx {

    private static final int TABLE_HALF_POINTS = 21;                  // 五号 10.5 pt
    private static final int TABLE_LINE = pt(10.5 * 1.4);

    private final DocxFonts fonts;

    public ReviewReportDocx(DocxFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the report to target via a temporary file (replacing an existing file only with force). */
    public void write(ReviewReportModel model, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfOutput.write(target, force, out -> render(model, out));
    }

    public byte[] bytes(ReviewReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void render(ReviewReportModel m, OutputStream out) throws IOException {
        ReportMessages messages = ReportMessages.forLocale(m.provenance().locale());
        GongwenDocx d = new GongwenDocx(fonts, m.provenance().locale().toLanguageTag());
        new Parts(m, messages, d).all();
        String[] parts = messages.get("notice.page", "\u0000").split("\u0000", -1);
        d.endNumbered(new String[]{parts[0], parts.length > 1 ? parts[1] : ""});
        d.write(out, m.title(), m.provenance(), m.provenance().asOf(), messages);
    }

    /** The report's parts, in the PDF's order. */
    private static final class Parts {
        private final ReviewReportModel m;
        private final ReportMessages messages;
        private final GongwenDocx d;

        Parts(ReviewReportModel m, ReportMessages messages, GongwenDocx d) {
            this.m = m;
            this.messages = messages;
            this.d = d;
        }

        void all() {
            cover();
            basis();
            practices();
            results();
            problems();
            requirements();
            nextSteps();
            signOff();
            files();
            appendix();
        }

        private String label(String key, Object... args) {
            return messages.get(key, args);
        }

        private void para(String s) {
            d.run(d.text(), s, FontRole.BODY, BODY_HALF_POINTS);
        }

        private void indented(String s) {
            XWPFParagraph p = d.paragraph(GongwenDocx.Align.BOTH, 0, 0, LINE_PITCH, true);
            d.run(p, s, FontRole.BODY, BODY_HALF_POINTS);
            GongwenDocx.ppr(p).addNewInd().setLeft(java.math.BigInteger.valueOf(Math.round(2 * GongwenDocx.CHAR_PITCH)));
        }

        private XWPFParagraph lastParagraph() {
            List<XWPFParagraph> all = d.paragraphs();
            return all.get(all.size() - 1);
        }

        /** "一、…" in 黑体, flush with the text's first lines, kept with what follows. */
        private void section(String key) {
            XWPFParagraph p = d.paragraph(GongwenDocx.Align.LEFT, 2, 0, LINE_PITCH, true);
            p.setKeepNext(true);
            d.run(p, label(key), FontRole.HEADING, BODY_HALF_POINTS);
        }

        /** "（一）…" in 楷体. */
        private void subheading(String s) {
            XWPFParagraph p = d.paragraph(GongwenDocx.Align.LEFT, 2, 0, LINE_PITCH, true);
            p.setKeepNext(true);
            d.run(p, s, FontRole.KAI, BODY_HALF_POINTS);
        }

        private void notes(ReportSection section, boolean sayWhenNone) {
            List<String> written = m.notes(section);
            if (written.isEmpty() && sayWhenNone) {
                para(label("report.notes.none"));
            }
            written.forEach(this::para);
        }

        private void table(int[] widths, List<String> headerKeys, List<List<String>> rows, boolean[] centred) {
            d.table(widths, headerKeys.stream().map(this::label).toList(), rows, centred, TABLE_HALF_POINTS, TABLE_LINE);
            d.paragraph(GongwenDocx.Align.LEFT, 0, 0, pt(6), false);
        }

        private void cover() {
            for (int i = 0; i < 4; i++) {
                d.blank();
            }
            d.run(d.paragraph(GongwenDocx.Align.CENTER, 0, 0, pt(34), false), m.title(), FontRole.TITLE,
                    TITLE_HALF_POINTS);
            d.blank();
            d.blank();
            List<String[]> rows = new ArrayList<>();
            if (!m.authority().isBlank()) {
                rows.add(new String[]{"report.cover.authority", m.authority()});
            }
            rows.add(new String[]{"report.cover.period", messages.period(m.from(), m.to())});
            rows.add(new String[]{"report.cover.units", messages.joinList(m.units())});
            rows.add(new String[]{"report.cover.team", messages.joinList(m.provenance().team())});
            if (m.reportDate() != null) {
                rows.add(new String[]{"report.cover.date", messages.date(m.reportDate())});
            }
            for (String[] row : rows) {
                XWPFParagraph p = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
                GongwenDocx.ppr(p).addNewInd().setLeft(java.math.BigInteger.valueOf(Math.round(4 * GongwenDocx.CHAR_PITCH)));
                d.run(p, label(row[0]) + (messages.locale().getLanguage().equals("zh") ? "：" : ": "),
                        FontRole.HEADING, BODY_HALF_POINTS);
                d.run(p, row[1], FontRole.BODY, BODY_HALF_POINTS);
            }
            XWPFParagraph next = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            GongwenDocx.newPage(next);
            XWPFParagraph heading = next;
            heading.setKeepNext(true);
            d.run(heading, "", FontRole.BODY, BODY_HALF_POINTS);
        }

        private void basis() {
            section("report.section.basis");
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
                List<String> counts = o.kinds().stream().map(k -> label("report.basis.kindCount",
                        Integer.toString(k.population()), k.kind(), Integer.toString(k.drawn()),
                        Integer.toString(k.reviewed()))).toList();
                String sentence = label("report.basis.drawn", Integer.toString(o.drawn()),
                        Integer.toString(o.reviewed()), String.join(label("report.basis.kindSeparator"), counts));
                if (o.unitDocumentsReviewed() > 0) {
                    sentence += label("report.basis.documents", Integer.toString(o.unitDocumentsReviewed()));
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

        private void practices() {
            section("report.section.practices");
            notes(ReportSection.PRACTICES, true);
        }

        private void results() {
            section("report.section.results");
            subheading(label("report.results.tables"));
            for (var k : m.kindTables()) {
                XWPFParagraph caption = d.paragraph(GongwenDocx.Align.CENTER, 0, 0, LINE_PITCH, true);
                caption.setKeepNext(true);
                d.run(caption, k.kind(), FontRole.HEADING, BODY_HALF_POINTS);
                List<List<String>> rows = new ArrayList<>();
                for (var r : k.rows()) {
                    rows.add(List.of(r.unit(), Integer.toString(r.drawn()), Integer.toString(r.reviewed()),
                            rate(r.passRate()), rate(r.goodRate()),
                            r.meanScore() == null ? label("report.none") : ReportMessages.points(r.meanScore()),
                            Integer.toString(r.vetoed()), r.rank() == 0 ? label("report.none") : Integer.toString(r.rank())));
                }
                table(new int[]{16, 10, 10, 12, 12, 12, 10, 10}, List.of("report.col.unit", "report.col.drawn",
                        "report.col.reviewed", "report.col.passRate", "report.col.goodRate", "report.col.mean",
                        "report.col.vetoed", "report.col.rank"), rows,
                        new boolean[]{false, true, true, true, true, true, true, true});
            }
            if (!m.kindTables().isEmpty()) {
                d.run(d.paragraph(GongwenDocx.Align.BOTH, 0, 0, TABLE_LINE, false), label("report.results.rateNote"),
                        FontRole.BODY, TABLE_HALF_POINTS);
            }
            if (!m.conclusions().isEmpty()) {
                subheading(label("report.results.conclusions"));
                m.conclusions().forEach(this::para);
            }
            if (!m.unitDocuments().isEmpty()) {
                subheading(label("report.results.unitDocs"));
                List<List<String>> rows = new ArrayList<>();
                for (var doc : m.unitDocuments()) {
                    rows.add(List.of(doc.unit(), ReportMessages.points(doc.score()), doc.grade(),
                            doc.deductions().isEmpty() ? label("report.none") : String.join("\n", doc.deductions())));
                }
                table(new int[]{12, 8, 8, 60}, List.of("report.col.unit", "report.col.score", "report.col.grade",
                        "report.col.deductions"), rows, new boolean[]{false, true, true, false});
            }
            if (!m.results().isEmpty()) {
                subheading(label("report.results.charts"));
            }
            for (var r : m.results()) {
                XWPFParagraph unit = d.paragraph(GongwenDocx.Align.LEFT, 2, 0, LINE_PITCH, true);
                unit.setKeepNext(true);
                d.run(unit, r.unit(), FontRole.KAI, BODY_HALF_POINTS);
                para(label("report.results.summary", Integer.toString(r.filesReviewed()),
                        ReportMessages.points(r.meanScore()), Integer.toString(r.vetoCount())));
                List<String> grades = new ArrayList<>();
                r.gradeCounts().forEach((g, n) -> grades.add(label("report.results.gradeCount", g, Integer.toString(n))));
                para(label("report.results.grades", messages.joinList(grades)));
                if (!r.vetoRule().isBlank()) {
                    para(r.vetoRule());
                }
            }
        }

        private String rate(BigDecimal percent) {
            return percent == null ? label("report.none") : label("report.rate", percent.toPlainString());
        }

        private void problems() {
            section("report.section.problems");
            notes(ReportSection.PROBLEMS, false);
            if (m.problems().isEmpty()) {
                para(label("report.problems.none"));
                return;
            }
            para(label("report.problems.intro"));
            int n = 0;
            List<ReviewReportModel.ProblemGroup> minor = new ArrayList<>();
            for (var p : m.problems()) {
                if (!p.veto() && p.files().size() < 2) {
                    minor.add(p);
                    continue;
                }
                XWPFParagraph title = d.text();
                title.setKeepNext(true);
                d.run(title, label("report.problem.item", Integer.toString(++n),
                        (p.veto() ? label("report.problem.veto") : "") + p.text(), p.kind(), p.criterion()),
                        FontRole.HEADING, BODY_HALF_POINTS);
                boolean unitsOnly = p.files().equals(p.units());
                indented(unitsOnly
                        ? label("report.problem.unitScope", messages.joinList(p.units()), Integer.toString(p.units().size()))
                        : label("report.problem.scope", messages.joinList(p.units()), Integer.toString(p.files().size())));
                for (String c : p.typicalCases()) {
                    indented(label("report.problem.case", c));
                }
                if (!unitsOnly) {
                    indented(label("report.problem.files", messages.joinList(p.files())));
                }
            }
            if (!minor.isEmpty()) {
                XWPFParagraph title = d.text();
                title.setKeepNext(true);
                d.run(title, (++n) + ". " + label("report.problems.minor"), FontRole.HEADING, BODY_HALF_POINTS);
                for (var p : minor) {
                    indented(label("report.problem.minor", p.text(), p.kind(), p.criterion(),
                            p.typicalCases().isEmpty() ? messages.joinList(p.files()) : p.typicalCases().get(0)));
                }
            }
        }

        private void requirements() {
            section("report.section.requirements");
            notes(ReportSection.REQUIREMENTS, false);
            if (m.findings().isEmpty()) {
                para(label("report.findings.none"));
                return;
            }
            para(label("report.requirements.intro"));
            Map<String, List<ReviewReportModel.FindingEntry>> byUnit = new LinkedHashMap<>();
            m.units().forEach(u -> byUnit.put(u, new ArrayList<>()));
            m.findings().forEach(f -> byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f));
            for (var e : byUnit.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                subheading(e.getKey());
                for (var f : e.getValue()) {
                    XWPFParagraph p = d.text();
                    p.setKeepNext(true);
                    d.run(p, f.number() + ". " + f.text(), FontRole.BODY, BODY_HALF_POINTS);
                    indented(label("report.finding.requirement", f.requirement()));
                    lastParagraph().setKeepNext(true);
                    indented(label("report.finding.deadline", f.deadline()));
                }
                for (var sent : m.sent(e.getKey())) {
                    para(label("report.sent." + sent.kind(), messages.date(sent.date()),
                            sent.number() == null ? label("report.none") : sent.number(), sent.file(),
                            sent.sha256().substring(0, 12)));
                }
            }
        }

        private void nextSteps() {
            section("report.section.nextSteps");
            notes(ReportSection.NEXT_STEPS, true);
        }

        private void signOff() {
            d.blank();
            if (!m.authority().isBlank()) {
                XWPFParagraph who = d.paragraph(GongwenDocx.Align.RIGHT, 0, 4, LINE_PITCH, true);
                who.setKeepNext(true);
                d.run(who, m.authority(), FontRole.BODY, BODY_HALF_POINTS);
            }
            XWPFParagraph when = d.paragraph(GongwenDocx.Align.RIGHT, 0, 4, LINE_PITCH, true);
            when.setKeepNext(true);
            d.run(when, m.reportDate() == null ? label("report.signoff.blankDate") : messages.date(m.reportDate()),
                    FontRole.BODY, BODY_HALF_POINTS);
            XWPFParagraph team = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            team.setKeepNext(true);
            d.run(team, label("report.signoff.team"), FontRole.BODY, BODY_HALF_POINTS);
            List<List<String>> rows = m.provenance().team().stream().map(member -> List.of(member, "", "")).toList();
            d.table(new int[]{2, 3, 2}, List.of(label("report.col.name"), label("report.col.signature"),
                    label("report.col.date")), rows, new boolean[]{true, true, true}, BODY_HALF_POINTS, LINE_PITCH);
        }

        private void files() {
            XWPFParagraph start = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            GongwenDocx.newPage(start);
            start.setKeepNext(true);
            d.run(start, label("report.section.files"), FontRole.HEADING, BODY_HALF_POINTS);
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (var f : m.files()) {
                rows.add(List.of(Integer.toString(++n), f.unit(), f.id(), f.enterprise(), f.scoreText(), f.grade(),
                        f.auditor(), f.reviewedOn() == null ? "" : messages.date(f.reviewedOn())));
            }
            table(new int[]{8, 11, 34, 34, 8, 11, 9, 25}, List.of("report.col.no", "report.col.unit",
                    "report.col.record", "report.col.enterprise", "report.col.score", "report.col.grade",
                    "report.col.auditor", "report.col.reviewedOn"), rows,
                    new boolean[]{true, false, false, false, true, true, true, true});
        }

        private void appendix() {
            XWPFParagraph start = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            GongwenDocx.newPage(start);
            start.setKeepNext(true);
            d.run(start, label("report.section.appendix"), FontRole.HEADING, BODY_HALF_POINTS);
            subheading(label("report.appendix.rubrics"));
            para(label("report.appendix.rubricsIntro"));
            table(new int[]{22, 30, 10, 56}, List.of("report.col.rubricId", "report.col.rubricTitle",
                    "report.col.version", "report.col.sha256"),
                    m.rubrics().stream().map(r -> List.of(r.id(), r.title(), r.version(), r.sha256())).toList(),
                    new boolean[]{false, false, true, false});
            subheading(label("report.appendix.draws"));
            table(new int[]{12, 21, 13, 29, 11, 11, 16, 34}, List.of("report.col.unit", "report.col.kind",
                    "report.col.method", "report.col.filters", "report.col.population", "report.col.sample",
                    "report.col.seed", "report.col.fingerprint"),
                    m.draws().stream().map(r -> List.of(r.unit(), r.kind(), r.method(), r.filters(),
                            Integer.toString(r.populationSize()), Integer.toString(r.sampleSize()), r.seed(),
                            r.populationFingerprint())).toList(),
                    new boolean[]{false, false, false, false, true, true, false, false});
            LedgerVersionsLine.of(messages, m.draws()).ifPresent(this::para); // issue 26
            subheading(label("report.appendix.recheck"));
            para(label("report.method.recheck"));
            subheading(label("report.appendix.journal"));
            para(label("report.appendix.journalText", m.provenance().sessionName()));
            indented(m.provenance().journalHeadHash());
            subheading(label("report.appendix.amendments"));
            if (m.amendments().isEmpty()) {
                para(label("report.amendments.none"));
            }
            m.amendments().forEach(this::indented);
        }
    }
}
