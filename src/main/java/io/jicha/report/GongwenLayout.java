package io.jicha.report;

import static io.jicha.report.RectificationNoticePdf.BODY_SIZE;
import static io.jicha.report.RectificationNoticePdf.BOTTOM;
import static io.jicha.report.RectificationNoticePdf.CHAR_PITCH;
import static io.jicha.report.RectificationNoticePdf.CHAR_SPACING;
import static io.jicha.report.RectificationNoticePdf.LEFT;
import static io.jicha.report.RectificationNoticePdf.LETTER_LINE_LENGTH;
import static io.jicha.report.RectificationNoticePdf.LINE_PITCH;
import static io.jicha.report.RectificationNoticePdf.MARK_MAX_SIZE;
import static io.jicha.report.RectificationNoticePdf.MAX_SQUEEZE;
import static io.jicha.report.RectificationNoticePdf.MM;
import static io.jicha.report.RectificationNoticePdf.PAGE_HEIGHT;
import static io.jicha.report.RectificationNoticePdf.PAGE_WIDTH;
import static io.jicha.report.RectificationNoticePdf.RECORD_SIZE;
import static io.jicha.report.RectificationNoticePdf.RED;
import static io.jicha.report.RectificationNoticePdf.RIGHT;
import static io.jicha.report.RectificationNoticePdf.TEXT_HEIGHT;
import static io.jicha.report.RectificationNoticePdf.TEXT_WIDTH;
import static io.jicha.report.RectificationNoticePdf.THICK_RULE;
import static io.jicha.report.RectificationNoticePdf.THIN_RULE;
import static io.jicha.report.RectificationNoticePdf.TITLE_SIZE;
import static io.jicha.report.RectificationNoticePdf.TOP;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

/**
 * The one code path by which every 公文 of jicha (the rectification notice, the 督办通知, the 整改情况报告)
 * is laid out, after GB/T 9704-2012 (docs/notice.md names the clause behind each rule): the 版头 of
 * the first page in one of three forms (7.2, 9.1), the title (7.3.1) and 主送机关 (7.3.2), then the 正文
 * and 附件说明 each document sets on the 22 × 28 grid itself ({@link #mainText}), 署名 and 成文日期 (7.3.5),
 * the attachment pages (7.3.7: {@link #attachmentPage} and {@link #flow}, their content the document's,
 * {@link #attachments}), and the 版记 on the last even page (7.4). Page numbers and the 版记's lines are
 * {@link GongwenInk}'s. The frame comes from a {@link GongwenPage}.
 */
abstract class GongwenLayout {

    final GongwenPage page;
    final PdfKit kit;
    final PdfWriter writer;
    final Document doc;
    final GongwenInk.PageNumbers numbers;
    final float typeTop = PAGE_HEIGHT - TOP;

    GongwenLayout(GongwenPage page, Pages pages) {
        this.page = page;
        this.kit = pages.kit;
        this.writer = pages.writer;
        this.doc = pages.doc;
        this.numbers = pages.numbers;
    }

    /** The document opened for a 公文: A4 with the type area's margins (5.2.1), page numbers (7.5), metadata. */
    record Pages(PdfKit kit, PdfWriter writer, Document doc, GongwenInk.PageNumbers numbers) {
    }

    /** Opens the document, lays out the one {@code layout} makes of its pages, closes it. */
    static void write(PdfKit kit, OutputStream out, String metadataTitle, Provenance provenance,
                      java.time.LocalDate issued, java.util.function.Function<Pages, GongwenLayout> layout) {
        Document doc = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            GongwenInk.PageNumbers numbers = new GongwenInk.PageNumbers(kit);
            writer.setPageEvent(numbers);
            kit.metadata(writer, doc, metadataTitle, provenance, PdfKit.startOfDay(issued));
            doc.open();
            layout.apply(new Pages(kit, writer, doc, numbers)).run();
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the rectification notice", e);
        }
    }

    /** 7.3.3 and 7.3.4: the 正文 and the 附件说明, between the 主送机关 and the signature. */
    abstract void mainText(LetterGrid grid);

    /** 7.3.7: the attachment pages, if any; returns the y where their content ended (0: no attachment). */
    abstract float attachments() throws DocumentException;

    final void run() throws DocumentException {
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
        float y = attachments();
        record(y);
    }

    // ---- 版头 ---------------------------------------------------------------------------------

    /** Draws the 版头 of the first page; returns the grid line (from the type area's top) of the title. */
    private int header(PdfContentByte cb) {
        NoticeModel.Form form = page.form();
        BaseFont titleFont = kit.fonts.title();
        BaseFont body = kit.fonts.body();
        String number = page.documentNumber();
        String mark = form == NoticeModel.Form.FILE ? kit.label("notice.mark", page.authority()) : page.authority();
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
            if (!number.isEmpty()) {
                // 9.1: 发文字号顶格居版心右边缘, 与该线的距离为 3 号汉字高度的 7/8
                float top = below - BODY_SIZE * 7 / 8;
                float baseline = top - 0.88f * BODY_SIZE;
                float w = LetterGrid.width(number, body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
                GongwenInk.text(cb, number, body, BODY_SIZE, PAGE_WIDTH - RIGHT - w, baseline, Color.BLACK, CHAR_SPACING);
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
        if (page.signer() != null) {
            // 7.2.6 (上行文): 发文字号居左空一字, 签发人居右空一字 on the same line; "签发人" in 仿宋 with a
            // full-width colon, the name in 楷体
            GongwenInk.text(cb, number, body, BODY_SIZE, LEFT + CHAR_PITCH, numberBaseline, Color.BLACK, CHAR_SPACING);
            String label = kit.label("gongwen.signer");
            BaseFont kai = kit.fonts.kai();
            float nameWidth = LetterGrid.width(page.signer(), kai, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
            float labelWidth = LetterGrid.width(label, body, BODY_SIZE, CHAR_SPACING);
            float right = LEFT + TEXT_WIDTH - CHAR_PITCH;
            GongwenInk.text(cb, label, body, BODY_SIZE, right - nameWidth - labelWidth, numberBaseline, Color.BLACK, CHAR_SPACING);
            GongwenInk.text(cb, page.signer(), kai, BODY_SIZE, right - nameWidth, numberBaseline, Color.BLACK, CHAR_SPACING);
        } else if (!number.isEmpty()) {
            float w = LetterGrid.width(number, body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
            GongwenInk.text(cb, number, body, BODY_SIZE, LEFT + (TEXT_WIDTH - w) / 2, numberBaseline, Color.BLACK,
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

    private static float markSize(String mark, BaseFont font) {
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
    private static void doubleLine(PdfContentByte cb, float y, boolean thickFirst) {
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
        for (String line : titleLines(page.title())) {
            grid.paragraph(List.of(new LetterGrid.Run(line, kit.fonts.title())), TITLE_SIZE, 0, 0, 0,
                    LetterGrid.Align.CENTER, LetterGrid.Kind.TEXT);
        }
        grid.blank();
        // 7.3.2 主送机关: flush left, full-width colon
        grid.paragraph(kit.messages.get("gongwen.addressee", page.addressee()), body, BODY_SIZE, CHAR_SPACING, 0, 0,
                LetterGrid.Align.LEFT);
        mainText(grid);
        signature(grid, body);
    }

    /**
     * 7.3.5.1 (sealed): the date four characters from the right, the authority centred over it, the
     * seal pressing on both with its top within a line of the text: two empty lines are left for it.
     * 7.3.5.2 (unsealed): one empty line, the authority two characters from the right, the date on the
     * next line starting two characters further right (or ending two from the right when longer).
     */
    private void signature(LetterGrid grid, BaseFont body) {
        String date = kit.messages.date(page.issued());
        float dateWidth = LetterGrid.width(date, body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
        float authorityWidth = LetterGrid.width(page.authority(), body, BODY_SIZE, CHAR_SPACING) - CHAR_SPACING;
        float authorityRight;
        float dateRight;
        if (page.layout().sealed()) {
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
        grid.paragraph(List.of(run(page.authority(), body)), BODY_SIZE, CHAR_SPACING, 0, authorityRight,
                LetterGrid.Align.RIGHT, LetterGrid.Kind.SIGNATURE);
        grid.paragraph(List.of(run(date, body)), BODY_SIZE, CHAR_SPACING, 0, dateRight,
                LetterGrid.Align.RIGHT, LetterGrid.Kind.SIGNATURE);
    }

    /** A body paragraph: first line two characters in, justified. */
    static void text(LetterGrid grid, List<LetterGrid.Run> runs) {
        grid.paragraph(runs, BODY_SIZE, CHAR_SPACING, 2 * CHAR_PITCH, 0, LetterGrid.Align.LEFT, LetterGrid.Kind.TEXT);
    }

    /** 7.3.4: a line of the 附件说明, {@code indent} from the left. */
    static void attachmentNote(LetterGrid grid, String line, BaseFont body, float indent) {
        grid.paragraph(List.of(run(line, body)), BODY_SIZE, CHAR_SPACING, indent, 0, LetterGrid.Align.LEFT,
                LetterGrid.Kind.TEXT);
    }

    static LetterGrid.Run run(String text, BaseFont font) {
        return new LetterGrid.Run(text, font);
    }

    /** Text ending as a sentence: trailing commas or semicolons become the full stop. */
    String sentence(String s) {
        return NoticeWording.sentence(s, kit.messages);
    }

    /**
     * 7.3.1: the title in one or more centred lines broken between words, 梯形 or 菱形
     * ({@link TitleLines}: at the author's mark, else where a word surely ends, most even first).
     */
    private List<String> titleLines(String title) {
        BaseFont font = kit.fonts.title();
        return TitleLines.of(title, t -> font.getWidthPoint(t, TITLE_SIZE), TEXT_WIDTH);
    }

    // ---- 附件 ---------------------------------------------------------------------------------

    /**
     * 7.3.7: an attachment on a new page: its label ("附件", "附件2") in 三号黑体 flush left on the first
     * line, its title centred on the third; returns the column its content (8: tables in the type area)
     * is to be added to and then {@link #flow flowed}.
     */
    ColumnText attachmentPage(String label, String title) {
        doc.newPage();
        PdfContentByte cb = writer.getDirectContent();
        float first = typeTop - LINE_PITCH / 2 - 0.38f * BODY_SIZE;
        GongwenInk.text(cb, label, kit.fonts.heading(), BODY_SIZE, LEFT, first, Color.BLACK, 0);
        float third = typeTop - 2 * LINE_PITCH - LINE_PITCH / 2 - 0.38f * TITLE_SIZE;
        GongwenInk.centred(cb, title, kit.fonts.title(), TITLE_SIZE, third, Color.BLACK);
        return new ColumnText(cb);
    }

    /** Sets an attachment's content below its title and on as many pages as it takes; returns the y where it ended. */
    float flow(ColumnText ct) throws DocumentException {
        ct.setSimpleColumn(LEFT, BOTTOM, LEFT + TEXT_WIDTH, typeTop - 4 * LINE_PITCH);
        while (ColumnText.hasMoreText(ct.go())) {
            doc.newPage();
            ct.setCanvas(writer.getDirectContent());
            ct.setSimpleColumn(LEFT, BOTTOM, LEFT + TEXT_WIDTH, typeTop);
        }
        return ct.getYLine();
    }

    /** A cell of an attachment's table (8): 3 pt in from the rules, lines at 1.4 times the size. */
    static PdfPCell tableCell(String text, Font font, int align) {
        return tableCell(PdfKit.phrase(text, font), align);
    }

    /** A word of a file's name, a hash, a time: letters, digits and _ - . : (ChineseLineBreak breaks none inside). */
    static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]+");

    /** A part of a {@link #WORD} between its separators (_ and -), which never breaks. */
    static final java.util.regex.Pattern WORD_PART = java.util.regex.Pattern.compile("[A-Za-z0-9.:]+");

    /** Breaks a word too wide for its line after an _ or a - only. */
    private static final com.lowagie.text.SplitCharacter AFTER_SEPARATOR = new com.lowagie.text.pdf.DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, com.lowagie.text.pdf.PdfChunk[] ck) {
            char c = getCurrentCharacter(current, cc, ck);
            return c == '_' || c == '-';
        }
    };

    /**
     * A cell of an attachment's table in a column {@code width} wide: as {@link #tableCell(String, Font, int)},
     * but a {@link #WORD} wider than the column (a photo's long file name) breaks only after its _ or -
     * (IMG_20161010_ / 094512.jpg), never anywhere OpenPDF would cut it.
     */
    static PdfPCell tableCell(String text, Font font, int align, float width) {
        float room = width - 6f; // the cell's padding, 3 pt each side
        List<com.lowagie.text.Chunk> chunks = new java.util.ArrayList<>();
        java.util.regex.Matcher word = WORD.matcher(text);
        int at = 0;
        while (word.find()) {
            if (font.getBaseFont().getWidthPoint(word.group(), font.getSize()) <= room) {
                continue;
            }
            if (word.start() > at) {
                chunks.add(PdfKit.chunk(text.substring(at, word.start()), font));
            }
            com.lowagie.text.Chunk parts = new com.lowagie.text.Chunk(word.group(), font);
            parts.setSplitCharacter(AFTER_SEPARATOR);
            chunks.add(parts);
            at = word.end();
        }
        if (chunks.isEmpty()) {
            return tableCell(text, font, align);
        }
        if (at < text.length()) {
            chunks.add(PdfKit.chunk(text.substring(at), font));
        }
        com.lowagie.text.Phrase phrase = new com.lowagie.text.Phrase(chunks.get(0));
        chunks.subList(1, chunks.size()).forEach(phrase::add);
        return tableCell(phrase, align);
    }

    /** A cell of an attachment's table holding a phrase made of chunks of their own. */
    private static PdfPCell tableCell(com.lowagie.text.Phrase phrase, int align) {
        PdfPCell c = new PdfPCell(phrase);
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
     * 抄送机关, no rules, no 印发机关/日期. 7.4.2: "抄送：A，B。" in lines one character in from each side;
     * a continued line starts under the first name (回行时与冒号后的首字对齐).
     */
    private void record(float contentBottom) throws DocumentException {
        NoticeModel.Layout layout = page.layout();
        boolean letter = layout.form() == NoticeModel.Form.LETTER;
        List<String> cc = layout.cc();
        BaseFont body = kit.fonts.body();
        float indent = RECORD_SIZE;   // 左右各空一字
        List<String> ccLines = GongwenInk.ccLines(kit, cc, body, indent);
        int lines = ccLines.size() + (letter ? 0 : 1);
        if (lines == 0) {
            return;
        }
        float height = lines * LINE_PITCH;
        int pageNumber = writer.getPageNumber();
        boolean fits = contentBottom - BOTTOM >= height + LINE_PITCH / 2;
        if (!(fits && pageNumber % 2 == 0)) {
            boolean blankFirst = pageNumber % 2 == 0;  // the next page is odd: leave it empty, the 版记 goes on the even one
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
            String printer = layout.printer() != null ? layout.printer() : kit.label("notice.printer", page.authority());
            String printed = kit.label("notice.printed",
                    kit.messages.date(layout.printed() != null ? layout.printed() : page.issued()));
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
}
