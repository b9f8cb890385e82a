package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Left-out positional arguments (they reach the command as empty strings) mean the open file or
 * the unit under review: 'score done', 'score show', 'review done', 'review show', 'report sheet --unit U'.
 */
@Tag("process")
class OpenTargetScriptTest {

    @TempDir
    Path dir;

    @Test
    void scoreAndReviewVerbsWithoutAnIdApplyToTheOpenFileAndTheUnitUnderReview() throws Exception {
        Path csv = dir.resolve("penalties.csv");
        Files.writeString(csv, """
                案号,立案日期,企业名称,行业
                吴环罚字〔2016〕1号,2016-01-02,吴江市盛新印染有限公司,印染
                """, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("user.dir"));
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        JichaProcess.Result r = jicha.script(dir.resolve("t.jicha"), List.of(
                "session new --name t --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "rubric load " + root.resolve("rubrics/penalty-case.yaml"),
                "rubric load " + root.resolve("rubrics/unit-documents.yaml"),
                "records import " + csv + " --unit 吴江区 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 1 --seed s1",
                "score open 吴环罚字〔2016〕1号",
                "score deduct C6 --times 2 --note 无现场照片 --on 2016-10-11",
                "score show",
                "score done --on 2016-10-11",
                "review unit 吴江区",
                "review deduct A3 --times 1 --note 无阶段性总结 --on 2016-10-12",
                "review show",
                "review done --on 2016-10-12",
                "report sheet --unit 吴江区 --out " + dir.resolve("sheet.pdf")));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("吴环罚字〔2016〕1号 reviewed: 98 / 100")
                .contains("吴江区 单位资料").contains("reviewed: 96 / 100");
        assertThat(dir.resolve("sheet.pdf")).exists();
        JichaProcess.Result late = jicha.run("score", "deduct", "C5", "--record", "吴环罚字〔2016〕1号", "--times", "1",
                "--note", "x");
        assertThat(late.exit()).as("today is not in the period of 2016: the day must be given").isNotZero();
        assertThat(late.err().strip()).contains("--on yyyy-MM-dd").doesNotContain("\n").doesNotContain("Exception");
        JichaProcess.Result early = jicha.run("report", "review", "--out", dir.resolve("r.pdf").toString(),
                "--date", "2016-10-01");
        assertThat(early.exit()).as("a report dated before the review").isNotZero();
        assertThat(early.err().strip()).contains("2016-10-01").contains("2016-10-10").doesNotContain("\n");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }
}
