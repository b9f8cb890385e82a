package io.jicha.shell;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Unix launcher ({@code ./jicha}) run for real with {@code sh}, in a copy of the repository's
 * layout: {@code target/jicha/jicha.jar} (here a jar whose manifest names this build's classes and
 * libraries) and a class-data-sharing archive that does not fit in one way or another. Whatever the
 * archive, the command succeeds and prints nothing about it; under the C locale a Chinese argument
 * still arrives intact.
 */
@DisabledOnOs(OS.WINDOWS)
@Tag("process")
class LauncherTest {

    @TempDir
    Path dir;

    /** Ways the archive beside the jar can fail to fit. */
    enum Archive {
        /** no archive at all */
        NONE,
        /** bytes that are no archive, said to come from this JVM */
        GARBAGE,
        /** an archive from another JVM build (another release file): the launcher does not pass it */
        OTHER_JVM,
        /** a real archive of this layout, but the jar changed since: the JVM itself declines it */
        STALE,
        /**
         * a real archive cut short after the build recorded its size and SHA-256 (issue 28: the JVM crashed with
         * SIGBUS on every command, exit 134): the launcher does not pass it
         */
        TRUNCATED
    }

    @ParameterizedTest
    @EnumSource(Archive.class)
    void commandSucceedsWhateverTheArchive(Archive archive) throws Exception {
        Path app = Files.createDirectories(dir.resolve("target/jicha"));
        Path jar = app.resolve("jicha.jar");
        writeLauncherJar(jar);
        Path release = Path.of(System.getProperty("java.home"), "release");
        switch (archive) {
            case NONE -> {
            }
            case GARBAGE -> {
                byte[] noise = new byte[64 * 1024];
                new Random(15).nextBytes(noise);
                Files.write(app.resolve("jicha.jsa"), noise);
                Files.copy(release, app.resolve("jicha.jsa.release"));
                recordSum(app); // as the build does: the JVM itself declines these bytes
            }
            case OTHER_JVM -> {
                Files.write(app.resolve("jicha.jsa"), new byte[]{1, 2, 3});
                Files.writeString(app.resolve("jicha.jsa.release"), "JAVA_VERSION=\"17.0.1\"\n");
            }
            case STALE, TRUNCATED -> {
                Process dump = new ProcessBuilder(javaBin(), "-XX:ArchiveClassesAtExit=" + app.resolve("jicha.jsa"),
                        "-jar", jar.toString(), "session", "list")
                        .redirectErrorStream(true).redirectOutput(dir.resolve("dump.log").toFile())
                        .directory(dir.toFile()).start();
                assertThat(dump.waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(app.resolve("jicha.jsa")).as("the archive this JVM wrote (the build's own "
                        + "launch layout needs one too): " + Files.readString(dir.resolve("dump.log"))).isRegularFile();
                Files.copy(release, app.resolve("jicha.jsa.release"));
                recordSum(app);
                if (archive == Archive.STALE) {
                    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
                } else {
                    try (var cut = java.nio.channels.FileChannel.open(app.resolve("jicha.jsa"),
                            java.nio.file.StandardOpenOption.WRITE)) {
                        cut.truncate(Math.max(4096, cut.size() / 2));
                    }
                }
            }
        }
        Result r = launch(dir, "session", "list");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).doesNotContain("cds").doesNotContain("shared archive");
    }

    @Test
    void setsUtf8SoAChineseArgumentArrivesUnderTheCLocale() throws Exception {
        writeLauncherJar(Files.createDirectories(dir.resolve("target/jicha")).resolve("jicha.jar"));
        Result r = launch(dir, List.of("LC_ALL=C"), "session", "new", "--name", "稽查测试", "--period",
                "2016-10-10..2016-10-13", "--units", "吴江区", "--team", "张三");
        assertThat(r.exit).as(r.err).isZero();
        // read back through jicha (UTF-8 output), not as a path of this JVM, whose file names may not be UTF-8
        Result list = launch(dir, List.of("LC_ALL=C"), "session", "list");
        assertThat(list.exit).as(list.err).isZero();
        assertThat(list.out).contains("稽查测试");
    }

    @Test
    void fallsBackToThePlainJarWithoutTheExtractedLayout() throws Exception {
        writeLauncherJar(Files.createDirectories(dir.resolve("target")).resolve("jicha.jar"));
        Result r = launch(dir, "session", "list");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).isEmpty();
    }

    @Test
    void saysWhatToDoWhenNothingIsBuilt() throws Exception {
        Result r = launch(dir, "session", "list");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(r.err).contains("./mvnw -q -DskipTests package");
    }

    private record Result(int exit, String out, String err) {
    }

    /** Writes jicha.jsa.sum as the build does (pom.xml): the archive's size and SHA-256. */
    private static void recordSum(Path app) throws Exception {
        byte[] bytes = Files.readAllBytes(app.resolve("jicha.jsa"));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        Files.writeString(app.resolve("jicha.jsa.sum"), bytes.length + " " + sha + "\n");
    }

    private Result launch(Path root, String... args) throws IOException, InterruptedException {
        return launch(root, List.of(), args);
    }

    /** Runs a copy of ./jicha placed at the top of {@code root}, with JAVA_HOME set to this JVM. */
    private Result launch(Path root, List<String> env, String... args) throws IOException, InterruptedException {
        Path script = root.resolve("jicha");
        Files.copy(Path.of("jicha"), script, StandardCopyOption.REPLACE_EXISTING);
        // the arguments go through a shell script written as UTF-8 bytes, so that they reach the launcher
        // as UTF-8 whatever encoding this JVM would give its own child's argv (sun.jnu.encoding)
        StringBuilder line = new StringBuilder("exec sh '").append(script).append('\'');
        for (String a : args) {
            line.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        Path run = root.resolve("run.sh");
        Files.write(run, (line + "\n").getBytes(StandardCharsets.UTF_8));
        ProcessBuilder pb = new ProcessBuilder("sh", run.toString()).directory(root.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("JICHA_"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("JICHA_WORKSPACE", root.resolve("ws").toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        for (String e : env) {
            pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the launcher did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A jar with no classes whose manifest starts jicha from this build's classes and libraries. */
    private static void writeLauncherJar(Path jar) throws IOException {
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (entry.isEmpty() || p.endsWith("test-classes") || !Files.exists(p)) {
                continue;
            }
            String uri = p.toUri().getRawPath();
            classPath.append(classPath.isEmpty() ? "" : " ").append(Files.isDirectory(p) && !uri.endsWith("/") ? uri + "/" : uri);
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JichaApplication.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString());
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
