package io.jicha.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads generated PDFs back with PDFBox. */
final class Pdfs {

    private Pdfs() {
    }

    static byte[] render(Consumer<ByteArrayOutputStream> renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.accept(out);
        return out.toByteArray();
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based), in reading order. */
    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /** The text without any whitespace: PDFBox puts spaces where glyph gaps look wide (e.g. after 、). */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Asserts that the text contains every part, ignoring whitespace on both sides. */
    static void assertContains(String text, String... parts) {
        String squeezed = squeeze(text);
        for (String part : parts) {
            org.assertj.core.api.Assertions.assertThat(squeezed).contains(squeeze(part));
        }
    }

    /** A heading of the review report: 一、… , （一）…, 附录…, 附表… */
    static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "^\\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|附录|附表).*");

    /** The lines of a page's text without the footer (page count and journal reference) and blank lines. */
    static List<String> bodyLines(PDDocument doc, int page) throws IOException {
        return pageText(doc, page).lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !l.matches("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页.*|日志\\s+[0-9a-f]{12}|Page \\d+ of \\d+.*|Journal [0-9a-f]{12}"))
                .toList();
    }

    /** The pages (1-based) whose last line of text is a heading. */
    static List<Integer> pagesEndingOnAHeading(PDDocument doc) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            List<String> lines = bodyLines(doc, p);
            if (!lines.isEmpty() && HEADING.matcher(lines.get(lines.size() - 1)).matches()) {
                pages.add(p);
            }
        }
        return pages;
    }

    /** Every glyph drawn on the page with its position (top-left origin, points). */
    static List<TextPosition> positions(PDDocument doc, int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return all;
    }

    /** The fonts used on every page, including those inside form XObjects, by name. */
    static Map<String, PDFont> fonts(PDDocument doc) throws IOException {
        Map<String, PDFont> fonts = new LinkedHashMap<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collect(PDResources resources, Map<String, PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.put(font.getName(), font);
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }

    /** A straight stroked line on a page: ends in points (PDF space, y up), width in points, colour as RGB. */
    record Stroke(float x0, float y0, float x1, float y1, float width, int rgb) {
        float length() {
            return (float) Math.hypot(x1 - x0, y1 - y0);
        }

        boolean red() {
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            return r > 200 && g < 60 && b < 60;
        }
    }

    /** Every straight line stroked on a page (1-based). */
    static List<Stroke> strokes(PDDocument doc, int page) throws IOException {
        List<Stroke> strokes = new ArrayList<>();
        PDPage p = doc.getPage(page - 1);
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(p) {
            private final List<java.awt.geom.Point2D> path = new ArrayList<>();

            @Override
            public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                                        java.awt.geom.Point2D p3) {
            }

            @Override
            public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
                path.clear();
                path.add(new java.awt.geom.Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                path.add(new java.awt.geom.Point2D.Float(x, y));
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                path.clear();
            }

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return path.isEmpty() ? new java.awt.geom.Point2D.Float() : path.get(path.size() - 1);
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void strokePath() throws IOException {
                if (path.size() == 2) {
                    var a = path.get(0);
                    var b = path.get(1);
                    strokes.add(new Stroke((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY(),
                            getGraphicsState().getLineWidth(), getGraphicsState().getStrokingColor().toRGB()));
                }
                path.clear();
            }

            @Override
            public void fillPath(int windingRule) {
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                path.clear();
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws IOException {
                processPage(p);
            }
        }.run();
        return strokes;
    }

    /** The glyphs of the first occurrence of {@code text} on a page, spaces ignored; empty when absent. */
    static List<TextPosition> find(List<TextPosition> glyphs, String text) {
        List<TextPosition> chars = glyphs.stream().filter(t -> !t.getUnicode().isBlank()).toList();
        String wanted = squeeze(text);
        for (int i = 0; i + wanted.length() <= chars.size(); i++) {
            int k = 0;
            int j = i;
            while (k < wanted.length() && j < chars.size()) {
                String u = chars.get(j).getUnicode();
                if (!wanted.startsWith(u, k)) {
                    break;
                }
                k += u.length();
                j++;
            }
            if (k == wanted.length()) {
                return chars.subList(i, j);
            }
        }
        return List.of();
    }

    /** True when the font program is inside the PDF (for a Type 0 font: in its descendant). */
    static boolean embedded(PDFont font) {
        PDFontDescriptor fd = font instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor()
                : font.getFontDescriptor();
        return fd != null && (fd.getFontFile() != null || fd.getFontFile2() != null || fd.getFontFile3() != null);
    }
}
