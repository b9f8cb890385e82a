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
 * Lays out a rectification notice as a 公文 after GB/T 9704-2012 (党政机关公文格式); docs/notice.md
 * names the clause behind each rule. A4, type area 156 mm x 225 mm (margins 37 mm top, 35 mm bottom,
 * 28 mm left, 26 mm right), 22 lines of 28 characters of 三号 (16 pt) 仿宋; the 版头 in one of three
 * forms ({@link NoticeModel.Form}); the title in 二号 (22 pt) 小标宋; 主送机关; the 正文 with 黑体 and
 * 楷体 headings; 附件说明; 发文机关署名 and 成文日期, sealed or unsealed; the attachment (问题清单) on
 * its own pages; the 版记 at the foot of the last even page; page numbers "— 1 —" in 四号.
 */
public final class RectificationNoticePdf {

    // GB/T 9704-2012 5.2.1 (版面), 7.2 (版头), 7.3 (主体), 7.4 (版记), 7.5 (页码)
    static final float MM = PdfKit.MM;
    static final float TOP = 37 * MM;
    static final float BOTTOM = 35 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    static final float TEXT_WIDTH = 156 * MM;
    static final float TEXT_HEIGHT = 225 * MM;
    static final float PAGE_HEIGHT = PageSize.A4.getHeight();
    static final float PAGE_WIDTH = PageSize.A4.getWidth();
    static final float TITLE_SIZE = 22f;                          // 二号
    static final float BODY_SIZE = 16f;                           // 三号
    static final float PAGE_NUMBER_SIZE = 14f;                    // 四号
    static final float RECORD_SIZE = 14f;                         // 四号 (版记)
    static final float TABLE_SIZE = 12f;                          // 小四 (tables)
    static final float MARK_MAX_SIZE = 42f;                       // 发文机关标志: at most 42 pt, fits the width
    static final int CHARS_PER_LINE = 28;
    static final int LINES_PER_PAGE = 22;
    static final float LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE; // ~28.9 pt
    static final float CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;  // ~15.8 pt
    static final float CHAR_SPACING = CHAR_PITCH - BODY_SIZE;     // slightly negative
    /** 7.3.5.4: the last page may take this many extra lines (pitch ≥ 225/26 mm) to keep the signature with text. */
    static final int MAX_SQUEEZE = 4;
    static final Color RED = new Color(0xE6, 0x00, 0x12);
    static final float THICK_RULE = 0.35f * MM;                   // 7.4.1 版记 first and last rule
    static final float THIN_RULE = 0.25f * MM;                    // 7.4.1 版记 middle rule
    static final float LETTER_LINE_LENGTH = 170 * MM;             // 9.1 信函式 double lines

    private final PdfFonts fonts;

    public RectificationNoticePdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Checks glyphs, then writes the notice to target via a temporary file. */
    public void write(NoticeModel model, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfKit kit = kit(model);
        check(model, kit);
        PdfOutput.write(target, force, out -> layout(model, kit, out));
    }

    /** Checks glyphs, then writes the notice to a stream. */
    public void render(NoticeModel model, OutputStream out) {
        PdfKit kit = kit(model);
        check(model, kit);
        layout(model, kit, out);
    }

    private PdfKit kit(NoticeModel model) {
        return new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
    }

    private static void check(NoticeModel m, PdfKit kit) {
        GlyphCheck check = new GlyphCheck();
        kit.checkLabels(check);
        NoticeModel.Layout l = m.layout();
        check.body("document number", m.documentNumber()).body("addressee", m.addressee())
                .body("review name", m.reviewName()).body("authority", m.authority())
                .face(FontRole.TITLE, "authority", m.authority()).face(FontRole.TITLE, "title", title(m, kit))
                .body("printer", l.printer());
        for (String cc : l.cc()) {
            check.body("cc", cc);
        }
        for (int i = 0; i < m.findings().size(); i++) {
            var f = m.findings().get(i);
            String where = "finding " + (i + 1);
            String files = f.files().isEmpty() ? "" : " (" + String.join(", ", f.files()) + ")";
            check.body(where + " text" + files, f.text()).body(where + " requirement" + files, f.requirement())
                    .body(where + " criterion" + files, f.criterion());
            for (String file : f.files()) {
                check.body(where + " file" + files, file);
            }
        }
        check.verify(kit.fonts);
    }

    /** "<authority>关于<subject>的通知", or the title given in the layout. */
    static String title(NoticeModel m, PdfKit kit) {
        if (m.layout().title() != null) {
            return TitleLines.plain(m.layout().title());
        }
        return kit.label("notice.title", m.authority(), kit.label("notice.subject", unitOf(m.addressee())));
    }

    private static String unitOf(String addressee) {
        return addressee.endsWith("环境保护局") && addressee.length() > 5
                ? addressee.substring(0, addressee.length() - 5) : addressee;
    }

    private static void layout(NoticeModel m, PdfKit kit, OutputStream out) {
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
        private final NoticeModel m;
        private final PdfKit kit;
        private final PdfWriter writer;
        private final Document doc;
        private final GongwenInk.PageNumbers numbers;
        private final boolean chinese;
        private final float typeTop = PAGE_HEIGHT - TOP;

        Layout(NoticeModel m, PdfKit kit, PdfWriter writer, Document doc, GongwenInk.PageNumbers numbers) {
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
            float y = attachment();
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
            if (!m.documentNumber().isEmpty()) {
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
            for (String line : titleLines(m.layout().title() != null ? m.layout().title() : title(m, kit))) {
                grid.paragraph(List.of(new LetterGrid.Run(line, kit.fonts.title())), TITLE_SIZE, 0, 0, 0,
                        LetterGrid.Align.CENTER, LetterGrid.Kind.TEXT);
            }
            grid.blank();
            // 7.3.2 主送机关: flush left, full-width colon
            grid.paragraph(m.addressee() + (chinese ? "：" : ":"), body, BODY_SIZE, CHAR_SPACING, 0, 0,
                    LetterGrid.Align.LEFT);
            text(grid, List.of(run(kit.label("notice.opening", m.reviewName(), kit.messages.period(m.reviewFrom(),
                    m.reviewTo())), body)));
            int n = 0;
            for (NoticeModel.Item item : m.findings()) {
                List<LetterGrid.Run> problem = new ArrayList<>();
                problem.add(run(kit.label("notice.item", kit.messages.ordinal(++n)), hei));
                problem.add(run(sentence(item.text()), body));
                if (!item.files().isEmpty()) {
                    problem.add(run(kit.label("notice.item.files", kit.messages.joinList(item.files())), body));
                }
                text(grid, problem);
                text(grid, List.of(run(kit.label("notice.requirement.label"), kai), run(sentence(item.requirement()), body)));
                text(grid, List.of(run(kit.label("notice.deadline.label"), kai),
                        run(kit.label(item.provisional() ? "notice.deadline.value.provisional" : "notice.deadline.value",
                                kit.messages.date(item.deadline())), body)));
            }
            text(grid, List.of(run(kit.label(m.replyByProvisional() ? "notice.reply.provisional" : "notice.reply",
                    kit.messages.date(m.replyBy())), body)));
            String closing = kit.label("notice.closing");
            if (!closing.isBlank()) {
                text(grid, List.of(run(closing, body)));
            }
            // 7.3.4 附件说明: one line below the text, two characters in
            grid.blank();
            grid.paragraph(List.of(run(kit.label("notice.attachment.note") + kit.label("notice.attachment.title"), body)),
                    BODY_SIZE, CHAR_SPACING, 2 * CHAR_PITCH, 0, LetterGrid.Align.LEFT, LetterGrid.Kind.TEXT);
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
         * ({@link TitleLines}: at the author's mark, else where a word surely ends, most even first).
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
            doc.newPage();
            PdfContentByte cb = writer.getDirectContent();
            float first = typeTop - LINE_PITCH / 2 - 0.38f * BODY_SIZE;
            GongwenInk.text(cb, kit.label("notice.attachment.label"), kit.fonts.heading(), BODY_SIZE, LEFT, first, Color.BLACK, 0);
            String title = kit.label("notice.attachment.title");
            float third = typeTop - 2 * LINE_PITCH - LINE_PITCH / 2 - 0.38f * TITLE_SIZE;
            GongwenInk.centred(cb, title, kit.fonts.title(), TITLE_SIZE, third, Color.BLACK);

            // columns fitted to their content (GB/T 9704 8: tables in the type area): 序号, 涉及案卷 and
            // 整改期限 as wide as their widest number, id or date, so that none breaks; 评查标准 only when
            // some finding has one; 存在的问题 takes the rest. At 小四 the fixed columns may leave the
            // problems too little room: then the table is set in 五号.
            boolean criteria = m.findings().stream().anyMatch(i -> i.criterion() != null && !i.criterion().isBlank());
            List<String> keys = new ArrayList<>(List.of("no", "problem", "files"));
            if (criteria) {
                keys.add("criterion");
            }
            keys.add("deadline");
            float size = TABLE_SIZE;
            float[] widths = attachmentWidths(keys, size);
            if (widths[1] < 0.3f * TEXT_WIDTH) {
                size = 10.5f; // 五号
                widths = attachmentWidths(keys, size);
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setTotalWidth(TEXT_WIDTH);
            table.setLockedWidth(true);
            table.setHeaderRows(1);
            table.setSplitLate(false); // a tall row may split, and the header repeats on the next page
            Font head = new Font(kit.fonts.heading(), size);
            Font cell = new Font(kit.fonts.body(), size);
            for (String key : keys) {
                table.addCell(tableCell(kit.label("notice.attachment.col." + key), head, Element.ALIGN_CENTER));
            }
            int n = 0;
            for (NoticeModel.Item item : m.findings()) {
                table.addCell(tableCell(Integer.toString(++n), cell, Element.ALIGN_CENTER));
                table.addCell(tableCell(sentence(item.text()), cell, Element.ALIGN_LEFT));
                String files = item.files().isEmpty() ? kit.label("notice.attachment.unitDocuments")
                        : String.join("\n", item.files());
                if (!item.evidence().isEmpty()) { // files kept with it (evidence add, issue 25)
                    files += "\n" + kit.label("evidence.label") + "\n" + String.join("\n", item.evidence());
                }
                table.addCell(tableCell(files, cell, Element.ALIGN_LEFT));
                if (criteria) {
                    table.addCell(tableCell(item.criterion() == null ? "" : item.criterion(), cell, Element.ALIGN_LEFT));
                }
                table.addCell(tableCell(kit.messages.date(item.deadline()), cell, Element.ALIGN_CENTER));
            }
            ColumnText ct = new ColumnText(cb);
            ct.addElement(table);
            ct.setSimpleColumn(LEFT, BOTTOM, LEFT + TEXT_WIDTH, typeTop - 4 * LINE_PITCH);
            while (ColumnText.hasMoreText(ct.go())) {
                doc.newPage();
                ct.setCanvas(writer.getDirectContent());
                ct.setSimpleColumn(LEFT, BOTTOM, LEFT + TEXT_WIDTH, typeTop);
            }
            return ct.getYLine();
        }

        /**
         * The attachment's column widths in points at {@code size}: 序号, 涉及案卷 and 整改期限 as wide as
         * their widest entry (a file id or date is never broken), 评查标准 its widest line up to a fifth
         * of the type area, 存在的问题 the rest.
         */
        private float[] attachmentWidths(List<String> keys, float size) {
            float pad = 8f; // 3 pt padding each side and the rules
            BaseFont body = kit.fonts.body();
            BaseFont heading = kit.fonts.heading();
            float[] w = new float[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                float widest = heading.getWidthPoint(kit.label("notice.attachment.col." + key), size);
                if (key.equals("problem")) {
                    continue;
                }
                int n = 0;
                for (NoticeModel.Item item : m.findings()) {
                    n++;
                    List<String> entries = switch (key) {
                        case "no" -> List.of(Integer.toString(n));
                        case "files" -> item.files().isEmpty() ? List.of(kit.label("notice.attachment.unitDocuments"))
                                : item.files();
                        case "criterion" -> List.of(item.criterion() == null ? "" : item.criterion());
                        default -> List.of(kit.messages.date(item.deadline()));
                    };
                    for (String e : entries) {
                        widest = Math.max(widest, body.getWidthPoint(e, size));
                    }
                }
                w[k] = widest + pad;
                if (key.equals("criterion")) {
                    w[k] = Math.min(w[k], TEXT_WIDTH / 5);
                }
            }
            float used = 0;
            for (float v : w) {
                used += v;
            }
            w[1] = TEXT_WIDTH - used;
            return w;
        }

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
