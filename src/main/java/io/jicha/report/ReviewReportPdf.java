package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.jicha.common.Texts;


import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out the review report (稽查报告) as a bureau's 报告, block by block from the model's outline
 * ({@link ReviewReportOutline}, which the .docx follows too): the cover, then the body on the 公文 grid
 * of GB/T 9704-2012 (5.2.1: 156 mm x 225 mm type area, 37 mm top and 28 mm left margins; 7.1: 3号
 * 仿宋, 22 lines of 28 characters a page), headings in 黑体 (一、) and 楷体 (（一）) as 7.3.3 says, the
 * tables and the one score chart per kind of file in smaller type (after each the text comes back
 * onto the grid); the signatures; the table of reviewed files; the appendix with every technical mark
 * (criterion codes, hashes, commands, the session's name). "第 X 页 共 Y 页" and the first 12 digits
 * of the journal head at the foot of every page.
 *
 * <p>No heading ends a page: a heading starts a new page when less than a few lines are left
 * below it. Document numbers and dates never break across lines ({@link KeepWhole}); table
 * headers repeat on every page.
 */
public final class ReviewReportPdf {

    static final float MM = PdfKit.MM;
    /** GB/T 9704-2012 5.2.1: the type area and its margins. */
    static final float TOP = 37 * MM;
    static final float BOTTOM = 35 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    static final float TEXT_WIDTH = 156 * MM;
    static final float TEXT_HEIGHT = 225 * MM;
    /** 7.1: 3号 (16 pt) for the body and the headings; 22 lines of 28 characters. */
    static final float BODY_SIZE = 16f;
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    static final float LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE;   // ~28.9 pt
    static final float CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;    // ~15.8 pt
    /** Slightly negative: 28 characters of 16 pt fill 156 mm (a hair less, so the 28th always fits). */
    static final float CHAR_SPACING = CHAR_PITCH - BODY_SIZE - 0.01f;
    private static final float TABLE_SIZE = 9f;                      // tables: smaller than the body (小五 9 pt)
    private static final float TITLE_SIZE = 22f;                     // 二号 小标宋 (7.3.1)

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

    /**
     * Every text of the report, each with where it is ({@code report.where.*}, in the terminal's language), so
     * that a character its font lacks is named with its place before anything is written.
     */
    private static void check(ReviewReportModel m, PdfKit kit) {
        GlyphCheck check = new GlyphCheck();
        kit.checkLabels(check);
        check.heading(Texts.get("report.where.title"), m.title()).body(Texts.get("report.where.title"), m.title());
        check.body(Texts.get("report.where.session-name"), m.provenance().sessionName())
                .body(Texts.get("report.where.journal-head"), m.provenance().journalHeadHash())
                .body(Texts.get("report.where.authority"), m.authority());
        ScoreChart.bandLabels(kit.messages).forEach(label -> check.body(Texts.get("report.where.chart-band", label), label));
        m.units().forEach(u -> check.body(Texts.get("report.where.unit", u), u).heading(Texts.get("report.where.unit", u), u));
        m.provenance().team().forEach(t -> check.body(Texts.get("report.where.team-member", t), t));
        m.sent().forEach(d -> check.body(Texts.get("report.where.sent-file", d.unit()), d.file())
                .body(Texts.get("report.where.sent-number", d.unit()), d.number()));
        m.notes().forEach((section, texts) -> {
            for (int i = 0; i < texts.size(); i++) {
                check.body(Texts.get("report.where.note", Integer.toString(i + 1), section.code()), texts.get(i));
            }
        });
        m.overview().kinds().forEach(k -> check.body(Texts.get("report.where.kind", k.kind()), k.kind())
                .heading(Texts.get("report.where.kind", k.kind()), k.kind()));
        m.kindTables().forEach(k -> check.heading(Texts.get("report.where.kind-table", k.kind()), k.kind()));
        for (var r : m.rubrics()) {
            check.body(Texts.get("report.where.rubric", r.id()), r.id())
                    .body(Texts.get("report.where.rubric-version", r.id()), r.version())
                    .body(Texts.get("report.where.rubric-title", r.id()), r.title())
                    .body(Texts.get("report.where.rubric-sha256", r.id()), r.sha256());
        }
        for (int i = 0; i < m.draws().size(); i++) {
            var d = m.draws().get(i);
            String n = Integer.toString(i + 1);
            check.body(Texts.get("report.where.draw-unit", n), d.unit()).body(Texts.get("report.where.draw-kind", n), d.kind())
                    .body(Texts.get("report.where.draw-method", n), d.method())
                    .body(Texts.get("report.where.draw-filters", n), d.filters())
                    .body(Texts.get("report.where.draw-seed", n), d.seed())
                    .body(Texts.get("report.where.draw-fingerprint", n), d.populationFingerprint());
        }
        for (int i = 0; i < m.conclusions().size(); i++) {
            check.body(Texts.get("report.where.conclusion", Integer.toString(i + 1)), m.conclusions().get(i));
        }
        for (var r : m.results()) {
            check.heading(Texts.get("report.where.results", r.unit()), r.unit())
                    .body(Texts.get("report.where.results-sentence", r.unit()), r.failureRateSentence())
                    .body(Texts.get("report.where.results-veto-rule", r.unit()), r.vetoRule());
            r.gradeCounts().keySet().forEach(g -> check.body(Texts.get("report.where.results-grade", r.unit()), g));
        }
        for (var f : m.files()) {
            check.body(Texts.get("report.where.file", f.id()), f.id())
                    .body(Texts.get("report.where.file-enterprise", f.id()), f.enterprise())
                    .body(Texts.get("report.where.file-grade", f.id()), f.grade())
                    .body(Texts.get("report.where.file-auditor", f.id()), f.auditor())
                    .body(Texts.get("report.where.file-unit", f.id()), f.unit());
        }
        for (var d : m.unitDocuments()) {
            check.heading(Texts.get("report.where.unit-documents", d.unit()), d.unit())
                    .body(Texts.get("report.where.unit-documents-grade", d.unit()), d.grade());
            for (int i = 0; i < d.deductions().size(); i++) {
                var x = d.deductions().get(i);
                check.body(Texts.get("report.where.unit-documents-deduction", d.unit(), Integer.toString(i + 1)),
                        x.code() + x.note());
            }
        }
        for (var p : m.problems()) {
            String all = p.kind() + p.criterion() + p.text();
            check.body(Texts.get("report.where.problem", p.kind(), p.criterion()), all)
                    .heading(Texts.get("report.where.problem", p.kind(), p.criterion()), all);
            p.typicalCases().forEach(c -> check.body(Texts.get("report.where.problem-case", p.kind(), p.criterion()), c));
            p.files().forEach(f -> check.body(Texts.get("report.where.problem-file", p.kind(), p.criterion()), f));
        }
        for (var f : m.findings()) {
            String n = Integer.toString(f.number());
            check.heading(Texts.get("report.where.finding", n, f.unit()), f.unit())
                    .body(Texts.get("report.where.finding-text", n, f.unit()), f.text())
                    .body(Texts.get("report.where.finding-requirement", n, f.unit()), f.requirement())
                    .body(Texts.get("report.where.finding-deadline", n, f.unit()), f.deadline());
        }
        for (int i = 0; i < m.amendments().size(); i++) {
            check.body(Texts.get("report.where.amendment", Integer.toString(i + 1)), m.amendments().get(i));
        }
        check.verify(kit.fonts);
    }

    /** The journal head as the footer prints it: its first 12 hex digits, enough to tell journals apart. */
    static String shortHead(String head) {
        return head.length() <= 12 ? head : head.substring(0, 12);
    }

    private static void layout(ReviewReportModel m, PdfKit kit, OutputStream out) {
        Document document = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageCountFooter(kit, shortHead(m.provenance().journalHeadHash())));
            kit.metadata(writer, document, TitleLines.plain(m.title()), m.provenance());
            document.open();
            ReviewReportOutline.write(m.outline(), new Pages(kit, document, writer));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the review report", e);
        }
    }

    /** Sets the outline's blocks on the pages; one instance per document. */
    private static final class Pages implements ReviewReportOutline.Writer<DocumentException> {
        /** Lines a heading needs below it (itself and about three lines), else it starts a page. */
        private static final int HEADING_LINES = 4;

        private final PdfKit kit;
        private final Document doc;
        private final PdfWriter writer;
        private final Font body;
        private final Font hei;
        private final Font kai;
        private final Font small;
        private final Font smallBold;

        Pages(PdfKit kit, Document doc, PdfWriter writer) {
            this.kit = kit;
            this.doc = doc;
            this.writer = writer;
            this.body = new Font(kit.fonts.body(), BODY_SIZE);
            this.hei = new Font(kit.fonts.heading(), BODY_SIZE);
            this.kai = new Font(kit.fonts.kai(), BODY_SIZE);
            this.small = kit.body(TABLE_SIZE);
            this.smallBold = kit.heading(TABLE_SIZE);
        }

        @Override
        public void pageBreak(ReviewReportOutline.PageBreak p) {
            doc.newPage();
        }

        // ---- the grid

        /** Lines of the grid left on this page below the current position. */
        private int linesLeft() {
            return (int) Math.floor((writer.getVerticalPosition(true) - doc.bottom()) / LINE_PITCH + 1e-3);
        }

        /** Moves down to the next grid line after a table or a chart (the text stays on the grid). */
        private void snap() throws DocumentException {
            float used = doc.top() - writer.getVerticalPosition(true);
            float rest = used % LINE_PITCH;
            if (rest > 0.5f && LINE_PITCH - rest > 0.5f) {
                Paragraph gap = new Paragraph(LINE_PITCH - rest, "\u00a0", body);
                doc.add(gap);
            }
        }

        /** A paragraph of grid lines: 28 characters of 16 pt to a line, one line per 1/22 of the type area. */
        private Paragraph gridPara(String s, Font font, float firstIndent, float indent, int align) {
            Paragraph p = new Paragraph(LINE_PITCH);
            p.setFont(font);
            p.add(gridPhrase(s, font));
            p.setFirstLineIndent(firstIndent);
            p.setIndentationLeft(indent);
            p.setAlignment(align);
            return p;
        }

        /**
         * The text in chunks at the grid's character spacing; a document number or a date, with the
         * punctuation after it (、，。；：）), is one chunk that never breaks (KeepWhole), so no line
         * starts with that punctuation.
         */
        private static Phrase gridPhrase(String s, Font font) {
            Phrase phrase = new Phrase(LINE_PITCH);
            Matcher x = WHOLE.matcher(s);
            int at = 0;
            while (x.find()) {
                if (x.start() > at) {
                    phrase.add(spaced(PdfKit.chunk(s.substring(at, x.start()), font)));
                }
                Chunk whole = new Chunk(x.group(), font);
                whole.setSplitCharacter(NEVER);
                phrase.add(spaced(whole));
                at = x.end();
            }
            if (at < s.length() || s.isEmpty()) {
                phrase.add(spaced(PdfKit.chunk(s.substring(at), font)));
            }
            return phrase;
        }

        private static Chunk spaced(Chunk c) {
            c.setCharacterSpacing(CHAR_SPACING);
            return c;
        }

        private static final Pattern WHOLE = Pattern.compile("(?:" + KeepWhole.KEEP.pattern() + ")[、，。；：）]*");
        private static final com.lowagie.text.SplitCharacter NEVER = (start, current, end, cc, ck) -> false;

        @Override
        public void heading(ReviewReportOutline.Heading h) throws DocumentException {
            snap();
            if (linesLeft() < HEADING_LINES) {
                doc.newPage();
            }
            doc.add(gridPara(h.text(), h.level() == 1 ? hei : kai, 2 * CHAR_PITCH, 0, Element.ALIGN_LEFT));
        }

        @Override
        public void text(ReviewReportOutline.Text t) throws DocumentException {
            switch (t.style()) {
                case BODY, ITEM -> {
                    snap();
                    doc.add(gridPara(t.text(), body, 2 * CHAR_PITCH, 0, Element.ALIGN_LEFT));
                }
                case INDENTED -> {
                    snap();
                    doc.add(gridPara(t.text(), body, 0, 2 * CHAR_PITCH, Element.ALIGN_LEFT));
                }
                case NOTE -> {
                    Paragraph p = KeepWhole.para(15, t.text(), kit.body(9f));
                    p.setSpacingBefore(2);
                    p.setSpacingAfter(4);
                    doc.add(p);
                }
                case MONO -> {
                    Paragraph p = PdfKit.para(15, t.text(), kit.body(9f));
                    p.setIndentationLeft(2 * CHAR_PITCH);
                    p.setSpacingAfter(4);
                    doc.add(p);
                }
            }
        }

        @Override
        public void table(ReviewReportOutline.Table t) throws DocumentException {
            PdfPTable table = new PdfPTable(t.widths());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            for (String h : t.headers()) {
                PdfPCell c = kit.headerCell(h, smallBold);
                c.setNoWrap(true);
                table.addCell(c);
            }
            for (List<String> row : t.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    PdfPCell c = kit.cell("", small, t.numeric()[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    c.setPhrase(KeepWhole.phrase(row.get(i), small));
                    table.addCell(c);
                }
            }
            if (t.caption() != null) {
                Paragraph caption = PdfKit.para(20, t.caption(), kit.heading(12f));
                caption.setAlignment(Element.ALIGN_CENTER);
                caption.setSpacingBefore(4);
                if (t.rows().size() <= 12) {
                    keep(caption, table);   // a short table stays with its caption
                    return;
                }
                doc.add(caption);
            }
            doc.add(table);
        }

        /** Elements that stay on one page. */
        private void keep(Element... elements) throws DocumentException {
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
            block.setSpacingAfter(4);
            doc.add(block);
        }

        @Override
        public void chart(ReviewReportOutline.Chart c) throws DocumentException {
            Paragraph caption = PdfKit.para(18, c.caption(), kit.heading(10.5f));
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setSpacingBefore(4);
            Image chart = ScoreChart.draw(writer.getDirectContent(), c.scores(), ScoreChart.bandLabels(kit.messages),
                    kit.fonts.body(), c.countLabel(), c.scoreLabel());
            chart.setAlignment(Image.MIDDLE);
            keep(caption, chart);
        }

        // ---- cover

        @Override
        public void cover(ReviewReportOutline.Cover c) throws DocumentException {
            Paragraph spacer = new Paragraph(" ", body);
            spacer.setSpacingBefore(110);
            doc.add(spacer);
            // broken between words (GB/T 9704 7.3.1 applied to the report's title: TitleLines), in 小标宋 二号
            Font font = new Font(kit.fonts.title(), TITLE_SIZE);
            List<String> lines = TitleLines.of(c.title(), t -> font.getBaseFont().getWidthPoint(t, TITLE_SIZE),
                    doc.right() - doc.left());
            Paragraph title = PdfKit.para(TITLE_SIZE * 1.5f, String.join("\n", lines), font);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(80);
            doc.add(title);
            PdfPTable info = new PdfPTable(new float[]{1.2f, 3f});
            info.setWidthPercentage(80);
            for (String[] row : c.rows()) {
                PdfPCell label = kit.cell(row[0], kit.heading(14), Element.ALIGN_LEFT);
                PdfPCell content = kit.cell(row[1], kit.body(14), Element.ALIGN_LEFT);
                for (PdfPCell cell : List.of(label, content)) {
                    cell.setBorder(PdfPCell.BOTTOM);
                    cell.setPaddingBottom(8);
                    cell.setPaddingTop(8);
                    info.addCell(cell);
                }
            }
            doc.add(info);
        }

        // ---- the signatures

        @Override
        public void signOff(ReviewReportOutline.SignOff s) throws DocumentException {
            snap();
            if (linesLeft() < 8) {
                doc.newPage();
            }
            doc.add(new Paragraph(LINE_PITCH, "\u00a0", body));
            if (!s.authority().isBlank()) {
                doc.add(gridPara(s.authority(), body, 0, 0, Element.ALIGN_RIGHT));
            }
            doc.add(gridPara(s.date(), body, 0, 0, Element.ALIGN_RIGHT));
            doc.add(gridPara(s.teamLabel(), body, 0, 0, Element.ALIGN_LEFT));
            PdfPTable t = new PdfPTable(new float[]{2f, 3f, 2f});
            t.setWidthPercentage(100);
            t.setSpacingBefore(4);
            for (String h : s.headers()) {
                t.addCell(kit.headerCell(h, smallBold));
            }
            for (String member : s.team()) {
                PdfPCell name = kit.cell(member, kit.body(12), Element.ALIGN_CENTER);
                name.setFixedHeight(30);
                t.addCell(name);
                t.addCell(kit.cell("", small, Element.ALIGN_CENTER));
                t.addCell(kit.cell("", small, Element.ALIGN_CENTER));
            }
            t.setKeepTogether(true);
            doc.add(t);
        }
    }
}
