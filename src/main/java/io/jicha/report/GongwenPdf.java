package io.jicha.report;

import static io.jicha.report.RectificationNoticePdf.BODY_SIZE;
import static io.jicha.report.RectificationNoticePdf.CHAR_PITCH;
import static io.jicha.report.RectificationNoticePdf.CHAR_SPACING;
import static io.jicha.report.RectificationNoticePdf.TABLE_SIZE;
import static io.jicha.report.RectificationNoticePdf.TEXT_WIDTH;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;

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
        GongwenPage.of(m).check(check, title(m, kit), null);
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
        String title = title(m, kit);
        GongwenLayout.write(kit, out, m.documentNumber().isEmpty() ? title : title + " " + m.documentNumber(),
                m.provenance(), m.issued(), pages -> new Layout(m, pages));
    }

    /** One document being laid out: its 正文 and attachments as given, in the frame all 公文 share. */
    private static final class Layout extends GongwenLayout {
        private final GongwenModel m;

        Layout(GongwenModel m, GongwenLayout.Pages pages) {
            super(GongwenPage.of(m), pages);
            this.m = m;
        }

        // ---- 主体 ---------------------------------------------------------------------------------

        @Override
        void mainText(LetterGrid grid) {
            BaseFont body = kit.fonts.body();
            BaseFont hei = kit.fonts.heading();
            BaseFont kai = kit.fonts.kai();
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
                    attachmentNote(grid, note + atts.get(0).title(), body, 2 * CHAR_PITCH);
                } else {
                    for (int i = 0; i < atts.size(); i++) {
                        String line = (i == 0 ? note : "") + (i + 1) + ". " + atts.get(i).title();
                        float indent = 2 * CHAR_PITCH + (i == 0 ? 0 : LetterGrid.width(note, body, BODY_SIZE, CHAR_SPACING));
                        attachmentNote(grid, line, body, indent);
                    }
                }
            }
        }

        // ---- 附件 ---------------------------------------------------------------------------------

        /** 7.3.7: each attachment on pages of its own; returns the y where the last one ended (0: none). */
        @Override
        float attachments() throws DocumentException {
            float y = 0;
            List<GongwenModel.Attachment> atts = m.attachments();
            for (int i = 0; i < atts.size(); i++) {
                y = attachment(atts.get(i), atts.size() == 1 ? "" : Integer.toString(i + 1));
            }
            return y;
        }

        private float attachment(GongwenModel.Attachment att, String number) throws DocumentException {
            ColumnText ct = attachmentPage(kit.label("notice.attachment.label") + number, att.title());
            Font wideHead = new Font(kit.fonts.heading(), WIDE_TABLE_SIZE);
            Font wideCell = new Font(kit.fonts.body(), WIDE_TABLE_SIZE);
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
                float[] widths = fitted(t, cell.getSize());
                PdfPTable table = new PdfPTable(widths);
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
                        table.addCell(tableCell(row.get(c), cell, c == 0 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT,
                                widths[c]));
                    }
                }
                ct.addElement(table);
            }
            return flow(ct);
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
                hard[c] = pad + 2 * size; // two characters of a heading (an ideograph is one em wide)
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
                        if (KeepWhole.NUMBER_OR_DATE.matcher(m.group()).matches()) {
                            tokens[c] = Math.max(tokens[c], width);
                        } else {
                            ids[c] = Math.max(ids[c], width);
                        }
                    }
                    java.util.regex.Matcher part = GongwenLayout.WORD_PART.matcher(cell);
                    while (part.find()) { // a part of a file's name or a hash (IMG_20161010_|094512.jpg) never breaks
                        tokens[c] = Math.max(tokens[c], pad + body.getWidthPoint(part.group(), size));
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

        /** A cell of at most this many characters is a term (a state, a method) kept on one line. */
        private static final int SHORT_TERM = 3;
    }
}
