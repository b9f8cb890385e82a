package io.jicha.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/**
 * A histogram of scores drawn as vector graphics (lines, rectangles, text) into a form XObject:
 * one bar for scores below 60 (the usual pass mark) and vetoed files, which fail whatever their
 * points, and one per 5-point band from 60 to 100.
 */
final class ScoreChart {

    static final float WIDTH = 420f;
    static final float HEIGHT = 150f;
    private static final Color BAR = new Color(0x4A, 0x6F, 0xA5);
    private static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    /** The bands from 60 up, 5 points each; the failing band below them is named by the bundle. */
    private static final List<String> PASSING_BANDS = List.of("60-64", "65-69", "70-74", "75-79", "80-84", "85-89",
            "90-94", "95-100");

    private ScoreChart() {
    }

    /** The bands' labels: the failing band ({@code report.chart.band.fail}: "<60/否决"), then 60-64 … 95-100. */
    static List<String> bandLabels(ReportMessages messages) {
        List<String> labels = new java.util.ArrayList<>();
        labels.add(messages.get("report.chart.band.fail"));
        labels.addAll(PASSING_BANDS);
        return List.copyOf(labels);
    }

    /** The number of scores in each band, in the order of the band labels. */
    static int[] bands(List<BigDecimal> scores) {
        int[] counts = new int[1 + PASSING_BANDS.size()];
        BigDecimal sixty = BigDecimal.valueOf(60);
        BigDecimal five = BigDecimal.valueOf(5);
        for (BigDecimal s : scores) {
            int band;
            if (s.compareTo(sixty) < 0) {
                band = 0;
            } else {
                band = 1 + s.subtract(sixty).divideToIntegralValue(five).intValue();
            }
            counts[Math.min(band, counts.length - 1)]++;
        }
        return counts;
    }

    static Image draw(PdfContentByte canvas, List<BigDecimal> scores, List<String> bandLabels, BaseFont font,
                      String countLabel, String scoreLabel) {
        int[] counts = bands(scores);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        int top = step * ((int) Math.ceil((double) max / step) + 1);   // headroom for the count above the bar

        PdfTemplate t = canvas.createTemplate(WIDTH, HEIGHT);
        float left = 34;
        float bottom = 26;
        float right = WIDTH - 44;
        float ceiling = HEIGHT - 16;
        float plotHeight = ceiling - bottom;

        // horizontal grid and count ticks
        t.setLineWidth(0.4f);
        for (int v = 0; v <= top; v += step) {
            float y = bottom + plotHeight * v / top;
            t.setColorStroke(v == 0 ? Color.BLACK : GRID);
            t.moveTo(left, y);
            t.lineTo(right, y);
            t.stroke();
            text(t, font, 7, Integer.toString(v), left - 4, y - 2.5f, PdfContentByte.ALIGN_RIGHT);
        }
        t.setColorStroke(Color.BLACK);
        t.moveTo(left, bottom);
        t.lineTo(left, ceiling);
        t.stroke();

        float slot = (right - left) / counts.length;
        float barWidth = slot * 0.7f;
        for (int i = 0; i < counts.length; i++) {
            float x = left + slot * i + (slot - barWidth) / 2;
            float h = plotHeight * counts[i] / top;
            if (counts[i] > 0) {
                t.setColorFill(BAR);
                t.rectangle(x, bottom, barWidth, h);
                t.fill();
                t.setColorFill(Color.BLACK);
                text(t, font, 7, Integer.toString(counts[i]), x + barWidth / 2, bottom + h + 2.5f,
                        PdfContentByte.ALIGN_CENTER);
            }
            t.setColorFill(Color.BLACK);
            text(t, font, 7, bandLabels.get(i), x + barWidth / 2, bottom - 10, PdfContentByte.ALIGN_CENTER);
        }
        text(t, font, 7.5f, countLabel, left - 4, ceiling + 6, PdfContentByte.ALIGN_LEFT);
        text(t, font, 7.5f, scoreLabel, right + 6, bottom - 10, PdfContentByte.ALIGN_LEFT);
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(PdfTemplate t, BaseFont font, float size, String s, float x, float y, int align) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }
}
