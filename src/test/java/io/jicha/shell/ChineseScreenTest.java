package io.jicha.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.jicha.support.JichaProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under JICHA_LANG=zh no English word is left on the screen: the help of every command, the tables
 * and the messages of a review's first steps, a mistyped command. Allowed are command names, option
 * names, file names, the names of file formats and products (CSV, PDF, PostgreSQL …) and the few
 * values typed as written in both languages (the notice's --form and --signature, a draw's
 * --method, session resolve --keep, and the rubric file's veto words); see docs/zh/术语.md.
 */
@Tag("process")
class ChineseScreenTest {

    private static final Set<String> NAMES = Set.of("CSV", "csv", "PDF", "Excel", "XLSX", "xlsx", "JSON", "Lines",
            "PostgreSQL", "postgresql", "BOM", "GBK", "UTF", "jicha", "SHA");
    private static final Set<String> TYPED = Set.of("hash", "systematic", "file", "letter", "plain", "sealed", "unsealed",
            "store", "local", "veto", "exclude", "zero", "keep");
    private static final Pattern WORD = Pattern.compile("(?<![-\\w./@#:])[A-Za-z][A-Za-z]{2,}(?![-\\w./])");
    private static final Pattern OPTION = Pattern.compile("--([a-z][a-z-]*)");

    @TempDir
    Path dir;

    @Test
    void helpTablesAndMessagesSpeakChinese() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "zh", "JICHA_AUDITOR", "张三"));
        JichaProcess.Result overview = jicha.run("help");
        assertThat(overview.exit()).isZero();
        Set<String> commands = new TreeSet<>();
        for (String line : overview.out().lines().toList()) {
            Matcher m = Pattern.compile("^  ([a-z]+(?: [a-z]+)?)  ").matcher(line);
            if (m.find()) {
                commands.add(m.group(1));
            }
        }
        assertThat(commands).contains("session new", "score deduct", "records import", "undo");
        List<String> script = new ArrayList<>();
        commands.forEach(c -> script.add("help " + c));
        script.addAll(List.of(
                "help score",
                "session list",
                "session new --name t --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind 行政处罚案卷",
                "sample draw --unit 吴江区 --kind 行政处罚案卷 --size 3 --seed 2016-10-10-吴江区",
                "score deduct B1 --record 吴环罚字〔2016〕37号 --unit 吴江区 --times 1 --note 立案审批表未填写案件来源 --on 2016-10-11",
                "score done 吴环罚字〔2016〕37号 --unit 吴江区 --on 2016-10-11",
                "score show 吴环罚字〔2016〕37号 --unit 吴江区",
                "session status", "sample show", "finding list", "journal log", "session todo",
                "records list --unit 吴江区 --kind 行政处罚案卷", "records show 吴环罚字〔2016〕37号", "undo"));
        JichaProcess.Result r = jicha.script(dir.resolve("zh.jicha"), script);
        assertThat(r.exit()).as(r.err()).isZero();
        JichaProcess.Result typo = jicha.run("sesion", "list");
        assertThat(typo.exit()).isNotZero();

        String screen = r.out() + "\n" + r.err() + "\n" + typo.err();
        Set<String> allowed = new TreeSet<>(NAMES);
        allowed.add("sesion"); // what the user typed, quoted back
        allowed.add("Fisher"); // a name, as the bureau's own sentence has it: 单侧 Fisher 精确检验 (issue 24)
        allowed.addAll(TYPED);
        commands.forEach(c -> allowed.addAll(List.of(c.split(" "))));
        Matcher o = OPTION.matcher(screen);
        while (o.find()) {
            allowed.addAll(List.of(o.group(1).split("-")));
        }
        Set<String> english = new TreeSet<>();
        for (String line : screen.lines().toList()) {
            if (line.startsWith("»")) {
                continue; // the script's echo of the command typed
            }
            Matcher w = WORD.matcher(line);
            while (w.find()) {
                if (!allowed.contains(w.group())) {
                    english.add(w.group() + "  ← " + line.strip());
                }
            }
        }
        assertThat(screen).contains("评查项", "行政处罚案卷", "待确认", "是否要输入");
        assertThat(english).as("English words on the Chinese screen").isEmpty();
    }

    /**
     * Tab completion under JICHA_LANG=zh, in the interactive shell on a real pseudo-terminal (util-linux
     * {@code script}): groups and descriptions in Chinese, the values of --kind and --method by their
     * Chinese names, units, criterion codes with their text, finding ids with theirs, and never
     * JLine's English question before a long list.
     */
    @Test
    void tabCompletionSpeaksChinese() throws Exception {
        Path ws = dir.resolve("ws");
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_LANG", "zh", "JICHA_AUDITOR", "张三"));
        JichaProcess.Result setup = jicha.script(dir.resolve("setup.jicha"), List.of(
                "session new --name t --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind 行政处罚案卷",
                "sample draw --unit 吴江区 --kind 行政处罚案卷 --size 3 --seed 2016-10-10-吴江区",
                "score deduct B1 --record 吴环罚字〔2016〕37号 --unit 吴江区 --times 1 --note 立案审批表未填写案件来源 --on 2016-10-11",
                "score deduct C6 --record 吴环罚字〔2016〕37号 --unit 吴江区 --times 1 --note 卷内无现场照片 --on 2016-10-11"));
        assertThat(setup.exit()).as(setup.err()).isZero();
        JichaProcess.Result overview = jicha.run("help");
        Set<String> commandWords = new TreeSet<>();
        for (String line : overview.out().lines().toList()) {
            Matcher m = Pattern.compile("^  ([a-z]+(?: [a-z]+)?)  ").matcher(line);
            if (m.find()) {
                commandWords.addAll(List.of(m.group(1).split(" ")));
            }
        }

        String screen = Pty.session(jicha, "jicha:t>", List.of(
                "sco\t\t", "\u0015score deduct C\t", "\u0015sample draw --kind \t", "\u0015sample draw --method \t",
                "\u0015score open --unit \t", "\u0015finding accept F\t", "\u0015\t\t", "\u0015exit\r"));

        assertThat(screen).contains("评分", "问题与整改") // groups
                .contains("对评查项扣分，并注明所见情况") // a command's description
                .contains("现场检查（勘察）笔录内容完整") // C1 with its text
                .contains("行政处罚案卷", "现场监察记录") // --kind
                .contains("哈希排序", "等距抽样") // --method
                .contains("吴江区") // --unit
                .contains("F-001") // a finding id
                .contains("立案审批表"); // with its text
        Set<String> allowed = new TreeSet<>(NAMES);
        allowed.addAll(TYPED);
        allowed.addAll(commandWords);
        allowed.add("Fisher");
        Matcher o = OPTION.matcher(screen);
        while (o.find()) {
            allowed.addAll(List.of(o.group(1).split("-")));
        }
        allowed.add("exit");
        Set<String> english = new TreeSet<>();
        for (String line : screen.lines().toList()) {
            Matcher w = WORD.matcher(line);
            while (w.find()) {
                if (!redrawnFrom(w.group(), allowed)) {
                    english.add(w.group() + "  ← " + line.strip());
                }
            }
        }
        assertThat(english).as("English words in Tab completion under JICHA_LANG=zh").isEmpty();
    }

    /**
     * Whether a word on the terminal is an allowed word, or what JLine's redrawing leaves of allowed
     * words once the cursor movements are taken out: a piece of one ("educt" of deduct) or two
     * pieces run together ("deducscore": the line typed so far, then the line redrawn).
     */
    private static boolean redrawnFrom(String word, Set<String> allowed) {
        if (allowed.contains(word) || allowed.stream().anyMatch(a -> a.contains(word))) {
            return true;
        }
        for (int i = 3; i <= word.length() - 3; i++) { // pieces of three letters at least
            String head = word.substring(0, i);
            String tail = word.substring(i);
            if (allowed.stream().anyMatch(a -> a.contains(head)) && allowed.stream().anyMatch(a -> a.contains(tail))) {
                return true;
            }
        }
        return false;
    }
}
