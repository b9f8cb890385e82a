package io.jicha.report;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .docx documents read back as a word processor reads them: the 公文 page, grid and fonts in the
 * package's XML, the words through POI's extractor, and the same bytes for the same model whatever
 * the clock and the time zone.
 */
class DocxDocumentsTest {

    private static final DocxFonts FONTS = DocxFonts.configured();

    private static NoticeModel notice() {
        return ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5).with(new NoticeModel.Layout(NoticeModel.Form.FILE,
                true, null, List.of("江苏省环境保护厅", "吴江区人民政府"), null, null));
    }

    private static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return Pdfs.squeeze(extractor.getText());
        }
    }

    @Test
    void theSameNoticeGivesTheSameBytesAtAnotherTimeInAnotherZone() throws Exception {
        byte[] first = new NoticeDocx(FONTS).bytes(notice());
        TimeZone zone = TimeZone.getDefault();
        try {
            Thread.sleep(1100);   // a clock time in the package would differ by now
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(new NoticeDocx(FONTS).bytes(notice())).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
            }
        }
        String core = part(first, "docProps/core.xml");
        assertThat(core).contains("2016-10-20T00:00:00Z").contains(ReportFixtures.HEAD)
                .contains("苏州市环境保护局关于吴江区环境监察稽查发现问题整改的通知 苏环稽〔2016〕3号");
    }

    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        ReviewReportModel model = ReportFixtures.review(6, 4);
        byte[] first = new ReviewReportDocx(FONTS).bytes(model);
        Thread.sleep(1100);
        assertThat(new ReviewReportDocx(FONTS).bytes(model)).isEqualTo(first);
        assertThat(text(first)).contains(Pdfs.squeeze(model.title()), "一、基本情况", "三、评查结果", "五、整改要求",
                "附表抽查文件评查结果", ReportFixtures.HEAD);
    }

    /** 5.2.1, 5.2.2, 7.5: the page, the grid and the page numbers as Word and WPS read them. */
    @Test
    void noticeIsOnTheGbPageWithItsGridFontsAndPageNumbers() throws IOException {
        byte[] docx = new NoticeDocx(FONTS).bytes(notice());
        String document = part(docx, "word/document.xml");
        assertThat(document).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
                .contains("w:top=\"2098\" w:bottom=\"1984\" w:left=\"1587\" w:right=\"1474\"")
                .contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>")
                .contains("<w:type w:val=\"evenPage\"/>")
                .contains("w:eastAsia=\"方正小标宋简体\"").contains("w:eastAsia=\"仿宋_GB2312\"")
                .contains("w:eastAsia=\"黑体\"").contains("w:eastAsia=\"楷体_GB2312\"")
                .contains("w:color w:val=\"E60012\"");
        assertThat(part(docx, "word/settings.xml")).contains("evenAndOddHeaders");
        String footers = part(docx, "word/footer1.xml") + part(docx, "word/footer2.xml");
        assertThat(footers).contains(" PAGE ").contains("<w:jc w:val=\"right\"/>").contains("<w:jc w:val=\"left\"/>");
    }

    @Test
    void noticeSaysWhatThePdfSays() throws IOException {
        String text = text(new NoticeDocx(FONTS).bytes(notice()));
        assertThat(text).contains("苏州市环境保护局文件", "苏环稽〔2016〕3号", "吴江区环境保护局：",
                "一、现场监察记录未载明企业污染治理设施运行情况，检查内容不完整。涉及案卷：吴环罚字〔2016〕40号。",
                "整改要求：", "整改期限：2016年11月14日前。", "特此通知。", "附件：问题清单", "2016年10月20日",
                "序号存在的问题涉及案卷评查标准整改期限");
        // the 版记 is in the last page's footer, which the extractor reads too
        assertThat(text).contains("抄送：江苏省环境保护厅，吴江区人民政府。", "苏州市环境保护局办公室", "2016年10月20日印发");
    }

    @Test
    void officeFontNamesCanBeConfigured() throws IOException {
        String before = System.getProperty("jicha.docx.font.body");
        try {
            System.setProperty("jicha.docx.font.body", "FangSong");
            String document = part(new NoticeDocx(DocxFonts.configured()).bytes(notice()), "word/document.xml");
            assertThat(document).contains("w:eastAsia=\"FangSong\"").doesNotContain("仿宋_GB2312");
        } finally {
            if (before == null) {
                System.clearProperty("jicha.docx.font.body");
            } else {
                System.setProperty("jicha.docx.font.body", before);
            }
        }
    }

    @Test
    void theLetterFormIsRefusedBeforeAnythingIsWritten() {
        NoticeModel letter = notice().with(new NoticeModel.Layout(NoticeModel.Form.LETTER, true, null, List.of(), null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NoticeDocx(FONTS).bytes(letter))
                .isInstanceOf(io.jicha.common.UserError.class);
    }
}
