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
        Pdfs.assertContains(text, "五、发现的问题及整改要求", "现场监察记录未载明企业污染治理设施运行情况，检查内容不完整。",
                "整改要求：完善现场监察记录格式", "整改期限：2016年11月14日");
        Pdfs.assertContains(text, "CF4-2016-030", "sha256sum", "七、稽查组签字", "王晓燕");
    }

    @Test
    void everyPageSaysItsNumberAndTheTotal() throws IOException {
        try (PDDocument doc = Pdfs.open(report(ReportFixtures.review(30, 100)))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (int p = 1; p <= pages; p++) {
                String text = Pdfs.pageText(doc, p);
                Pdfs.assertContains(text, "第 " + p + " 页 共 " + pages + " 页");
                Pdfs.assertContains(text, "日志链头 " + ReportFixtures.HEAD);
            }
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
            assertThat(forms).isEqualTo(ReportFixtures.UNITS.size());
            String text = Pdfs.text(report(ReportFixtures.review(30, 0)));
            Pdfs.assertContains(text, "吴江区行政处罚案卷得分分布", "<60/否决", "95-100", "未发现问题。");
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
        ReviewReportModel en = new ReviewReportModel(ReportFixtures.provenance(Locale.ENGLISH), "Review report",
                zh.from(), zh.to(), zh.units(), zh.rubrics(), zh.draws(), zh.results(), zh.files(), zh.unitDocuments(),
                zh.findings(), zh.amendments());
        try (PDDocument doc = Pdfs.open(report(en))) {
            String first = Pdfs.pageText(doc, 1);
            Pdfs.assertContains(first, "Review report", "Period", "10 October 2016 to 13 October 2016",
                    "Page 1 of " + doc.getNumberOfPages());
        }
        Pdfs.assertContains(Pdfs.text(report(en)), "5. Findings and requirements", "Requirement: ", "Journal head ");
    }

    @Test
    void reportWithNothingReviewedYetStillRendersEverySection() throws IOException {
        ReviewReportModel empty = new ReviewReportModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "稽查报告（草稿）",
                ReportFixtures.FROM, ReportFixtures.TO, List.of("吴江区"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        try (PDDocument doc = Pdfs.open(report(empty))) {
            String text = Pdfs.text(report(empty));
            Pdfs.assertContains(text, "稽查报告（草稿）", "一、稽查方法", "二、评查结果", "三、评查案卷一览", "四、单位资料审查",
                    "未发现问题。", "无修订。", "七、稽查组签字", "共 " + doc.getNumberOfPages() + " 页");
        }
    }
}
