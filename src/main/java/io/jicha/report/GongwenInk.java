package io.jicha.report;

import static io.jicha.report.RectificationNoticePdf.BOTTOM;
import static io.jicha.report.RectificationNoticePdf.LEFT;
import static io.jicha.report.RectificationNoticePdf.PAGE_NUMBER_SIZE;
import static io.jicha.report.RectificationNoticePdf.RECORD_SIZE;
import static io.jicha.report.RectificationNoticePdf.RIGHT;
import static io.jicha.report.RectificationNoticePdf.TEXT_WIDTH;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every 公文 page of jicha draws alike (the notice, the 督办通知, the 整改情况报告): the 版记's
 * 抄送 lines, text and rules placed on the page, and the page numbers of GB/T 9704-2012 7.5.
 */
final class GongwenInk {

    private GongwenInk() {
    }

    static List<String> ccLines(PdfKit kit, List<String> cc, BaseFont font, float indent) {
        if (cc.isEmpty()) {
            return List.of();
        }
        String[] parts = kit.label("notice.cc", "\u0000").split("\u0000", -1);
        String prefix = parts[0];
        String suffix = parts.length > 1 ? parts[1] : "";
        String separator = kit.label("notice.cc.separator");
        float hanging = font.getWidthPoint(prefix, RECORD_SIZE);
        float available = TEXT_WIDTH - 2 * indent - hanging;
        List<String> units = new ArrayList<>();
        for (int i = 0; i < cc.size(); i++) {
            units.add(cc.get(i) + (i < cc.size() - 1 ? separator : suffix));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String unit : units) {
            if (font.getWidthPoint(line + unit, RECORD_SIZE) <= available) {
                line.append(unit);
                continue;
            }
            if (line.length() > 0 && font.getWidthPoint(unit, RECORD_SIZE) <= available) {
                lines.add(line.toString());   // the whole name goes to the next line
                line.setLength(0);
                line.append(unit);
                continue;
            }
            for (int cp : unit.codePoints().toArray()) {   // a name longer than a line breaks inside
                if (line.length() > 0 && font.getWidthPoint(line + new String(Character.toChars(cp)), RECORD_SIZE) > available
                        && ChineseLineBreak.NO_LINE_START.indexOf(cp) < 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        lines.add(line.toString());
        lines.set(0, prefix + lines.get(0));
        return lines;
    }

    static void centred(PdfContentByte cb, String s, BaseFont font, float size, float baseline, Color color) {
        float w = font.getWidthPoint(s, size);
        text(cb, s, font, size, LEFT + (TEXT_WIDTH - w) / 2, baseline, color, 0);
    }

    static void text(PdfContentByte cb, String s, BaseFont font, float size, float x, float baseline, Color color,
                      float spacing) {
        cb.saveState();
        cb.beginText();
        cb.setColorFill(color);
        cb.setFontAndSize(font, size);
        cb.setCharacterSpacing(spacing);
        cb.setTextMatrix(x, baseline);
        cb.showText(s);
        cb.endText();
        cb.restoreState();
    }

    static void rule(PdfContentByte cb, float x0, float x1, float y, float thickness, Color color) {
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(thickness);
        cb.moveTo(x0, y);
        cb.lineTo(x1, y);
        cb.stroke();
        cb.restoreState();
    }

    /**
     * 7.5: "— 1 —" in 四号, one line 7 mm below the type area: odd pages right, even pages left, one
     * character in; pages in {@code unnumbered} (信函式 first page, an empty page before the 版记 and the
     * 版记 page after it) carry none.
     */
    static final class PageNumbers extends PdfPageEventHelper {
        private final PdfKit kit;
        final Set<Integer> unnumbered = new HashSet<>();

        PageNumbers(PdfKit kit) {
            this.kit = kit;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (unnumbered.contains(page)) {
                return;
            }
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
