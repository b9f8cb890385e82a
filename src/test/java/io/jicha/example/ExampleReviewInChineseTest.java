package io.jicha.example;

import io.jicha.common.Texts;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole example review under JICHA_LANG=zh (ExampleReviewTest runs it in English) and
 * checks that its console output speaks Chinese: none of the words that only the English texts
 * use appears in it, and the Chinese texts of its steps do.
 */
@Tag("process")
class ExampleReviewInChineseTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{5,}");

    @TempDir
    Path dir;

    @Test
    void theExampleReviewsConsoleOutputIsChinese() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        List<String> script = Files.readAllLines(ReviewScriptGenerator.SCRIPT, StandardCharsets.UTF_8).stream()
                .map(l -> l.replace(ReviewScriptGenerator.OUT + "/", out + "/")).toList();
        JichaProcess.Result run = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "zh"))
                .script(dir.resolve("review.jicha"), script);
        assertThat(run.exit()).as(run.err()).isZero();
        String console = run.out().lines().filter(l -> !l.startsWith("» ")).reduce("", (a, b) -> a + b + "\n");

        Set<String> englishOnly = words(Texts.Lang.EN);
        englishOnly.removeAll(words(Texts.Lang.ZH));
        assertThat(englishOnly).contains("created", "drawn", "reviewed", "wrote", "verifies");
        Set<String> found = new TreeSet<>();
        // identifiers (penalty-case, unit-documents) and paths (…/notice-wujiang.pdf) are not text
        Matcher m = WORD.matcher(console.replaceAll("[A-Za-z0-9_.~]*[-/][A-Za-z0-9_./~-]*", " "));
        while (m.find()) {
            if (englishOnly.contains(m.group().toLowerCase())) {
                found.add(m.group());
            }
        }
        found.remove("Fisher"); // a name, as the bureau's own sentence has it: 单侧 Fisher 精确检验 (issue 24)
        assertThat(found).as("English words in the Chinese console output").isEmpty();
        assertThat(console).contains("已创建稽查任务 suzhou-2016-review", "已加载 penalty-case v3", "导入 46 条记录",
                "从 吴江区 的 46 份行政处罚案卷中抽取了 8 份", "全部 8 次抽样一致", "稽查任务已定稿", "已写入 " + out);
    }

    /** The words (5 letters or more, lower case) of every terminal text in one language. */
    private static Set<String> words(Texts.Lang lang) throws Exception {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages/cli"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("_" + lang.name().toLowerCase() + ".properties")).toList()) {
                String bundle = f.getFileName().toString().replaceAll("_(zh|en)\\.properties$", "");
                Properties p = Texts.bundle(bundle, lang);
                for (String key : p.stringPropertyNames()) {
                    Matcher m = WORD.matcher(p.getProperty(key));
                    while (m.find()) {
                        words.add(m.group().toLowerCase());
                    }
                }
            }
        }
        return words;
    }
}
