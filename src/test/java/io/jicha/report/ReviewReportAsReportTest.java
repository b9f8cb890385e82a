package io.jicha.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 item 8: the review report as a bureau's 报告, read back from the PDF: the body in 3号 (16 pt)
 * on the 公文 grid (22 lines of 28 characters, GB/T 9704-2012 7.1), headings in 黑体 and 楷体 (7.3.3),
 * punctuated sentences, technical marks only in the appendix; and the .docx from the same outline.
 */
class ReviewReportAsReportTest {

    private static final PdfFonts FONTS = PdfFonts.system();

    private static byte[] report(ReviewReportModel model) {
        return Pdfs.render(out -> new ReviewReportPdf(FONTS).render(model, out));
    }

    /** The body's glyphs of a page (16 pt, inside the type area), grouped by baseline (top-left origin y). */
    private static TreeMap<Integer, List<TextPosition>> bodyLines(PDDocument doc, int page) throws IOException {
        TreeMap<Integer, List<TextPosition>> lines = new TreeMap<>();
        for (TextPosition t : Pdfs.positions(doc, page)) {
            if (t.getUnicode().isBlank() || Math.abs(t.getFontSizeInPt() - 16f) > 0.05f) {
                continue;
            }
            lines.computeIfAbsent(Math.round(t.getYDirAdj() * 10), k -> new ArrayList<>()).add(t);
        }
        return lines;
    }

    @Test
    void theBodyIsSixteenPointOnTheGridOfTwentyTwoLinesOfTwentyEightCharacters() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(30, 100)))) {
            int fullLines = 0;
            for (int p = 2; p <= 4; p++) {   // the body's first pages: text, headings, tables
                TreeMap<Integer, List<TextPosition>> lines = bodyLines(doc, p);
                assertThat(lines.size()).as("page %d: lines of 16 pt text", p).isBetween(5, 22);
                float first = lines.firstKey() / 10f;
                for (var e : lines.entrySet()) {
                    float y = e.getKey() / 10f;
                    // every line of 16 pt text sits on the grid: a whole number of pitches below the page's first
                    float pitches = (y - first) / ReviewReportPdf.LINE_PITCH;
                    if (p == 2) {
                        assertThat(Math.abs(pitches - Math.round(pitches))).as("page 2 line at %s", y).isLessThan(0.02f);
                    }
                    List<TextPosition> glyphs = e.getValue();
                    float left = glyphs.get(0).getXDirAdj();
                    float right = glyphs.get(glyphs.size() - 1).getXDirAdj() + glyphs.get(glyphs.size() - 1).getWidthDirAdj();
                    assertThat(left).as("inside the type area").isGreaterThanOrEqualTo(ReviewReportPdf.LEFT - 0.5f);
                    assertThat(right).as("inside the type area").isLessThanOrEqualTo(ReviewReportPdf.LEFT + ReviewReportPdf.TEXT_WIDTH + 0.5f);
                    // full-width: Chinese characters and Chinese punctuation, one grid cell each
                    long chinese = glyphs.stream().filter(t -> t.getUnicode().codePointAt(0) >= 0x2E80).count();
                    if (chinese == glyphs.size() && chinese == 28) {
                        fullLines++;
                    }
                    assertThat(chinese).as("no line holds more than 28 Chinese characters of 16 pt").isLessThanOrEqualTo(28);
                }
            }
            assertThat(fullLines).as("lines of Chinese text fill the 28 characters").isPositive();
        }
        assertThat(ReviewReportPdf.LINE_PITCH * 22).isCloseTo(225 * PdfKit.MM, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void headingsAreInHeiAndKaiBodyInFangsong() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(30, 100)))) {
            List<TextPosition> page = Pdfs.positions(doc, 2);
            List<TextPosition> part = Pdfs.find(page, "一、基本情况");
            assertThat(part).isNotEmpty();
            assertThat(part).allSatisfy(t -> {
                assertThat(t.getFont().getName()).contains(FONTS.heading().getPostscriptFontName());
                assertThat(t.getFontSizeInPt()).isCloseTo(16f, org.assertj.core.data.Offset.offset(0.05f));
            });
            List<TextPosition> body = Pdfs.find(page, "稽查按");
            assertThat(body).allSatisfy(t -> assertThat(t.getFont().getName()).contains(FONTS.body().getPostscriptFontName()));
            List<TextPosition> sub = new ArrayList<>();
            for (int p = 2; p <= 4 && sub.isEmpty(); p++) {
                sub = Pdfs.find(Pdfs.positions(doc, p), "（一）各单位评查结果");
            }
            assertThat(sub).isNotEmpty().allSatisfy(t -> assertThat(t.getFont().getName())
                    .contains(FONTS.kai().getPostscriptFontName()));
        }
    }

    @Test
    void everyParagraphOfTheBodyIsAPunctuatedSentence() {
        ReviewReportModel m = ReportFixtures.review(30, 100);
        List<ReviewReportOutline.Block> blocks = m.outline();
        assertThat(blocks.stream().filter(b -> b instanceof ReviewReportOutline.Text t
                && (t.style() == ReviewReportOutline.Style.BODY || t.style() == ReviewReportOutline.Style.INDENTED)))
                .isNotEmpty()
                .allSatisfy(b -> assertThat(((ReviewReportOutline.Text) b).text()).endsWith("。"));
    }

    @Test
    void findingsBecomeProseNotTheirRawText() {
        ReviewReportModel m = ReportFixtures.review(3, 0);
        var coded = new ReviewReportModel.FindingEntry("吴江区", 2, "双随机抽查有抽取过程和结果记录，并按规定公开——双随机抽查第二、三季度的抽查结果未在网站公开",
                "按季度公开双随机抽查结果", "2016年11月10日前");
        var onFile = new ReviewReportModel.FindingEntry("吴江区", 1, "吴环罚字〔2016〕45号：卷内缺少采样单，案卷评为不合格",
                "重新核查该案证据。", "2016年11月3日前");
        ReviewReportModel with = ReportFixtures.with(m, m.provenance(), m.title(), List.of(onFile, coded));
        List<String> texts = with.outline().stream().filter(b -> b instanceof ReviewReportOutline.Text)
                .map(b -> ((ReviewReportOutline.Text) b).text()).toList();
        assertThat(texts).contains("1．吴环罚字〔2016〕45号卷内缺少采样单，案卷评为不合格。应重新核查该案证据，于2016年11月3日前完成整改。",
                "2．双随机抽查第二、三季度的抽查结果未在网站公开，不符合“双随机抽查有抽取过程和结果记录，并按规定公开”的要求。"
                        + "应按季度公开双随机抽查结果，于2016年11月10日前完成整改。");
        assertThat(texts).noneMatch(t -> t.contains("——"));
    }

    @Test
    void technicalMarksStayInTheAppendix() throws IOException {
        ReviewReportModel m = ReportFixtures.review(11, 40);
        List<ReviewReportModel.UnitDocumentReview> docs = List.of(new ReviewReportModel.UnitDocumentReview("吴江区",
                new BigDecimal("88"), "良好", List.of(
                new ReviewReportModel.Deduction("B3", "双随机抽查有抽取过程和结果记录，并按规定公开", new BigDecimal("5"), false,
                        "双随机抽查第二、三季度的抽查结果未在网站公开"),
                new ReviewReportModel.Deduction("C3", "对证据收集开展集体讨论，有会议记录", null, true,
                        "未对证据收集开展集体讨论"))));
        ReviewReportModel coded = new ReviewReportModel(m.provenance(), m.title(), m.from(), m.to(), m.units(), m.authority(),
                m.reportDate(), m.overview(), m.notes(), m.rubrics(), m.draws(), m.kindTables(), m.conclusions(), m.results(),
                m.files(), docs, m.problems(), m.findings(), m.amendments(),
                List.of(new ReviewReportModel.SentDocument("吴江区", "notice", "notice-wujiang.pdf",
                        ReportFixtures.HEAD, m.from().plusDays(10), "苏环稽〔2016〕21号")),
                m.sampling(), m.charts(), m.followUp());
        String all = Pdfs.squeeze(Pdfs.text(report(coded)));
        int appendix = all.indexOf("附录：抽样方法与复核");
        assertThat(appendix).isPositive();
        String body = all.substring(0, appendix).replaceAll("日志[0-9a-f]{12}", "");   // the footer's journal reference
        assertThat(body).doesNotContain("B3").doesNotContain("−5").doesNotContain(m.provenance().sessionName())
                .doesNotContain("sha256").doesNotContain("SHA-256").doesNotContain(ReportFixtures.HEAD.substring(0, 12))
                .doesNotContain(m.rubrics().get(0).sha256().substring(0, 12))
                .doesNotContain("（行政处罚案卷A3）").doesNotContain("notice-wujiang.pdf");
        assertThat(body).contains("双随机抽查第二、三季度的抽查结果未在网站公开", "整改通知书已于2016年10月20日发出，发文字号为苏环稽〔2016〕21号。");
        String appendixText = all.substring(appendix);
        assertThat(appendixText).contains("B3−5：双随机抽查", "C3否决：未对证据收集开展集体讨论", m.provenance().sessionName(),
                ReportFixtures.HEAD, "notice-wujiang.pdf",
                "A3");
    }

    @Test
    void filesAreCountedByTheirKindsWordNeverJian() {
        ReviewReportModel m = ReportFixtures.review(11, 40);
        String text = String.join("\n", m.outline().stream().map(b -> b instanceof ReviewReportOutline.Text t ? t.text()
                : b instanceof ReviewReportOutline.Chart c ? c.caption() + c.countLabel() : "").toList());
        assertThat(text).contains("吴江区评查11卷", "行政处罚案卷得分分布（4个单位，共44卷）卷数");
        assertThat(java.util.regex.Pattern.compile("\\d+\\s*件").matcher(text).results().map(java.util.regex.MatchResult::group)
                .toList()).isEmpty();
    }

    @Test
    void theDocxFollowsTheSameOutline() throws Exception {
        ReviewReportModel m = ReportFixtures.review(11, 40);
        byte[] docx = new ReviewReportDocx(DocxFonts.configured()).bytes(m);
        String text;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            text = Pdfs.squeeze(ex.getText());
        }
        int at = -1;
        for (ReviewReportOutline.Block b : m.outline()) {
            if (b instanceof ReviewReportOutline.Heading h) {
                int next = text.indexOf(Pdfs.squeeze(h.text()), at + 1);
                assertThat(next).as("%s in the .docx after the heading before it", h.text()).isGreaterThan(at);
                at = next;
            }
        }
        assertThat(text).contains(Pdfs.squeeze("行政处罚案卷得分分布（4个单位，共44卷）"));
    }

    @Test
    void anEnglishReportCountsFilesWithoutAChineseWord() {
        ReviewReportModel zh = ReportFixtures.review(3, 4);
        ReviewReportModel en = ReportFixtures.with(zh, ReportFixtures.provenance(Locale.ENGLISH), "Review report", zh.findings());
        assertThat(en.outline().stream().filter(b -> b instanceof ReviewReportOutline.Heading)
                .map(b -> ((ReviewReportOutline.Heading) b).text())).contains("(1) Results by unit");
    }
}
