package io.jicha.report;

import io.jicha.common.UserError;
import io.jicha.text.DisplayWidth;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.jicha.report.GongwenDocx.BODY_HALF_POINTS;
import static io.jicha.report.GongwenDocx.CHAR_PITCH;
import static io.jicha.report.GongwenDocx.LINE_PITCH;
import static io.jicha.report.GongwenDocx.RECORD_HALF_POINTS;
import static io.jicha.report.GongwenDocx.RED;
import static io.jicha.report.GongwenDocx.TABLE_HALF_POINTS;
import static io.jicha.report.GongwenDocx.TEXT_WIDTH;
import static io.jicha.report.GongwenDocx.TITLE_HALF_POINTS;
import static io.jicha.report.GongwenDocx.pt;
import static io.jicha.report.GongwenDocx.twips;

/**
 * The rectification notice as an editable Word document (.docx) in the 公文 layout of GB/T
 * 9704-2012, written from the same {@link NoticeModel} as the PDF, with the same words
 * ({@link NoticeWording}); docs/notice.md names the clause behind each rule. The 版头 is placed by
 * millimetres, the rest sits on the document grid of 22 lines of 28 characters, so that a clerk's
 * edits flow as in any 公文 template. The 版记 is a section of its own that starts on an even page
 * with its text at the page's foot (7.4), so that edits above it never move it off the last page.
 * Not yet for the 信函式 (9.1).
 */
public final class NoticeDocx {

    /** 7.2.4: the 发文机关标志 at most 42 pt, never wider than the type area. */
    static final double MARK_MAX_POINTS = 42;

    private final DocxFonts fonts;

    public NoticeDocx(DocxFonts fonts) {
        this.fonts = fonts;
    }

    /** Refuses what the .docx cannot write (the 信函式), before anything is written. */
    public static void checkLayout(NoticeModel.Layout layout) {
        if (layout.form() == NoticeModel.Form.LETTER) {
            throw UserError.of("report.docx.letterForm");
        }
    }

    /** Writes the notice to target via a temporary file (replacing an existing file only with force). */
    public void write(NoticeModel model, Path target, boolean force) {
        checkLayout(model.layout());
        PdfOutput.checkTarget(target, force);
        PdfOutput.write(target, force, out -> render(model, out));
    }

    /** Writes the notice to a stream. */
    public void render(NoticeModel model, OutputStream out) throws IOException {
        checkLayout(model.layout());
        NoticeWording w = new NoticeWording(model);
        GongwenDocx d = new GongwenDocx(fonts, model.provenance().locale().toLanguageTag());
        head(model, w, d);
        body(model, w, d);
        attachment(model, w, d);
        d.endMainPart(w.pageNumberAround(), true);
        d.lastPartInFooter(footer -> record(w, d, footer));
        String title = model.documentNumber().isEmpty() ? w.title() : w.title() + " " + model.documentNumber();
        d.write(out, title, model.provenance(), PdfKit.startOfDay(model.issued()), w.messages);
    }

    /** Writes the notice to memory (tests, checks). */
    public byte[] bytes(NoticeModel model) {
        return PdfOutput.bytes(out -> render(model, out));
    }

    // ---- 版头 (7.2) ------------------------------------------------------------------------------

    private void head(NoticeModel m, NoticeWording w, GongwenDocx d) {
        head(d, m.layout().form() == NoticeModel.Form.FILE, w.mark(), m.documentNumber(), null, null,
                w.titleLines(GongwenDocx.CHARS * 2 * BODY_HALF_POINTS / TITLE_HALF_POINTS));
    }

    /**
     * The 版头 and the title: the red mark (文件式 only), the 发文字号 centred, or, for an upward
     * document with a 签发人 (7.2.6), the number one character in from the left and "签发人：" in 仿宋
     * with the name in 楷体 one character in from the right on the same line; the red separator; the
     * title lines.
     */
    static void head(GongwenDocx d, boolean file, String mark, String documentNumber, String signerLabel, String signer,
                     List<String> titleLines) {
        double markPoints = Math.min(MARK_MAX_POINTS, TEXT_WIDTH / 20.0 / Math.max(1, DisplayWidth.of(mark) / 2.0));
        int markHalfPoints = (int) Math.floor(markPoints * 2);
        // 7.2.4: the mark's top edge 35 mm below the type area's top, red 小标宋, centred
        XWPFParagraph markLine = d.paragraph(GongwenDocx.Align.CENTER, 0, 0, pt(markHalfPoints / 2.0), false);
        GongwenDocx.before(markLine, twips(35) - MARK_TOP_INSET);
        d.run(markLine, file ? mark : "", FontRole.TITLE, markHalfPoints, RED);
        // 7.2.5: the 发文字号 two empty lines under it, centred; 7.2.7: the red separator 4 mm under it
        boolean signed = signer != null;
        XWPFParagraph number = d.paragraph(signed ? GongwenDocx.Align.LEFT : GongwenDocx.Align.CENTER,
                signed ? 1 : 0, 0, LINE_PITCH, false);
        GongwenDocx.before(number, 2 * LINE_PITCH);
        d.run(number, documentNumber, FontRole.BODY, BODY_HALF_POINTS);
        if (signed) { // 7.2.6: 发文字号居左空一字, 签发人居右空一字, on one line
            GongwenDocx.rightTab(number, (int) Math.round(TEXT_WIDTH - CHAR_PITCH));
            d.run(number, "", FontRole.BODY, BODY_HALF_POINTS).addTab();
            d.run(number, signerLabel, FontRole.BODY, BODY_HALF_POINTS);
            d.run(number, signer, FontRole.KAI, BODY_HALF_POINTS);
        }
        if (file) {
            GongwenDocx.ruleBelow(number, 1, SEPARATOR_SPACE_POINTS, RED);
        }
        // 7.3.1: the title two lines under the separator
        boolean first = true;
        for (String line : titleLines) {
            XWPFParagraph p = d.paragraph(GongwenDocx.Align.CENTER, 0, 0, LINE_PITCH, false);
            if (first) {
                GongwenDocx.before(p, TITLE_BEFORE);
                first = false;
            }
            d.run(p, line, FontRole.TITLE, TITLE_HALF_POINTS);
        }
    }

    /** The glyph's top below its exact line's top for the mark (measured in LibreOffice and Word: none). */
    static final int MARK_TOP_INSET = 0;
    /** Points between the 发文字号's line box and the separator: 4 mm under the glyphs. */
    static final int SEPARATOR_SPACE_POINTS = 5;
    /** Twips before the title's first line: two lines under the separator. */
    static final int TITLE_BEFORE = 2 * LINE_PITCH - pt(6);

    // ---- 主体 (7.3) ------------------------------------------------------------------------------

    private void body(NoticeModel m, NoticeWording w, GongwenDocx d) {
        d.blank();
        // 7.3.2 主送机关: flush left, full-width colon
        d.run(d.paragraph(GongwenDocx.Align.BOTH, 0, 0, LINE_PITCH, true), w.addressee(), FontRole.BODY, BODY_HALF_POINTS);
        d.run(d.text(), w.opening(), FontRole.BODY, BODY_HALF_POINTS);
        int n = 0;
        for (NoticeModel.Item item : m.findings()) {
            XWPFParagraph problem = d.text();
            d.run(problem, w.itemHead(++n), FontRole.HEADING, BODY_HALF_POINTS);
            d.run(problem, w.problem(item) + w.files(item), FontRole.BODY, BODY_HALF_POINTS);
            XWPFParagraph requirement = d.text();
            d.run(requirement, w.requirementLabel(), FontRole.KAI, BODY_HALF_POINTS);
            d.run(requirement, w.requirement(item), FontRole.BODY, BODY_HALF_POINTS);
            XWPFParagraph deadline = d.text();
            d.run(deadline, w.deadlineLabel(), FontRole.KAI, BODY_HALF_POINTS);
            d.run(deadline, w.deadline(item), FontRole.BODY, BODY_HALF_POINTS);
        }
        d.run(d.text(), w.reply(), FontRole.BODY, BODY_HALF_POINTS);
        if (!w.closing().isBlank()) {
            d.run(d.text(), w.closing(), FontRole.BODY, BODY_HALF_POINTS);
        }
        // 7.3.4 附件说明: one line under the text, two characters in
        d.blank();
        XWPFParagraph note = d.paragraph(GongwenDocx.Align.LEFT, 2, 0, LINE_PITCH, true);
        note.setKeepNext(true);   // 7.3.5.4: the signature never stands alone on a page
        d.run(note, w.attachmentNote(), FontRole.BODY, BODY_HALF_POINTS);
        signature(m, w, d);
    }

    /**
     * 7.3.5.1 (sealed): the date four characters from the right, the authority centred over it, two
     * empty lines above for the seal. 7.3.5.2 (unsealed): one empty line, the authority two
     * characters from the right, the date starting two characters further right (or ending two from
     * the right when longer).
     */
    private void signature(NoticeModel m, NoticeWording w, GongwenDocx d) {
        signature(d, m.authority(), w.issued(), m.layout().sealed());
    }

    static void signature(GongwenDocx d, String authorityName, String date, boolean sealed) {
        double dateWidth = DisplayWidth.of(date) / 2.0;
        double authorityWidth = DisplayWidth.of(authorityName) / 2.0;
        double authorityRight;
        double dateRight;
        if (sealed) {
            dateRight = 4;
            authorityRight = Math.max(0, dateRight + (dateWidth - authorityWidth) / 2);
            d.blank().setKeepNext(true);
            d.blank().setKeepNext(true);
        } else {
            authorityRight = 2;
            dateRight = authorityRight + authorityWidth - 2 - dateWidth;
            if (dateRight < 2) {
                dateRight = 2;
                authorityRight = dateRight + dateWidth + 2 - authorityWidth;
            }
            d.blank().setKeepNext(true);
        }
        XWPFParagraph authority = d.paragraph(GongwenDocx.Align.RIGHT, 0, authorityRight, LINE_PITCH, true);
        authority.setKeepNext(true);
        d.run(authority, authorityName, FontRole.BODY, BODY_HALF_POINTS);
        d.run(d.paragraph(GongwenDocx.Align.RIGHT, 0, dateRight, LINE_PITCH, true), date, FontRole.BODY,
                BODY_HALF_POINTS);
    }

    // ---- 附件 (7.3.7, 8) -------------------------------------------------------------------------

    private void attachment(NoticeModel m, NoticeWording w, GongwenDocx d) {
        XWPFParagraph label = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
        GongwenDocx.newPage(label);
        d.run(label, w.label("notice.attachment.label"), FontRole.HEADING, BODY_HALF_POINTS);
        d.blank();
        d.run(d.paragraph(GongwenDocx.Align.CENTER, 0, 0, LINE_PITCH, true), w.label("notice.attachment.title"),
                FontRole.TITLE, TITLE_HALF_POINTS);
        d.blank();
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (NoticeModel.Item item : m.findings()) {
            rows.add(w.attachmentRow(++n, item));
        }
        d.table(new int[]{7, 33, 24, 20, 16}, w.attachmentHeaders(), rows,
                new boolean[]{true, false, false, false, true}, TABLE_HALF_POINTS, pt(12 * 1.4));
    }

    // ---- 版记 (7.4) ------------------------------------------------------------------------------

    /**
     * 7.4: 抄送机关 and 印发机关/印发日期 in 四号仿宋, one character in from each side, a continued 抄送
     * line under the first name; a thick rule (0.35 mm) on top and at the foot, a thin one (0.25 mm)
     * between.
     */
    private void record(NoticeWording w, GongwenDocx d, XWPFHeaderFooter footer) {
        record(d, footer, w.cc(), w.label("notice.cc", "\u0000").split("\u0000", -1)[0], w.printer(), w.printed());
    }

    static void record(GongwenDocx d, XWPFHeaderFooter footer, String cc, String prefix, String printer, String printed) {
        int indent = pt(14);
        XWPFTable t = d.bareTable(footer, cc.isEmpty() ? 1 : 2, 0);
        int row = 0;
        if (!cc.isEmpty()) {
            XWPFTableCell cell = t.getRow(row++).getCell(0);
            GongwenDocx.cellRules(cell, THICK_EIGHTHS, THIN_EIGHTHS);
            XWPFParagraph p = cell.getParagraphs().get(0);
            GongwenDocx.style(p, GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            CTInd ind = GongwenDocx.ppr(p).addNewInd();
            int hanging = pt(14 * DisplayWidth.of(prefix) / 2.0);
            ind.setLeft(BigInteger.valueOf(indent + hanging));
            ind.setRight(BigInteger.valueOf(indent));
            ind.setHanging(BigInteger.valueOf(hanging));
            d.run(p, cc, FontRole.BODY, RECORD_HALF_POINTS);
        }
        XWPFTableCell cell = t.getRow(row).getCell(0);
        GongwenDocx.cellRules(cell, cc.isEmpty() ? THICK_EIGHTHS : THIN_EIGHTHS, THICK_EIGHTHS);
        XWPFParagraph p = cell.getParagraphs().get(0);
        GongwenDocx.style(p, GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
        CTInd sides = GongwenDocx.ppr(p).addNewInd();
        sides.setLeft(BigInteger.valueOf(indent));
        sides.setRight(BigInteger.valueOf(indent));
        GongwenDocx.rightTab(p, TEXT_WIDTH - indent);
        d.run(p, printer, FontRole.BODY, RECORD_HALF_POINTS);
        d.run(p, "", FontRole.BODY, RECORD_HALF_POINTS).addTab();
        d.run(p, printed, FontRole.BODY, RECORD_HALF_POINTS);
    }

    /** 7.4.1: 0.35 mm (1 pt) and 0.25 mm (0.75 pt) rules, in eighths of a point. */
    static final int THICK_EIGHTHS = 8;
    static final int THIN_EIGHTHS = 6;
}
