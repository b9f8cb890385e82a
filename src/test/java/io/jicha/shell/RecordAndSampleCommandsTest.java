package io.jicha.shell;

import io.jicha.common.UserError;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordAndSampleCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ShellContext ctx;
    private Console console;
    private RecordCommands records;
    private Path file;

    @BeforeEach
    void openSession() throws IOException {
        console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Workspace ws = new Workspace(dir.resolve("ws"));
        ws.create(new SessionInfo("s1", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三"), "zh-CN", null), "张三");
        ctx = new ShellContext(ws, console);
        ctx.useAuditor("张三");
        records = new RecordCommands(ctx);
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称,行业\r\n");
        for (int i = 1; i <= 80; i++) {
            csv.append("吴环罚〔2016〕").append(i).append("号,2016年").append(1 + i % 9).append("月3日,吴江某厂")
                    .append(i).append(',').append(i % 4 == 0 ? "电镀" : "化工").append("\r\n");
        }
        file = dir.resolve("吴江区处罚案卷.csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("GB18030")));
    }

    private SampleCommands sampleCommands(SampleOutcomes... outcomes) {
        return new SampleCommands(ctx, console, List.of(outcomes));
    }

    @Test
    void importListCountAndShowWorkOnAnExcelStyleGb18030File() {
        String imported = records.importFile(file.toString(), "吴江区", "penalty-case", null);
        assertThat(imported).startsWith("imported 80 records from 吴江区处罚案卷.csv for 吴江区 penalty-case (csv, GB18030");
        assertThat(records.count("吴江区", "penalty-case", null, null, "行业=电镀")).isEqualTo("20");
        assertThat(records.count("吴江区", "penalty-case", "2016-09-01", null, null)).isEqualTo("9"); // i = 8, 17, … 80
        assertThat(records.list("吴江区", "penalty-case", null, null, null, 3))
                .contains("吴环罚〔2016〕1号").contains("… and 77 more");
        assertThat(records.show("吴环罚〔2016〕12号")).contains("吴江某厂12").contains("penalty-case (行政处罚案卷)");
        assertThat(records.statusLines(ctx.session().state())).containsExactly("records   吴江区 penalty-case: 80 (1 file)");
        assertThatThrownBy(() -> records.importFile(file.toString(), "相城区", "penalty-case", null))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown unit '相城区'");
        assertThatThrownBy(() -> records.count("太仓市", "penalty-case", null, null, null))
                .isInstanceOf(UserError.class).hasMessageContaining("no penalty-case records imported for 太仓市");
    }

    @Test
    void planDrawVerifyAndEvaluateBeforeScoring() {
        records.importFile(file.toString(), "吴江区", "penalty-case", null);
        SampleCommands sample = sampleCommands();
        assertThat(sample.plan(null, "10%", "1%", null, null, null))
                .startsWith("sample 46 files, tolerating 1 deviation (binomial model; confidence 95%, tolerable 10%, expected 1%)");
        String drawn = sample.draw("吴江区", "penalty-case", null, true, "苏环稽〔2016〕", null, null, null, null, null,
                null, null);
        assertThat(drawn).startsWith("drew 46 of 80 吴江区 penalty-case records").contains("seed    苏环稽〔2016〕\n");
        assertThat(sample.verify()).contains("match").endsWith("all 1 draws match");
        assertThat(sample.show("吴江区")).contains("not yet scored");
        assertThat(sample.evaluate(null, null, null, null)).contains("no scored files yet");
        assertThatThrownBy(() -> sample.draw("吴江区", "penalty-case", 5, null, "x", null, null, null, null, null,
                null, null)).isInstanceOf(UserError.class).hasMessageContaining("--replace");
    }

    @Test
    void planForAUnitTakesThePopulationSizeFromItsImportedRecords() {
        records.importFile(file.toString(), "吴江区", "penalty-case", null);
        SampleCommands sample = sampleCommands();
        String byUnit = sample.plan(null, "10%", "1%", null, "吴江区", "penalty-case");
        String byNumber = sample.plan(null, "10%", "1%", 80, null, null);
        assertThat(byUnit).contains("hypergeometric").contains("population 80").isEqualTo(byNumber);
        assertThatThrownBy(() -> sample.plan(null, "10%", null, null, "太仓市", "penalty-case"))
                .isInstanceOf(UserError.class).hasMessageContaining("no penalty-case records imported");
        assertThatThrownBy(() -> sample.plan(null, "10%", null, null, "吴江区", null))
                .isInstanceOf(UserError.class).hasMessageContaining("--unit and --kind together");
        assertThatThrownBy(() -> sample.plan(null, "10%", null, 80, "吴江区", "penalty-case"))
                .isInstanceOf(UserError.class).hasMessageContaining("not both");
    }

    @Test
    void evaluateUsesTheOutcomesTheScoringHookGives() {
        records.importFile(file.toString(), "吴江区", "penalty-case", null);
        SampleOutcomes allPass = new SampleOutcomes() {
            @Override
            public String status(SessionState state, String recordId) {
                return "scored: 合格";
            }

            @Override
            public Optional<Boolean> failed(SessionState state, String recordId) {
                return Optional.of(false);
            }
        };
        SampleCommands sample = sampleCommands(allPass);
        sample.plan(null, "0.05", null, null, null, null);
        sample.draw("吴江区", "penalty-case", null, true, "s", null, null, null, null, null, null, null);
        assertThat(sample.show(null)).contains("scored: 合格");
        assertThat(sample.evaluate("吴江区", "penalty-case", null, null))
                .contains("0 of 59 scored files fail")
                .contains("在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过2.5%（80卷中至多2卷不合格；抽查59卷，不合格0卷），"
                        + "在可容忍不合格率5%以内") // 2 of 80: SciPy hypergeom (see sampling.EvaluationTest)
                .contains("method: exact hypergeometric");
    }
}
