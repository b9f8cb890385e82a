package io.jicha.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 问题清单's 涉及案卷 column holds, under the case files, the evidence kept with a finding: a file's
 * name, the time it was taken and its hash. Read back with poppler's pdftotext, line by line: a name and
 * a hash stand whole on one line (the column widens for them, as far as the problems keep a fifth of the
 * width), and a name too long for any column breaks only after its _, never inside a part.
 */
class NoticeFilesColumnTest {

    private static final PdfFonts FONTS = PdfFonts.system();

    /** As the example's 吴江区 notice has it (examples/suzhou-2016-review, evidence add). */
    private static final String PHOTO = "IMG_20161010_094512.jpg";
    private static final String HASH = "b2768864c428";

    @TempDir
    Path dir;

    private static NoticeModel notice(Locale locale, List<String> evidence) {
        return new NoticeModel(ReportFixtures.provenance(locale), "苏环稽〔2016〕21号", "吴江区环境保护局",
                "2016年环境执法大练兵监察稽查", ReportFixtures.FROM, ReportFixtures.TO, List.of(
                new NoticeModel.Item("卷内缺少采样单，超标排放的监测数据来源无法印证，案卷评为不合格。", "补充采样单",
                        LocalDate.of(2016, 11, 3), false, List.of("吴环罚字〔2016〕45号"), "A3 违法事实清楚，证据确凿、充分",
                        evidence),
                new NoticeModel.Item("双随机抽查第二、三季度的抽查结果未在网站公开。", "公开抽查结果",
                        LocalDate.of(2016, 11, 10), false, List.of(), "B3 双随机抽查有抽取过程和结果记录，并按规定公开")),
                "苏州市环境保护局", LocalDate.of(2016, 10, 20));
    }

    /** pdftotext's lines of the PDF, each without its spaces. */
    private List<String> lines(NoticeModel model) throws Exception {
        Path pdf = dir.resolve("notice.pdf");
        new RectificationNoticePdf(FONTS).write(model, pdf, true);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(raw).isZero();
        return raw.lines().map(l -> l.replaceAll("\\s+", "")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anEvidenceFilesNameAndHashStandWholeOnALineOfTheColumn(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        List<String> lines = lines(notice(locale, List.of(
                PHOTO + "（拍摄于 2016-10-10 09:45，哈希 " + HASH + "）",
                "IMG_20161010_094630.jpg（拍摄于 2016-10-10 09:46，哈希 27f0b4015980）")));
        assertThat(lines).as("%s: the names and hashes, each on one line", locale)
                .anyMatch(l -> l.contains(PHOTO)).anyMatch(l -> l.contains("IMG_20161010_094630.jpg"))
                .anyMatch(l -> l.contains(HASH)).anyMatch(l -> l.contains("27f0b4015980"))
                .anyMatch(l -> l.contains("吴环罚字〔2016〕45号"));
    }

    @Test
    void aNameLongerThanTheColumnBreaksOnlyAfterAnUnderscore() throws Exception {
        String parts = "IMG_20161010_094512_DCIM_100ANDRO_SUZHOU_WUJIANG_ENVIRONMENTAL_INSPECTION_PHOTO_0001.jpg";
        List<String> lines = lines(notice(Locale.SIMPLIFIED_CHINESE, List.of(parts + "（哈希 " + HASH + "）")));
        assertThat(String.join("", lines)).contains(parts);
        assertThat(lines).as("the name is wider than the column").noneMatch(l -> l.contains(parts));
        for (String part : parts.split("_")) {
            assertThat(lines).as("'%s' whole on one line", part).anyMatch(l -> l.contains(part));
        }
        // every line holding a piece of the name that goes on in the next ends where an _ was
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            for (int cut = 1; cut < parts.length(); cut++) {
                if (line.endsWith(parts.substring(0, cut)) && next.startsWith(parts.substring(cut, Math.min(parts.length(), cut + 6)))
                        && cut >= 6) {
                    assertThat(parts.charAt(cut - 1)).as("a break after '%s'", parts.substring(0, cut)).isEqualTo('_');
                }
            }
        }
    }
}
