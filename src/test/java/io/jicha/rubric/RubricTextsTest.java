package io.jicha.rubric;

import io.jicha.common.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Chinese clerk who loads a wrong rubric reads its problems in Chinese (issue 22): the Chinese texts
 * of a rubric file's problems, its syntax errors, a deduction rule and a missing criterion's hints hold
 * no English sentence. A Latin word there is only a word of the rubric format itself (a field name or
 * value a clerk types into the file, as docs/rubric-format.md spells it: a key, a value after one, or in `…`), an encoding's name, or what
 * is quoted: a placeholder, a value in '…', a command in `…`.
 */
class RubricTextsTest {

    private static final Pattern FOR_A_RUBRIC_FILE = Pattern.compile(
            "rubric\\.(problem|syntax|rule|kind|criterion-hint)\\..*|rubric\\.(did-you-mean|allowed)");
    private static final Pattern QUOTED = Pattern.compile("\\{\\d}|'[^']*'|`[^`]*`|zh-CN");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]+");
    private static final Set<String> NAMES = Set.of("UTF", "GBK");

    @Test
    void theChineseTextsOfARubricFilesProblemsHoldNoEnglishSentence() throws IOException {
        String format = Files.readString(Path.of("docs/rubric-format.md"), StandardCharsets.UTF_8);
        Properties zh = Texts.bundle("rubric", Texts.Lang.ZH);
        List<String> keys = zh.stringPropertyNames().stream().filter(k -> FOR_A_RUBRIC_FILE.matcher(k).matches()).sorted().toList();
        assertThat(keys).as("the keys this test reads").contains("rubric.problem.invalid-id", "rubric.problem.duplicate-code",
                "rubric.syntax.unexpected-end", "rubric.rule.per-occurrence", "rubric.criterion-hint.near").hasSizeGreaterThan(60);

        List<String> english = new ArrayList<>();
        for (String key : keys) {
            String text = zh.getProperty(key);
            for (String w : englishWords(text, format)) {
                english.add(key + ": " + w + "  ← " + text);
            }
        }
        assertThat(english).as("English in the Chinese texts of a rubric file's problems").isEmpty();
    }

    @Test
    void theCheckFindsAnEnglishSentenceAndLetsTheFormatsOwnWordsThrough() throws IOException {
        String format = Files.readString(Path.of("docs/rubric-format.md"), StandardCharsets.UTF_8);

        assertThat(englishWords("{0} but the sections add up to {1}", format)).containsExactly("but", "the", "add", "up", "to");
        assertThat(englishWords("缺少必填字段“deduction”（每处扣除的分数，或 'all'）；用 `rubric show {0}` 查看", format)).isEmpty();
        assertThat(englishWords("只有否决项（veto: true）可以是 0 分；语言标记如 zh-CN，文件须为 UTF-8", format)).isEmpty();
    }

    /** The Latin words of {@code text} that are neither quoted, nor an encoding's name, nor a word of the rubric format. */
    private static List<String> englishWords(String text, String format) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(QUOTED.matcher(text).replaceAll(" "));
        while (m.find()) {
            String w = m.group();
            boolean formatWord = Pattern.compile("(?m)(^\\s*-?\\s*|`)" + Pattern.quote(w) + "(:|`)|:[ \\t]+" + Pattern.quote(w) + "[ \\t]*(#|$)").matcher(format).find();
            if (!NAMES.contains(w) && !formatWord) {
                out.add(w);
            }
        }
        return out;
    }
}
