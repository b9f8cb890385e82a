package io.jicha.report;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewReportPdfTest {

    private static final PdfFonts FONTS = PdfFonts.system();

    private static byte[] report(ReviewReportModel model) {
        return Pdfs.render(out -> new ReviewReportPdf(FONTS).render(model, out));
    }

    @Test
    void titleFindingsAndDeadlinesAreInTheText() throws IOException {
        String text = Pdfs.text(report(ReportFixtures.review(30, 100)));
        Pdfs.assertContains(text, "苏州市环境监察稽查报告", "2016年10月10日至2016年10月13日", "吴江区、太仓市、相城区、高新区");
        // issue 23: 整改要求 as prose per unit, from the finding's parts
        Pdfs.assertContains(text, "五、整改要求", "（一）吴江区", "1．现场监察记录未载明企业污染治理设施运行情况，检查内容不完整。",
                "应完善现场监察记录格式，逐项记载检查内容，并对本年度记录进行自查，于2016年11月14日完成整改。");
        Pdfs.assertContains(text, "CF4-2016-030", "sha256sum", "稽查组成员签字", "王晓燕", "苏州市环境保护局", "2016年10月20日");
    }

    @Test
    void sectionsComeInTheOrderOfAFiledReport() throws IOException {
        String text = Pdfs.squeeze(Pdfs.text(report(ReportFixtures.review(30, 100))));
        List<String> order = List.of("一、基本情况", "本次稽查是全市环境执法大练兵活动的一项工作", "二、主要做法和成效",
                "三、评查结果", "（一）各单位评查结果", "（二）抽样结论", "（三）单位资料审查", "（四）得分分布",
                "四、存在的主要问题", "五、整改要求", "六、下一步工作", "市局将对整改情况进行复查", "稽查组成员签字",
                "附表抽查文件评查结果", "附录：抽样方法与复核", "（四）稽查日志");
        int at = -1;
        for (String part : order) {
            int next = text.indexOf(Pdfs.squeeze(part), at + 1);
            assertThat(next).as(part + " after the part before it").isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void theCoverNamesTheReviewNotTheSession() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(3, 4)))) {
            String cover = Pdfs.pageText(doc, 1);
            Pdfs.assertContains(cover, "苏州市环境监察稽查报告", "稽查单位", "苏州市环境保护局", "报告日期");
            assertThat(cover).doesNotContain("suzhou-2016-10").doesNotContain("稽查会话");
        }
    }

    @ParameterizedTest(name = "{0} files per unit, {1} findings")
    @CsvSource({"3, 0", "3, 7", "11, 40", "30, 0", "30, 100"})
    void noPageEndsOnAHeading(int files, int findings) throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(files, findings)))) {
            assertThat(Pdfs.pagesEndingOnAHeading(doc)).isEmpty();
        }
    }

    @Test
    void documentNumbersAndIdsAreNeverBrokenAcrossLines() throws IOException {
        ReviewReportModel m = ReportFixtures.review(30, 100);
        try (PDDocument doc = Pdfs.open(report(m))) {
            List<String> lines = new java.util.ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Pdfs.bodyLines(doc, p).forEach(l -> lines.add(Pdfs.squeeze(l)));
            }
            List<String> ids = new java.util.ArrayList<>(m.files().stream().map(ReviewReportModel.ReviewedFile::id).toList());
            m.problems().forEach(g -> ids.addAll(g.files()));
            for (String id : ids) {
                assertThat(lines).as(id).anyMatch(l -> l.contains(id));
            }
        }
    }

    @Test
    void everyPageSaysItsNumberAndTheTotal() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(30, 100)))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (int p = 1; p <= pages; p++) {
                String text = Pdfs.pageText(doc, p);
                Pdfs.assertContains(text, "第 " + p + " 页 共 " + pages + " 页");
                Pdfs.assertContains(text, "日志 " + ReportFixtures.HEAD.substring(0, 12));
            }
            long pagesWithTheWholeHead = java.util.stream.IntStream.rangeClosed(1, pages).filter(p -> {
                try {
                    return Pdfs.squeeze(Pdfs.pageText(doc, p)).contains(ReportFixtures.HEAD);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
            assertThat(pagesWithTheWholeHead).as("only the appendix prints the whole journal head").isEqualTo(1);
        }
    }

    @Test
    void metadataNamesTitleTeamSessionAndJournalHead() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(3, 4)))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("苏州市环境监察稽查报告");
            assertThat(info.getAuthor()).isEqualTo("张建华、李明、王晓燕");
            assertThat(info.getSubject()).contains("suzhou-2016-10", ReportFixtures.HEAD);
            assertThat(info.getKeywords()).contains("suzhou-2016-10", ReportFixtures.HEAD);
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(3, 4)))) {
            Map<String, PDFont> fonts = Pdfs.fonts(doc);
            assertThat(fonts).isNotEmpty();
            for (Map.Entry<String, PDFont> e : fonts.entrySet()) {
                assertThat(e.getKey()).matches("[A-Z]{6}\\+.+");
                assertThat(Pdfs.embedded(e.getValue())).as(e.getKey()).isTrue();
            }
        }
    }

    @Test
    void scoreChartsAreVectorFormsNotImages() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(30, 0)))) {
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    assertThat(x).isNotInstanceOf(PDImageXObject.class);
                    if (x instanceof PDFormXObject form && form.getBBox().getWidth() == ScoreChart.WIDTH) {
                        forms++;
                    }
                }
            }
            // issue 23: one chart per kind of file across the units, not one per unit
            assertThat(forms).isEqualTo(1);
            String text = Pdfs.text(report(ReportFixtures.review(30, 0)));
            Pdfs.assertContains(text, "行政处罚案卷得分分布（4个单位，共120卷）", "卷数", "<60/否决", "95-100", "未提出整改问题。");
            assertThat(text).doesNotContain("吴江区行政处罚案卷得分分布");
        }
    }

    @Test
    void scoreBandsCountEveryScoreOnce() {
        int[] bands = ScoreChart.bands(List.of(new java.math.BigDecimal("59.5"), new java.math.BigDecimal("60"),
                new java.math.BigDecimal("64.5"), new java.math.BigDecimal("95"), new java.math.BigDecimal("100")));
        assertThat(bands).containsExactly(1, 2, 0, 0, 0, 0, 0, 0, 2);
    }

    @Test
    void englishSessionGetsEnglishLabels() throws IOException {
        ReviewReportModel zh = ReportFixtures.review(3, 4);
        ReviewReportModel en = ReportFixtures.with(zh, ReportFixtures.provenance(Locale.ENGLISH), "Review report",
                zh.findings());
        try (PDDocument doc = Pdfs.open(report(en))) {
            String first = Pdfs.pageText(doc, 1);
            Pdfs.assertContains(first, "Review report", "Period", "10 October 2016 to 13 October 2016",
                    "Page 1 of " + doc.getNumberOfPages());
        }
        Pdfs.assertContains(Pdfs.text(report(en)), "5. Requirements", ". Required: ", "Journal " + ReportFixtures.HEAD.substring(0, 12),
                "Appendix: sampling and how to re-check it");
    }

    @Test
    void reportWithNothingReviewedYetStillRendersEverySection() throws IOException {
        ReviewReportModel empty = new ReviewReportModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "稽查报告（草稿）",
                ReportFixtures.FROM, ReportFixtures.TO, List.of("吴江区"), null, null,
                new ReviewReportModel.Overview(List.of(), 0, null, null), Map.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (PDDocument doc = Pdfs.open(report(empty))) {
            String text = Pdfs.text(report(empty));
            Pdfs.assertContains(text, "稽查报告（草稿）", "一、基本情况", "二、主要做法和成效", "（稽查组未写本部分。）", "三、评查结果",
                    "四、存在的主要问题", "评查的文件未发现扣分。", "五、整改要求", "未提出整改问题。", "六、下一步工作",
                    "年 月 日", "附表", "无修订。", "共 " + doc.getNumberOfPages() + " 页");
        }
    }
}
