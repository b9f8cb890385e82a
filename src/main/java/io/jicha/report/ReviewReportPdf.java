package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the review report (稽查报告): cover, method (rubrics, draws, how to re-check a draw),
 * results per unit with a vector score chart, the table of reviewed files, the unit-document
 * review, findings by unit, the amendment log and the team's sign-off block; "第 X 页 共 Y 页"
 * and the journal head hash at the foot of every page.
 */
public final class ReviewReportPdf {

    private static final float TEXT = 10.5f;       // 五号
    private static final float LEADING = 18f;
    private static final float SECTION = 15f;      // 小三
    private static final float UNIT = 12f;         // 小四

    private final PdfFonts fonts;

    public ReviewReportPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Checks glyphs, then writes the report to target via a temporary file. */
    public void write(ReviewReportModel model, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfKit kit = new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
        check(model, kit);
        PdfOutput.write(target, force, out -> layout(model, kit, out));
    }

    /** Checks glyphs, then writes the report to a stream. */
    public void render(ReviewReportModel model, OutputStream out) {
        PdfKit kit = new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
        check(model, kit);
        layout(model, kit, out);
    }

    private static void check(ReviewReportModel m, PdfKit kit) {
        GlyphCheck check = new GlyphCheck();
        kit.checkLabels(check);
        check.heading("title", m.title()).body("title", m.title());
        check.body("session name", m.provenance().sessionName())
                .body("journal head hash", m.provenance().journalHeadHash());
        ScoreChart.bandLabels().forEach(label -> check.body("chart band " + label, label));
        m.units().forEach(u -> check.body("unit " + u, u).heading("unit " + u, u));
        m.provenance().team().forEach(t -> check.body("team member " + t, t));
        for (var r : m.rubrics()) {
            String at = "rubric " + r.id();
            check.body(at, r.id()).body(at + " version", r.version()).body(at + " title", r.title())
                    .body(at + " sha256", r.sha256());
        }
        for (int i = 0; i < m.draws().size(); i++) {
            var d = m.draws().get(i);
            String at = "draw " + (i + 1);
            check.body(at + " unit", d.unit()).body(at + " kind", d.kind()).body(at + " method", d.method())
                    .body(at + " filters", d.filters()).body(at + " seed", d.seed())
                    .body(at + " population fingerprint", d.populationFingerprint());
        }
        for (var r : m.results()) {
            String at = "results of " + r.unit();
            check.heading(at, r.unit()).body(at + " failure-rate sentence", r.failureRateSentence());
            r.gradeCounts().keySet().forEach(g -> check.body(at + " grade", g));
        }
        for (var f : m.files()) {
            String at = "file " + f.id();
            check.body(at, f.id()).body(at + " enterprise", f.enterprise()).body(at + " grade", f.grade())
                    .body(at + " auditor", f.auditor()).body(at + " unit", f.unit());
        }
        for (var d : m.unitDocuments()) {
            String at = "unit documents of " + d.unit();
            check.heading(at, d.unit()).body(at + " grade", d.grade());
            for (int i = 0; i < d.deductions().size(); i++) {
                check.body(at + " deduction " + (i + 1), d.deductions().get(i));
            }
        }
        for (var f : m.findings()) {
            String at = "finding " + f.number() + " of " + f.unit();
            check.heading(at, f.unit()).body(at + " text", f.text()).body(at + " requirement", f.requirement())
                    .body(at + " deadline", f.deadline());
        }
        for (int i = 0; i < m.amendments().size(); i++) {
            check.body("amendment " + (i + 1), m.amendments().get(i));
        }
        check.verify(kit.fonts);
    }

    private static void layout(ReviewReportModel m, PdfKit kit, OutputStream out) {
        Document document = new Document(PageSize.A4, 25 * PdfKit.MM, 25 * PdfKit.MM, 25 * PdfKit.MM,
                28 * PdfKit.MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageCountFooter(kit, m.provenance().journalHeadHash()));
            kit.metadata(writer, document, m.title(), m.provenance());
            document.open();
            new Pages(m, kit, document, writer).all();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the review report", e);
        }
    }

    /** The report's parts, in order; one instance per document. */
    private static final class Pages {
        private final ReviewReportModel m;
        private final PdfKit kit;
        private final Document doc;
        private final PdfWriter writer;
        private final Font text;
        private final Font small;
        private final Font smallBold;

        Pages(ReviewReportModel m, PdfKit kit, Document doc, PdfWriter writer) {
            this.m = m;
            this.kit = kit;
            this.doc = doc;
            this.writer = writer;
            this.text = kit.body(TEXT);
            this.small = kit.body(8.5f);
            this.smallBold = kit.heading(8.5f);
        }

        void all() throws DocumentException {
            cover();
            doc.newPage();
            method();
            results();
            files();
            unitDocuments();
            findings();
            amendments();
            signOff();
        }

        private void cover() throws DocumentException {
            Paragraph spacer = new Paragraph(" ", text);
            spacer.setSpacingBefore(150);
            doc.add(spacer);
            Paragraph title = PdfKit.para(34, m.title(), kit.heading(24));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(80);
            doc.add(title);
            PdfPTable info = new PdfPTable(new float[]{1.2f, 3f});
            info.setWidthPercentage(70);
            coverRow(info, "report.cover.session", m.provenance().sessionName());
            coverRow(info, "report.cover.period", kit.messages.period(m.from(), m.to()));
            coverRow(info, "report.cover.units", kit.messages.joinList(m.units()));
            coverRow(info, "report.cover.team", kit.messages.joinList(m.provenance().team()));
            doc.add(info);
        }

        private void coverRow(PdfPTable table, String key, String value) {
            PdfPCell label = kit.cell(kit.label(key), kit.heading(13), Element.ALIGN_LEFT);
            PdfPCell content = kit.cell(value, kit.body(13), Element.ALIGN_LEFT);
            for (PdfPCell c : List.of(label, content)) {
                c.setBorder(PdfPCell.BOTTOM);
                c.setPaddingBottom(8);
                c.setPaddingTop(8);
                table.addCell(c);
            }
        }

        private void section(String key) throws DocumentException {
            Paragraph p = PdfKit.para(24, kit.label(key), kit.heading(SECTION));
            p.setSpacingBefore(10);
            p.setSpacingAfter(6);
            doc.add(p);
        }

        private void subheading(String s) throws DocumentException {
            doc.add(subheadingParagraph(s));
        }

        private Paragraph subheadingParagraph(String s) {
            Paragraph p = PdfKit.para(20, s, kit.heading(UNIT));
            p.setSpacingBefore(6);
            p.setSpacingAfter(3);
            return p;
        }

        private void para(String s) throws DocumentException {
            doc.add(textParagraph(s));
        }

        private Paragraph textParagraph(String s) {
            Paragraph p = PdfKit.para(LEADING, s, text);
            p.setFirstLineIndent(2 * TEXT);
            p.setSpacingAfter(4);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            return p;
        }

        private PdfPTable table(float[] widths, String... headerKeys) {
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.setSpacingBefore(4);
            t.setSpacingAfter(8);
            for (String key : headerKeys) {
                t.addCell(kit.headerCell(kit.label(key), smallBold));
            }
            return t;
        }

        private void method() throws DocumentException {
            section("report.section.method");
            subheading(kit.label("report.method.rubrics"));
            para(kit.label("report.method.intro"));
            PdfPTable rubrics = table(new float[]{2.2f, 3f, 1f, 5.6f}, "report.col.rubricId", "report.col.rubricTitle",
                    "report.col.version", "report.col.sha256");
            for (var r : m.rubrics()) {
                rubrics.addCell(kit.cell(r.id(), small, Element.ALIGN_LEFT));
                rubrics.addCell(kit.cell(r.title(), small, Element.ALIGN_LEFT));
                rubrics.addCell(kit.cell(r.version(), small, Element.ALIGN_CENTER));
                rubrics.addCell(kit.cell(r.sha256(), kit.body(6.5f), Element.ALIGN_LEFT));
            }
            doc.add(rubrics);
            subheading(kit.label("report.method.draws"));
            PdfPTable draws = table(new float[]{1.2f, 2.1f, 1.3f, 2.9f, 1.1f, 1.1f, 1.6f, 3.4f}, "report.col.unit",
                    "report.col.kind", "report.col.method", "report.col.filters", "report.col.population",
                    "report.col.sample", "report.col.seed", "report.col.fingerprint");
            for (var d : m.draws()) {
                draws.addCell(kit.cell(d.unit(), small, Element.ALIGN_LEFT));
                draws.addCell(kit.cell(d.kind(), small, Element.ALIGN_LEFT));
                draws.addCell(kit.cell(d.method(), small, Element.ALIGN_LEFT));
                draws.addCell(kit.cell(d.filters(), small, Element.ALIGN_LEFT));
                draws.addCell(kit.cell(Integer.toString(d.populationSize()), small, Element.ALIGN_RIGHT));
                draws.addCell(kit.cell(Integer.toString(d.sampleSize()), small, Element.ALIGN_RIGHT));
                draws.addCell(kit.cell(d.seed(), kit.body(7f), Element.ALIGN_LEFT));
                draws.addCell(kit.cell(d.populationFingerprint(), kit.body(6f), Element.ALIGN_LEFT));
            }
            doc.add(draws);
            para(kit.label("report.method.recheck"));
        }

        private void results() throws DocumentException {
            section("report.section.results");
            for (var r : m.results()) {
                List<Element> block = new ArrayList<>();
                block.add(subheadingParagraph(r.unit()));
                block.add(textParagraph(kit.label("report.results.summary", Integer.toString(r.filesReviewed()),
                        ReportMessages.points(r.meanScore()), Integer.toString(r.vetoCount()))));
                List<String> grades = new ArrayList<>();
                r.gradeCounts().forEach((g, n) -> grades.add(kit.label("report.results.gradeCount", g,
                        Integer.toString(n))));
                block.add(textParagraph(kit.label("report.results.grades", kit.messages.joinList(grades))));
                if (!r.failureRateSentence().isBlank()) {
                    block.add(textParagraph(r.failureRateSentence()));
                }
                Paragraph caption = PdfKit.para(16, kit.label("report.chart.title", r.unit()), kit.heading(9));
                caption.setAlignment(Element.ALIGN_CENTER);
                caption.setSpacingBefore(4);
                block.add(caption);
                Image chart = ScoreChart.draw(writer.getDirectContent(), r.scores(), kit.fonts.body(),
                        kit.label("report.chart.count"), kit.label("report.chart.score"));
                chart.setAlignment(Image.MIDDLE);
                block.add(chart);
                doc.add(keptTogether(6, block.toArray(Element[]::new)));   // a unit's figures stay with its chart
            }
        }

    private void files() throws DocumentException {
            doc.newPage();
            section("report.section.files");
            PdfPTable t = table(new float[]{0.7f, 1.3f, 2f, 4f, 0.9f, 0.9f, 1.3f}, "report.col.no",
                    "report.col.unit", "report.col.record", "report.col.enterprise", "report.col.score",
                    "report.col.grade", "report.col.auditor");
            int n = 0;
            for (var f : m.files()) {
                t.addCell(kit.cell(Integer.toString(++n), small, Element.ALIGN_CENTER));
                t.addCell(kit.cell(f.unit(), small, Element.ALIGN_LEFT));
                t.addCell(kit.cell(f.id(), small, Element.ALIGN_LEFT));
                t.addCell(kit.cell(f.enterprise(), small, Element.ALIGN_LEFT));
                t.addCell(kit.cell(ReportMessages.points(f.score()), small, Element.ALIGN_RIGHT));
                t.addCell(kit.cell(f.grade(), small, Element.ALIGN_CENTER));
                t.addCell(kit.cell(f.auditor(), small, Element.ALIGN_CENTER));
            }
            doc.add(t);
        }

        private void unitDocuments() throws DocumentException {
            section("report.section.unitDocs");
            for (var d : m.unitDocuments()) {
                subheading(d.unit());
                para(kit.label("report.unitDocs.line", ReportMessages.points(d.score()), d.grade()));
                if (d.deductions().isEmpty()) {
                    para(kit.label("report.unitDocs.none"));
                }
                int i = 0;
                for (String deduction : d.deductions()) {
                    para((++i) + ". " + deduction);
                }
            }
        }

        private void findings() throws DocumentException {
            section("report.section.findings");
            if (m.findings().isEmpty()) {
                para(kit.label("report.findings.none"));
                return;
            }
            Map<String, List<ReviewReportModel.FindingEntry>> byUnit = new LinkedHashMap<>();
            m.units().forEach(u -> byUnit.put(u, new ArrayList<>()));
            m.findings().forEach(f -> byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f));
            for (var e : byUnit.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                boolean first = true;
                for (var f : e.getValue()) {
                    Paragraph p = PdfKit.para(LEADING, f.number() + ". " + f.text(), text);
                    p.setIndentationLeft(TEXT);
                    p.setFirstLineIndent(-TEXT);
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    Paragraph req = PdfKit.para(LEADING, kit.label("report.finding.requirement", f.requirement()),
                            text);
                    req.setIndentationLeft(2 * TEXT);
                    Paragraph due = PdfKit.para(LEADING, kit.label("report.finding.deadline", f.deadline()), text);
                    due.setIndentationLeft(2 * TEXT);
                    doc.add(first ? keptTogether(6, subheadingParagraph(e.getKey()), p, req, due)
                            : keptTogether(6, p, req, due));   // no unit heading alone at the foot of a page
                    first = false;
                }
            }
        }

        /** Elements that move to the next page together rather than split (a finding and its requirement). */
        private PdfPTable keptTogether(float spacingAfter, Element... elements) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(0);
            for (Element e : elements) {
                cell.addElement(e);
            }
            block.addCell(cell);
            block.setSpacingAfter(spacingAfter);
            return block;
        }

    private void amendments() throws DocumentException {
            section("report.section.amendments");
            if (m.amendments().isEmpty()) {
                para(kit.label("report.amendments.none"));
            }
            for (String line : m.amendments()) {
                Paragraph p = PdfKit.para(14, line, small);
                p.setIndentationLeft(2 * TEXT);
                p.setSpacingAfter(2);
                doc.add(p);
            }
        }

        private void signOff() throws DocumentException {
            PdfPTable t = table(new float[]{2f, 3f, 2f}, "report.col.name", "report.col.signature", "report.col.date");
            t.setKeepTogether(true);
            for (String member : m.provenance().team()) {
                PdfPCell name = kit.cell(member, text, Element.ALIGN_CENTER);
                name.setFixedHeight(30);
                t.addCell(name);
                t.addCell(kit.cell("", text, Element.ALIGN_CENTER));
                t.addCell(kit.cell("", text, Element.ALIGN_CENTER));
            }
            PdfPTable block = new PdfPTable(1);   // heading, sentence and table stay on one page
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(0);
            Paragraph heading = PdfKit.para(24, kit.label("report.section.signoff"), kit.heading(SECTION));
            heading.setSpacingAfter(6);
            cell.addElement(heading);
            Paragraph intro = PdfKit.para(LEADING, kit.label("report.signoff.intro"), text);
            intro.setFirstLineIndent(2 * TEXT);
            cell.addElement(intro);
            cell.addElement(t);
            block.addCell(cell);
            block.setSpacingBefore(10);
            doc.add(block);
        }
    }
}
