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
 * session todo and undo through real child processes, in each terminal language: the to-do view
 * follows the journal, undo takes back the auditor's own last change (with the finding a deduction
 * proposed) by appending a compensating event, never by removing a line, and refuses what is not
 * the auditor's to take back.
 */
@Tag("process")
class UndoAndTodoTest {

    private static final String FILE = "吴环罚字〔2016〕37号";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "JICHA_LANG={0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | to score: | took back event 7: file 吴环罚字〔2016〕37号: scoring done | took back event 5: file 吴环罚字〔2016〕37号, criterion C6: points off: 卷内无现场照片; with event 6: proposed finding F-001 | 李四 has no change to take back | after event 4, 李四 recorded event 10 | nothing left
            zh | 待评查：     | 已撤销第 7 条事件：案卷 吴环罚字〔2016〕37号 评查完成         | 已撤销第 5 条事件：案卷 吴环罚字〔2016〕37号 评查项 C6 扣分：卷内无现场照片；连同第 6 条：提出问题 F-001 | 李四 没有可撤销的更改 | 第 4 条事件之后，李四 已记录第 10 条事件 | 全部完成
            """)
    void todoFollowsTheJournalAndUndoTakesBackOnlyTheAuditorsOwnLastChange(String lang, String toScore, String undoDone,
            String undoDeduction, String nothingToUndo, String othersSince, String nothingLeft) throws Exception {
        Path ws = dir.resolve("ws");
        JichaProcess zhang = new JichaProcess(ws, Map.of("JICHA_LANG", lang, "JICHA_AUDITOR", "张三",
                "JICHA_CLOCK", "2016-10-11T01:00:00Z"));
        JichaProcess li = new JichaProcess(ws, Map.of("JICHA_LANG", lang, "JICHA_AUDITOR", "李四",
                "JICHA_CLOCK", "2016-10-11T01:00:00Z"));
        JichaProcess.Result setup = zhang.script(dir.resolve("setup.jicha"), List.of(
                "session new --name undo --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 3 --seed 2016-10-10-吴江区",
                "score deduct C6 --record " + FILE + " --unit 吴江区 --times 1 --note 卷内无现场照片 --on 2016-10-11",
                "score done " + FILE + " --unit 吴江区 --on 2016-10-11"));
        assertThat(setup.exit()).as(setup.err()).isZero();
        Path journal = ws.resolve("undo").resolve("journal.jsonl");
        List<String> before = Files.readAllLines(journal, StandardCharsets.UTF_8);
        assertThat(before).hasSize(7);

        JichaProcess.Result todo = ok(zhang.run("session", "todo"));
        assertThat(todo.out()).contains(toScore).contains("吴环罚字〔2016〕28号").doesNotContain(FILE);

        assertThat(ok(zhang.run("undo")).out()).contains(undoDone);
        assertThat(ok(zhang.run("session", "todo")).out()).as("the file is to score again").contains(FILE);
        assertThat(ok(zhang.run("undo")).out()).contains(undoDeduction);
        assertThat(ok(zhang.run("finding", "list")).out()).doesNotContain("F-001");
        assertThat(ok(zhang.run("score", "show", FILE, "--unit", "吴江区")).out()).doesNotContain("卷内无现场照片");

        List<String> after = Files.readAllLines(journal, StandardCharsets.UTF_8);
        assertThat(after).as("undo appends; nothing is removed").hasSize(9).startsWith(before.toArray(String[]::new));
        assertThat(after.get(8)).contains("\"type\":\"session.undone\"").contains("\"seq\":5").contains("\"with\":[6]");
        ok(zhang.run("journal", "verify"));

        JichaProcess.Result refused = li.run("undo");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip()).contains(nothingToUndo).doesNotContain("\n").doesNotContain("Exception");

        ok(li.run("score", "done", FILE, "--unit", "吴江区", "--on", "2016-10-11"));
        JichaProcess.Result othersRefused = zhang.run("undo");
        assertThat(othersRefused.exit()).isNotZero();
        assertThat(othersRefused.err()).contains(othersSince);
        assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8)).hasSize(10);

        for (String id : List.of("吴环罚字〔2016〕28号", "吴环罚字〔2016〕45号")) {
            ok(li.run("score", "done", id, "--unit", "吴江区", "--on", "2016-10-11"));
        }
        assertThat(ok(li.run("session", "todo")).out()).contains(nothingLeft);
    }

    private static JichaProcess.Result ok(JichaProcess.Result r) {
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        return r;
    }
}
