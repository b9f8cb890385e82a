package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminal prints the evaluation's sentences and names a unit's documents in the session's
 * language, as the session's documents word them, whatever the terminal's language (issue 22: the
 * words come from the bundles, report/EvaluationWords and the score bundle): `sample evaluate`,
 * `sample evaluate --all-units`, `session summary` and the score lines, through the real shell.
 */
@Tag("process")
class EvaluationInTheSessionsLanguageTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "session {0}, terminal {1}")
    @CsvSource({"en,zh", "zh-CN,en"})
    void theSentencesFollowTheSessionNotTheTerminal(String locale, String terminal) throws Exception {
        Path csv = Files.writeString(dir.resolve("cases.csv"), "案号,立案日期,企业名称\n"
                + "吴环罚字〔2016〕1号,2016-01-15,甲公司\n吴环罚字〔2016〕2号,2016-02-15,乙公司\n"
                + "吴环罚字〔2016〕3号,2016-03-15,丙公司\n", StandardCharsets.UTF_8);
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三", "JICHA_LANG", terminal));
        JichaProcess.Result r = jicha.script(dir.resolve("t.jicha"), List.of(
                "session new --name t --period 2016-10-10..2016-10-13 --units 吴江区,太仓市 --team 张三 --locale " + locale,
                "rubric load penalty-case",
                "rubric load unit-documents",
                "records import " + csv + " --unit 吴江区 --kind penalty-case",
                "records import " + csv + " --unit 太仓市 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 2 --seed s1",
                "sample draw --unit 太仓市 --kind penalty-case --size 2 --seed s1",
                "score done 吴环罚字〔2016〕2号 --unit 吴江区 --on 2016-10-11",
                "score done 吴环罚字〔2016〕2号 --unit 太仓市 --on 2016-10-11",
                "review deduct A3 --unit 吴江区 --times 1 --note 无阶段性总结 --on 2016-10-12",
                "sample evaluate",
                "sample evaluate --all-units",
                "session summary"));
        assertThat(r.exit()).as(r.err()).isZero();
        if (locale.equals("en")) {
            assertThat(r.out())
                    .contains("  with 95% confidence, no more than 66.7% of 吴江区's penalty case files fail"
                            + " (at most 2 of 3; 0 of 1 sampled file failed)")
                    .contains("  the 2 units reviewed together, 6 penalty case files, 2 sampled, 0 failed:"
                            + " with 95% confidence, no more than 4 fail (66.7%)")
                    .contains("吴江区 unit documents")
                    .doesNotContain("置信");
        } else {
            assertThat(r.out())
                    .contains("  在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过66.7%（3卷中至多2卷不合格；抽查1卷，不合格0卷）")
                    .contains("  被稽查单位合计（2个单位）行政处罚案卷6卷，抽查2卷，不合格0卷；以95%的置信度，不合格案卷不超过4卷（66.7%）")
                    .contains("吴江区 单位资料: A3 −4 → 96 / 100")
                    .doesNotContain("confidence,");
        }
    }
}
