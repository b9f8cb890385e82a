package io.jicha.stats;

import io.jicha.support.JichaProcess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The October 2016 example through the real shell: the published figures, as terminal text, CSV and PDF. */
@Tag("process")
class StatsSummaryCommandTest {

    @TempDir
    Path dir;

    @Test
    void summaryScriptReproducesThePublishedTableInTextCsvAndPdf() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> lines = Files.readAllLines(Path.of("examples/suzhou-2016-10/summary.jicha"), StandardCharsets.UTF_8)
                .stream().map(l -> l.replace(" out/", " " + out + "/")).toList();
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        JichaProcess.Result r = jicha.script(dir.resolve("summary.jicha"), lines);
        assertThat(r.exit()).as(r.err()).isZero();
        String total = r.out().lines().filter(l -> l.startsWith("1 ")).findFirst().orElseThrow();
        assertThat(total).endsWith("3759");
        assertThat(r.out()).contains("814.4").doesNotContain("814.40").contains("9369");

        byte[] csv = Files.readAllBytes(out.resolve("summary-2016-10.csv"));
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(csv[1] & 0xff).isEqualTo(0xBB);
        assertThat(csv[2] & 0xff).isEqualTo(0xBF);
        List<String> rows = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("1,检查企业（厂次）,520,430,").endsWith(",3759"));
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("4,罚款金额（万元）,").endsWith(",814.4"));
        assertThat(rows).anySatisfy(l -> assertThat(l).contains("合计").endsWith(",10"));

        try (PDDocument pdf = Loader.loadPDF(out.resolve("summary-2016-10.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("执法大练兵情况汇总表").contains("3759").contains("9369").contains("814.4").contains("常熟市");
            // issue 23: the seed's title and month line, its figures unpadded, 填报人 and 联系电话 lines
            assertThat(text).contains("苏州市执法大练兵情况汇总表").contains("2016年10月").doesNotContain("814.40")
                    .contains("填报人：李四").contains("联系电话：");
        }

        // issue 23: the example runs again (a fresh workspace, out/ already holding its files): --force rewrites them
        JichaProcess again = new JichaProcess(dir.resolve("ws2"), Map.of("JICHA_AUDITOR", "张三"));
        JichaProcess.Result second = again.script(dir.resolve("summary-again.jicha"), lines);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out().lines().filter(l -> l.startsWith("wrote ") && l.contains("summary-2016-10."))).hasSize(2);

        JichaProcess.Result badMonth = jicha.run("stats", "summary", "--month", "2016-13");
        assertThat(badMonth.exit()).isNotZero();
        assertThat(badMonth.err().strip().lines()).hasSize(1);
        assertThat(badMonth.err()).contains("2016-13");
        JichaProcess.Result exists = jicha.run("stats", "summary", "--month", "2016-10", "--csv",
                out.resolve("summary-2016-10.csv").toString());
        assertThat(exists.exit()).isNotZero();
        assertThat(exists.err()).contains("--force");
    }
}
