package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets text on the fixed line grid of an official letter (GB/T 9704-2012 5.2.2: 22 lines of 28
 * characters in a 156 mm x 225 mm type area). OpenPDF's own line breaking ignores character spacing
 * and knows no Chinese line-breaking rules, so lines are broken here: never inside a run of Latin
 * letters or digits, never with closing punctuation at the start of a line or opening punctuation at
 * its end; full lines containing Chinese are justified to the type area's width.
 */
final class LetterGrid {

    enum Align { LEFT, CENTER, RIGHT }

    // punctuation that may not begin a line (避头) and may not end one (避尾)
    private static final String NO_LINE_START = ChineseLineBreak.NO_LINE_START;
    private static final String NO_LINE_END = ChineseLineBreak.NO_LINE_END;

    private final PdfWriter writer;
    private final Document document;
    private final float top;
    private final float left;
    private final float width;
    private final float pitch;
    private final int linesPerPage;
    private int line;

    LetterGrid(PdfWriter writer, Document document, float top, float left, float width, float pitch,
               int linesPerPage) {
        this.writer = writer;
        this.document = document;
        this.top = top;
        this.left = left;
        this.width = width;
        this.pitch = pitch;
        this.linesPerPage = linesPerPage;
    }

    int linesLeftOnPage() {
        return linesPerPage - line;
    }

    /** The baseline of the current line: characters sit centred in the line's box. */
    float baseline() {
        float boxTop = top - line * pitch;
        return boxTop - (pitch + RectificationNoticePdf.BODY_SIZE) / 2 + 0.12f * RectificationNoticePdf.BODY_SIZE;
    }

    void blank() {
        advance();
    }

    void newPageIfFewerThan(int lines) {
        if (line != 0 && linesLeftOnPage() < lines) {
            line = 0;
            document.newPage();
        }
    }

    /** A horizontal rule across the type area, {@code below} points under the current baseline. */
    void rule(float below, float thickness, Color color) {
        PdfContentByte cb = writer.getDirectContent();
        float y = baseline() + pitch - below;   // called after the line it belongs to was advanced past
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(thickness);
        cb.moveTo(left, y);
        cb.lineTo(left + width, y);
        cb.stroke();
        cb.restoreState();
    }

    /**
     * Sets a paragraph: the first line indented by {@code firstIndent}, the others flush; each
     * character advanced by its width plus {@code spacing}; every line but the last justified.
     */
    void paragraph(String text, BaseFont font, float size, float spacing, float firstIndent, float rightIndent,
                   Align align) {
        List<String> tokens = tokens(text);
        int i = 0;
        boolean first = true;
        while (i < tokens.size() || first) {
            float indent = first ? firstIndent : 0;
            float available = width - indent - rightIndent;
            int end = breakPoint(tokens, i, font, size, spacing, available);
            String lineText = String.join("", tokens.subList(i, end)).stripTrailing();
            boolean last = end >= tokens.size();
            draw(lineText, font, size, spacing, indent, available, align, !last);
            advance();
            i = end;
            while (i < tokens.size() && tokens.get(i).equals(" ")) {
                i++;
            }
            first = false;
        }
    }

    private int breakPoint(List<String> tokens, int start, BaseFont font, float size, float spacing, float available) {
        float used = 0;
        int end = start;
        while (end < tokens.size()) {
            float w = width(tokens.get(end), font, size, spacing);
            if (used + w > available + 0.01f && end > start) {
                break;
            }
            used += w;
            end++;
        }
        if (end >= tokens.size()) {
            return end;
        }
        // move characters to the next line until the break obeys the punctuation rules
        int candidate = end;
        while (candidate - start > 1 && (startsForbidden(tokens.get(candidate)) || endsForbidden(tokens.get(candidate - 1)))) {
            candidate--;
        }
        return candidate - start >= 1 ? candidate : end;
    }

    private static boolean startsForbidden(String token) {
        return NO_LINE_START.indexOf(token.charAt(0)) >= 0;
    }

    private static boolean endsForbidden(String token) {
        return NO_LINE_END.indexOf(token.charAt(token.length() - 1)) >= 0;
    }

    private void draw(String s, BaseFont font, float size, float spacing, float indent, float available,
                      Align align, boolean justify) {
        if (s.isEmpty()) {
            return;
        }
        int chars = s.codePointCount(0, s.length());
        float natural = font.getWidthPoint(s, size) + spacing * chars;
        float charSpacing = spacing;
        float x;
        if (align == Align.LEFT && justify && chars > 1 && hasChinese(s)) {
            charSpacing = spacing + (available - natural) / (chars - 1);
            x = left + indent;
        } else if (align == Align.CENTER) {
            x = left + indent + (available - natural + spacing) / 2;
        } else if (align == Align.RIGHT) {
            x = left + indent + available - natural + spacing;
        } else {
            x = left + indent;
        }
        PdfContentByte cb = writer.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setCharacterSpacing(charSpacing);
        cb.setTextMatrix(x, baseline());
        cb.showText(s);
        cb.setCharacterSpacing(0);
        cb.endText();
    }

    private void advance() {
        line++;
        if (line >= linesPerPage) {
            line = 0;
            document.newPage();
        }
    }

    static float width(String token, BaseFont font, float size, float spacing) {
        return font.getWidthPoint(token, size) + spacing * token.codePointCount(0, token.length());
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Breakable units: a Chinese character or punctuation mark, a space, or a run of other characters. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean latin = cp < 0x2E80 && cp != ' ' && cp != '\u2014';
            if (latin) {
                run.appendCodePoint(cp);
                return;
            }
            if (run.length() > 0) {
                tokens.add(run.toString());
                run.setLength(0);
            }
            tokens.add(new String(Character.toChars(cp)));
        });
        if (run.length() > 0) {
            tokens.add(run.toString());
        }
        return tokens;
    }
}
