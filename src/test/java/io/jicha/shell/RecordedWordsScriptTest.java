package io.jicha.shell;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words jicha records into a session's journal as data (a proposal's text and requirement, why a
 * proposal was dropped or a file reopened, a grouped finding's text and 并入) are in the session's
 * language, not the terminal's: the same commands under JICHA_LANG=en and zh in a zh-CN session record
 * the same Chinese words; an English session records English words. Read back from the journal file.
 */
@Tag("process")
class RecordedWordsScriptTest {

    @TempDir
    Path dir;

    @Test
    void aChineseSessionRecordsChineseWhateverTheTerminalSpeaksAndAnEnglishOneEnglish() throws Exception {
        List<String> zhTerminal = recorded("zh", "zh-CN");
        List<String> enTerminal = recorded("en", "zh-CN");
        assertThat(enTerminal).isEqualTo(zhTerminal);
        assertThat(zhTerminal).contains(
                "finding.proposed text 吴环罚字〔2016〕1号：" + C6 + "——无现场照片",
                "finding.proposed requirement 对照评查标准C6（" + C6 + "）逐项整改，完善相关材料",
                "score.reopened reason 由原评查人修改",
                "finding.dropped reason 评分已撤销 (C5)",
                "finding.added text 抽查的2份文件不符合“" + C6 + "”（吴环罚字〔2016〕1号、吴环罚字〔2016〕2号）",
                "finding.dropped reason 并入 F-004",
                "finding.proposed text 对计划执行情况有阶段性总结——无阶段性总结");

        List<String> english = recorded("zh", "en");
        assertThat(english).contains(
                "finding.proposed text 吴环罚字〔2016〕1号: " + C6 + " — 无现场照片",
                "finding.proposed requirement Rectify item by item against criterion C6 (" + C6
                        + ") and complete the supporting documents",
                "score.reopened reason changed by the auditor who scored it",
                "finding.dropped reason score cleared (C5)",
                "finding.added text 2 of the files sampled do not meet \"" + C6 + "\" (吴环罚字〔2016〕1号, 吴环罚字〔2016〕2号)",
                "finding.dropped reason merged into F-004",
                "finding.proposed text 对计划执行情况有阶段性总结 — 无阶段性总结");
    }

    /** The text of criterion C6 in the shipped penalty-case rubric. */
    private static final String C6 = c6();

    private static String c6() {
        try {
            List<String> lines = Files.readAllLines(Path.of("rubrics/penalty-case.yaml"), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("- code: C6")) {
                    return lines.get(i + 1).strip().replaceFirst("^text: ", "");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no C6 in rubrics/penalty-case.yaml");
    }

    /** Runs the same commands in a new session; the recorded words as "type field value" lines. */
    private List<String> recorded(String terminal, String locale) throws Exception {
        Path here = Files.createDirectories(dir.resolve(terminal + "-" + locale));
        Path csv = here.resolve("penalties.csv");
        Files.writeString(csv, """
                案号,立案日期,企业名称,行业
                吴环罚字〔2016〕1号,2016-01-02,吴江市盛新印染有限公司,印染
                吴环罚字〔2016〕2号,2016-02-03,吴江市恒达化工有限公司,化工
                """, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("user.dir"));
        Path ws = here.resolve("ws");
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三", "JICHA_LANG", terminal));
        String one = "吴环罚字〔2016〕1号";
        String two = "吴环罚字〔2016〕2号";
        JichaProcess.Result r = jicha.script(here.resolve("t.jicha"), List.of(
                "session new --name t --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三 --locale " + locale,
                "rubric load " + root.resolve("rubrics/penalty-case.yaml"),
                "records import " + csv + " --unit 吴江区 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 2 --seed s1",
                "score deduct C6 --record " + one + " --times 1 --note 无现场照片 --on 2016-10-11",
                "score deduct C6 --record " + two + " --times 1 --note 无现场照片 --on 2016-10-11",
                "score done " + one + " --on 2016-10-11",
                "score deduct C5 --record " + one + " --times 1 --note 未送达 --on 2016-10-11",
                "score clear C5 --record " + one + " --reason 误扣 --on 2016-10-11",
                "finding group F-001,F-002 --require 整改",
                "rubric load " + root.resolve("rubrics/unit-documents.yaml"),
                "review unit 吴江区",
                "review deduct A3 --times 1 --note 无阶段性总结 --on 2016-10-12"));
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        Path journal;
        try (Stream<Path> files = Files.walk(ws)) {
            journal = files.filter(p -> p.getFileName().toString().equals("journal.jsonl")).findFirst().orElseThrow();
        }
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            JsonNode e = Json.MAPPER.readTree(line);
            String type = e.path("type").asText();
            for (String field : List.of("text", "requirement", "reason")) {
                if ((type.startsWith("finding.") || type.equals("score.reopened")) && e.path("payload").has(field)) {
                    words.add(type + " " + field + " " + e.path("payload").path(field).asText());
                }
            }
        }
        return words;
    }
}
