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

/** One-shot commands and scripts in a real child JVM: exit statuses, one-line errors, no stack traces. */
@Tag("process")
class NonInteractiveTest {

    @TempDir
    Path dir;

    @Test
    void successExitsZeroAndFailureExitsNonZeroWithOneLine() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        JichaProcess.Result ok = jicha.run("session", "new", "--name", "苏州2016", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区,太仓市,相城区,高新区", "--team", "张三,李四,王五");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("苏州2016").contains("吴江区");
        assertThat(ok.err()).isEmpty();

        JichaProcess.Result note = jicha.run("session", "note", "--", "第一次 碰头会: 分工");
        assertThat(note.exit()).isZero();
        JichaProcess.Result log = jicha.run("journal", "log");
        assertThat(log.out()).contains("第一次 碰头会: 分工").contains("张三");

        for (String[] bad : List.of(
                new String[]{"nonsense"},
                new String[]{"session", "new", "--name", "x"},
                new String[]{"session", "list", "--bogus"},
                new String[]{"session", "open", "missing"},
                new String[]{"session", "new", "--name", "苏州2016", "--period", "2016-10-10..2016-10-13", "--units", "a", "--team", "b"},
                new String[]{"session", "new", "--name", "y", "--period", "2016-10-13..2016-10-10", "--units", "a", "--team", "b"},
                new String[]{"session", "new", "--name", "y", "--period", "2016-10-10..2016-10-13", "--units", "a", "--team", ""},
                new String[]{"auditor", "use", "赵六"})) {
            JichaProcess.Result r = jicha.run(bad);
            assertThat(r.exit()).as(String.join(" ", bad)).isNotZero();
            assertThat(r.err().strip().lines()).as(String.join(" ", bad) + ": " + r.err()).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.list(dir.resolve("ws")).map(p -> p.getFileName().toString()))
                .doesNotContain("x", "y");
    }

    @Test
    void quotedValuesKeepTheirSpacesAndChinese() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "Zhang San"));
        JichaProcess.Result r = jicha.run("session", "new", "--name", "t", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "Zhang San,Li Si");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("team Zhang San, Li Si");
    }

    @Test
    void scriptRunsLineByLineSkipsCommentsAndStopsAtTheFirstFailingLine() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"));
        Path script = dir.resolve("review.jicha");
        JichaProcess.Result r = jicha.script(script, List.of(
                "# a review",
                "",
                "session new --name s1 --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "auditor use 李四",
                "session note \"第一条 记录\"",
                "session note --bogus 1",
                "session note \"never reached\""));
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains(script + ":6:").contains("unknown option --bogus").contains("line 6");
        JichaProcess.Result log = jicha.run("journal", "log");
        assertThat(log.out()).contains("第一条 记录").doesNotContain("never reached");
        assertThat(log.out()).contains("李四");
    }

    @Test
    void aMissingScriptFileIsAnError() throws Exception {
        JichaProcess.Result r = new JichaProcess(dir.resolve("ws")).run("@" + dir.resolve("nope.jicha"));
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no script file");
    }

    @Test
    void anUnwritableWorkspaceIsAnErrorThatLeavesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x", StandardCharsets.UTF_8);
        JichaProcess.Result r = new JichaProcess(file.resolve("ws")).run("session", "new", "--name", "s",
                "--period", "2016-10-10..2016-10-13", "--units", "a", "--team", "b");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("JICHA_WORKSPACE");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aJournalThatIsNotJsonIsReportedNotCrashedOn() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "s", "--period", "2016-10-10..2016-10-13",
                "--units", "a", "--team", "张三").exit()).isZero();
        Files.writeString(dir.resolve("ws/s/journal.jsonl"), "garbage\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        JichaProcess.Result status = jicha.run("session", "status");
        assertThat(status.exit()).isNotZero();
        assertThat(status.err()).contains("does not verify").contains("line 2");
        JichaProcess.Result verify = jicha.run("journal", "verify");
        assertThat(verify.exit()).isNotZero();
        assertThat(verify.err()).contains("line 2");
    }

    @Test
    void aTornLastLineIsLeftAloneByReadersAndSetAsideByTheNextWriter() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "s", "--period", "2016-10-10..2016-10-13",
                "--units", "a", "--team", "张三").exit()).isZero();
        Path journal = dir.resolve("ws/s/journal.jsonl");
        Files.writeString(journal, "{\"seq\":2,\"ts\":", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        byte[] torn = Files.readAllBytes(journal);
        JichaProcess.Result status = jicha.run("session", "status");
        assertThat(status.exit()).isZero();
        JichaProcess.Result verify = jicha.run("journal", "verify");
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("1 events").contains("last line is incomplete");
        assertThat(Files.readAllBytes(journal)).as("reading changes nothing").isEqualTo(torn);

        JichaProcess.Result note = jicha.run("session", "note", "写入");
        assertThat(note.exit()).isZero();
        assertThat(note.err()).contains("moved aside");
        assertThat(jicha.run("journal", "verify").out()).contains("2 events").doesNotContain("incomplete");
    }

    @Test
    void aReadOnlySessionReads() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "ro", "--period", "2016-10-10..2016-10-13",
                "--units", "a", "--team", "张三").exit()).isZero();
        assertThat(jicha.run("session", "note", "归档前").exit()).isZero();
        Path csv = Files.writeString(dir.resolve("ro.csv"), "案号,立案日期,企业名称\nA1,2016-09-01,某厂\nA2,2016-09-02,某厂二\n",
                StandardCharsets.UTF_8);
        assertThat(jicha.run("records", "import", csv.toString(), "--unit", "a", "--kind", "penalty-case").exit()).isZero();
        Path session = dir.resolve("ws/ro");
        List<Path> files;
        try (var s = Files.walk(session)) {
            files = new java.util.ArrayList<>(s.toList());
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            for (Path f : files) {
                if (root) { // root writes through permissions: only an immutable file is read-only to it
                    org.junit.jupiter.api.Assumptions.assumeTrue(
                            new ProcessBuilder("chattr", "+i", f.toString()).start().waitFor() == 0, "chattr +i");
                } else {
                    f.toFile().setWritable(false, false);
                }
            }
            JichaProcess.Result status = jicha.run("session", "status");
            assertThat(status.exit()).as(status.err()).isZero();
            assertThat(status.out()).contains("3 events");
            JichaProcess.Result count = jicha.run("records", "count", "--unit", "a", "--kind", "penalty-case");
            assertThat(count.exit()).as(count.err()).isZero();
            assertThat(count.out()).contains("2");
            JichaProcess.Result report = jicha.run("report", "review", "--out", dir.resolve("ro.pdf").toString());
            assertThat(report.exit()).as(report.err()).isZero();
            assertThat(dir.resolve("ro.pdf")).isNotEmptyFile();
            JichaProcess.Result verify = jicha.run("journal", "verify");
            assertThat(verify.exit()).as(verify.err()).isZero();
            JichaProcess.Result fsck = jicha.run("session", "fsck");
            assertThat(fsck.exit()).as(fsck.err() + fsck.out()).isZero();
            assertThat(jicha.run("session", "note", "归档后").exit()).isNotZero();
        } finally {
            for (Path f : files) {
                if (root) {
                    new ProcessBuilder("chattr", "-i", f.toString()).start().waitFor();
                } else {
                    f.toFile().setWritable(true, false);
                }
            }
        }
    }
}
