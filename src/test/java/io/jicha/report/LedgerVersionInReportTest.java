package io.jicha.report;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26: a ledger imported again is a new version of the population; a draw made before keeps its
 * version, and both {@code sample show} and the review report's appendix (below the table of draws) say
 * which version each draw used, in the terminal's and the document's language.
 */
@Tag("process")
class LedgerVersionInReportTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh | zh-CN | 吴江区 行政处罚案卷 的抽样（日志第 4 条）抽自台账第 1 版（newcomer-ledger.xlsx）"
                    + " | 台账重新导入过的，抽样所用的台账版本：吴江区行政处罚案卷用第 1 版（newcomer-ledger.xlsx）。",
            "en | en | the draw of 吴江区 penalty-case (journal #4) was made from ledger version 1 (newcomer-ledger.xlsx)"
                    + " | Where a ledger was imported again, the version each draw used: 吴江区, penalty-case: version 1 (newcomer-ledger.xlsx)."})
    void aDrawFromTheFirstVersionSaysSoAfterTheLedgerWasImportedAgain(String lang, String locale, String shown,
                                                                   String inReport) throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        JichaProcess.Result r = new JichaProcess(tmp.resolve("ws"), Map.of("JICHA_LANG", lang)).script(tmp.resolve("s.jicha"), List.of(
                "session new --name v --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三 --locale " + locale,
                "rubric load penalty-case",
                "records import src/test/resources/xlsx/newcomer-ledger.xlsx --unit 吴江区 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 5 --seed 2016-10-10-吴江区",
                "records import src/test/resources/xlsx/newcomer-ledger-updated.xlsx --unit 吴江区 --kind penalty-case",
                "sample show",
                "report review --out " + pdf));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(shown);

        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s", "");
        assertThat(p.waitFor()).isZero();
        assertThat(text).as("the line below the table of draws, spaces aside (pdftotext breaks its lines)")
                .contains(inReport.replaceAll("\\s", ""));
    }
}
