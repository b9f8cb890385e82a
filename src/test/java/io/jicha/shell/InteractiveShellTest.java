package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive shell in a real child JVM, its input from a file (JLine falls back to a dumb
 * terminal): the terminal is built outside the Spring context (LineInput), commands run, and the
 * history is kept in the workspace.
 */
@Tag("process")
class InteractiveShellTest {

    @TempDir
    Path dir;

    @Test
    void runsTypedCommandsAndKeepsTheHistoryInTheWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "交互测试", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三").exit()).isZero();

        Path input = dir.resolve("typed.txt");
        Files.writeString(input, "session status\nexit\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = jicha.builder().redirectInput(input.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("交互测试").contains("吴江区");
        assertThat(ws.resolve(".history")).isRegularFile();
        assertThat(Files.readString(ws.resolve(".history"), StandardCharsets.UTF_8)).contains("session status");
    }

    /** Issue 28: a refused command line holding a password stayed in .history, which was readable by all (0644). */
    @Test
    void aCommandLineHoldingAPasswordIsNeverKeptAndTheHistoryIsPrivate() throws Exception {
        Path ws = dir.resolve("ws");
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "秘密", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三").exit()).isZero();

        Path input = dir.resolve("typed.txt");
        Files.writeString(input, "session push 秘密 --to postgresql://zhangsan:s3cret/PW4@127.0.0.1:1/jicha\n"
                + "session status\nexit\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = jicha.builder().redirectInput(input.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String said = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        assertThat(said).contains("password").doesNotContain("s3cret");
        String kept = Files.readString(ws.resolve(".history"), StandardCharsets.UTF_8);
        assertThat(kept).contains("session status").doesNotContain("s3cret");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(ws.resolve(".history")))).isEqualTo("rw-------");
    }
}
