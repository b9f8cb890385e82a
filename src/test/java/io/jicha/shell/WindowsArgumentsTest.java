package io.jicha.shell;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Arguments on Windows: Java 17's launcher receives them in the ANSI code page, which turns every
 * character it lacks into '?'; jicha.cmd hands the command line over once more in JICHA_CMDLINE (the
 * environment reaches Java in UTF-16) and jicha refuses arguments that lost characters. Windows is not
 * at hand here: the refusal is tested as a function, the launcher as text (docs/windows.md).
 */
class WindowsArgumentsTest {

    /** What the ANSI conversion makes of an argument: windows-1252 (an English Windows) replaces Chinese with '?'. */
    private static String throughAnsi(String arg, String codePage) {
        Charset cs = Charset.forName(codePage);
        return new String(arg.getBytes(cs), cs);
    }

    @Test
    void chineseLostToAnEnglishCodePageIsRefused() {
        String typed = "session new --name t --units 吴中区 --team 赵六";
        List<String> received = List.of("session", "new", "--name", "t", "--units", throughAnsi("吴中区", "windows-1252"),
                "--team", throughAnsi("赵六", "windows-1252"));
        assertThat(received.get(5)).isEqualTo("???");
        assertThatThrownBy(() -> TextIntake.checkAgainstCommandLine(received, typed))
                .isInstanceOf(UserError.class).hasMessageContaining("吴中区");
    }

    @Test
    void chineseThroughAChineseCodePageAndQuestionMarksTypedAreLetThrough() {
        String typed = "session note \"是否整改？?\" --section 存在的主要问题";
        List<String> received = List.of("session", "note", throughAnsi("是否整改？?", "GBK"), "--section",
                throughAnsi("存在的主要问题", "GBK"));
        assertThatCode(() -> TextIntake.checkAgainstCommandLine(received, typed)).doesNotThrowAnyException();
        // not started by jicha.cmd: nothing to compare with
        assertThatCode(() -> TextIntake.checkAgainstCommandLine(List.of("???"), null)).doesNotThrowAnyException();
    }

    @Test
    void theLauncherHandsTheCommandLineOverAndWritesUtf8ToTheConsole() throws Exception {
        String cmd = Files.readString(Path.of("jicha.cmd"), StandardCharsets.UTF_8);
        assertThat(cmd).contains("set JICHA_CMDLINE=%*").contains("chcp 65001");
        // the command line is set before any java line, and every java line writes UTF-8
        int set = cmd.indexOf("set JICHA_CMDLINE=%*");
        Matcher java = Pattern.compile("(?m)^\"%JAVA%\"(.*)$").matcher(cmd);
        int lines = 0;
        while (java.find()) {
            lines++;
            assertThat(java.start()).isGreaterThan(set);
            assertThat(java.group(1)).contains("%UTF8OUT%").endsWith("%*");
        }
        assertThat(lines).isEqualTo(2);
        assertThat(cmd).contains("-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8");
    }
}
