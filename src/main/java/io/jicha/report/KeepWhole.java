package io.jicha.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in which document numbers, ids and dates never break across lines: 吴环罚字〔2016〕4号,
 * CF4-2016-030 or 2016年11月21日 move to the next line whole (OpenPDF moves a chunk that has no split
 * point to the next line, and only cuts it when it is wider than a whole line); the rest breaks by
 * {@link ChineseLineBreak}, which refuses a break inside such a token too ({@link #inside}), as does
 * the 公文 grid ({@link LetterGrid#tokens}).
 */
final class KeepWhole {

    /** A 文号 (GB/T 9704-2012 7.2.5: prefix, year in 〔〕 or [], number, 号). */
    static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}A-Za-z]{1,6}[〔\\[]\\d{4}[〕\\]]\\d+号");

    /** A {@link #NUMBER} or an id of letters and digits joined by - or _. */
    static final Pattern ID = Pattern.compile(NUMBER.pattern() + "|[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+");

    /** A date as the documents print it: 2016年11月21日, 2016年11月, 11月21日, 2016-11-21. */
    static final Pattern DATE = Pattern.compile(
            "\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}");

    /** A {@link #NUMBER} or a {@link #DATE}, as opposed to an id of letters and digits. */
    static final Pattern NUMBER_OR_DATE = Pattern.compile(NUMBER.pattern() + "|" + DATE.pattern());

    /** Whatever must stay on one line: an {@link #ID} or a {@link #DATE}. */
    static final Pattern KEEP = Pattern.compile(ID.pattern() + "|" + DATE.pattern());

    /**
     * Whether a break between {@code at} and {@code at + 1} of {@code text} would fall inside a token
     * kept whole (only the characters up to 24 on either side are looked at: no token is longer).
     */
    static boolean inside(CharSequence text, int at) {
        int from = Math.max(0, at - 24);
        int to = Math.min(text.length(), at + 26);
        Matcher m = KEEP.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() <= at && m.end() > at + 1) {
                return true;
            }
            if (m.start() > at) {
                return false;
            }
        }
        return false;
    }

    private static final SplitCharacter NEVER = (start, current, end, cc, ck) -> false;

    private KeepWhole() {
    }

    static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(font.getSize() * 1.45f);
        Matcher m = KEEP.matcher(text);
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
