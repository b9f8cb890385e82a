package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link GongwenModel} as a 公文 after GB/T 9704-2012 by the rules and sizes of the
 * rectification notice ({@link RectificationNoticePdf}'s constants, docs/notice.md): the 版头 in one
 * of the three forms, the title in 二号 小标宋, 主送机关, the 正文 on the 22 × 28 grid, 附件说明,
 * 署名 and 成文日期 (sealed or unsealed, never alone on a page), each attachment on pages of its own
 * with its tables in 小四, the 版记 on the last even page, page numbers "— 1 —" in 四号.
 */
public final class GongwenPdf {

    // the notice's layout numbers, each with its clause (RectificationNoticePdf)
    static final float MM = RectificationNoticePdf.MM;
    static final float TOP = RectificationNoticePdf.TOP;
    static final float BOTTOM = RectificationNoticePdf.BOTTOM;
    static final float LEFT = RectificationNoticePdf.LEFT;
    static final float RIGHT = RectificationNoticePdf.RIGHT;
    static final float TEXT_WIDTH = RectificationNoticePdf.TEXT_WIDTH;
    static final float TEXT_HEIGHT = RectificationNoticePdf.TEXT_HEIGHT;
    static final float PAGE_HEIGHT = RectificationNoticePdf.PAGE_HEIGHT;
    static final float PAGE_WIDTH = RectificationNoticePdf.PAGE_WIDTH;
    static final float TITLE_SIZE = RectificationNoticePdf.TITLE_SIZE;
    static final float BODY_SIZE = RectificationNoticePdf.BODY_SIZE;
    static final float PAGE_NUMBER_SIZE = RectificationNoticePdf.PAGE_NUMBER_SIZE;
    static final float RECORD_SIZE = RectificationNoticePdf.RECORD_SIZE;
    static final float TABLE_SIZE = RectificationNoticePdf.TABLE_SIZE;
    static final float MARK_MAX_SIZE = RectificationNoticePdf.MARK_MAX_SIZE;
    static final float LINE_PITCH = RectificationNoticePdf.LINE_PITCH;
    static final float CHAR_PITCH = RectificationNoticePdf.CHAR_PITCH;
    static final float CHAR_SPACING = RectificationNoticePdf.CHAR_SPACING;
    static final int MAX_SQUEEZE = RectificationNoticePdf.MAX_SQUEEZE;
    static final Color RED = RectificationNoticePdf.RED;
    static final float THICK_RULE = RectificationNoticePdf.THICK_RULE;
    static final float THIN_RULE = RectificationNoticePdf.THIN_RULE;
    static final float LETTER_LINE_LENGTH = RectificationNoticePdf.LETTER_LINE_LENGTH;

    private final PdfFonts fonts;

    public GongwenPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Checks glyphs, then writes the notice to target via a temporary file. */
    public void write(GongwenModel model, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfKit kit = kit(model);
        check(model, kit);
        PdfOutput.write(target, force, out -> layout(model, kit, out));
    }

    /** Checks glyphs, then writes the notice to a stream. */
    public void render(GongwenModel model, OutputStream out) {
        PdfKit kit = kit(model);
        check(model, kit);
        layout(model, kit, out);
    }

    private PdfKit kit(GongwenModel model) {
        return new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
    }

    private static void check(GongwenModel m, PdfKit kit) {
        GlyphCheck check = new GlyphCheck();
        kit.checkLabels(check);
        NoticeModel.Layout l = m.layout();
        check.body("document number", m.documentNumber()).body("addressee", m.addressee())
                .body("authority", m.authority())
                .face(FontRole.TITLE, "authority", m.authority()).face(FontRole.TITLE, "title", title(m, kit))
                .body("printer", l.printer());
        if (m.signer() != null) {
            check.face(FontRole.KAI, "signer", m.signer());
        }
        for (String cc : l.cc()) {
            check.body("cc", cc);
        }
        for (GongwenModel.Paragraph p : m.body()) {
            for (GongwenModel.Span span : p.spans()) {
                check.face(role(span.face()), "text", span.text());
            }
        }
        for (GongwenModel.Attachment att : m.attachments()) {
            check.face(FontRole.TITLE, "attachment title", att.title());
            for (GongwenModel.Table t : att.tables()) {
                check.heading("table caption", t.caption());
                t.headers().forEach(h -> check.heading("table header", h));
                t.rows().forEach(r -> r.forEach(c -> check.body("table cell", c)));
            }
        }
        check.verify(kit.fonts);
    }

    /** The model's title, or the one given in the layout. */
    static String title(GongwenModel m, PdfKit kit) {
        return m.layout().title() != null ? m.layout().title() : m.title();
    }

    private static FontRole role(GongwenModel.Face face) {
        return switch (face) {
            case BODY -> FontRole.BODY;
            case HEADING -> FontRole.HEADING;
            case KAI -> FontRole.KAI;
        };
    }

    private static void layout(GongwenModel m, PdfKit kit, OutputStream out) {
        Document doc = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            GongwenInk.PageNumbers numbers = new GongwenInk.PageNumbers(kit);
            writer.setPageEvent(numbers);
            String title = title(m, kit);
            kit.metadata(writer, doc, m.documentNumber().isEmpty() ? title : title + " " + m.documentNumber(),
                    m.provenance(), PdfKit.startOfDay(m.issued()));
            doc.open();
            new Layout(m, kit, writer, doc, numbers).run();
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the rectification notice", e);
        }
    }

    /** One notice being laid out. */
    private static final class Layout {
        private final GongwenModel m;
        private final PdfKit kit;
        private final PdfWriter writer;
        private final Document doc;
        private final GongwenInk.PageNumbers numbers;
        private final boolean chinese;
        private final float typeTop = PAGE_HEIGHT - TOP;

        Layout(GongwenModel m, PdfKit kit, PdfWriter writer, Document doc, GongwenInk.PageNumbers numbers) {
            this.m = m;
            this.kit = kit;
            this.writer = writer;
            this.doc = doc;
            this.numbers = numbers;
            this.chinese = "zh".equals(kit.messages.locale().getLanguage());
        }

        void run() throws DocumentException {
            PdfContentByte cb = writer.getDirectContent();
            int titleLine = header(cb);
            LetterGrid grid = new LetterGrid(LEFT, TEXT_WIDTH);
            body(grid);
            float firstTop = typeTop - titleLine * LINE_PITCH;
            List<LetterGrid.Page> pages = LetterGrid.paginate(grid.lines(), firstTop, TEXT_HEIGHT - titleLine * LINE_PITCH,
                    typeTop, TEXT_HEIGHT, LINE_PITCH, MAX_SQUEEZE);
            for (int p = 0; p < pages.size(); p++) {
                if (p > 0) {
                    doc.newPage();
                }
                LetterGrid.draw(writer.getDirectContent(), pages.get(p));
            }
            float y = m.attachments().isEmpty() ? 0 : attachment();
            record(y);
        }

        // ---- 版头 ---------------------------------------------------------------------------------

        /** Draws the 版头 of the first page; returns the grid line (from the type area's top) of the title. */
        private int header(PdfContentByte cb) {
            NoticeModel.Form form = m.layout().form();
            BaseFont titleFont = kit.fonts.title();
            BaseFont body = kit.fonts.body();
            String mark = form == NoticeModel.Form.FILE ? kit.label("notice.mark", m.authority()) : m.authority();
            float markSize = markSize(mark, titleFont);
            if (form == NoticeModel.Form.LETTER) {
                numbers.unnumbered.add(1);   // 9.1: 首页不显示页码
                float markTop = PAGE_HEIGHT - 30 * MM;                       // 9.1: 上边缘至上页边 30 mm
                GongwenInk.centred(cb, mark, titleFont, markSize, markTop - 0.88f * markSize, RED);
                float lineY = markTop - markSize - 4 * MM;                   // 9.1: 标志下 4 mm
                doubleLine(cb, lineY, true);
                doubleLine(cb, 20 * MM + THIN_LETTER + LETTER_GAP + THICK_LETTER, false); // 9.1: 距下页边 20 mm
                float below = lineY - THICK_LETTER - LETTER_GAP - THIN_LETTER;
                float numberBottom = below;
                if (!m.documentNumber().isEmpty()) {
                    // 9.1: 发文字号顶格居版心右边缘, 与该线的距离为 3 号汉字高度的 7/8
                    float top = below - BODY_SIZE * 7 / 8;
                    float baseline = top - 0.88f * BODY_SIZE;
                    float w = LetterGrid.width(m.documentNumber(), body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
                    GongwenInk.text(cb, m.documentNumber(), body, BODY_SIZE, PAGE_WIDTH - RIGHT - w, baseline, Color.BLACK, CHAR_SPACING);
                    numberBottom = baseline - 0.12f * BODY_SIZE;
                }
                // 9.1: 标题与其上最后一个要素相距二行
                return lineBelow(numberBottom, TITLE_SIZE);
            }
            // 7.2.4: 发文机关标志上边缘至版心上边缘 35 mm, red 小标宋, centred
            float markTop = typeTop - 35 * MM;
            if (form == NoticeModel.Form.FILE) {
                GongwenInk.centred(cb, mark, titleFont, markSize, markTop - 0.88f * markSize, RED);
            }
            float markBottom = markTop - markSize;
            // 7.2.5: 发文字号 in the second line below the mark (下空二行), centred
            int numberLine = lineBelow(markBottom, BODY_SIZE);
            float numberBaseline = typeTop - numberLine * LINE_PITCH - LINE_PITCH / 2 - 0.38f * BODY_SIZE;
            if (m.signer() != null) {
                // 7.2.6 (上行文): 发文字号居左空一字, 签发人居右空一字 on the same line; "签发人" in 仿宋 with a
                // full-width colon, the name in 楷体
                GongwenInk.text(cb, m.documentNumber(), body, BODY_SIZE, LEFT + CHAR_PITCH, numberBaseline, Color.BLACK,
                        CHAR_SPACING);
                String label = kit.label("gongwen.signer");
                BaseFont kai = kit.fonts.kai();
                float nameWidth = LetterGrid.width(m.signer(), kai, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
                float labelWidth = LetterGrid.width(label, body, BODY_SIZE, CHAR_SPACING);
                float right = LEFT + TEXT_WIDTH - CHAR_PITCH;
                GongwenInk.text(cb, label, body, BODY_SIZE, right - nameWidth - labelWidth, numberBaseline, Color.BLACK, CHAR_SPACING);
                GongwenInk.text(cb, m.signer(), kai, BODY_SIZE, right - nameWidth, numberBaseline, Color.BLACK, CHAR_SPACING);
            } else if (!m.documentNumber().isEmpty()) {
                float w = LetterGrid.width(m.documentNumber(), body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
                GongwenInk.text(cb, m.documentNumber(), body, BODY_SIZE, LEFT + (TEXT_WIDTH - w) / 2, numberBaseline, Color.BLACK,
                        CHAR_SPACING);
            }
            if (form == NoticeModel.Form.FILE) {
                // 7.2.7: red separator as wide as the type area, 4 mm below the 发文字号
                float y = numberBaseline - 0.12f * BODY_SIZE - 4 * MM;
                GongwenInk.rule(cb, LEFT, LEFT + TEXT_WIDTH, y, 1f, RED);
            }
            // 7.3.1: title in the second line below the separator (下空二行)
            return numberLine + 3;
        }

        /** The first grid line whose text (of this size) starts two full lines below y (下空二行). */
        private int lineBelow(float y, float size) {
            float glyphInset = (LINE_PITCH - size) / 2;
            float distance = typeTop - y + 2 * LINE_PITCH - glyphInset;
            return (int) Math.ceil(distance / LINE_PITCH - 1e-3);
        }

        private float markSize(String mark, BaseFont font) {
            float natural = font.getWidthPoint(mark, 1f);
            return Math.min(MARK_MAX_SIZE, TEXT_WIDTH / natural);
        }

        private static final float THICK_LETTER = 0.8f * MM;
        private static final float THIN_LETTER = 0.3f * MM;
        private static final float LETTER_GAP = 0.8f * MM;

        /**
         * 9.1: a red double line 170 mm long, centred, its top edge at y; thick over thin at the top of the
         * page, thin over thick at the foot.
         */
        private void doubleLine(PdfContentByte cb, float y, boolean thickFirst) {
            float x0 = (PAGE_WIDTH - LETTER_LINE_LENGTH) / 2;
            float x1 = x0 + LETTER_LINE_LENGTH;
            float first = thickFirst ? THICK_LETTER : THIN_LETTER;
            float second = thickFirst ? THIN_LETTER : THICK_LETTER;
            GongwenInk.rule(cb, x0, x1, y - first / 2, first, RED);
            GongwenInk.rule(cb, x0, x1, y - first - LETTER_GAP - second / 2, second, RED);
        }

        // ---- 主体 ---------------------------------------------------------------------------------

        private void body(LetterGrid grid) {
            BaseFont body = kit.fonts.body();
            BaseFont hei = kit.fonts.heading();
            BaseFont kai = kit.fonts.kai();
            for (String line : titleLines(title(m, kit))) {
                grid.paragraph(List.of(new LetterGrid.Run(line, kit.fonts.title())), TITLE_SIZE, 0, 0, 0,
                        LetterGrid.Align.CENTER, LetterGrid.Kind.TEXT);
            }
            grid.blank();
            // 7.3.2 主送机关: flush left, full-width colon
            grid.paragraph(m.addressee() + (chinese ? "：" : ":"), body, BODY_SIZE, CHAR_SPACING, 0, 0,
                    LetterGrid.Align.LEFT);
            for (GongwenModel.Paragraph p : m.body()) {
                List<LetterGrid.Run> runs = new ArrayList<>();
                for (GongwenModel.Span span : p.spans()) {
                    runs.add(run(span.text(), switch (span.face()) {
                        case BODY -> body;
                        case HEADING -> hei;
                        case KAI -> kai;
                    }));
                }
                text(grid, runs);
            }
            // 7.3.4 附件说明: one line below the text, two characters in; several attachments numbered,
            // the later lines aligned under the first title
            List<GongwenModel.Attachment> atts = m.attachments();
            if (!atts.isEmpty()) {
                grid.blank();
                String note = kit.label("notice.attachment.note");
                if (atts.size() == 1) {
                    grid.paragraph(List.of(run(note + atts.get(0).title(), body)), BODY_SIZE, CHAR_SPACING,
                            2 * CHAR_PITCH, 0, LetterGrid.Align.LEFT, LetterGrid.Kind.TEXT);
                } else {
                    for (int i = 0; i < atts.size(); i++) {
                        String line = (i == 0 ? note : "") + (i + 1) + ". " + atts.get(i).title();
                        float indent = 2 * CHAR_PITCH + (i == 0 ? 0 : LetterGrid.width(note, body, BODY_SIZE, CHAR_SPACING));
                        grid.paragraph(List.of(run(line, body)), BODY_SIZE, CHAR_SPACING, indent, 0,
                                LetterGrid.Align.LEFT, LetterGrid.Kind.TEXT);
                    }
                }
            }
            signature(grid, body);
        }

        /**
         * 7.3.5.1 (sealed): the date four characters from the right, the authority centred over it, the
         * seal pressing on both with its top within a line of the text: two empty lines are left for it.
         * 7.3.5.2 (unsealed): one empty line, the authority two characters from the right, the date on the
         * next line starting two characters further right (or ending two from the right when longer).
         */
        private void signature(LetterGrid grid, BaseFont body) {
            String date = kit.messages.date(m.issued());
            float dateWidth = LetterGrid.width(date, body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
            float authorityWidth = LetterGrid.width(m.authority(), body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
            float authorityRight;
            float dateRight;
            if (m.layout().sealed()) {
                dateRight = 4 * CHAR_PITCH;
                authorityRight = Math.max(0, dateRight + (dateWidth - authorityWidth) / 2);
                grid.blank(LetterGrid.Kind.SIGNATURE);
                grid.blank(LetterGrid.Kind.SIGNATURE);
            } else {
                authorityRight = 2 * CHAR_PITCH;
                dateRight = authorityRight + authorityWidth - 2 * CHAR_PITCH - dateWidth;
                if (dateRight < 2 * CHAR_PITCH) {
                    dateRight = 2 * CHAR_PITCH;
                    authorityRight = dateRight + dateWidth + 2 * CHAR_PITCH - authorityWidth;
                }
                grid.blank(LetterGrid.Kind.SIGNATURE);
            }
            grid.paragraph(List.of(run(m.authority(), body)), BODY_SIZE, CHAR_SPACING, 0, authorityRight,
                    LetterGrid.Align.RIGHT, LetterGrid.Kind.SIGNATURE);
            grid.paragraph(List.of(run(date, body)), BODY_SIZE, CHAR_SPACING, 0, dateRight,
                    LetterGrid.Align.RIGHT, LetterGrid.Kind.SIGNATURE);
        }

        /** A body paragraph: first line two characters in, justified. */
        private void text(LetterGrid grid, List<LetterGrid.Run> runs) {
            grid.paragraph(runs, BODY_SIZE, CHAR_SPACING, 2 * CHAR_PITCH, 0, LetterGrid.Align.LEFT, LetterGrid.Kind.TEXT);
        }

        private LetterGrid.Run run(String text, BaseFont font) {
            return new LetterGrid.Run(text, font);
        }

        /** Text ending as a sentence: trailing commas or semicolons become the full stop. */
        private String sentence(String s) {
            String t = s.strip();
            while (!t.isEmpty() && "，,；;、：:".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (t.isEmpty() || "。！？.!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
                return t;
            }
            return t + (chinese ? "。" : ".");
        }

        /**
         * 7.3.1: the title in one or more centred lines broken between words, 梯形 or 菱形
         * ({@link TitleLines}, as the notice).
         */
        private List<String> titleLines(String title) {
            BaseFont font = kit.fonts.title();
            return TitleLines.of(title, t -> font.getWidthPoint(t, TITLE_SIZE), TEXT_WIDTH);
        }

        // ---- 附件 ---------------------------------------------------------------------------------

        /**
         * 7.3.7: the attachment on a new page: "附件" in 三号黑体 flush left on the first line, its title
         * centred on the third, then the table of problems (8: tables in the type area). Returns the y
         * where the table ended.
         */
        private float attachment() throws DocumentException {
            float y = typeTop;
            List<GongwenModel.Attachment> atts = m.attachments();
            for (int i = 0; i < atts.size(); i++) {
                y = attachment(atts.get(i), atts.size() == 1 ? "" : Integer.toString(i + 1));
            }
            return y;
        }

        private float attachment(GongwenModel.Attachment att, String number) throws DocumentException {
            doc.newPage();
            PdfContentByte cb = writer.getDirectContent();
            float first = typeTop - LINE_PITCH / 2 - 0.38f * BODY_SIZE;
            GongwenInk.text(cb, kit.label("notice.attachment.label") + number, kit.fonts.heading(), BODY_SIZE, LEFT, first,
                    Color.BLACK, 0);
            float third = typeTop - 2 * LINE_PITCH - LINE_PITCH / 2 - 0.38f * TITLE_SIZE;
            GongwenInk.centred(cb, att.title(), kit.fonts.title(), TITLE_SIZE, third, Color.BLACK);
            Font wideHead = new Font(kit.fonts.heading(), WIDE_TABLE_SIZE);
            Font wideCell = new Font(kit.fonts.body(), WIDE_TABLE_SIZE);
            ColumnText ct = new ColumnText(cb);
            for (GongwenModel.Table t : att.tables()) {
                if (t.caption() != null) {
                    com.lowagie.text.Paragraph caption = PdfKit.para(BODY_SIZE * 1.5f, t.caption(),
                            new Font(kit.fonts.heading(), BODY_SIZE));
                    caption.setSpacingBefore(BODY_SIZE / 2);
                    ct.addElement(caption);
                }
                // a table of many columns in 五号, so that its numbers and dates stay whole beside its text
                boolean wide = t.headers().size() >= WIDE_TABLE_COLUMNS;
                Font head = wide ? wideHead : new Font(kit.fonts.heading(), TABLE_SIZE);
                Font cell = wide ? wideCell : new Font(kit.fonts.body(), TABLE_SIZE);
                PdfPTable table = new PdfPTable(fitted(t, cell.getSize()));
                table.setWidthPercentage(100);
                table.setTotalWidth(TEXT_WIDTH);
                table.setLockedWidth(true);
                table.setHeaderRows(1);
                table.setSpacingBefore(4f);
                for (String h : t.headers()) {
                    table.addCell(tableCell(h, head, Element.ALIGN_CENTER));
                }
                for (List<String> row : t.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        table.addCell(tableCell(row.get(c), cell, c == 0 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
                    }
                }
                ct.addElement(table);
            }
            ct.setSimpleColumn(LEFT, BOTTOM, LEFT + TEXT_WIDTH, typeTop - 4 * LINE_PITCH);
            while (ColumnText.hasMoreText(ct.go())) {
                doc.newPage();
                ct.setCanvas(writer.getDirectContent());
                ct.setSimpleColumn(LEFT, BOTTOM, LEFT + TEXT_WIDTH, typeTop);
            }
            return ct.getYLine();
        }

        /**
         * The table's column widths in points: its proportions when every column has what it needs, else
         * each column at least what it must have — room for the longest date or document number it holds
         * (never broken across lines, KeepWhole) with the brackets around it, and for a short term such as
         * a state (已销号, 逾期) —
         * and, as far as the width allows, six characters a line for a column of text; the rest of the width
         * shared in proportion to the given widths.
         */
        private float[] fitted(GongwenModel.Table t, float size) {
            float[] given = t.widths();
            float total = 0;
            for (float g : given) {
                total += g;
            }
            int n = given.length;
            float[] w = new float[n];
            float[] hard = new float[n];
            float[] tokens = new float[n];
            float[] ids = new float[n];
            float[] soft = new float[n];
            float pad = 8f; // 3 pt padding each side and the rules
            BaseFont body = kit.fonts.body();
            for (int c = 0; c < n; c++) {
                w[c] = given[c] / total * TEXT_WIDTH;
                hard[c] = pad + kit.fonts.heading().getWidthPoint("序号", size);
                for (List<String> row : t.rows()) {
                    if (c >= row.size()) {
                        continue;
                    }
                    String cell = row.get(c);
                    java.util.regex.Matcher m = KeepWhole.KEEP.matcher(cell);
                    while (m.find()) { // a 文号 or a date must stay whole; a file's id keeps room if there is some
                        // with the brackets that cling to it: （ never ends a line, ） never starts one
                        int from = m.start();
                        while (from > 0 && ChineseLineBreak.NO_LINE_END.indexOf(cell.charAt(from - 1)) >= 0) {
                            from--;
                        }
                        int to = m.end();
                        while (to < cell.length() && ChineseLineBreak.NO_LINE_START.indexOf(cell.charAt(to)) >= 0) {
                            to++;
                        }
                        float width = pad + body.getWidthPoint(cell.substring(from, to), size);
                        if (NUMBER_OR_DATE.matcher(m.group()).matches()) {
                            tokens[c] = Math.max(tokens[c], width);
                        } else {
                            ids[c] = Math.max(ids[c], width);
                        }
                    }
                    if (cell.codePointCount(0, cell.length()) <= SHORT_TERM && cell.strip().equals(cell)
                            && cell.indexOf(' ') < 0) {
                        hard[c] = Math.max(hard[c], pad + body.getWidthPoint(cell, size));
                    }
                }
                tokens[c] = Math.min(tokens[c], 0.35f * TEXT_WIDTH);
                hard[c] = Math.max(hard[c], tokens[c]);
                // a column of text keeps room for six characters a line, a narrow one for its heading's two
                soft[c] = Math.max(0, (given[c] / total >= 0.2f ? pad + 6 * size : 0) - hard[c]);
            }
            boolean fits = true; // as given when every column has what it needs, a file's id included
            for (int c = 0; c < n; c++) {
                fits &= w[c] >= Math.max(hard[c] + soft[c], Math.min(ids[c], 0.3f * TEXT_WIDTH)) - 0.01f;
            }
            if (fits) {
                return w;
            }
            float sumHard = 0;
            float sumSoft = 0;
            for (int c = 0; c < n; c++) {
                sumHard += hard[c];
                sumSoft += soft[c];
            }
            if (sumHard > TEXT_WIDTH) { // the numbers and dates first: the short terms may break
                sumHard = 0;
                for (int c = 0; c < n; c++) {
                    soft[c] += hard[c] - Math.max(tokens[c], pad + 2 * size);
                    hard[c] = Math.max(tokens[c], pad + 2 * size);
                    sumHard += hard[c];
                }
                if (sumHard > TEXT_WIDTH) { // cannot keep them all whole: the proportions, as OpenPDF will cut
                    return w;
                }
                sumSoft = 0;
                for (int c = 0; c < n; c++) {
                    sumSoft += soft[c];
                }
            }
            float softShare = sumSoft <= 0 ? 0 : Math.min(1, (TEXT_WIDTH - sumHard) / sumSoft);
            float used = 0;
            for (int c = 0; c < n; c++) {
                w[c] = hard[c] + soft[c] * softShare;
                used += w[c];
            }
            float rest = TEXT_WIDTH - used;
            float idLack = 0; // then a file's id (a photo's name and hash), as far as the rest allows
            for (int c = 0; c < n; c++) {
                idLack += Math.max(0, Math.min(ids[c], 0.3f * TEXT_WIDTH) - w[c]);
            }
            if (idLack > 0 && rest > 0) {
                float idShare = Math.min(1, rest / idLack);
                for (int c = 0; c < n; c++) {
                    float lack = Math.max(0, Math.min(ids[c], 0.3f * TEXT_WIDTH) - w[c]);
                    w[c] += lack * idShare;
                    rest -= lack * idShare;
                }
            }
            float[] extra = new float[n];
            float extraTotal = 0;
            for (int c = 0; c < n; c++) {
                extra[c] = Math.max(0, given[c] / total * TEXT_WIDTH - w[c]);
                extraTotal += extra[c];
            }
            for (int c = 0; c < n; c++) {
                w[c] += extraTotal > 0 ? rest * extra[c] / extraTotal : rest * given[c] / total;
            }
            return w;
        }

        /** From this many columns on, a table is set in 五号 (10.5 pt) instead of 小四 (GB/T 9704-2012 8: tables may be smaller). */
        private static final int WIDE_TABLE_COLUMNS = 7;
        private static final float WIDE_TABLE_SIZE = 10.5f;

        /** A 文号 or a date (KeepWhole), as opposed to an id of letters and digits. */
        private static final java.util.regex.Pattern NUMBER_OR_DATE = java.util.regex.Pattern.compile(
                "[\\p{IsHan}A-Za-z]{1,6}[〔\\[]\\d{4}[〕\\]]\\d+号|" + KeepWhole.DATE.pattern());

        /** A cell of at most this many characters is a term (a state, a method) kept on one line. */
        private static final int SHORT_TERM = 3;

        private PdfPCell tableCell(String text, Font font, int align) {
            PdfPCell c = new PdfPCell(PdfKit.phrase(text, font));
            c.setHorizontalAlignment(align);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setLeading(0, 1.4f);
            c.setPaddingTop(2f);
            c.setPaddingBottom(5f);
            c.setPaddingLeft(3f);
            c.setPaddingRight(3f);
            c.setBorderWidth(0.5f);
            return c;
        }

        // ---- 版记 ---------------------------------------------------------------------------------

        /**
         * 7.4: the 版记 at the foot of the last page, which must be an even page (the back cover): 抄送机关
         * and 印发机关/印发日期 in 四号仿宋 on the last two lines of the type area, between a thick rule on
         * top, a thin one between and a thick one on the type area's bottom edge. When it does not fit
         * under the attachment or that page is odd, it goes on a page of its own (after an empty page if
         * needed), and neither the empty page nor the 版记 page is numbered (7.5). 信函式 (9.1): only the
         * 抄送机关, no rules, no 印发机关/日期.
         */
        private void record(float contentBottom) throws DocumentException {
            boolean letter = m.layout().form() == NoticeModel.Form.LETTER;
            List<String> cc = m.layout().cc();
            BaseFont body = kit.fonts.body();
            float indent = RECORD_SIZE;   // 左右各空一字
            List<String> ccLines = GongwenInk.ccLines(kit, cc, body, indent);
            int lines = ccLines.size() + (letter ? 0 : 1);
            if (lines == 0) {
                return;
            }
            float height = lines * LINE_PITCH;
            int page = writer.getPageNumber();
            boolean fits = contentBottom - BOTTOM >= height + LINE_PITCH / 2;
            if (!(fits && page % 2 == 0)) {
                boolean blankFirst = page % 2 == 0;  // the next page is odd: leave it empty, the 版记 goes on the even one
                if (blankFirst) {
                    writer.setPageEmpty(false);
                    doc.newPage();
                    numbers.unnumbered.add(writer.getPageNumber());
                }
                writer.setPageEmpty(false);
                doc.newPage();
                if (blankFirst) {
                    numbers.unnumbered.add(writer.getPageNumber());
                }
                writer.setPageEmpty(false);
            }
            PdfContentByte cb = writer.getDirectContent();
            float y = BOTTOM;             // the bottom of the last line box
            if (!letter) {
                GongwenInk.rule(cb, LEFT, LEFT + TEXT_WIDTH, BOTTOM + THICK_RULE / 2, THICK_RULE, Color.BLACK);
                String printer = m.layout().printer() != null ? m.layout().printer() : kit.label("notice.printer", m.authority());
                String printed = kit.label("notice.printed",
                        kit.messages.date(m.layout().printed() != null ? m.layout().printed() : m.issued()));
                float baseline = y + LINE_PITCH / 2 - 0.38f * RECORD_SIZE;
                GongwenInk.text(cb, printer, body, RECORD_SIZE, LEFT + indent, baseline, Color.BLACK, 0);
                float w = body.getWidthPoint(printed, RECORD_SIZE);
                GongwenInk.text(cb, printed, body, RECORD_SIZE, LEFT + TEXT_WIDTH - indent - w, baseline, Color.BLACK, 0);
                y += LINE_PITCH;
                if (!cc.isEmpty()) {
                    GongwenInk.rule(cb, LEFT, LEFT + TEXT_WIDTH, y, THIN_RULE, Color.BLACK);
                }
            }
            float hanging = ccLines.isEmpty() ? 0 : body.getWidthPoint(kit.label("notice.cc", "\u0000").split("\u0000")[0], RECORD_SIZE);
            for (int i = ccLines.size() - 1; i >= 0; i--) {
                float baseline = y + LINE_PITCH / 2 - 0.38f * RECORD_SIZE;
                GongwenInk.text(cb, ccLines.get(i), body, RECORD_SIZE, LEFT + indent + (i == 0 ? 0 : hanging), baseline, Color.BLACK, 0);
                y += LINE_PITCH;
            }
            if (!letter) {
                GongwenInk.rule(cb, LEFT, LEFT + TEXT_WIDTH, y - THICK_RULE / 2, THICK_RULE, Color.BLACK);
            }
        }

        /**
         * 7.4.2: "抄送：A，B。" in lines one character in from each side; a continued line starts under
         * the first name (回行时与冒号后的首字对齐); lines break between names where they can.
         */
    }

}
