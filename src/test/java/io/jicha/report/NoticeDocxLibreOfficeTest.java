package io.jicha.report;

import io.jicha.support.LibreOffice;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The .docx notice opened by a real word processor (LibreOffice, converting it to PDF) and measured
 * as {@link RectificationNoticePdfTest} measures jicha's own PDF, against GB/T 9704-2012 (docs/notice.md):
 * margins, grid pitch, 28 characters a line, the head and title, the 版记 at the foot of the last even
 * page with its three rules, the page numbers; within 2 mm. Its text is the PDF notice's text.
 */
@Tag("process")
class NoticeDocxLibreOfficeTest {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_W = 595.3f;
    private static final float PAGE_H = 841.9f;
    private static final float PITCH = 225 * MM / 22;
    private static final float TYPE_TOP = 37 * MM;
    private static final float TYPE_BOTTOM = PAGE_H - 35 * MM;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = PAGE_W - 26 * MM;
    private static final float TOLERANCE = 2 * MM;

    @TempDir
    static Path dir;
    static NoticeModel model;
    static byte[] converted;
    static byte[] pdf;

    @BeforeAll
    static void convert() throws Exception {
        model = ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5).with(new NoticeModel.Layout(NoticeModel.Form.FILE,
                true, null, List.of("江苏省环境保护厅", "吴江区人民政府"), null, null));
        Path docx = dir.resolve("notice.docx");
        Files.write(docx, new NoticeDocx(DocxFonts.configured()).bytes(model));
        converted = Files.readAllBytes(LibreOffice.in(dir.resolve("lo")).toPdf(docx));
        pdf = Pdfs.render(out -> new RectificationNoticePdf(PdfFonts.system()).render(model, out));
    }

    private static float mm(float points) {
        return points / MM;
    }

    private static float top(TextPosition t) {
        return t.getYDirAdj() - 0.88f * t.getFontSizeInPt();
    }

    private static List<TextPosition> run(PDDocument doc, int page, String text) throws IOException {
        List<TextPosition> run = Pdfs.find(Pdfs.positions(doc, page), text);
        assertThat(run).as("'%s' on page %d", text, page).isNotEmpty();
        return run;
    }

    private static String withoutPageNumbers(String text) {
        return Pdfs.squeeze(text).replaceAll("—\\d+—", "");
    }

    /**
     * The same words in the same order; only the 问题清单's cells wrap at other places (each word
     * processor breaks a narrow cell by its own measure), so the table's text is compared as the same
     * characters.
     */
    @Test
    void itsTextIsThePdfNoticesText() throws IOException {
        String docx = withoutPageNumbers(Pdfs.text(converted));
        String own = withoutPageNumbers(Pdfs.text(pdf));
        String header = "序号存在的问题涉及案卷评查标准整改期限";
        int tableDocx = docx.indexOf(header) + header.length();
        int tableOwn = own.indexOf(header) + header.length();
        assertThat(tableOwn).isGreaterThan(header.length());
        assertThat(docx.substring(0, tableDocx)).isEqualTo(own.substring(0, tableOwn));
        int recordDocx = docx.indexOf("抄送：");
        int recordOwn = own.indexOf("抄送：");
        assertThat(sorted(docx.substring(tableDocx, recordDocx))).isEqualTo(sorted(own.substring(tableOwn, recordOwn)));
        assertThat(docx.substring(recordDocx)).isEqualTo(own.substring(recordOwn));
    }

    private static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** 5.2.1: every glyph inside the type area, but the page numbers 7 mm under it. */
    @Test
    void everyGlyphStaysInsideTheTypeAreaButThePageNumbers() throws IOException {
        try (PDDocument doc = Pdfs.open(converted)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                for (TextPosition t : Pdfs.positions(doc, p)) {
                    if (t.getUnicode().isBlank()) {
                        continue;
                    }
                    assertThat(t.getXDirAdj()).as("x of '%s' on page %d", t.getUnicode(), p).isGreaterThan(LEFT - TOLERANCE);
                    assertThat(t.getXDirAdj() + t.getWidthDirAdj()).as("right of '%s' on page %d", t.getUnicode(), p)
                            .isLessThan(RIGHT + TOLERANCE);
                    if (t.getYDirAdj() > TYPE_BOTTOM + TOLERANCE) {  // a page number: 7 mm under the type area
                        assertThat(mm(top(t) - TYPE_BOTTOM)).as("page number on page %d", p).isCloseTo(7f, within(2f));
                    } else {
                        assertThat(top(t)).as("top of '%s' on page %d", t.getUnicode(), p).isGreaterThan(TYPE_TOP - TOLERANCE);
                    }
                }
            }
        }
    }

    /** 5.2.2: the body on lines 225/22 mm apart, 28 characters of 三号 to a full line. */
    @Test
    void bodyLinesAreOnTheGridOfTwentyTwoLinesOfTwentyEightCharacters() throws IOException {
        try (PDDocument doc = Pdfs.open(converted)) {
            TreeSet<Float> baselines = new TreeSet<>();
            for (TextPosition t : Pdfs.positions(doc, 2)) {
                if (t.getYDirAdj() < TYPE_BOTTOM && Math.abs(t.getFontSizeInPt() - 16f) < 0.1f) {
                    baselines.add(Math.round(t.getYDirAdj() * 10) / 10f);
                }
            }
            assertThat(baselines.size()).isBetween(15, 22);
            float first = baselines.first();
            assertThat(mm(first - TYPE_TOP)).as("first baseline under the type area's top").isBetween(0f, 10.3f);
            for (float b : baselines) {
                double lines = (b - first) / PITCH;
                assertThat(lines).as("baseline %s", b).isCloseTo(Math.rint(lines), within(0.5 / 10.2));
                assertThat(Math.rint(lines)).isBetween(0.0, 21.0);
            }
            // a full line of Chinese: its characters and its indent fill 28 cells of the grid
            java.util.Map<Float, List<TextPosition>> lines = new java.util.TreeMap<>();
            for (TextPosition t : Pdfs.positions(doc, 2)) {
                if (!t.getUnicode().isBlank() && t.getYDirAdj() < TYPE_BOTTOM) {
                    lines.computeIfAbsent(Math.round(t.getYDirAdj() * 10) / 10f, k -> new java.util.ArrayList<>()).add(t);
                }
            }
            int widest = 0;
            for (List<TextPosition> line : lines.values()) {
                if (line.stream().allMatch(t -> t.getUnicode().codePointAt(0) > 0x2E80)) {
                    float indent = (line.get(0).getXDirAdj() - LEFT) / (156 * MM / 28);
                    widest = Math.max(widest, line.size() + Math.round(indent));
                }
            }
            assertThat(widest).isEqualTo(28);
        }
    }

    /** 7.2.4, 7.2.5, 7.2.7, 7.3.1: the red mark 35 mm under the type area, the number, the separator, the title. */
    @Test
    void headHasTheMarkTheNumberTheRedSeparatorAndTheTitle() throws IOException {
        try (PDDocument doc = Pdfs.open(converted)) {
            List<TextPosition> mark = run(doc, 1, "苏州市环境保护局文件");
            assertThat(mm(top(mark.get(0)) - TYPE_TOP)).isCloseTo(35f, within(2f));
            float markCentre = (mark.get(0).getXDirAdj() + mark.get(mark.size() - 1).getXDirAdj()
                    + mark.get(mark.size() - 1).getWidthDirAdj()) / 2;
            assertThat(mm(markCentre)).isCloseTo(28 + 78f, within(2f));
            List<TextPosition> number = run(doc, 1, "苏环稽〔2016〕3号");
            assertThat((top(number.get(0)) - mark.get(0).getYDirAdj()) / PITCH).isBetween(1.8f, 3.2f);
            // (LibreOffice strokes a paragraph's border twice, on the same spot)
            List<Pdfs.Stroke> red = Pdfs.strokes(doc, 1).stream().filter(Pdfs.Stroke::red).distinct().toList();
            assertThat(red).as(red.toString()).hasSize(1);
            assertThat(mm(red.get(0).length())).isCloseTo(156f, within(2f));
            float line = PAGE_H - red.get(0).y0();
            assertThat(mm(line - number.get(0).getYDirAdj() - 0.12f * 16)).isCloseTo(4f, within(2f));
            List<TextPosition> title = run(doc, 1, "苏州市环境保护局关于");
            assertThat(title.get(0).getFontSizeInPt()).isCloseTo(22f, within(0.1f));
            assertThat(mm(top(title.get(0)) - line)).isCloseTo(2 * 225f / 22, within(2f));
            List<TextPosition> addressee = run(doc, 1, "吴江区环境保护局：");
            assertThat(mm(addressee.get(0).getXDirAdj())).isCloseTo(28f, within(2f));
        }
    }

    /** 7.4: the 版记 at the foot of the last page, which is even, between a thick, a thin and a thick rule. */
    @Test
    void recordSitsAtTheFootOfTheLastEvenPageWithItsThreeRules() throws IOException {
        try (PDDocument doc = Pdfs.open(converted)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages % 2).as("the 版记 is on the back of the last sheet").isZero();
            List<TextPosition> printed = run(doc, pages, "2016年10月20日印发");
            List<TextPosition> printer = run(doc, pages, "苏州市环境保护局办公室");
            List<TextPosition> cc = run(doc, pages, "抄送：江苏省环境保护厅，吴江区人民政府。");
            assertThat(printed.get(0).getFontSizeInPt()).isCloseTo(14f, within(0.1f));
            assertThat(TYPE_BOTTOM - printed.get(0).getYDirAdj()).isBetween(-TOLERANCE, PITCH);
            assertThat(printed.get(0).getYDirAdj() - cc.get(0).getYDirAdj()).isCloseTo(PITCH, within(TOLERANCE));
            assertThat(mm(printer.get(0).getXDirAdj())).isCloseTo(28 + 14 / MM, within(2f));
            TextPosition last = printed.get(printed.size() - 1);
            assertThat(mm(RIGHT - last.getXDirAdj() - last.getWidthDirAdj())).isCloseTo(14 / MM, within(2f));
            List<Pdfs.Stroke> rules = Pdfs.strokes(doc, pages).stream().filter(s -> mm(s.length()) > 150f).toList();
            assertThat(rules).hasSize(3);
            Pdfs.Stroke bottom = rules.stream().min((a, b) -> Float.compare(a.y0(), b.y0())).orElseThrow();
            assertThat(mm(bottom.y0())).isCloseTo(35f, within(2f));
            assertThat(rules.stream().map(s -> mm(s.width())).sorted().toList())
                    .satisfies(w -> assertThat(w.get(0)).isCloseTo(0.25f, within(0.05f)))
                    .satisfies(w -> assertThat(w.get(2)).isCloseTo(0.35f, within(0.05f)));
            assertThat(Pdfs.squeeze(Pdfs.pageText(doc, pages))).doesNotContain("—" + pages + "—");
        }
    }

    /** 7.5: "— 1 —" in 四号, odd pages right and even pages left, one character in. */
    @Test
    void pagesAreNumberedOddRightEvenLeft() throws IOException {
        try (PDDocument doc = Pdfs.open(converted)) {
            List<TextPosition> one = run(doc, 1, "— 1 —");
            List<TextPosition> two = run(doc, 2, "— 2 —");
            TextPosition end = one.get(one.size() - 1);
            assertThat(end.getFontSizeInPt()).isCloseTo(14f, within(0.1f));
            assertThat(mm(RIGHT - end.getXDirAdj() - end.getWidthDirAdj())).isCloseTo(14 / MM, within(2f));
            assertThat(mm(two.get(0).getXDirAdj() - LEFT)).isCloseTo(14 / MM, within(2f));
        }
    }
}
