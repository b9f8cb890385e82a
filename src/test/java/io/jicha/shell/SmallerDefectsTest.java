package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 7: smaller defects found by attacking 3d78cd6, each now one line, a non-zero exit and nothing
 * recorded, where it was an internal error, a silently ignored setting, a misleading message or a recorded absurdity.
 */
@Tag("process")
class SmallerDefectsTest {

    @TempDir
    Path dir;

    private Path ws;
    private JichaProcess jicha;

    @BeforeEach
    void newSession() throws Exception {
        ws = dir.resolve("ws");
        jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        JichaProcess.Result r = jicha.run("session", "new", "--name", "small", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private void refusedWithOneLine(JichaProcess.Result r, String says) throws Exception {
        assertThat(r.exit()).as(r.out()).isNotZero();
        assertThat(r.err().strip()).contains(says).doesNotContain("\n").doesNotContain("Exception");
        assertThat(Files.readAllLines(ws.resolve("small/journal.jsonl"))).as("nothing recorded").hasSize(1);
    }

    @Test
    void aBadLockTimeoutIsRefusedNotIgnored() throws Exception {
        refusedWithOneLine(new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三", "JICHA_LOCK_TIMEOUT_MS", "abc"))
                .run("session", "note", "x"), "JICHA_LOCK_TIMEOUT_MS is 'abc'");
    }

    @Test
    void aGroupOfOnlySeparatorsIsOneLine() throws Exception {
        refusedWithOneLine(jicha.run("finding", "group", ",", "--require", "r"), "give");
    }

    @Test
    void aDamagedCurrentJsonIsNamed() throws Exception {
        Files.writeString(ws.resolve("current.json"), "{\"session\":5}", StandardCharsets.UTF_8);
        JichaProcess.Result r = jicha.run("session", "status");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip()).contains("current.json is damaged").doesNotContain("\n");
    }

    @Test
    void aNoteLongerThanAJournalLineHoldsIsRefusedBeforeItIsWritten() throws Exception {
        Path script = dir.resolve("long.jicha");
        Files.writeString(script, "session note \"" + "记".repeat(20_000_001) + "\"\n", StandardCharsets.UTF_8);
        JichaProcess.Result r = jicha.run("@" + script); // a script adds the line where it stopped
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().lines().findFirst().orElseThrow()).contains("more than a journal line holds");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("not strict JSON");
        assertThat(Files.readAllLines(ws.resolve("small/journal.jsonl"))).as("nothing recorded").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--authority=", "--printed=2016-10-19", "--number=LONG"})
    void anEmptyOrAbsurdNoticeOptionIsRefused(String option) throws Exception {
        String given = option.equals("--number=LONG") ? "--number=" + "苏".repeat(10_000) : option;
        Path pdf = dir.resolve("notice.pdf");
        JichaProcess.Result r = jicha.run("report", "notice", "--unit", "吴江区", "--issued", "2016-10-20",
                "--out", pdf.toString(), given);
        refusedWithOneLine(r, option.startsWith("--authority") ? "--authority is given but empty"
                : option.startsWith("--printed") ? "--printed 2016-10-19 is before the issue date 2016-10-20"
                : "is not a document number");
        assertThat(pdf).doesNotExist();
    }

    /**
     * A refused --out printed the font warning first and laid out the whole PDF before checking the target; now
     * the target is checked first, and the warning of a PDF written comes once, after the line that says so.
     */
    @Test
    void anOutTargetIsCheckedFirstAndTheFontWarningFollowsTheOutcomeOnce() throws Exception {
        Path noFonts = Files.createDirectories(dir.resolve("no-fonts"));
        JichaProcess bare = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三", "JICHA_FONT_ROOTS", noFonts.toString()));
        JichaProcess.Result refused = bare.run("report", "review", "--out", dir.resolve("missing/r.pdf").toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip()).doesNotContain("\n").doesNotContain("fonts substituted");

        Path merged = dir.resolve("merged.txt");
        Process p = bare.builder("report", "review", "--out", dir.resolve("r.pdf").toString())
                .redirectErrorStream(true).redirectOutput(merged.toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.List<String> lines = Files.readAllLines(merged, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines.stream().filter(l -> l.contains("fonts substituted"))).hasSize(1);
        int wrote = lines.indexOf(lines.stream().filter(l -> l.startsWith("wrote ")).findFirst().orElseThrow());
        int warned = lines.indexOf(lines.stream().filter(l -> l.contains("fonts substituted")).findFirst().orElseThrow());
        assertThat(warned).as("the warning after the outcome line").isGreaterThan(wrote);
    }
}
