package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Lays out a rectification notice (整改通知书) as an official letter after GB/T 9704-2012
 * (党政机关公文格式): A4, type area 156 mm x 225 mm (margins 37 mm top, 35 mm bottom, 28 mm left,
 * 26 mm right), title in 二号 (22 pt) heading font, body in 三号 (16 pt) with 22 lines of 28
 * characters, page numbers "— 1 —" in 四号 7 mm below the type area, odd pages right, even pages left.
 */
public final class RectificationNoticePdf {

    // GB/T 9704-2012 5.2.1 (版面), 7.2 (版头), 7.3 (主体), 7.5 (页码)
    static final float TOP = 37 * PdfKit.MM;
    static final float BOTTOM = 35 * PdfKit.MM;
    static final float LEFT = 28 * PdfKit.MM;
    static final float RIGHT = 26 * PdfKit.MM;
    static final float TEXT_WIDTH = 156 * PdfKit.MM;
    static final float TEXT_HEIGHT = 225 * PdfKit.MM;
    static final float TITLE_SIZE = 22f;                          // 二号
    static final float BODY_SIZE = 16f;                           // 三号
    static final float PAGE_NUMBER_SIZE = 14f;                    // 四号
    static final int CHARS_PER_LINE = 28;
    static final int LINES_PER_PAGE = 22;
    static final float LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE; // ~28.9 pt
    static final float CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;  // ~15.8 pt
    static final float CHAR_SPACING = CHAR_PITCH - BODY_SIZE;     // slightly negative
    private static final Color RED = new Color(0xE0, 0x10, 0x10);

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
        check.body("document number", m.documentNumber()).body("addressee", m.addressee())
                .body("review name", m.reviewName()).body("authority", m.authority());
        for (int i = 0; i < m.findings().size(); i++) {
            var f = m.findings().get(i);
            check.body("finding " + (i + 1) + " text", f.text())
                    .body("finding " + (i + 1) + " requirement", f.requirement());
        }
        check.verify(kit.fonts);
    }

    private static void layout(NoticeModel m, PdfKit kit, OutputStream out) {
        Document doc = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(kit));
            String title = kit.label("notice.title");
            kit.metadata(doc, m.documentNumber().isEmpty() ? title : title + " " + m.documentNumber(),
                    m.provenance());
            doc.open();
            LetterGrid grid = new LetterGrid(writer, doc, doc.getPageSize().getHeight() - TOP, LEFT, TEXT_WIDTH,
                    LINE_PITCH, LINES_PER_PAGE);
            body(m, kit, grid);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the rectification notice", e);
        }
    }

    private static void body(NoticeModel m, PdfKit kit, LetterGrid grid) {
        BaseFont font = kit.fonts.body();
        boolean chinese = "zh".equals(kit.messages.locale().getLanguage());
        if (!m.documentNumber().isEmpty()) {
            grid.paragraph(m.documentNumber(), font, BODY_SIZE, CHAR_SPACING, 0, 0, LetterGrid.Align.CENTER);
            // red separator 4 mm below the document number (7.2.4)
            grid.rule(0.12f * BODY_SIZE + 4 * PdfKit.MM, 1f, RED);
            grid.blank();
        }
        // title below the separator (7.3.1), then a blank line and the addressee flush left (7.3.2)
        grid.paragraph(kit.label("notice.title"), kit.fonts.heading(), TITLE_SIZE, 0, 0, 0, LetterGrid.Align.CENTER);
        grid.blank();
        grid.paragraph(m.addressee() + (chinese ? "：" : ":"), font, BODY_SIZE, CHAR_SPACING, 0, 0,
                LetterGrid.Align.LEFT);
        text(grid, font, kit.label("notice.opening", m.reviewName(), kit.messages.period(m.reviewFrom(), m.reviewTo())));
        int n = 0;
        for (NoticeModel.Item item : m.findings()) {
            text(grid, font, kit.label("notice.item", kit.messages.ordinal(++n), item.text()));
            if (!item.files().isEmpty()) {
                text(grid, font, kit.label("notice.files", String.join(chinese ? "、" : ", ", item.files())));
            }
            text(grid, font, kit.label("notice.requirement", item.requirement()));
            text(grid, font, kit.label(item.provisional() ? "notice.deadline.provisional" : "notice.deadline",
                    kit.messages.date(item.deadline())));
        }
        text(grid, font, kit.label(m.replyByProvisional() ? "notice.reply.provisional" : "notice.reply",
                kit.messages.date(m.replyBy())));
        String closing = kit.label("notice.closing");
        if (!closing.isBlank()) {
            text(grid, font, closing);
        }
        // signature without seal (7.3.5.1): the date two characters from the right, the authority centred over it
        String date = kit.messages.date(m.issued());
        float dateIndent = 2 * CHAR_PITCH;
        float dateWidth = LetterGrid.width(date, font, BODY_SIZE, CHAR_SPACING);
        float authorityWidth = LetterGrid.width(m.authority(), font, BODY_SIZE, CHAR_SPACING);
        float authorityIndent = Math.max(0, dateIndent + (dateWidth - authorityWidth) / 2);
        grid.newPageIfFewerThan(3);
        grid.blank();
        grid.paragraph(m.authority(), font, BODY_SIZE, CHAR_SPACING, 0, authorityIndent, LetterGrid.Align.RIGHT);
        grid.paragraph(date, font, BODY_SIZE, CHAR_SPACING, 0, dateIndent, LetterGrid.Align.RIGHT);
    }

    /** A body paragraph on the grid: first line indented two characters, justified. */
    private static void text(LetterGrid grid, BaseFont font, String s) {
        grid.paragraph(s, font, BODY_SIZE, CHAR_SPACING, 2 * CHAR_PITCH, 0, LetterGrid.Align.LEFT);
    }

    /** "— 1 —" in 四号, one line 7 mm below the type area: odd pages right, even pages left, one character in. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final PdfKit kit;

        PageNumbers(PdfKit kit) {
            this.kit = kit;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            String s = kit.label("notice.page", Integer.toString(page));
            BaseFont bf = kit.fonts.body();
            float y = BOTTOM - 7 * PdfKit.MM - PAGE_NUMBER_SIZE * 0.8f;
            float x = page % 2 == 1
                    ? document.getPageSize().getWidth() - RIGHT - PAGE_NUMBER_SIZE - bf.getWidthPoint(s, PAGE_NUMBER_SIZE)
                    : LEFT + PAGE_NUMBER_SIZE;
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(bf, PAGE_NUMBER_SIZE);
            cb.setTextMatrix(x, y);
            cb.showText(s);
            cb.endText();
        }
    }
}
