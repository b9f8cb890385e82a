package io.jicha.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One word for one thing in the Chinese interface: the retired words of docs/zh/术语.md (its third
 * column) appear in no Chinese terminal text, nor in README.zh-CN.md or the guide in docs/zh/.
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("docs/zh/术语.md");

    /** Retired word → the word used instead, read from the glossary's table. */
    static Map<String, String> retired() throws IOException {
        Map<String, String> words = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 5 || line.startsWith("|---") || cells[1].strip().equals("用词")) {
                continue;
            }
            for (String w : cells[3].split("、")) {
                String word = w.strip();
                if (!word.isEmpty() && !word.startsWith("（")) {
                    words.put(word, cells[1].strip());
                }
            }
        }
        return words;
    }

    @Test
    void theGlossaryRetiresTheWordsTheIssueNamed() throws IOException {
        assertThat(retired()).containsKeys("会话", "评分项", "评查项目", "稽查人员", "采纳", "单位文书", "签发日期")
                .containsEntry("会话", "稽查任务").containsEntry("评分项", "评查项");
    }

    @Test
    void noChineseTextUsesARetiredWord() throws IOException {
        Map<String, String> retired = retired();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/messages/cli"))) {
            s.filter(p -> p.getFileName().toString().endsWith("_zh.properties")).sorted().forEach(files::add);
        }
        files.add(Path.of("README.zh-CN.md"));
        try (Stream<Path> s = Files.list(GLOSSARY.getParent())) {
            s.filter(p -> p.toString().endsWith(".md") && !p.equals(GLOSSARY)).sorted().forEach(files::add);
        }
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (var e : retired.entrySet()) {
                    if (lines.get(i).contains(e.getKey())) {
                        found.add(f + ":" + (i + 1) + ": " + e.getKey() + " → " + e.getValue());
                    }
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(12);
        assertThat(found).as("retired words (docs/zh/术语.md)").isEmpty();
    }
}
