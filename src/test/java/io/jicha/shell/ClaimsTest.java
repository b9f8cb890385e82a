package io.jicha.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.jicha.support.JichaProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * score open through real one-shot child processes, in each terminal language: the session
 * remembers the auditor's open file from one process to the next (score.opened), the file is held
 * for its auditor (score status, session todo), another auditor's change is refused in one line
 * without --override --reason and recorded with them, score done (also with --record) ends the
 * hold, and a veto reads the same in the echo and in score done.
 */
@Tag("process")
class ClaimsTest {

    private static final String FILE = "吴环罚字〔2016〕37号";
    private static final String OTHER = "吴环罚字〔2016〕28号";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "JICHA_LANG={0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | is open with 张三    | auditor | 吴环罚字〔2016〕37号 (open with 张三) | went past 张三's hold (recorded): 张三外出 | → vetoed / 100 | reviewed: vetoed / 100 | no file is open | let go of 吴环罚字〔2016〕28号 (held by 李四)
            zh | 由 张三 打开评查中 | 评查人  | 吴环罚字〔2016〕37号（张三 评查中）   | 已越过 张三 的评查（记录在案）：张三外出  | → 否决 / 100   | 评查完成：否决 / 100   | 没有正在评查的案卷 | 已放开 吴环罚字〔2016〕28号（原由 李四 评查）
            """)
    void theOpenFileHoldsAcrossProcessesAndIsHeldForItsAuditor(String lang, String held, String holderHeader,
            String todoHeld, String overridden, String vetoEcho, String vetoDone, String noneOpen, String released)
            throws Exception {
        Path ws = dir.resolve("ws");
        Map<String, String> common = Map.of("JICHA_LANG", lang, "JICHA_CLOCK", "2016-10-11T01:00:00Z");
        JichaProcess zhang = new JichaProcess(ws, with(common, "张三"));
        JichaProcess li = new JichaProcess(ws, with(common, "李四"));
        ok(zhang.script(dir.resolve("setup.jicha"), List.of(
                "session new --name claims --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 3 --seed 2016-10-10-吴江区")));
        Path journal = ws.resolve("claims").resolve("journal.jsonl");

        // one process opens, the next deducts without naming the file
        ok(zhang.run("score", "open", FILE, "--unit", "吴江区"));
        ok(zhang.run("score", "deduct", "C6", "--times", "1", "--note", "卷内无现场照片", "--on", "2016-10-11"));
        assertThat(ok(zhang.run("score", "show")).out()).contains(FILE).contains("卷内无现场照片");

        JichaProcess.Result status = ok(li.run("score", "status"));
        assertThat(status.out()).contains(holderHeader).contains(FILE).contains("张三");
        assertThat(ok(li.run("session", "todo")).out()).contains(todoHeld);

        int lines = Files.readAllLines(journal, StandardCharsets.UTF_8).size();
        for (List<String> change : List.of(
                List.of("score", "deduct", "B1", "--record", FILE, "--unit", "吴江区", "--times", "1", "--note", "x", "--on", "2016-10-11"),
                List.of("score", "done", "--record", FILE, "--unit", "吴江区", "--on", "2016-10-11"),
                List.of("score", "open", FILE, "--unit", "吴江区"),
                List.of("score", "release", FILE, "--unit", "吴江区"),
                List.of("score", "deduct", "B1", "--record", FILE, "--unit", "吴江区", "--times", "1", "--note", "x", "--on", "2016-10-11",
                        "--override"))) {
            JichaProcess.Result refused = li.run(change.toArray(String[]::new));
            assertThat(refused.exit()).as(String.join(" ", change)).isNotZero();
            assertThat(refused.err().strip()).contains(FILE).contains("张三").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8)).as("nothing written by a refusal").hasSize(lines);

        JichaProcess.Result past = ok(li.run("score", "deduct", "B1", "--record", FILE, "--unit", "吴江区", "--times", "1", "--note",
                "立案审批表未填写案件来源", "--on", "2016-10-11", "--override", "--reason", "张三外出"));
        assertThat(past.out()).contains(overridden);
        List<String> after = Files.readAllLines(journal, StandardCharsets.UTF_8);
        assertThat(after.get(lines)).contains("\"type\":\"score.claim-overridden\"").contains("\"holder\":\"张三\"")
                .contains("张三外出");
        assertThat(after.get(lines + 1)).contains("\"type\":\"score.deducted\"");
        assertThat(ok(li.run("score", "status")).out()).as("the hold stays with 张三").contains("张三");

        assertThat(ok(zhang.run("score", "veto", "A3", "--note", "缺少采样单", "--on", "2016-10-11")).out())
                .contains(vetoEcho);
        assertThat(ok(zhang.run("score", "done", "--record", FILE, "--unit", "吴江区", "--on", "2016-10-11")).out())
                .contains(vetoDone);
        assertThat(ok(zhang.run("score", "status")).out()).as("score done ends the hold").contains(noneOpen);
        JichaProcess.Result nothingOpen = zhang.run("score", "show");
        assertThat(nothingOpen.exit()).as("nothing open once done").isNotZero();

        ok(li.run("score", "open", OTHER, "--unit", "吴江区"));
        assertThat(ok(li.run("score", "release")).out()).contains(released);
        assertThat(ok(li.run("score", "status")).out()).contains(noneOpen);
        ok(zhang.run("journal", "verify"));
        ok(zhang.run("session", "fsck"));
    }

    private static Map<String, String> with(Map<String, String> common, String auditor) {
        Map<String, String> m = new java.util.HashMap<>(common);
        m.put("JICHA_AUDITOR", auditor);
        return m;
    }

    private static JichaProcess.Result ok(JichaProcess.Result r) {
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        return r;
    }
}
