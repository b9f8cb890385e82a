package io.jicha.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

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
        GongwenPage.of(m, kit.messages).check(check, title(m, kit), m.reviewName());
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
        return NoticeWording.defaultTitle(m, kit.messages);
    }

    private static void layout(NoticeModel m, PdfKit kit, OutputStream out) {
        String title = title(m, kit);
        GongwenLayout.write(kit, out, m.documentNumber().isEmpty() ? title : title + " " + m.documentNumber(),
                m.provenance(), m.issued(), pages -> new Layout(m, pages));
    }

    /** One notice being laid out: its 正文 and its attachment, the 问题清单, in the frame all 公文 share. */
    private static final class Layout extends GongwenLayout {
        private final NoticeModel m;

        Layout(NoticeModel m, GongwenLayout.Pages pages) {
            super(GongwenPage.of(m, pages.kit().messages), pages);
            this.m = m;
        }

        // ---- 主体 ---------------------------------------------------------------------------------

        @Override
        void mainText(LetterGrid grid) {
            BaseFont body = kit.fonts.body();
            BaseFont hei = kit.fonts.heading();
            BaseFont kai = kit.fonts.kai();
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
            attachmentNote(grid, kit.label("notice.attachment.note") + kit.label("notice.attachment.title"), body,
                    2 * CHAR_PITCH);
        }

        // ---- 附件 ---------------------------------------------------------------------------------

        /**
         * 7.3.7: the attachment on a new page: "附件" in 三号黑体 flush left on the first line, its title
         * centred on the third, then the table of problems (8: tables in the type area). Returns the y
         * where the table ended.
         */
        @Override
        float attachments() throws DocumentException {
            ColumnText ct = attachmentPage(kit.label("notice.attachment.label"), kit.label("notice.attachment.title"));

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
                table.addCell(tableCell(NoticeWording.filesCell(item, kit.messages), cell, Element.ALIGN_LEFT,
                        widths[keys.indexOf("files")]));
                if (criteria) {
                    table.addCell(tableCell(item.criterion() == null ? "" : item.criterion(), cell, Element.ALIGN_LEFT));
                }
                table.addCell(tableCell(kit.messages.date(item.deadline()), cell, Element.ALIGN_CENTER));
            }
            ct.addElement(table);
            return flow(ct);
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
            // an evidence file's name (IMG_20161010_094512.jpg) or hash is one word: the 涉及案卷 column
            // widens to hold the widest, as far as the problems keep a fifth of the width
            int files = keys.indexOf("files");
            float evidence = 0;
            for (NoticeModel.Item item : m.findings()) {
                for (String line : item.evidence()) {
                    Matcher word = GongwenLayout.WORD.matcher(line);
                    while (word.find()) {
                        evidence = Math.max(evidence, body.getWidthPoint(word.group(), size) + pad);
                    }
                }
            }
            float widen = Math.max(0, Math.min(evidence - w[files], w[1] - TEXT_WIDTH / 5));
            w[files] += widen;
            w[1] -= widen;
            return w;
        }
    }
}
