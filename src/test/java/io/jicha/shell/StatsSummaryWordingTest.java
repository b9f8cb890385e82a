package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: the monthly table is worded from the report bundles in the SESSION's language, whatever
 * the terminal's, on the screen and in the CSV alike; a Chinese session's table reads as the
 * published form did before the words left stats/SummaryTable (pinned below), an English one in English.
 */
class StatsSummaryWordingTest {

    @TempDir
    Path dir;

    private final Texts.Lang before = Texts.lang();

    @AfterEach
    void restore() {
        Texts.use(before);
    }

    @ParameterizedTest(name = "session {0}, terminal {1}")
    @CsvSource({"zh-CN, EN", "zh-CN, ZH", "en, EN", "en, ZH"})
    void theTableSpeaksTheSessionsLanguage(String locale, Texts.Lang terminal) throws Exception {
        Texts.use(terminal);
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Workspace ws = new Workspace(dir.resolve("ws"));
        Session s = ws.create(new SessionInfo("s1", LocalDate.of(2016, 10, 1), LocalDate.of(2016, 10, 31),
                List.of("高新区"), List.of("张三"), locale, null), "张三");
        RecordImport.importFile(s, "张三", Path.of("examples/suzhou-2016-10/gaoxin-inspections.csv"), "高新区",
                RecordKind.INSPECTION_RECORD, null, ImportProgress.NONE);
        RecordImport.importFile(s, "张三", Path.of("examples/suzhou-2016-10/gaoxin-penalties.csv"), "高新区",
                RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        ShellContext ctx = new ShellContext(ws, console);
        ctx.useAuditor("张三");
        Path csv = dir.resolve("summary.csv");
        List<String> screen = new StatsCommands(ctx).summary("2016-10", null, null, csv.toString(), null, null, "苏州市",
                null, null, null, null, null, null).lines().toList();
        List<String> file = Files.readString(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        if (locale.startsWith("zh")) {
            assertThat(screen.get(0)).isEqualTo("苏州市高新区执法大练兵情况汇总表（2016年10月）");
            assertThat(screen.get(1)).startsWith("序号  项目内容").endsWith("高新区");
            assertThat(screen).anySatisfy(l -> assertThat(l).startsWith("4     罚款金额（万元）").endsWith("42.4"));
            assertThat(screen).anySatisfy(l -> assertThat(l).startsWith("      重大案件：移送公安部门涉嫌环境污染犯罪案件（件）"));
            assertThat(file.get(0)).isEqualTo("序号,项目内容,高新区,合计");
            assertThat(file.get(4)).isEqualTo("4,罚款金额（万元）,42.4,42.4");
            assertThat(file.get(12)).isEqualTo(",重大案件：合计,0,0");
        } else {
            assertThat(screen.get(0)).isEqualTo("Enforcement campaign summary, 苏州市高新区 (October 2016)");
            assertThat(screen.get(1)).startsWith("No.  Item").endsWith("高新区");
            assertThat(screen).anySatisfy(l -> assertThat(l).startsWith("4    Fines (10,000 yuan)").endsWith("42.4"));
            assertThat(file.get(0)).isEqualTo("No.,Item,高新区,Total");
            assertThat(file.get(12)).isEqualTo(",\"Major cases: Total\",0,0");
        }
    }
}
