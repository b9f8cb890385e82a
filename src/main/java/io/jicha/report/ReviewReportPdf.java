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

import io.jicha.session.ReportSection;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the review report (稽查报告) in the order a filed report takes: cover; 一、基本情况;
 * 二、主要做法和成效; 三、评查结果 (a table across units per kind of file, the sampling
 * conclusions, the units' own documents, a vector score chart per unit); 四、存在的主要问题
 * (grouped across units); 五、整改要求; 六、下一步工作; the signing authority, date and the
 * team's signatures; the table of reviewed files with the day each was reviewed; and the appendix
 * 附录：抽样方法与复核 (rubric hashes, draws, how to re-check them, the journal head, amendments).
 * "第 X 页 共 Y 页" and the first 12 digits of the journal head at the foot of every page.
 *
 * <p>No heading ends a page: a heading starts a new page when less than a few lines are left
 * below it, and a heading followed by a block kept whole goes into that block. Document numbers
 * never break across lines ({@link KeepWhole}); table headers repeat on every page.
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
                .body("journal head hash", m.provenance().journalHeadHash())
                .body("authority", m.authority());
        ScoreChart.bandLabels().forEach(label -> check.body("chart band " + label, label));
        m.units().forEach(u -> check.body("unit " + u, u).heading("unit " + u, u));
        m.provenance().team().forEach(t -> check.body("team member " + t, t));
        m.sent().forEach(d -> check.body("file sent to " + d.unit(), d.file()).body("number sent to " + d.unit(), d.number()));
        m.notes().forEach((section, texts) -> {
            for (int i = 0; i < texts.size(); i++) {
                check.body("note " + (i + 1) + " of " + section.code(), texts.get(i));
            }
        });
        m.overview().kinds().forEach(k -> check.body("kind " + k.kind(), k.kind()).heading("kind " + k.kind(), k.kind()));
        m.kindTables().forEach(k -> check.heading("table of " + k.kind(), k.kind()));
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
        for (int i = 0; i < m.conclusions().size(); i++) {
            check.body("conclusion " + (i + 1), m.conclusions().get(i));
        }
        for (var r : m.results()) {
            String at = "results of " + r.unit();
            check.heading(at, r.unit()).body(at + " failure-rate sentence", r.failureRateSentence())
                    .body(at + " veto rule", r.vetoRule());
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
        for (var p : m.problems()) {
            String at = "problem " + p.kind() + " " + p.criterion();
            check.body(at, p.kind() + p.criterion() + p.text()).heading(at, p.kind() + p.criterion() + p.text());
            p.typicalCases().forEach(c -> check.body(at + " case", c));
            p.files().forEach(f -> check.body(at + " file", f));
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

    /** The journal head as the footer prints it: its first 12 hex digits, enough to tell journals apart. */
    static String shortHead(String head) {
        return head.length() <= 12 ? head : head.substring(0, 12);
    }

    private static void layout(ReviewReportModel m, PdfKit kit, OutputStream out) {
        Document document = new Document(PageSize.A4, 25 * PdfKit.MM, 25 * PdfKit.MM, 25 * PdfKit.MM,
                28 * PdfKit.MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageCountFooter(kit, shortHead(m.provenance().journalHeadHash())));
            kit.metadata(writer, document, TitleLines.plain(m.title()), m.provenance());
            document.open();
            new Pages(m, kit, document, writer).all();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the review report", e);
        }
    }

    /** The report's parts, in order; one instance per document. */
    private static final class Pages {
        /** Room a section heading needs below it (the heading and about four lines), else it starts a page. */
        private static final float SECTION_ROOM = 120f;
        /** The same for a subheading. */
        private static final float SUBHEADING_ROOM = 90f;

        private final ReviewReportModel m;
        private final PdfKit kit;
        private final Document doc;
        private final PdfWriter writer;
        private final Font text;
        private final Font small;
        private final Font smallBold;
        private final List<Element> pending = new ArrayList<>();

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

        // ---- keeping headings with what follows

        /** Starts a new page unless {@code room} points are left below the current position. */
        private void ensureRoom(float room) {
            if (writer.getVerticalPosition(true) - doc.bottom() < room) {
                doc.newPage();
            }
        }

        private void section(String key) {
            ensureRoom(SECTION_ROOM);
            Paragraph p = PdfKit.para(24, kit.label(key), kit.heading(SECTION));
            p.setSpacingBefore(10);
            p.setSpacingAfter(6);
            pending.add(p);
        }

        private void subheading(String s) {
            ensureRoom(SUBHEADING_ROOM);
            Paragraph p = PdfKit.para(20, s, kit.heading(UNIT));
            p.setSpacingBefore(6);
            p.setSpacingAfter(3);
            pending.add(p);
        }

        /** Adds an element after the headings waiting for it. */
        private void add(Element e) throws DocumentException {
            for (Element h : pending) {
                doc.add(h);
            }
            pending.clear();
            doc.add(e);
        }

        /** Adds elements that stay on one page, with the headings waiting for them. */
        private void keep(float spacingAfter, Element... elements) throws DocumentException {
            List<Element> all = new ArrayList<>(pending);
            pending.clear();
            all.addAll(List.of(elements));
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(0);
            for (Element e : all) {
                cell.addElement(e);
            }
            block.addCell(cell);
            block.setSpacingAfter(spacingAfter);
            doc.add(block);
        }

        private Paragraph textParagraph(String s) {
            Paragraph p = KeepWhole.para(LEADING, s, text);
            p.setFirstLineIndent(2 * TEXT);
            p.setSpacingAfter(4);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            return p;
        }

        private void para(String s) throws DocumentException {
            add(textParagraph(s));
        }

        private void notes(ReportSection section, boolean sayWhenNone) throws DocumentException {
            List<String> written = m.notes(section);
            if (written.isEmpty() && sayWhenNone) {
                para(kit.label("report.notes.none"));
            }
            for (String s : written) {
                para(s);
            }
        }

        private PdfPTable table(float[] widths, String... headerKeys) {
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.setSpacingBefore(4);
            t.setSpacingAfter(8);
            for (String key : headerKeys) {
                PdfPCell c = kit.headerCell(kit.label(key), smallBold);
                c.setNoWrap(true);
                t.addCell(c);
            }
            return t;
        }

        private PdfPCell idCell(String id) {
            PdfPCell c = kit.cell("", small, Element.ALIGN_LEFT);
            c.setPhrase(KeepWhole.phrase(id, small));
            return c;
        }

        // ---- cover

        private void cover() throws DocumentException {
            Paragraph spacer = new Paragraph(" ", text);
            spacer.setSpacingBefore(150);
            doc.add(spacer);
            // broken between words (GB/T 9704 7.3.1 applied to the report's title: TitleLines)
            com.lowagie.text.Font font = kit.heading(24);
            List<String> lines = TitleLines.of(m.title(), t -> font.getBaseFont().getWidthPoint(t, 24),
                    doc.right() - doc.left());
            Paragraph title = PdfKit.para(34, String.join("\n", lines), font);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(80);
            doc.add(title);
            PdfPTable info = new PdfPTable(new float[]{1.2f, 3f});
            info.setWidthPercentage(70);
            if (!m.authority().isBlank()) {
                coverRow(info, "report.cover.authority", m.authority());
            }
            coverRow(info, "report.cover.period", kit.messages.period(m.from(), m.to()));
            coverRow(info, "report.cover.units", kit.messages.joinList(m.units()));
            coverRow(info, "report.cover.team", kit.messages.joinList(m.provenance().team()));
            if (m.reportDate() != null) {
                coverRow(info, "report.cover.date", kit.messages.date(m.reportDate()));
            }
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

        // ---- 一、基本情况

        private void basis() throws DocumentException {
            section("report.section.basis");
            String team = kit.messages.joinList(m.provenance().team());
            String period = kit.messages.period(m.from(), m.to());
            String units = kit.messages.joinList(m.units());
            para(m.authority().isBlank() ? kit.label("report.basis.who", team, period, units)
                    : kit.label("report.basis.whoBy", m.authority(), team, period, units));
            if (!m.rubrics().isEmpty()) {
                para(kit.label("report.basis.rubrics", String.join("", m.rubrics().stream()
                        .map(r -> kit.label("report.basis.rubric", r.title().isBlank() ? r.id() : r.title())).toList())));
            }
            var o = m.overview();
            if (!o.kinds().isEmpty()) {
                List<String> counts = o.kinds().stream().map(k -> kit.label("report.basis.kindCount",
                        Integer.toString(k.population()), k.kind(), Integer.toString(k.drawn()),
                        Integer.toString(k.reviewed()))).toList();
                String sentence = kit.label("report.basis.drawn", Integer.toString(o.drawn()),
                        Integer.toString(o.reviewed()), String.join(kit.label("report.basis.kindSeparator"), counts));
                if (o.unitDocumentsReviewed() > 0) {
                    sentence += kit.label("report.basis.documents", Integer.toString(o.unitDocumentsReviewed()));
                }
                para(sentence);
            }
            if (o.firstReviewDay() != null) {
                String days = o.firstReviewDay().equals(o.lastReviewDay()) ? kit.messages.date(o.firstReviewDay())
                        : kit.messages.period(o.firstReviewDay(), o.lastReviewDay());
                para(kit.label("report.basis.days", days));
            } else {
                para(kit.label("report.basis.noDays"));
            }
            notes(ReportSection.BASIS, false);
        }

        // ---- 二、主要做法和成效

        private void practices() throws DocumentException {
            section("report.section.practices");
            notes(ReportSection.PRACTICES, true);
        }

        // ---- 三、评查结果

        private void results() throws DocumentException {
            section("report.section.results");
            subheading(kit.label("report.results.tables"));
            for (var k : m.kindTables()) {
                PdfPTable t = table(new float[]{1.6f, 1f, 1f, 1.2f, 1.2f, 1.2f, 1f, 1f}, "report.col.unit",
                        "report.col.drawn", "report.col.reviewed", "report.col.passRate", "report.col.goodRate",
                        "report.col.mean", "report.col.vetoed", "report.col.rank");
                for (var r : k.rows()) {
                    t.addCell(kit.cell(r.unit(), small, Element.ALIGN_LEFT));
                    t.addCell(kit.cell(Integer.toString(r.drawn()), small, Element.ALIGN_RIGHT));
                    t.addCell(kit.cell(Integer.toString(r.reviewed()), small, Element.ALIGN_RIGHT));
                    t.addCell(kit.cell(rate(r.passRate()), small, Element.ALIGN_RIGHT));
                    t.addCell(kit.cell(rate(r.goodRate()), small, Element.ALIGN_RIGHT));
                    t.addCell(kit.cell(r.meanScore() == null ? kit.label("report.none")
                            : ReportMessages.points(r.meanScore()), small, Element.ALIGN_RIGHT));
                    t.addCell(kit.cell(Integer.toString(r.vetoed()), small, Element.ALIGN_RIGHT));
                    t.addCell(kit.cell(r.rank() == 0 ? kit.label("report.none") : Integer.toString(r.rank()), small,
                            Element.ALIGN_CENTER));
                }
                Paragraph caption = PdfKit.para(16, k.kind(), kit.heading(TEXT));
                caption.setAlignment(Element.ALIGN_CENTER);
                caption.setSpacingBefore(4);
                keep(4, caption, t);
            }
            if (!m.kindTables().isEmpty()) {
                Paragraph note = PdfKit.para(14, kit.label("report.results.rateNote"), small);
                note.setSpacingAfter(6);
                add(note);
            }
            if (!m.conclusions().isEmpty()) {
                subheading(kit.label("report.results.conclusions"));
                for (String c : m.conclusions()) {
                    para(c);
                }
            }
            if (!m.unitDocuments().isEmpty()) {
                subheading(kit.label("report.results.unitDocs"));
                PdfPTable t = table(new float[]{1.2f, 0.8f, 0.8f, 6f}, "report.col.unit", "report.col.score",
                        "report.col.grade", "report.col.deductions");
                for (var d : m.unitDocuments()) {
                    t.addCell(kit.cell(d.unit(), small, Element.ALIGN_LEFT));
                    t.addCell(kit.cell(ReportMessages.points(d.score()), small, Element.ALIGN_RIGHT));
                    t.addCell(kit.cell(d.grade(), small, Element.ALIGN_CENTER));
                    PdfPCell c = kit.cell("", small, Element.ALIGN_LEFT);
                    c.setPhrase(KeepWhole.phrase(d.deductions().isEmpty() ? kit.label("report.none")
                            : String.join("\n", d.deductions()), small));
                    t.addCell(c);
                }
                add(t);
            }
            if (!m.results().isEmpty()) {
                subheading(kit.label("report.results.charts"));
            }
            for (var r : m.results()) {
                List<Element> block = new ArrayList<>();
                Paragraph unitHeading = PdfKit.para(20, r.unit(), kit.heading(UNIT));
                unitHeading.setSpacingBefore(6);
                unitHeading.setSpacingAfter(3);
                block.add(unitHeading);
                block.add(textParagraph(kit.label("report.results.summary", Integer.toString(r.filesReviewed()),
                        ReportMessages.points(r.meanScore()), Integer.toString(r.vetoCount()))));
                List<String> grades = new ArrayList<>();
                r.gradeCounts().forEach((g, n) -> grades.add(kit.label("report.results.gradeCount", g,
                        Integer.toString(n))));
                block.add(textParagraph(kit.label("report.results.grades", kit.messages.joinList(grades))));
                if (!r.vetoRule().isBlank()) {
                    block.add(textParagraph(r.vetoRule()));   // how vetoed files count in the mean (rubric's veto:)
                }
                Paragraph caption = PdfKit.para(16, kit.label("report.chart.title", r.unit()), kit.heading(9));
                caption.setAlignment(Element.ALIGN_CENTER);
                caption.setSpacingBefore(4);
                block.add(caption);
                Image chart = ScoreChart.draw(writer.getDirectContent(), r.scores(), kit.fonts.body(),
                        kit.label("report.chart.count"), kit.label("report.chart.score"));
                chart.setAlignment(Image.MIDDLE);
                block.add(chart);
                keep(6, block.toArray(Element[]::new));   // a unit's figures stay with its chart
            }
        }

        private String rate(BigDecimal percent) {
            return percent == null ? kit.label("report.none") : kit.label("report.rate", percent.toPlainString());
        }

        // ---- 四、存在的主要问题

        private void problems() throws DocumentException {
            section("report.section.problems");
            notes(ReportSection.PROBLEMS, false);
            if (m.problems().isEmpty()) {
                para(kit.label("report.problems.none"));
                return;
            }
            para(kit.label("report.problems.intro"));
            int n = 0;
            List<ReviewReportModel.ProblemGroup> minor = new ArrayList<>();
            for (var p : m.problems()) {
                if (!p.veto() && p.files().size() < 2) {
                    minor.add(p);
                    continue;
                }
                Paragraph title = KeepWhole.para(LEADING, kit.label("report.problem.item", Integer.toString(++n),
                        (p.veto() ? kit.label("report.problem.veto") : "") + p.text(), p.kind(), p.criterion()),
                        kit.heading(TEXT));
                title.setSpacingBefore(4);
                List<Element> block = new ArrayList<>();
                block.add(title);
                boolean unitsOnly = p.files().equals(p.units());   // the units' own documents
                block.add(indented(unitsOnly
                        ? kit.label("report.problem.unitScope", kit.messages.joinList(p.units()), Integer.toString(p.units().size()))
                        : kit.label("report.problem.scope", kit.messages.joinList(p.units()), Integer.toString(p.files().size()))));
                for (String c : p.typicalCases()) {
                    block.add(indented(kit.label("report.problem.case", c)));
                }
                if (!unitsOnly) {
                    block.add(indented(kit.label("report.problem.files", kit.messages.joinList(p.files()))));
                }
                keep(4, block.toArray(Element[]::new));
            }
            if (!minor.isEmpty()) {
                List<Element> block = new ArrayList<>();
                Paragraph title = PdfKit.para(LEADING, (++n) + ". " + kit.label("report.problems.minor"), kit.heading(TEXT));
                title.setSpacingBefore(4);
                block.add(title);
                for (int i = 0; i < minor.size(); i++) {
                    var p = minor.get(i);
                    Paragraph line = indented(kit.label("report.problem.minor", p.text(), p.kind(), p.criterion(),
                            p.typicalCases().isEmpty() ? kit.messages.joinList(p.files()) : p.typicalCases().get(0)));
                    if (i < 2) {
                        block.add(line);   // the heading stays with its first lines
                    } else {
                        if (i == 2) {
                            keep(0, block.toArray(Element[]::new));
                        }
                        add(line);
                    }
                }
                if (minor.size() <= 2) {
                    keep(0, block.toArray(Element[]::new));
                }
            }
        }

        private Paragraph indented(String s) {
            Paragraph p = KeepWhole.para(LEADING, s, text);
            p.setIndentationLeft(2 * TEXT);
            return p;
        }

        // ---- 五、整改要求

        private void requirements() throws DocumentException {
            section("report.section.requirements");
            notes(ReportSection.REQUIREMENTS, false);
            if (m.findings().isEmpty()) {
                para(kit.label("report.findings.none"));
                return;
            }
            para(kit.label("report.requirements.intro"));
            Map<String, List<ReviewReportModel.FindingEntry>> byUnit = new LinkedHashMap<>();
            m.units().forEach(u -> byUnit.put(u, new ArrayList<>()));
            m.findings().forEach(f -> byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f));
            for (var e : byUnit.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                subheading(e.getKey());
                for (var f : e.getValue()) {
                    Paragraph p = KeepWhole.para(LEADING, f.number() + ". " + f.text(), text);
                    p.setIndentationLeft(TEXT);
                    p.setFirstLineIndent(-TEXT);
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    Paragraph req = KeepWhole.para(LEADING, kit.label("report.finding.requirement", f.requirement()), text);
                    req.setIndentationLeft(2 * TEXT);
                    Paragraph due = KeepWhole.para(LEADING, kit.label("report.finding.deadline", f.deadline()), text);
                    due.setIndentationLeft(2 * TEXT);
                    keep(6, p, req, due);   // a finding stays with its requirement (and the unit heading with both)
                }
                for (var sent : m.sent(e.getKey())) {
                    para(kit.label("report.sent." + sent.kind(), kit.messages.date(sent.date()),
                            sent.number() == null ? kit.label("report.none") : sent.number(), sent.file(),
                            sent.sha256().substring(0, 12)));
                }
            }
        }

        // ---- 六、下一步工作 and the signatures

        private void nextSteps() throws DocumentException {
            section("report.section.nextSteps");
            notes(ReportSection.NEXT_STEPS, true);
        }

        private void signOff() throws DocumentException {
            List<Element> block = new ArrayList<>();
            if (!m.authority().isBlank()) {
                Paragraph who = PdfKit.para(LEADING, m.authority(), text);
                who.setAlignment(Element.ALIGN_RIGHT);
                who.setSpacingBefore(24);
                block.add(who);
            }
            Paragraph when = PdfKit.para(LEADING, m.reportDate() == null ? kit.label("report.signoff.blankDate")
                    : kit.messages.date(m.reportDate()), text);
            when.setAlignment(Element.ALIGN_RIGHT);
            when.setSpacingBefore(m.authority().isBlank() ? 24 : 0);
            when.setSpacingAfter(12);
            block.add(when);
            block.add(PdfKit.para(LEADING, kit.label("report.signoff.team"), text));
            PdfPTable t = table(new float[]{2f, 3f, 2f}, "report.col.name", "report.col.signature", "report.col.date");
            for (String member : m.provenance().team()) {
                PdfPCell name = kit.cell(member, text, Element.ALIGN_CENTER);
                name.setFixedHeight(30);
                t.addCell(name);
                t.addCell(kit.cell("", text, Element.ALIGN_CENTER));
                t.addCell(kit.cell("", text, Element.ALIGN_CENTER));
            }
            block.add(t);
            keep(0, block.toArray(Element[]::new));
        }

        // ---- the table of files

        private void files() throws DocumentException {
            doc.newPage();
            section("report.section.files");
            PdfPTable t = table(new float[]{0.8f, 1.1f, 3.4f, 3.4f, 0.8f, 1.1f, 0.9f, 2.5f}, "report.col.no",
                    "report.col.unit", "report.col.record", "report.col.enterprise", "report.col.score",
                    "report.col.grade", "report.col.auditor", "report.col.reviewedOn");
            int n = 0;
            for (var f : m.files()) {
                t.addCell(kit.cell(Integer.toString(++n), small, Element.ALIGN_CENTER));
                t.addCell(kit.cell(f.unit(), small, Element.ALIGN_LEFT));
                t.addCell(idCell(f.id()));
                t.addCell(kit.cell(f.enterprise(), small, Element.ALIGN_LEFT));
                t.addCell(kit.cell(f.scoreText(), small, Element.ALIGN_RIGHT));   // 否决 / 0（否决） by the rubric's veto rule
                t.addCell(kit.cell(f.grade(), small, Element.ALIGN_CENTER));
                t.addCell(kit.cell(f.auditor(), small, Element.ALIGN_CENTER));
                PdfPCell day = kit.cell(f.reviewedOn() == null ? "" : kit.messages.date(f.reviewedOn()), small,
                        Element.ALIGN_CENTER);
                day.setNoWrap(true);
                t.addCell(day);
            }
            add(t);
        }

        // ---- 附录：抽样方法与复核

        private void appendix() throws DocumentException {
            doc.newPage();
            section("report.section.appendix");
            subheading(kit.label("report.appendix.rubrics"));
            para(kit.label("report.appendix.rubricsIntro"));
            PdfPTable rubrics = table(new float[]{2.2f, 3f, 1f, 5.6f}, "report.col.rubricId", "report.col.rubricTitle",
                    "report.col.version", "report.col.sha256");
            for (var r : m.rubrics()) {
                rubrics.addCell(kit.cell(r.id(), small, Element.ALIGN_LEFT));
                rubrics.addCell(kit.cell(r.title(), small, Element.ALIGN_LEFT));
                rubrics.addCell(kit.cell(r.version(), small, Element.ALIGN_CENTER));
                rubrics.addCell(kit.cell(r.sha256(), kit.body(6.5f), Element.ALIGN_LEFT));
            }
            add(rubrics);
            subheading(kit.label("report.appendix.draws"));
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
            add(draws);
            java.util.Optional<String> versions = LedgerVersionsLine.of(kit.messages, m.draws()); // issue 26: a re-imported ledger's draws name their version
            if (versions.isPresent()) { // left-aligned, as the amendments: justified, a file name would be letter-spaced
                Paragraph p = PdfKit.para(14, versions.get(), small);
                p.setIndentationLeft(2 * TEXT);
                p.setSpacingBefore(3);
                add(p);
            }
            subheading(kit.label("report.appendix.recheck"));
            para(kit.label("report.method.recheck"));
            subheading(kit.label("report.appendix.journal"));
            para(kit.label("report.appendix.journalText", m.provenance().sessionName()));
            Paragraph head = PdfKit.para(LEADING, m.provenance().journalHeadHash(), kit.body(9f));
            head.setIndentationLeft(2 * TEXT);
            head.setSpacingAfter(4);
            add(head);
            subheading(kit.label("report.appendix.amendments"));
            if (m.amendments().isEmpty()) {
                para(kit.label("report.amendments.none"));
            }
            for (String line : m.amendments()) {
                Paragraph p = PdfKit.para(14, line, small);
                p.setIndentationLeft(2 * TEXT);
                p.setSpacingAfter(2);
                add(p);
            }
            if (!m.sampling().isEmpty()) {
                // the plan and the method behind 三、评查结果's conclusions for the units together
                subheading(kit.label("report.appendix.samplingBasis"));
                for (var b : m.sampling()) {
                    String plan = b.tolerable() == null ? kit.label("report.appendix.noPlan",
                            rateText(b.confidence()))
                            : kit.label("report.appendix.plan", rateText(b.confidence()), rateText(b.tolerable()),
                            b.expected() == null ? kit.label("report.none") : rateText(b.expected()),
                            b.model() == null ? kit.label("report.none") : kit.label("report.appendix.model." + b.model()));
                    para(kit.label("report.appendix.basis", b.kind(), plan, Integer.toString(b.units()),
                            b.population() + b.measure(), b.sampled() + b.measure(), b.failed() + b.measure(),
                            b.upper() + b.measure()));
                }
                m.sampling().stream().map(b -> b.method()).distinct()
                        .forEach(method -> para(kit.label("report.appendix.method." + method)));
            }
        }

        /** A rate as a percentage without trailing zeros: 0.9 → 90%, 0.975 → 97.5%. */
        private static String rateText(BigDecimal rate) {
            return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }
}
