package io.jicha.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28: {@code jicha.cmd} passes the class-data archive to the JVM only when it is whole, as the POSIX launcher
 * does ({@link LauncherTest} runs that one on truncated archives). No Windows runs these tests, so this reads the
 * script's logic as text: the order of its guards, what it compares, and that it reads the file the build writes.
 */
class WindowsLauncherTextTest {

    private static final Path CMD = Path.of("jicha.cmd");

    private static List<String> lines() throws IOException {
        return Files.readString(CMD, StandardCharsets.UTF_8).replace("\r\n", "\n").lines().map(String::strip).toList();
    }

    /** The lines from {@code from} (inclusive) to the first line equal to {@code to} (inclusive). */
    private static List<String> block(List<String> lines, String from, String to) {
        int start = lines.indexOf(from);
        assertThat(start).as("'%s' in jicha.cmd", from).isNotNegative();
        int end = lines.subList(start, lines.size()).indexOf(to);
        assertThat(end).as("'%s' after '%s' in jicha.cmd", to, from).isPositive();
        return lines.subList(start, start + end + 1);
    }

    @Test
    void theArchiveIsPassedOnlyAfterEveryGuardHeldTheWholenessCheckLast() throws IOException {
        List<String> main = block(lines(), "set \"SHARE=\"", ":sharedone");
        assertThat(main.get(main.size() - 2)).as("the one line that passes the archive, right before the label")
                .startsWith("set \"SHARE=\"-XX:SharedArchiveFile=%APP%\\jicha.jsa\"");
        List<String> guards = main.subList(1, main.size() - 2);
        assertThat(guards).as("every line before it jumps past it when its check fails").allSatisfy(
                g -> assertThat(g).endsWith("goto sharedone"));
        assertThat(guards).anySatisfy(g -> assertThat(g).startsWith("fc /b \"%JHOME%\\release\" \"%APP%\\jicha.jsa.release\""));
        assertThat(guards.get(guards.size() - 1)).isEqualTo("call :archivewhole || goto sharedone");
        assertThat(lines().stream().filter(l -> l.contains("SharedArchiveFile"))).as("no other way to the JVM").hasSize(1);
    }

    @Test
    void theWholenessCheckComparesTheSizeAndTheSha256TheBuildRecorded() throws IOException {
        List<String> sub = block(lines(), ":archivewhole", "exit /b 0");
        List<String> whole = lines().subList(lines().indexOf(":archivewhole"), lines().size());
        int readSum = indexOf(sub, "for /f \"usebackq tokens=1,2\" %%a in (\"%APP%\\jicha.jsa.sum\") do set \"WANTSIZE=%%a\"& set \"WANTSUM=%%b\"");
        int size = indexOf(sub, "if not \"%GOTSIZE%\"==\"%WANTSIZE%\" exit /b 1");
        assertThat(sub.get(0)).isEqualTo(":archivewhole");
        assertThat(sub.get(1)).isEqualTo("if not exist \"%APP%\\jicha.jsa.sum\" exit /b 1");
        assertThat(readSum).isLessThan(size);
        assertThat(sub).contains("for %%f in (\"%APP%\\jicha.jsa\") do set \"GOTSIZE=%%~zf\"");
        // the first success is the cached one, and only after the size held
        int cached = indexOf(sub, "if \"%CHECKED%\"==\"%STAMP%\" exit /b 0");
        assertThat(cached).isGreaterThan(size);
        assertThat(sub.subList(0, cached)).noneMatch(l -> l.contains("exit /b 0"));

        int certutil = indexOfStart(whole, "for /f \"skip=1 delims=\" %%h in ('certutil -hashfile \"%APP%\\jicha.jsa\" SHA256");
        int powershell = indexOfStart(whole, "if not defined GOTSUM for /f \"delims=\" %%h in ('powershell -NoProfile -Command \"(Get-FileHash -Algorithm SHA256");
        int noHash = indexOf(whole, "if not defined GOTSUM exit /b 1");
        int compare = indexOf(whole, "if /i not \"%GOTSUM%\"==\"%WANTSUM%\" exit /b 1");
        int record = indexOf(whole, "> \"%APP%\\jicha.jsa.checked\" echo %STAMP%");
        int success = whole.subList(compare, whole.size()).indexOf("exit /b 0") + compare;
        assertThat(List.of(certutil, powershell, noHash, compare, record, success)).isSorted();
        assertThat(whole.subList(noHash, success)).as("certutil's spaced pairs joined before comparing")
                .contains("set \"GOTSUM=%GOTSUM: =%\"");
        assertThat(whole.subList(1, success)).as("nothing else succeeds but the cached check").filteredOn(l -> l.contains("exit /b 0")).hasSize(1);
    }

    @Test
    void itReadsTheSumFileTheBuildWritesAsThePosixLauncherDoes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<echo file=\"${project.build.directory}/jicha/jicha.jsa.sum\"")
                .contains("message=\"${jicha.jsa.size} ${jicha.jsa.sha256}${line.separator}\"");
        assertThat(Files.readString(Path.of("jicha"), StandardCharsets.UTF_8))
                .contains("read -r want_size want_sum < \"$app/jicha.jsa.sum\"");
        Path built = Path.of("target/jicha/jicha.jsa.sum");
        if (Files.exists(built)) { // what the build wrote: "<size> <64 hex>", as tokens=1,2 splits it
            assertThat(Files.readString(built, StandardCharsets.UTF_8).strip()).matches("[0-9]+ [0-9a-f]{64}");
        }
    }

    private static int indexOf(List<String> lines, String line) {
        int i = lines.indexOf(line);
        assertThat(i).as("line '%s' in jicha.cmd", line).isNotNegative();
        return i;
    }

    private static int indexOfStart(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting '" + start + "' in jicha.cmd");
    }
}
