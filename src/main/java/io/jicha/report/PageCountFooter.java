package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes "第 X 页 共 Y 页" and the journal head hash at the foot of every page. Y is unknown until
 * the end, so each page draws a placeholder template that is filled once, in onCloseDocument.
 */
final class PageCountFooter extends PdfPageEventHelper {

    private static final float SIZE = 9f;
    private static final float HASH_SIZE = 6.5f;

    private final PdfKit kit;
    private final String journalLine;
    private final String prefixPattern;
    private final String suffix;
    private final BaseFont font;
    private PdfTemplate total;

    PageCountFooter(PdfKit kit, String journalHeadHash) {
        this.kit = kit;
        this.font = kit.fonts.body();
        this.journalLine = kit.label("footer.journal", journalHeadHash);
        // "第 {0} 页 共 {1} 页": the part before {1} is drawn per page, "{1} 页" goes into the template
        String pattern = kit.messages.get("footer.pages", "\u0000", "\u0001");
        int split = pattern.indexOf('\u0001');
        this.prefixPattern = pattern.substring(0, split);
        this.suffix = pattern.substring(split + 1);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("00000" + suffix, SIZE), SIZE * 1.6f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        String prefix = prefixPattern.replace("\u0000", Integer.toString(writer.getPageNumber()));
        float prefixWidth = font.getWidthPoint(prefix, SIZE);
        float guessWidth = font.getWidthPoint(writer.getPageNumber() + suffix, SIZE);
        float centre = (document.left() + document.right()) / 2;
        float y = document.bottom() - 28f;
        float x = centre - (prefixWidth + guessWidth) / 2;
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(x, y);
        cb.showText(prefix);
        cb.endText();
        cb.addTemplate(total, x + prefixWidth, y - SIZE * 0.3f);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                new Phrase(journalLine, kit.body(HASH_SIZE)), centre, y - 13f, 0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int pages = writer.getPageNumber() - 1;   // the writer already counts the next, unopened page
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, SIZE * 0.3f);
        total.showText(pages + suffix);
        total.endText();
    }
}
