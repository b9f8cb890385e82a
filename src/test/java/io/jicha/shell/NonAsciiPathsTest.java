package io.jicha.shell;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28: jicha run as {@code java -jar} would run it (no launcher to set a UTF-8 locale) under {@code LC_ALL=C},
 * where the JVM cannot spell a non-ASCII file name: a Chinese JICHA_WORKSPACE gave a 69-line stack trace and a
 * Chinese file argument an internal error. Each is now one line saying how to run. The command goes through a
 * shell script written as UTF-8 bytes, so the child gets the bytes whatever this JVM's own locale.
 */
@DisabledOnOs(OS.WINDOWS)
@Tag("process")
class NonAsciiPathsTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String workspace, String... args) throws Exception {
        StringBuilder line = new StringBuilder("LC_ALL=C; export LC_ALL; unset LANG LC_CTYPE JICHA_AUDITOR\n")
                .append("JICHA_WORKSPACE='").append(workspace).append("'; export JICHA_WORKSPACE\n")
                .append("JICHA_LANG=en; export JICHA_LANG\n")
                .append("exec '").append(Path.of(System.getProperty("java.home"), "bin", "java")).append("' -cp '")
                .append(System.getProperty("java.class.path")).append("' io.jicha.shell.JichaApplication");
        for (String a : args) {
            line.append(" '").append(a).append('\'');
        }
        Path script = dir.resolve("run.sh");
        Files.write(script, (line + "\n").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder("sh", script.toString()).directory(new File(System.getProperty("user.dir")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aChineseWorkspaceUnderTheCLocaleIsOneLine() throws Exception {
        Result r = run(dir + "/工作区", "session", "list");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains("cannot be used under this locale").contains("LC_ALL=C.UTF-8");
    }

    @Test
    void aChineseFileArgumentUnderTheCLocaleIsOneLine() throws Exception {
        Result made = run(dir + "/ws", "session", "new", "--name", "s", "--period", "2016-10-10..2016-10-13",
                "--units", "Wujiang", "--team", "Zhang");
        assertThat(made.exit()).as(made.err()).isZero();
        Result r = run(dir + "/ws", "rubric", "load", dir + "/规则.yaml");
        assertThat(r.exit()).isEqualTo(1);
        // the argument is refused as it arrives, damaged by the locale (issue 22's text intake), before it is used
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("internal error")
                .contains("arrived damaged").contains("LC_ALL=C.UTF-8");
    }
}
