package io.jicha.shell;

import io.jicha.common.UserError;
import io.jicha.rubric.Criterion;
import io.jicha.rubric.LoadedRubric;
import io.jicha.rubric.Points;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.RubricLoader;
import io.jicha.rubric.Section;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import io.jicha.text.DisplayWidth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ParsedInput;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RubricCommandsTest {

    private static final String PENALTY = "rubrics/penalty-case.yaml";
    private static final String BROKEN = "src/test/resources/rubrics/broken/";
    private static final Path DEMO = Path.of("src/test/resources/rubrics/demo.yaml");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private RubricCommands commands;
    private ShellContext ctx;

    @BeforeEach
    void openSession() {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Workspace ws = new Workspace(dir);
        ws.create(new SessionInfo("s1", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        ctx = new ShellContext(ws, console);
        ctx.useAuditor("张三");
        commands = new RubricCommands(ctx, console);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CommandContext arguments(PrintWriter writer, String... files) {
        ParsedInput.Builder b = ParsedInput.builder().commandName("rubric").addSubCommand("validate");
        for (int i = 0; i < files.length; i++) {
            b.addArgument(new CommandArgument(i, files[i]));
        }
        return new CommandContext(b.build(), null, writer, null);
    }

    @Test
    void validatePrintsEveryProblemOfEveryFileAndFailsWithTheCount() {
        StringWriter text = new StringWriter();

        assertThatThrownBy(() -> commands.validate(arguments(new PrintWriter(text), PENALTY,
                BROKEN + "typo-pionts.yaml", BROKEN + "missing-title.yaml")))
                .isInstanceOf(UserError.class)
                .hasMessage("2 problems in " + BROKEN + "typo-pionts.yaml, " + BROKEN + "missing-title.yaml");
        assertThat(text.toString().lines()).containsExactly(
                BROKEN + "typo-pionts.yaml:23:9 sections[1].criteria[0].pionts: unknown field; did you mean 'points'?",
                BROKEN + "missing-title.yaml:2:1: missing required field 'title'",
                PENALTY + ": ok (penalty-case, 100 points, 8 sections, 34 criteria (6 veto))");
    }

    @Test
    void validateOfGoodFilesSaysOk() {
        String result = commands.validate(arguments(new PrintWriter(new StringWriter()), PENALTY,
                "rubrics/unit-documents.yaml"));

        assertThat(result).isEqualTo(PENALTY + ": ok (penalty-case, 100 points, 8 sections, 34 criteria (6 veto))\n"
                + "rubrics/unit-documents.yaml: ok (unit-documents, 100 points, 4 sections, 13 criteria)");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            EN | criteria that may be not applicable (不适用): C4, C5, C7, D3, E2, G2 (where a file has no such step, score na C4 | may be n/a
            ZH | 可不适用的评查项：C4、C5、C7、D3、E2、G2（案卷不涉及时用 score na C4                                              | 可不适用
            """)
    void showSaysWhichCriteriaMayBeNotApplicable(io.jicha.common.Texts.Lang lang, String line, String cell) {
        commands.load(PENALTY);
        io.jicha.common.Texts.Lang before = io.jicha.common.Texts.lang();
        try {
            io.jicha.common.Texts.use(lang);
            String shown = commands.show("penalty-case", null);
            assertThat(shown).contains(line);
            assertThat(shown.lines().filter(l -> l.startsWith("  ") && l.contains(cell)).map(l -> l.strip().split(" +")[0]))
                    .containsExactly("C4", "C5", "C7", "D3", "E2", "G2");
        } finally {
            io.jicha.common.Texts.use(before);
        }
    }

    @Test
    void loadListAndShowWorkOnTheOpenSession() {
        String loaded = commands.load(PENALTY);
        String again = commands.load(PENALTY);
        commands.load("rubrics/inspection-record.yaml");

        assertThat(loaded).startsWith("loaded penalty-case v3 环境行政处罚案卷评查标准 (penalty-case, 100 points,");
        assertThat(again).startsWith("rubric penalty-case v3 is already loaded with the same content (sha256 ")
                .endsWith("); nothing changed");
        String list = commands.list();
        assertThat(list.lines().toList()).hasSize(4);
        assertThat(list.lines().skip(2).map(l -> l.split(" +", 5)[0] + " " + l.split(" +", 5)[1]))
                .containsExactly("penalty-case 3", "inspection-record 3");
        assertThat(commands.statusLines(ctx.session().state()))
                .containsExactly("rubrics   penalty-case v3 (penalty-case), inspection-record v3 (inspection-record)");
        assertThat(commands.show("penalty-case", "C")).contains("询问笔录逐页签名，由被询问人逐页签名或按指印，执法人员签名")
                .contains("逐页核对签名，缺一页扣一处").doesNotContain("送达回证");
        assertThatThrownBy(() -> commands.show("penalty-case", "Z"))
                .hasMessage("no section 'Z' in rubric penalty-case v3 (sections: A, B, C, D, E, F, G, H)");
    }

    @Test
    void loadingABrokenFilePrintsItsProblemsAndLoadsNothing() {
        assertThatThrownBy(() -> commands.load(BROKEN + "grades-overlap.yaml"))
                .hasMessage("1 problem in " + BROKEN + "grades-overlap.yaml; nothing was loaded");
        assertThat(printed()).contains("grades-overlap.yaml:42:10 grades[1].min: 18 overlaps grades[0]");
        assertThat(ctx.session().state().events()).hasSize(1);
    }

    @Test
    void showLinesUpMixedChineseAndLatinColumnsByDisplayWidth() {
        Rubric demo = RubricLoader.load(DEMO);
        String shown = RubricView.show(new LoadedRubric(demo, "0123456789abcdef", "demo.yaml", 2), null);

        List<String> lines = shown.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("code")).findFirst().orElseThrow());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("code", "criterion", "points", "deduction", "veto"));
        for (Section s : demo.sections()) {
            rows.add(List.of(s.code(), s.title(), Points.format(s.points()), "", ""));
            for (Criterion c : s.criteria()) {
                rows.add(List.of("  " + c.code(), c.text(), Points.format(c.points()),
                        c.veto() ? "" : c.deduction().in(io.jicha.common.Texts.lang()), c.veto() ? "一票否决" : ""));
            }
        }
        List<String> table = new ArrayList<>(lines.subList(header, header + rows.size() + 1));
        table.remove(1); // the rule under the header

        List<Set<Integer>> starts = new ArrayList<>();
        List<Set<Integer>> ends = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            starts.add(new HashSet<>());
            ends.add(new HashSet<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            String line = table.get(r);
            int from = 0;
            for (int c = 0; c < 5; c++) {
                String cell = rows.get(r).get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                int at = line.indexOf(cell, from);
                assertThat(at).as("cell '%s' in line '%s'", cell, line).isGreaterThanOrEqualTo(0);
                starts.get(c).add(DisplayWidth.of(line.substring(0, at)));
                ends.get(c).add(DisplayWidth.of(line.substring(0, at + cell.length())));
                from = at + cell.length();
            }
        }
        assertThat(starts.get(0)).containsExactly(0);
        assertThat(starts.get(1)).hasSize(1);
        assertThat(ends.get(2)).as("points are right-aligned").hasSize(1);
        assertThat(starts.get(3)).hasSize(1);
        assertThat(starts.get(4)).hasSize(1);
        assertThat(shown).contains("grades: 优秀 ≥18, 合格 ≥12, 不合格 below 12 or on any veto")
                .contains("default rectification deadlines: 一般 30日内, 较重 15个工作日内, 严重 10个工作日内");
    }

    /** The deduction column words each rule as the review standards do in Chinese, and in English words on an English terminal (issue 22). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(io.jicha.common.Texts.Lang.class)
    void showWordsEachDeductionRuleFromTheBundle(io.jicha.common.Texts.Lang lang) {
        io.jicha.common.Texts.Lang before = io.jicha.common.Texts.lang();
        try {
            io.jicha.common.Texts.use(lang);
            String shown = RubricView.show(new LoadedRubric(RubricLoader.load(DEMO), "0123456789abcdef", "demo.yaml", 2), null);
            String seizure = RubricView.show(new LoadedRubric(RubricLoader.load(Path.of("rubrics/seizure-case.yaml")),
                    "0123456789abcdef", "seizure-case.yaml", 2), "C");

            boolean zh = lang == io.jicha.common.Texts.Lang.ZH;
            assertThat(shown.lines().filter(l -> l.startsWith("  B1 ")).findFirst().orElseThrow())
                    .endsWith(zh ? " 每处扣0.5分，扣完为止" : " 0.5 points each time, up to the item's points");
            assertThat(shown.lines().filter(l -> l.startsWith("  B2 ")).findFirst().orElseThrow())
                    .endsWith(zh ? " 不符合扣8分" : " 8 points if not met");
            assertThat(shown.lines().filter(l -> l.startsWith("  C1 ")).findFirst().orElseThrow())
                    .endsWith(zh ? " 每处扣2分，扣完为止" : " 2 points each time, up to the item's points");
            assertThat(shown.lines().filter(l -> l.startsWith("  A1 ")).findFirst().orElseThrow())
                    .doesNotContain("扣", "不计分", "points", "not scored");
            assertThat(seizure.lines().filter(l -> l.startsWith("  C3 ")).findFirst().orElseThrow())
                    .contains(zh ? " 每处扣1–3分，扣完为止" : " 1–3 points each time, up to the item's points");
        } finally {
            io.jicha.common.Texts.use(before);
        }
    }

    @Test
    void completionOffersTheLoadedRubricIds() {
        commands.load(PENALTY);
        commands.load("rubrics/inspection-record.yaml");
        var provider = new RubricCompletions().rubricIdCompletion(ctx);

        var proposals = provider.apply(new org.springframework.shell.core.command.completion.CompletionContext(
                List.of("rubric", "show", "pen"), 2, 3, null, null));

        assertThat(proposals).extracting(p -> p.value()).containsExactly("penalty-case");
    }

    @Test
    void validateGoesOnPastAFileThatCannotBeRead() {
        StringWriter text = new StringWriter();

        assertThatThrownBy(() -> commands.validate(arguments(new PrintWriter(text), "nope.yaml", PENALTY)))
                .hasMessage("1 problem in nope.yaml");
        assertThat(text.toString().lines()).containsExactly("cannot read rubric nope.yaml: no such file",
                PENALTY + ": ok (penalty-case, 100 points, 8 sections, 34 criteria (6 veto))");
    }
}
