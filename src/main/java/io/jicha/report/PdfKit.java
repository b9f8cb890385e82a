package io.jicha.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

import java.awt.Color;

/** The fonts, labels and small layout helpers one document is built with. */
final class PdfKit {

    static final float MM = 72f / 25.4f;
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
    static final Color RULE = new Color(0x66, 0x66, 0x66);

    final PdfFonts fonts;
    final ReportMessages messages;

    PdfKit(PdfFonts fonts, ReportMessages messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    Font body(float size) {
        return new Font(fonts.body(), size);
    }

    Font heading(float size) {
        return new Font(fonts.heading(), size);
    }

    String label(String key, Object... args) {
        return messages.get(key, args);
    }

    /** Registers every label of the bundle with the glyph check, in both fonts. */
    void checkLabels(GlyphCheck check) {
        for (String key : messages.keys()) {
            String value = messages.get(key);
            check.body("label " + key, value).heading("label " + key, value);
        }
    }

    /** Title, author (the team), subject and keywords (session name and journal head hash). */
    void metadata(Document document, String title, Provenance provenance) {
        document.addTitle(title);
        document.addAuthor(messages.joinList(provenance.team()));
        document.addSubject(label("meta.subject", provenance.sessionName(), provenance.journalHeadHash()));
        document.addKeywords(label("meta.keywords", provenance.sessionName(), provenance.journalHeadHash()));
        document.addCreator("jicha");
    }

    /** A paragraph that breaks lines by the Chinese rules of {@link ChineseLineBreak}. */
    static Paragraph para(float leading, String text, Font font) {
        return new Paragraph(leading, chunk(text, font));
    }

    static Phrase phrase(String text, Font font) {
        return new Phrase(chunk(text, font));
    }

    static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(ChineseLineBreak.INSTANCE);
        return chunk;
    }

    PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    PdfPCell headerCell(String text, Font font) {
        PdfPCell cell = cell(text, font, Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }
}
