package io.jicha.shell;

import io.jicha.common.UserError;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code score table --xlsx} before any file is done: a one-line refusal, no file, never an internal error. */
class ScoreTableXlsxTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyTableIsRefusedAsAWorkbookAndNoFileIsWritten() {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Workspace ws = new Workspace(dir.resolve("ws"));
        ws.create(new SessionInfo("s1", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        ShellContext ctx = new ShellContext(ws, console);
        ctx.useAuditor("张三");
        Path xlsx = dir.resolve("table.xlsx");

        assertThatThrownBy(() -> new ScoreCommands(ctx).table(xlsx.toString(), false))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("score done"));
        assertThat(Files.exists(xlsx)).isFalse();
    }
}
