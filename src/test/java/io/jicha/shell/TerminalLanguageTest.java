package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminal speaks Chinese under JICHA_LANG=zh (or a zh_* locale) and English under
 * JICHA_LANG=en, in real child processes: the first-run guide, help in the order of a review,
 * errors, and the console output of the first steps of the example review.
 */
@Tag("process")
class TerminalLanguageTest {

    @TempDir
    Path dir;

    private JichaProcess jicha(String lang, String... more) {
        return new JichaProcess(dir.resolve("ws"), more.length == 0 ? Map.of("JICHA_LANG", lang)
                : Map.of("JICHA_LANG", lang, more[0], more[1]));
    }

    @ParameterizedTest
    @CsvSource({
            "zh, 还没有稽查任务。三步开始, 创建稽查任务, 加载评查标准, 抽样并对抽取的案卷评分",
            "en, No review sessions in, Create a session, Load the rubrics and import, Draw a sample and score"})
    void aFirstSessionListInAnEmptyWorkspaceShowsTheThreeStepsAndTheExample(String lang, String head, String step1,
                                                                            String step2, String step3) throws Exception {
        JichaProcess.Result r = jicha(lang).run("session", "list");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(head, "1. " + step1, "2. " + step2, "3. " + step3,
                "session new --name", "rubric load penalty-case\n", "records import", "sample draw", // by name, from anywhere (issue 26)
                "score open", "@examples/suzhou-2016-review/review.jicha");
        assertThat(r.out().indexOf("1. ")).isLessThan(r.out().indexOf("2. "));
        assertThat(r.out().indexOf("2. ")).isLessThan(r.out().indexOf("3. "));
    }

    @Test
    void theInteractiveShellGreetsANewcomerWithTheThreeSteps() throws Exception {
        Path input = dir.resolve("input.txt");
        java.nio.file.Files.writeString(input, "exit\n");
        Path output = dir.resolve("output.txt");
        Process p = jicha("zh").builder().redirectInput(input.toFile()).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        String out = java.nio.file.Files.readString(output, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).contains("jicha 稽查 — 输入 'help' 查看命令", "三步开始", "1. 创建稽查", "session new --name");
    }

    @Test
    void aZhLocaleWithoutJichaLangSpeaksChinese() throws Exception {
        JichaProcess.Result r = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "", "LC_ALL", "zh_CN.UTF-8"))
                .run("sesion", "list");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("jicha: 没有命令“sesion list”：是否要输入“session list”？运行 help 可列出全部命令\n");
    }

    @ParameterizedTest
    @CsvSource({
            "zh, 稽查|评查标准|案卷记录|抽样|评分|问题与整改|汇总、定稿与文书|统计|日志|其他, 创建稽查并打开, 没有命令",
            "en, Sessions|Rubrics|Records|Sampling|Scoring|Findings|Closing and documents|Statistics|Journal|Other, "
                    + "Create a review session and open it, unknown command"})
    void helpListsTheCommandsInTheOrderOfAReviewInTheLanguage(String lang, String groups, String sessionNew,
                                                              String unknown) throws Exception {
        JichaProcess.Result r = jicha(lang).run("help");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> headings = r.out().lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).toList();
        assertThat(headings.subList(0, 10)).containsExactly(groups.split("\\|"));
        assertThat(r.out()).contains("  session new ").contains(sessionNew);
        assertThat(r.out().indexOf("  session new ")).isLessThan(r.out().indexOf("  rubric load "));
        assertThat(r.out().indexOf("  sample draw ")).isLessThan(r.out().indexOf("  score deduct "));
        assertThat(r.out().indexOf("  finding add ")).isLessThan(r.out().indexOf("  report notice "));

        JichaProcess.Result bad = jicha(lang).run("sesion", "new");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().lines().toList()).hasSize(1);
        assertThat(bad.err()).contains(unknown);
    }

    @ParameterizedTest
    @CsvSource({"zh, 用法：session new, 稽查名称，例如 suzhou-2016-10（必填）, 缺少, 须给出",
            "en, usage: session new, 'session name, e.g. suzhou-2016-10 (required)', needs option, needs option"})
    void commandHelpAndOptionErrorsSpeakTheLanguage(String lang, String usage, String nameLine, String ignored,
                                                    String ignored2) throws Exception {
        JichaProcess.Result r = jicha(lang).run("session", "new", "--help");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(usage, "--name", nameLine);
        JichaProcess.Result missing = jicha(lang).run("session", "new", "--name", "x");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("--period");
        assertThat(missing.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .isEqualTo(lang.equals("zh"));
    }

    @ParameterizedTest
    @CsvSource({"zh, 未记录, 抽取 59 份案卷", "en, not recorded, sample 59 files"})
    void samplePlanWorksWithoutASessionAndRecordsNothing(String lang, String notRecorded, String size) throws Exception {
        JichaProcess.Result r = jicha(lang).run("sample", "plan", "--tolerable", "0.05");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(size, notRecorded);
        assertThat(jicha(lang).run("session", "list").out()).as("still no session").contains("1. ", "2. ", "3. ");
    }

    /** The example review's first steps, in Chinese and in English. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "zh;已创建稽查任务 suzhou|当前评查人：张三|已加载 penalty-case v3|已从 wujiang-penalties.csv 为 吴江区 行政处罚案卷 导入 46 条记录"
                    + "|已记录：|从 吴江区 的 46 份行政处罚案卷中抽取了 8 份|种子|总体指纹|正在评分 吴环罚字〔2016〕28号"
                    + "|建议问题 F-001|评查完成|稽查任务  suzhou（进行中）|稽查组    张三、李四|评分      抽取的 8 份案卷中已评查 1 份"
                    + "|全部 1 次抽样一致|问题：1 条待确认|总分;"
                    + "created session|acting auditor|imported|recorded:|drew |seed|reviewed|team|all 1 draws match|proposed|total",
            "en;created session suzhou|acting auditor: 张三|loaded penalty-case v3|imported 46 records from wujiang-penalties.csv for 吴江区 penalty-case"
                    + "|recorded: 'sample draw|drew 8 of 46 吴江区 penalty-case records|seed    2016-10-10-吴江区|population fingerprint"
                    + "|scoring 吴环罚字〔2016〕28号|proposed finding F-001|reviewed: |session   suzhou (open)|team      张三、李四"
                    + "|scored    1 of 8 drawn files reviewed|all 1 draws match|findings: 1 proposed|total;"
                    + "已创建|当前评查人|已记录|抽取了|种子|评查完成|稽查组|总分"})
    void theExampleReviewsFirstStepsSpeakTheLanguage(String lang, String expected, String unexpected) throws Exception {
        JichaProcess.Result r = jicha(lang).script(dir.resolve("first-steps.jicha"), List.of(
                "session new --name suzhou --period 2016-10-10..2016-10-13 --units 吴江区,太仓市 --team 张三,李四",
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case",
                "sample plan --confidence 0.90 --tolerable 0.25 --population 46",
                "sample draw --unit 吴江区 --kind penalty-case --plan --seed 2016-10-10-吴江区",
                "score open 吴环罚字〔2016〕28号 --unit 吴江区",
                "score deduct B1 --times 1 --note \"立案审批表未填写案件来源\" --on 2016-10-11",
                "score done --on 2016-10-11",
                "score show 吴环罚字〔2016〕28号",
                "session status",
                "sample verify"));
        assertThat(r.exit()).as(r.err()).isZero();
        String out = r.out().lines().filter(l -> !l.startsWith("» ")).reduce("", (a, b) -> a + b + "\n");
        assertThat(out).contains(expected.split("\\|"));
        for (String word : unexpected.split("\\|")) {
            assertThat(out).as(lang + " output").doesNotContain(word);
        }
    }
}
