package io.jicha.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 整改情况报告's ledger table (seven columns in 五号) lists in 佐证材料 the files kept with an item:
 * a photo's name (IMG_20161010_094512.jpg) and its hash. The column is too narrow for a whole name, so
 * a name breaks only after its _ and each part stands whole on a line (094512.jpg, never 094512 / .jpg),
 * and a hash stands whole. Read back with poppler's pdftotext, line by line.
 */
class GongwenTableWordsTest {

    private static final PdfFonts FONTS = PdfFonts.system();

    @TempDir
    Path dir;

    @Test
    void aPhotosNameBreaksOnlyAfterItsUnderscoresAndItsHashStandsWhole() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("1", "卷内缺少采样单，超标排放的监测数据来源无法印证，案卷评为不合格。",
                "重新调取在线监测数据和监测报告补入卷宗，对办案人员进行通报批评", "已销号", "2016年11月9日", "现场复查",
                "IMG_20161010_094512.jpg\nb2768864c428\nIMG_20161010_094630.jpg\n27f0b4015980"));
        rows.add(List.of("2", "双随机抽查第二、三季度的抽查结果未在网站公开。", "在区局网站公开第二、三季度双随机抽查结果",
                "已销号", "2016年11月9日", "书面核查", "—"));
        GongwenModel model = new GongwenModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "吴环〔2016〕101号",
                "苏州市吴江区环境保护局", "苏州市吴江区环境保护局关于稽查发现问题整改情况的报告", "苏州市环境保护局",
                List.of(GongwenModel.Paragraph.of(GongwenModel.Span.body("现将整改情况报告如下。"))),
                List.of(new GongwenModel.Attachment("稽查发现问题整改台账", List.of(new GongwenModel.Table("吴江区",
                        new float[] {5, 27, 24, 11, 13, 10, 10},
                        List.of("序号", "问题", "整改措施", "状态", "销号日期", "核查方式", "佐证材料"), rows)))),
                LocalDate.of(2016, 12, 31), null);
        Path pdf = dir.resolve("report.pdf");
        new GongwenPdf(FONTS).write(model, pdf, true);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(raw).isZero();
        List<String> lines = raw.lines().map(l -> l.replaceAll("\\s+", "")).toList();

        assertThat(lines).as("each part of the names and each hash whole on a line")
                .anyMatch(l -> l.contains("094512.jpg")).anyMatch(l -> l.contains("094630.jpg"))
                .anyMatch(l -> l.contains("20161010_")).anyMatch(l -> l.contains("IMG_"))
                .anyMatch(l -> l.contains("b2768864c428")).anyMatch(l -> l.contains("27f0b4015980"));
        assertThat(lines).as("a name's part never cut").noneMatch(l -> l.endsWith("IMG_20161") || l.startsWith(".jpg")
                || l.startsWith("0.jpg") || l.startsWith("010_"));
    }
}
