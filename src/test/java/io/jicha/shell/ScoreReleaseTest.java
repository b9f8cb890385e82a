package io.jicha.shell;

import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.session.Session;
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

/**
 * In one interactive shell, {@code score release} of the file being scored lets go of it: the
 * verbs without a record id no longer act on it (they did, through this process's own memory of
 * the open file, although the journal recorded the release).
 */
class ScoreReleaseTest {

    @TempDir
    Path dir;

    @Test
    void releasingTheOpenFileLeavesNoFileOpen() throws Exception {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Workspace ws = new Workspace(dir.resolve("ws"));
        Session s = ws.create(new SessionInfo("s1", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("吴环罚字〔2016〕").append(i).append("号,2016-03-15,某公司").append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        RecordImport.importFile(s, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        byte[] rubric = Files.readAllBytes(Path.of("src/test/resources/rubrics/demo.yaml"));
        s.append("张三", state -> state.get(RubricBook.class).decideLoad("demo.yaml", rubric).events());
        Sampling.draw(s, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                2, false, RecordFilter.NONE, null, false, null));
        String id = s.state().get(DrawBook.class).drawnIds("吴江区", RecordKind.PENALTY_CASE).get(0);
        ShellContext ctx = new ShellContext(ws, console);
        ctx.useAuditor("张三");
        ScoreCommands score = new ScoreCommands(ctx);

        score.open(id, null, null, null, null);
        assertThat(ctx.currentTarget()).map(t -> t.id()).contains(id);
        score.release(null, null, null, null, null);
        assertThat(ctx.currentTarget()).as("released: no file open").isEmpty();
    }
}
