package io.jicha.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RectificationNoticePdfTest {

    private static final PdfFonts FONTS = PdfFonts.system();
    private static final float MM = 72f / 25.4f;

    private static byte[] notice(NoticeModel model) {
        return Pdfs.render(out -> new RectificationNoticePdf(FONTS).render(model, out));
    }

    private static NoticeModel unorderedDeadlines() {
        return new NoticeModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "苏环稽〔2016〕3号", "吴江区环境保护局",
                "2016年环境执法大练兵监察稽查", ReportFixtures.FROM, ReportFixtures.TO, List.of(
                new NoticeModel.Item("现场监察记录未载明企业污染治理设施运行情况。", "完善现场监察记录格式。", LocalDate.of(2016, 11, 30)),
                new NoticeModel.Item("部分案卷缺少采样单。", "规范采样单填写。", LocalDate.of(2016, 11, 14))),
                "苏州市环境保护局", LocalDate.of(2016, 10, 20));
    }

    @Test
    void letterCarriesNumberTitleAddresseeFindingsDeadlinesAndSignature() throws IOException {
        String text = Pdfs.text(notice(unorderedDeadlines()));
        Pdfs.assertContains(text, "苏环稽〔2016〕3号", "整改通知书", "吴江区环境保护局：",
                "我局稽查组于2016年10月10日至2016年10月13日对你单位", "2016年环境执法大练兵监察稽查",
                "一、现场监察记录未载明企业污染治理设施运行情况。", "整改要求：完善现场监察记录格式。",
                "整改期限：2016年11月30日前。", "二、部分案卷缺少采样单。", "整改期限：2016年11月14日前。",
                "苏州市环境保护局", "2016年10月20日");
    }

    @Test
    void replyIsDueByTheLastDeadlineNotTheLastListed() throws IOException {
        assertThat(unorderedDeadlines().replyBy()).isEqualTo(LocalDate.of(2016, 11, 30));
        Pdfs.assertContains(Pdfs.text(notice(unorderedDeadlines())), "并于2016年11月30日前将书面整改报告报送我局。");
    }

    @Test
    void pageIsA4AndAllTextStaysInsideTheGbMargins() throws IOException {
        try (PDDocument doc = Pdfs.open(notice(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDRectangle box = doc.getPage(page - 1).getMediaBox();
                assertThat(box.getWidth()).isCloseTo(595f, within(1f));
                assertThat(box.getHeight()).isCloseTo(842f, within(1f));
                List<TextPosition> glyphs = Pdfs.positions(doc, page);
                assertThat(glyphs).isNotEmpty();
                float bottomOfText = box.getHeight() - 35 * MM;
                for (TextPosition t : glyphs) {
                    String where = "'" + t.getUnicode() + "' on page " + page;
                    assertThat(t.getXDirAdj()).as(where).isGreaterThanOrEqualTo(28 * MM - 0.5f);
                    assertThat(t.getXDirAdj() + t.getWidthDirAdj()).as(where)
                            .isLessThanOrEqualTo(box.getWidth() - 26 * MM + 0.5f);
                    float glyphTop = t.getYDirAdj() - t.getFontSizeInPt() * 0.88f;
                    if (t.getYDirAdj() <= bottomOfText) {
                        assertThat(glyphTop).as(where).isGreaterThanOrEqualTo(37 * MM - 0.5f);
                    } else {   // only the page number sits below the type area, 7 mm down
                        assertThat("—0123456789 ").as(where).contains(t.getUnicode());
                        assertThat(t.getFontSizeInPt()).isEqualTo(14f);
                    }
                }
            }
        }
    }

    @Test
    void bodyIsSetInThreeHaoOnTwentyTwoLinesOfTwentyEightCharacters() throws IOException {
        NoticeModel longFinding = new NoticeModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "苏环稽〔2016〕3号",
                "吴江区环境保护局", "2016年环境执法大练兵监察稽查", ReportFixtures.FROM, ReportFixtures.TO, List.of(
                new NoticeModel.Item("抽查的现场监察记录普遍未载明企业污染治理设施运行情况和污染物排放达标情况，"
                        + "部分记录未由被检查单位负责人签字确认，检查内容不完整，不能反映现场检查的真实情况，"
                        + "也无法作为后续行政处罚的证据使用。", "完善现场监察记录格式。", LocalDate.of(2016, 11, 14)),
                new NoticeModel.Item("部分案卷缺少采样单。", "规范采样单填写。", LocalDate.of(2016, 11, 30)),
                new NoticeModel.Item("询问笔录未逐页签字。", "补正相关案卷。", LocalDate.of(2016, 11, 30))),
                "苏州市环境保护局", LocalDate.of(2016, 10, 20));
        try (PDDocument doc = Pdfs.open(notice(longFinding))) {
            List<TextPosition> glyphs = Pdfs.positions(doc, 1);
            float pitch = 225 * MM / 22;
            TreeSet<Float> baselines = new TreeSet<>();
            for (TextPosition t : glyphs) {
                if (t.getYDirAdj() < 842 - 35 * MM) {
                    baselines.add(Math.round(t.getYDirAdj() * 10) / 10f);
                }
            }
            // every line sits on the grid: its baseline is a whole number of line pitches below the first
            float first = baselines.first();
            for (float b : baselines) {
                double lines = (b - first) / pitch;
                assertThat(lines).isCloseTo(Math.rint(lines), within(0.05));
                assertThat(Math.rint(lines)).isLessThan(22);
            }
            assertThat(baselines.size()).isGreaterThanOrEqualTo(18);
            // body text is 16 pt, the title 22 pt
            assertThat(glyphs.stream().filter(t -> t.getUnicode().equals("整")).map(TextPosition::getFontSizeInPt))
                    .contains(22f, 16f);
            String text = Pdfs.pageText(doc, 1);
            boolean fullLine = text.lines().map(Pdfs::squeeze)
                    .anyMatch(l -> l.codePointCount(0, l.length()) == 28 && l.codePoints().allMatch(c -> c > 0x2E80));
            assertThat(fullLine).as("a line of 28 Chinese characters in:%n%s", text).isTrue();
            assertThat(text.lines().map(Pdfs::squeeze).filter(l -> l.codePoints().allMatch(c -> c > 0x2E80))
                    .mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0)).isEqualTo(28);
        }
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws IOException {
        try (PDDocument doc = Pdfs.open(notice(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 6)))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                for (String line : Pdfs.pageText(doc, p).lines().map(String::strip).toList()) {
                    if (!line.isEmpty()) {
                        assertThat("，。、；：？！）》").as(line).doesNotContain(line.substring(0, 1));
                    }
                }
            }
        }
    }

    @Test
    void pagesAreNumberedWithDashes() throws IOException {
        try (PDDocument doc = Pdfs.open(notice(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5)))) {
            Pdfs.assertContains(Pdfs.pageText(doc, 1), "— 1 —");
            Pdfs.assertContains(Pdfs.pageText(doc, 2), "— 2 —");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("整改通知书 苏环稽〔2016〕3号");
            assertThat(doc.getDocumentInformation().getSubject()).contains("suzhou-2016-10", ReportFixtures.HEAD);
        }
    }

    @Test
    void englishNoticeUsesTheEnglishBundle() throws IOException {
        String text = Pdfs.text(notice(ReportFixtures.notice(Locale.ENGLISH, 2)));
        Pdfs.assertContains(text, "Rectification Notice", "吴江区环境保护局:", "Requirement: ", "Deadline: 14 November 2016.",
                "by 17 November 2016");
    }
}
