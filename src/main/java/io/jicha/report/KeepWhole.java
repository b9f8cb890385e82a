package io.jicha.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in which document numbers and ids never break across lines: 吴环罚字〔2016〕4号 or
 * CF4-2016-030 move to the next line whole (OpenPDF moves a chunk that has no split point to the
 * next line, and only cuts it when it is wider than a whole line); the rest breaks by
 * {@link ChineseLineBreak}.
 */
final class KeepWhole {

    /** A 文号 (prefix, year in 〔〕 or [], number, 号) or an id of letters and digits joined by - or _. */
    static final Pattern ID = Pattern.compile(
            "[\\p{IsHan}A-Za-z]{1,6}[〔\\[]\\d{4}[〕\\]]\\d+号|[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+");

    private static final SplitCharacter NEVER = (start, current, end, cc, ck) -> false;

    private KeepWhole() {
    }

    static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(font.getSize() * 1.45f);
        Matcher m = ID.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                phrase.add(PdfKit.chunk(text.substring(at, m.start()), font));
            }
            Chunk id = new Chunk(m.group(), font);
            id.setSplitCharacter(NEVER);
            phrase.add(id);
            at = m.end();
        }
        if (at < text.length() || text.isEmpty()) {
            phrase.add(PdfKit.chunk(text.substring(at), font));
        }
        return phrase;
    }

    static Paragraph para(float leading, String text, Font font) {
        Paragraph p = new Paragraph(leading);
        p.setFont(font);
        p.add(phrase(text, font));
        return p;
    }
}
