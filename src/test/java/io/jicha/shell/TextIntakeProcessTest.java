package io.jicha.shell;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese typed by a clerk arrives intact or is refused, never stored as U+FFFD: jicha run for real
 * as a child process, through the launcher and through {@code java -jar}, under a UTF-8 locale that is
 * named but not installed ({@code LANG=zh_CN.UTF-8} on a machine without it, as in a fresh Debian, a
 * container or WSL), under {@code LC_ALL=C}, and with a script holding U+FFFD.
 */
@Tag("process")
@DisabledOnOs(OS.WINDOWS)
class TextIntakeProcessTest {

    private static final String UNIT = "吴中区";

    @TempDir
    Path dir;

    private static boolean installed(String locale) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        String want = locale.toLowerCase().replace("-", "");
        return all.lines().anyMatch(l -> l.toLowerCase().replace("-", "").equals(want));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "LC_ALL=C", "LANG=C"})
    void throughTheLauncherChineseArrivesIntact(String locale) throws Exception {
        writeJar(Files.createDirectories(dir.resolve("target/jicha")).resolve("jicha.jar"));
        Files.copy(Path.of("jicha"), dir.resolve("jicha"), StandardCopyOption.REPLACE_EXISTING);
        Result made = run(List.of(locale), "sh", dir.resolve("jicha").toString(), "session", "new", "--name", "t",
                "--period", "2016-11-14..2016-11-16", "--units", UNIT, "--team", "赵六");
        assertThat(made.exit).as(made.err).isZero();
        Result list = run(List.of(locale), "sh", dir.resolve("jicha").toString(), "session", "list");
        assertThat(list.out).contains(UNIT).doesNotContain("\uFFFD");
        assertThat(journal()).contains(UNIT).doesNotContain("\uFFFD");
        if (locale.contains("zh_CN")) {
            // the messages stay Chinese although the character type had to be C.UTF-8
            assertThat(made.out).containsPattern("[\\u4e00-\\u9fff]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LANG=zh_CN.UTF-8", "LC_ALL=C"})
    void throughJavaJarDamagedArgumentsAreRefusedAndNothingIsWritten(String locale) throws Exception {
        Path jar = writeJar(dir.resolve("jicha.jar"));
        Result r = run(List.of(locale), java(), "-jar", jar.toString(), "session", "new", "--name", "t",
                "--period", "2016-11-14..2016-11-16", "--units", UNIT, "--team", "赵六");
        if (locale.contains("zh_CN") && installed("zh_CN.UTF-8")) {
            // this machine has the locale: the argument is decoded as UTF-8 and arrives intact, never damaged
            assertThat(r.exit).as(r.err).isZero();
            assertThat(journal()).contains(UNIT).doesNotContain("\uFFFD");
            return;
        }
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err.strip().lines()).as(r.err).hasSize(1);
        assertThat(r.err).contains("LC_ALL=C.UTF-8");
        assertThat(dir.resolve("ws/t")).doesNotExist();
    }

    @Test
    void throughJavaJarUnderAnInstalledUtf8LocaleChineseArrivesIntact() throws Exception {
        Path jar = writeJar(dir.resolve("jicha.jar"));
        Result r = run(List.of("LC_ALL=C.UTF-8"), java(), "-jar", jar.toString(), "session", "new", "--name", "t",
                "--period", "2016-11-14..2016-11-16", "--units", UNIT, "--team", "赵六");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(journal()).contains(UNIT);
    }

    @Test
    void aScriptLineHoldingTheReplacementCharacterIsRefusedAndNothingIsWritten() throws Exception {
        Path jar = writeJar(dir.resolve("jicha.jar"));
        Path script = dir.resolve("s.jicha");
        Files.writeString(script, "session new --name t --period 2016-11-14..2016-11-16 --units 吴中区 --team 赵六\n"
                + "session note \"单位 \uFFFD\uFFFD\uFFFD\"\n", StandardCharsets.UTF_8);
        Result r = run(List.of("LC_ALL=C.UTF-8"), java(), "-jar", jar.toString(), "@" + script);
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("s.jicha:2:").contains("LC_ALL=C.UTF-8");
        assertThat(journal()).doesNotContain("\uFFFD").doesNotContain("session.note");
    }

    private String journal() throws IOException {
        return Files.readString(dir.resolve("ws/t/journal.jsonl"), StandardCharsets.UTF_8);
    }

    private record Result(int exit, String out, String err) {
    }

    /**
     * Runs the command through a shell script written as UTF-8 bytes (so the arguments reach the child
     * as UTF-8 whatever this JVM's own argument encoding), with no locale variables but {@code env}.
     */
    private Result run(List<String> env, String... command) throws IOException, InterruptedException {
        StringBuilder line = new StringBuilder("exec");
        for (String a : command) {
            line.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        Path run = dir.resolve("run.sh");
        Files.write(run, (line + "\n").getBytes(StandardCharsets.UTF_8));
        ProcessBuilder pb = new ProcessBuilder("sh", run.toString()).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("JICHA_"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("JICHA_WORKSPACE", dir.resolve("ws").toString());
        pb.environment().put("JICHA_AUDITOR", "赵六");
        for (String e : env) {
            pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jicha did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A jar with no classes whose manifest starts jicha from this build's classes and libraries. */
    private static Path writeJar(Path jar) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (entry.isEmpty() || p.endsWith("test-classes") || !Files.exists(p)) {
                continue;
            }
            String uri = p.toUri().getRawPath();
            entries.add(Files.isDirectory(p) && !uri.endsWith("/") ? uri + "/" : uri);
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JichaApplication.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
        return jar;
    }
}
