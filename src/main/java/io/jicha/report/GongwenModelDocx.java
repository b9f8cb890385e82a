package io.jicha.report;

import io.jicha.text.DisplayWidth;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.jicha.report.GongwenDocx.BODY_HALF_POINTS;
import static io.jicha.report.GongwenDocx.LINE_PITCH;
import static io.jicha.report.GongwenDocx.TABLE_HALF_POINTS;
import static io.jicha.report.GongwenDocx.TITLE_HALF_POINTS;
import static io.jicha.report.GongwenDocx.pt;

/**
 * A {@link GongwenModel} (the 督办通知, the 整改情况报告) as an editable Word document (.docx) in the
 * 公文 layout of GB/T 9704-2012, from the same model as {@link GongwenPdf} and with the 版头,
 * signature and 版记 of the notice's .docx ({@link NoticeDocx}): the 版头 by millimetres, the rest on
 * the 22 × 28 grid, each attachment on pages of its own, the 版记 on an even last page. Not for the
 * 信函式 (9.1), refused as for the notice. Same model, same bytes.
 */
public final class GongwenModelDocx {

    private final DocxFonts fonts;

    public GongwenModelDocx(DocxFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the document to target via a temporary file (replacing an existing file only with force). */
    public void write(GongwenModel model, Path target, boolean force) {
        NoticeDocx.checkLayout(model.layout());
        PdfOutput.checkTarget(target, force);
        PdfOutput.write(target, force, out -> render(model, out));
    }

    /** Writes the document to memory (tests, checks). */
    public byte[] bytes(GongwenModel model) {
        return PdfOutput.bytes(out -> render(model, out));
    }

    /** Writes the document to a stream. */
    public void render(GongwenModel m, OutputStream out) throws IOException {
        NoticeDocx.checkLayout(m.layout());
        ReportMessages messages = ReportMessages.forLocale(m.provenance().locale());
        GongwenDocx d = new GongwenDocx(fonts, m.provenance().locale().toLanguageTag());
        String title = m.layout().title() != null ? m.layout().title() : m.title();
        NoticeDocx.head(d, m.layout().form() == NoticeModel.Form.FILE, messages.get("notice.mark", m.authority()),
                m.documentNumber(), m.signer() == null ? null : messages.get("gongwen.signer"), m.signer(),
                titleLines(title, GongwenDocx.CHARS * 2 * BODY_HALF_POINTS / TITLE_HALF_POINTS));
        // 7.3.2 主送机关, the 正文 (7.3.3), 附件说明 (7.3.4), 署名 and 成文日期 (7.3.5)
        d.blank();
        d.run(d.paragraph(GongwenDocx.Align.BOTH, 0, 0, LINE_PITCH, true), messages.get("gongwen.addressee", m.addressee()),
                FontRole.BODY, BODY_HALF_POINTS);
        for (GongwenModel.Paragraph p : m.body()) {
            XWPFParagraph para = d.text();
            for (GongwenModel.Span span : p.spans()) {
                d.run(para, span.text(), switch (span.face()) {
                    case BODY -> FontRole.BODY;
                    case HEADING -> FontRole.HEADING;
                    case KAI -> FontRole.KAI;
                }, BODY_HALF_POINTS);
            }
        }
        List<GongwenModel.Attachment> atts = m.attachments();
        if (!atts.isEmpty()) {
            d.blank();
            String note = messages.get("notice.attachment.note");
            for (int i = 0; i < atts.size(); i++) {
                double indent = i == 0 ? 2 : 2 + DisplayWidth.of(note) / 2.0;
                XWPFParagraph p = d.paragraph(GongwenDocx.Align.LEFT, indent, 0, LINE_PITCH, true);
                p.setKeepNext(true); // 7.3.5.4: the signature never stands alone on a page
                d.run(p, (i == 0 ? note : "") + (atts.size() == 1 ? "" : (i + 1) + ". ") + atts.get(i).title(),
                        FontRole.BODY, BODY_HALF_POINTS);
            }
        }
        NoticeDocx.signature(d, m.authority(), messages.date(m.issued()), m.layout().sealed());
        // 7.3.7 and 8: each attachment on a new page, "附件" in 黑体, its title in 小标宋, its tables
        for (int i = 0; i < atts.size(); i++) {
            GongwenModel.Attachment att = atts.get(i);
            XWPFParagraph label = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            GongwenDocx.newPage(label);
            d.run(label, messages.get("notice.attachment.label") + (atts.size() == 1 ? "" : Integer.toString(i + 1)),
                    FontRole.HEADING, BODY_HALF_POINTS);
            d.blank();
            d.run(d.paragraph(GongwenDocx.Align.CENTER, 0, 0, LINE_PITCH, true), att.title(), FontRole.TITLE,
                    TITLE_HALF_POINTS);
            d.blank();
            for (GongwenModel.Table t : att.tables()) {
                if (t.caption() != null) {
                    d.run(d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true), t.caption(), FontRole.HEADING,
                            BODY_HALF_POINTS);
                }
                int[] proportions = fitted(t);
                boolean[] centred = new boolean[proportions.length];
                if (centred.length > 0) {
                    centred[0] = true;
                }
                d.table(proportions, t.headers(), t.rows(), centred, TABLE_HALF_POINTS, pt(12 * 1.4));
            }
        }
        String[] parts = messages.get("notice.page", "\u0000").split("\u0000", -1);
        d.endMainPart(new String[]{parts[0], parts.length > 1 ? parts[1] : ""}, true);
        List<String> cc = m.layout().cc();
        String ccLine = cc.isEmpty() ? "" : messages.get("notice.cc", String.join(messages.get("notice.cc.separator"), cc));
        String prefix = messages.get("notice.cc", "\u0000").split("\u0000", -1)[0];
        String printer = m.layout().printer() != null ? m.layout().printer() : messages.get("notice.printer", m.authority());
        String printed = messages.get("notice.printed",
                messages.date(m.layout().printed() != null ? m.layout().printed() : m.issued()));
        d.lastPartInFooter(footer -> NoticeDocx.record(d, footer, ccLine, prefix, printer, printed));
        d.write(out, m.documentNumber().isEmpty() ? title : title + " " + m.documentNumber(), m.provenance(),
                PdfKit.startOfDay(m.issued()), messages);
    }

    /**
     * The columns' shares (per mille) of the table's width: as given, but a column narrower than the
     * longest 文号 or date it holds (KeepWhole) is widened to hold it on one line at 小四 (Word breaks
     * Chinese text anywhere), the room taken from the others in proportion to their shares.
     */
    static int[] fitted(GongwenModel.Table t) {
        int n = t.widths().length;
        double total = 0;
        for (float w : t.widths()) {
            total += w;
        }
        double width = TEXT_WIDTH_POINTS;
        double[] share = new double[n];
        double[] need = new double[n];
        for (int c = 0; c < n; c++) {
            share[c] = t.widths()[c] / total;
            for (List<String> row : t.rows()) {
                if (c < row.size()) {
                    java.util.regex.Matcher m = KeepWhole.KEEP.matcher(row.get(c));
                    while (m.find()) { // half a 小四 character per display column, the space Word and
                        // LibreOffice put between Chinese and Latin text, and the cell's margins
                        need[c] = Math.max(need[c], (DisplayWidth.of(m.group()) * 7.5 + 16) / width);
                    }
                }
            }
            need[c] = Math.min(need[c], 0.3);
        }
        double lack = 0;
        double spare = 0;
        for (int c = 0; c < n; c++) {
            lack += Math.max(0, need[c] - share[c]);
            spare += need[c] < share[c] ? share[c] - Math.max(need[c], 0.06) : 0;
        }
        int[] out = new int[n];
        double take = spare <= 0 ? 0 : Math.min(1, lack / spare);
        for (int c = 0; c < n; c++) {
            double s = share[c] < need[c] && lack <= spare ? need[c]
                    : share[c] - (need[c] < share[c] ? (share[c] - Math.max(need[c], 0.06)) * take : 0);
            out[c] = Math.max(1, (int) Math.round(s * 1000));
        }
        return out;
    }

    /** The type area's width in points (156 mm). */
    private static final double TEXT_WIDTH_POINTS = 156 * 72 / 25.4;

    /** 7.3.1: the title broken between words ({@link TitleLines}, as the PDF). */
    static List<String> titleLines(String title, int maxColumns) {
        return TitleLines.of(title, DisplayWidth::of, maxColumns);
    }
}
