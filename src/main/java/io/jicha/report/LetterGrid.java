package io.jicha.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets text on the fixed line grid of a 公文 (GB/T 9704-2012 5.2.2: 22 lines of 28 characters in a
 * 156 mm x 225 mm type area). Text is first broken into lines ({@link #paragraph}), then paginated
 * ({@link #paginate}), then drawn ({@link #draw}), so that the layout can look ahead: the signature
 * block is never alone on a page (7.3.5.4: the page's line pitch is tightened instead).
 * OpenPDF's own line breaking ignores character spacing and knows no Chinese line-breaking rules,
 * so lines are broken here: never inside a run of Latin letters or digits, never with closing
 * punctuation at the start of a line or opening punctuation at its end; full lines containing
 * Chinese are justified to the type area's width. A paragraph may mix fonts (a 黑体 ordinal
 * followed by 仿宋 text).
 */
final class LetterGrid {

    enum Align { LEFT, CENTER, RIGHT }

    /** What a line is, for pagination: body text, an empty line, or part of the signature block. */
    enum Kind { TEXT, BLANK, SIGNATURE }

    /** A piece of a paragraph in one font. */
    record Run(String text, BaseFont font) {
    }

    /** Text placed on a line: its font, size, left edge and character spacing. */
    record Placed(String text, BaseFont font, float size, float x, float charSpacing) {
    }

    record Line(List<Placed> parts, Kind kind) {
    }

    /** One page of grid lines: the top of its first line box (PDF y), the height they may use, their pitch. */
    record Page(float top, float height, float pitch, List<Line> lines) {
    }

    private static final String NO_LINE_START = ChineseLineBreak.NO_LINE_START;
    private static final String NO_LINE_END = ChineseLineBreak.NO_LINE_END;

    private final float left;
    private final float width;
    private final List<Line> lines = new ArrayList<>();

    LetterGrid(float left, float width) {
        this.left = left;
        this.width = width;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    void blank() {
        lines.add(new Line(List.of(), Kind.BLANK));
    }

    void blank(Kind kind) {
        lines.add(new Line(List.of(), kind));
    }

    void paragraph(String text, BaseFont font, float size, float spacing, float firstIndent, float rightIndent,
                   Align align) {
        paragraph(List.of(new Run(text, font)), size, spacing, firstIndent, rightIndent, align, Kind.TEXT);
    }

    /**
     * Sets a paragraph: the first line indented by {@code firstIndent}, the others flush; each
     * character advanced by its width plus {@code spacing}; every line but the last justified.
     */
    void paragraph(List<Run> runs, float size, float spacing, float firstIndent, float rightIndent, Align align,
                   Kind kind) {
        List<Token> tokens = new ArrayList<>();
        for (Run r : runs) {
            for (String t : tokens(r.text())) {
                tokens.add(new Token(t, r.font()));
            }
        }
        int i = 0;
        boolean first = true;
        while (i < tokens.size() || first) {
            float indent = first ? firstIndent : 0;
            float available = width - indent - rightIndent;
            int end = breakPoint(tokens, i, size, spacing, available);
            List<Token> line = new ArrayList<>(tokens.subList(i, end));
            while (!line.isEmpty() && line.get(line.size() - 1).text().isBlank()) {
                line.remove(line.size() - 1);
            }
            boolean last = end >= tokens.size();
            lines.add(new Line(place(line, size, spacing, indent, available, align, !last), kind));
            i = end;
            while (i < tokens.size() && tokens.get(i).text().equals(" ")) {
                i++;
            }
            first = false;
        }
    }

    private record Token(String text, BaseFont font) {
        float width(float size, float spacing) {
            return LetterGrid.width(text, font, size, spacing);
        }
    }

    private static int breakPoint(List<Token> tokens, int start, float size, float spacing, float available) {
        float used = 0;
        int end = start;
        while (end < tokens.size()) {
            float w = tokens.get(end).width(size, spacing);
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
        while (candidate - start > 1 && (startsForbidden(tokens.get(candidate).text())
                || endsForbidden(tokens.get(candidate - 1).text()))) {
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

    private List<Placed> place(List<Token> tokens, float size, float spacing, float indent, float available,
                               Align align, boolean justify) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        // runs of one font
        List<Token> segments = new ArrayList<>();
        for (Token t : tokens) {
            Token lastSeg = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (lastSeg != null && lastSeg.font() == t.font()) {
                segments.set(segments.size() - 1, new Token(lastSeg.text() + t.text(), t.font()));
            } else {
                segments.add(t);
            }
        }
        int chars = 0;
        float natural = 0;
        StringBuilder all = new StringBuilder();
        for (Token s : segments) {
            chars += s.text().codePointCount(0, s.text().length());
            natural += s.width(size, spacing);
            all.append(s.text());
        }
        float charSpacing = spacing;
        float x;
        if (align == Align.LEFT && justify && chars > 1 && hasChinese(all.toString())) {
            charSpacing = spacing + (available - natural) / (chars - 1);
            x = left + indent;
        } else if (align == Align.CENTER) {
            x = left + indent + (available - natural + spacing) / 2;
        } else if (align == Align.RIGHT) {
            x = left + indent + available - natural + spacing;
        } else {
            x = left + indent;
        }
        List<Placed> placed = new ArrayList<>();
        for (Token s : segments) {
            placed.add(new Placed(s.text(), s.font(), size, x, charSpacing));
            x += s.font().getWidthPoint(s.text(), size) + charSpacing * s.text().codePointCount(0, s.text().length());
        }
        return placed;
    }

    /**
     * Splits lines into pages. The first page's lines start at {@code firstTop} and may use
     * {@code firstHeight}; the others start at {@code top} with {@code height}. A signature block that
     * does not fit under the last text lines is kept on their page by tightening that page's line
     * pitch (GB/T 9704-2012 7.3.5.4), by at most {@code maxSqueeze} lines; failing that, the last two
     * text lines go over with it, so no page ever holds the signature without text. Blank lines are
     * not carried to the top of a page.
     */
    static List<Page> paginate(List<Line> lines, float firstTop, float firstHeight, float top, float height,
                               float pitch, int maxSqueeze) {
        List<Page> pages = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        float pageTop = firstTop;
        float pageHeight = firstHeight;
        int i = 0;
        while (i < lines.size()) {
            int capacity = (int) Math.floor(pageHeight / pitch + 1e-3);
            Line line = lines.get(i);
            if (line.kind() == Kind.SIGNATURE) {
                int j = i;
                while (j < lines.size() && lines.get(j).kind() == Kind.SIGNATURE) {
                    j++;
                }
                List<Line> group = lines.subList(i, j);
                int room = capacity - current.size();
                boolean hasText = current.stream().anyMatch(l -> l.kind() == Kind.TEXT);
                if (group.size() <= room && hasText) {
                    current.addAll(group);
                } else if (hasText && group.size() - room <= maxSqueeze) {
                    current.addAll(group);
                    pages.add(new Page(pageTop, pageHeight, pageHeight / current.size(), List.copyOf(current)));
                    current.clear();
                    pageTop = top;
                    pageHeight = height;
                } else {
                    List<Line> carried = new ArrayList<>();
                    int texts = 0;
                    while (!current.isEmpty() && texts < 2) {
                        Line l = current.remove(current.size() - 1);
                        carried.add(0, l);
                        if (l.kind() == Kind.TEXT) {
                            texts++;
                        }
                    }
                    if (!current.isEmpty()) {
                        pages.add(new Page(pageTop, pageHeight, pitch, List.copyOf(current)));
                    }
                    current.clear();
                    pageTop = top;
                    pageHeight = height;
                    current.addAll(carried);
                    current.addAll(group);
                }
                i = j;
                continue;
            }
            if (current.size() >= capacity) {
                pages.add(new Page(pageTop, pageHeight, pitch, List.copyOf(current)));
                current.clear();
                pageTop = top;
                pageHeight = height;
            }
            if (!(line.kind() == Kind.BLANK && current.isEmpty() && !pages.isEmpty())) {
                current.add(line);
            }
            i++;
        }
        if (!current.isEmpty()) {
            pages.add(new Page(pageTop, pageHeight, pitch, List.copyOf(current)));
        }
        return pages;
    }

    /** Draws a page's lines; each line's text sits centred in its line box. */
    static void draw(PdfContentByte cb, Page page) {
        int index = 0;
        for (Line line : page.lines()) {
            float boxTop = page.top() - index * page.pitch();
            for (Placed p : line.parts()) {
                float baseline = boxTop - page.pitch() / 2 - 0.38f * p.size();
                cb.beginText();
                cb.setFontAndSize(p.font(), p.size());
                cb.setCharacterSpacing(p.charSpacing());
                cb.setTextMatrix(p.x(), baseline);
                cb.showText(p.text());
                cb.setCharacterSpacing(0);
                cb.endText();
            }
            index++;
        }
    }

    static float width(String token, BaseFont font, float size, float spacing) {
        return font.getWidthPoint(token, size) + spacing * token.codePointCount(0, token.length());
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * Breakable units: a Chinese character or punctuation mark, a space, a run of other characters, or
     * a document number, id or date kept whole ({@link KeepWhole#KEEP}).
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = KeepWhole.KEEP.matcher(text);
        int at = 0;
        while (m.find()) {
            tokens.addAll(plainTokens(text.substring(at, m.start())));
            tokens.add(m.group());
            at = m.end();
        }
        tokens.addAll(plainTokens(text.substring(at)));
        return tokens;
    }

    private static List<String> plainTokens(String text) {
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
