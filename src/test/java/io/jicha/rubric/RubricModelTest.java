package io.jicha.rubric;

import io.jicha.finding.Severity;
import io.jicha.finding.Deadline;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RubricModelTest {

    private static final Path DEMO = Path.of("src/test/resources/rubrics/demo.yaml");

    @TempDir
    Path dir;

    private static Rubric demo() {
        return RubricLoader.load(DEMO);
    }

    @ParameterizedTest
    @CsvSource({"20, false, 优秀", "18, false, 优秀", "17.5, false, 合格", "12, false, 合格", "11.5, false, 不合格",
            "0, false, 不合格", "20, true, 不合格"})
    void gradeBandsIncludeTheirMinimumAndAVetoFailsWhateverTheScore(String score, boolean vetoed, String grade) {
        assertThat(demo().grade(new BigDecimal(score), vetoed)).isEqualTo(grade);
    }

    @Test
    void aScoreOutsideZeroToTotalIsAProgrammingError() {
        assertThatThrownBy(() -> demo().grade(new BigDecimal("20.5"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0.5", "7, 3.5", "8, 4", "9, 4", "100, 4"})
    void perOccurrenceDeductionsStopAtTheCriterionsPoints(int times, String expected) {
        DeductionRule rule = demo().requireCriterion("B1").deduction();

        assertThat(rule.deduction(times)).isEqualByComparingTo(expected);
        assertThat(rule.maxDeduction()).isEqualByComparingTo("4");
        assertThat(rule.form()).isEqualTo(DeductionRule.Form.PER_OCCURRENCE);
        assertThat(rule.perOccurrence()).isEqualByComparingTo("0.5");
    }

    @Test
    void allOrNothingTakesEverythingAtTheFirstOccurrence() {
        DeductionRule rule = demo().requireCriterion("B2").deduction();

        assertThat(rule.deduction(0)).isEqualByComparingTo("0");
        assertThat(rule.deduction(1)).isEqualByComparingTo("8");
        assertThat(rule.deduction(3)).isEqualByComparingTo("8");
        assertThat(rule.form()).isEqualTo(DeductionRule.Form.ALL_OR_NOTHING);
    }

    @Test
    void aZeroPointVetoCriterionNeedsNoDeduction() {
        Criterion veto = demo().requireCriterion("A1");

        assertThat(veto.veto()).isTrue();
        assertThat(veto.points()).isEqualByComparingTo("0");
        assertThat(veto.deduction().deduction(5)).isEqualByComparingTo("0");
        assertThat(demo().vetoCriteria()).containsExactly(veto);
    }

    @Test
    void lookupByCodeAndSuggestionsForTypos() {
        Rubric r = demo();

        assertThat(r.criterionCodes()).containsExactly("A1", "B1", "B2", "C1");
        assertThat(r.criterion("B2")).map(Criterion::text).contains("Sampling form 采样单");
        assertThat(r.criterion("B")).isEmpty();
        assertThat(r.sectionOf("C1")).map(Section::title).contains("Service 送达");
        assertThat(r.closestCodes("b1")).containsExactly("B1");
        assertThat(r.closestCodes("B3")).containsExactly("B1", "B2");
        assertThatThrownBy(() -> r.requireCriterion("C11"))
                .isInstanceOf(UserError.class)
                .hasMessage("no criterion C11 in rubric demo v1.0; did you mean C1?");
        assertThatThrownBy(() -> r.requireCriterion("C2"))
                .hasMessage("no criterion C2 in rubric demo v1.0; did you mean B2 or C1?");
        assertThatThrownBy(() -> r.requireCriterion("Z9"))
                .hasMessage("no criterion Z9 in rubric demo v1.0; run `rubric show demo` to list the criteria");
    }

    /** The hints of a missing criterion come from the bundle in the terminal's language (issue 22). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | C11 | no criterion C11 in rubric demo v1.0; did you mean C1?
            EN | C2  | no criterion C2 in rubric demo v1.0; did you mean B2 or C1?
            EN | Z9  | no criterion Z9 in rubric demo v1.0; run `rubric show demo` to list the criteria
            ZH | C11 | 评查标准 demo v1.0 中没有评查项 C11；是否指 C1？
            ZH | C2  | 评查标准 demo v1.0 中没有评查项 C2；是否指 B2 或 C1？
            ZH | Z9  | 评查标准 demo v1.0 中没有评查项 Z9；运行 `rubric show demo` 查看全部评查项
            """)
    void aMissingCriterionsHintSpeaksTheTerminalsLanguage(Texts.Lang lang, String code, String expected) {
        Texts.Lang before = Texts.lang();
        try {
            Texts.use(lang);
            assertThatThrownBy(() -> demo().requireCriterion(code)).isInstanceOf(UserError.class).hasMessage(expected);
        } finally {
            Texts.use(before);
        }
    }

    /**
     * A rule is a value (its form and points); the words are the bundle's, the same as the review
     * standards print them in Chinese, and in English words on an English terminal.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            src/test/resources/rubrics/demo.yaml | B1 | PER_OCCURRENCE | 每处扣0.5分，扣完为止 | 0.5 points each time, up to the item's points
            src/test/resources/rubrics/demo.yaml | B2 | ALL_OR_NOTHING | 不符合扣8分         | 8 points if not met
            src/test/resources/rubrics/demo.yaml | A1 | NOT_SCORED     | 不计分              | not scored
            rubrics/seizure-case.yaml            | C3 | RANGE          | 每处扣1–3分，扣完为止 | 1–3 points each time, up to the item's points
            """)
    void aRuleIsWordedByTheBundleFromItsFormAndPoints(String file, String code, DeductionRule.Form form, String zh, String en) {
        DeductionRule rule = RubricLoader.load(Path.of(file)).requireCriterion(code).deduction();

        assertThat(rule.form()).isEqualTo(form);
        for (Texts.Lang lang : Texts.Lang.values()) {
            String words = lang == Texts.Lang.ZH ? zh : en;
            assertThat(rule.in(lang)).as(lang.name()).isEqualTo(words);
            assertThat(Texts.get(lang, "score.all-nothing-deduct-nothing", code, rule, "8")).as(lang.name()).contains(words);
        }
    }

    @Test
    void levenshteinCountsChineseCharactersAsOne() {
        assertThat(Codes.distance("pionts", "points")).isEqualTo(2);
        assertThat(Codes.distance("较重", "严重")).isEqualTo(1);
        assertThat(Codes.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void halfPointsAddUpExactly() throws Exception {
        String yaml = Files.readString(DEMO)
                .replace("        points: 4\n        deduction: 0.5\n", "        points: 3.5\n        deduction: 0.5\n")
                .replace("        points: 8\n        deduction: all", "        points: 8.5\n        deduction: all");

        Rubric r = RubricLoader.parse("halves.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(r.requireCriterion("B1").points()).isEqualByComparingTo("3.5");
        assertThat(r.section("B").orElseThrow().points()).isEqualByComparingTo("12");
    }

    @Test
    void everyProblemInAFileIsReportedAtOnceInFileOrder() throws Exception {
        String yaml = Files.readString(DEMO)
                .replace("locale: zh-CN", "locale: zh_CN")
                .replace("        pionts", "        points")
                .replace("        points: 4\n", "        pionts: 4\n")
                .replace("  较重: {working_days: 15}", "  较重: {working_days: 0}");

        assertThat(RubricValidator.validate("many.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::toString)
                .containsExactly(
                        "many.yaml:5:9 locale: 'zh_CN' is not a language tag like zh-CN",
                        "many.yaml:23:9 sections[1].criteria[0].pionts: unknown field; did you mean 'points'?",
                        "many.yaml:47:22 deadlines.较重.working_days: must be between 1 and 3650 days, found 0");
    }

    @Test
    void jsonRubricsAreAcceptedAndLocatedToo() throws Exception {
        Path json = dir.resolve("r.json");
        Files.writeString(json, """
                {"id": "json-demo", "title": "JSON 示例", "version": "2", "locale": "zh-CN",
                 "applies_to": "inspection-record", "total": 10,
                 "sections": [{"code": "A", "title": "记录", "points": 10, "criteria": [
                    {"code": "A1", "text": "记录完整", "points": 10, "deduction": 2.5}]}],
                 "grades": [{"name": "合格", "min": 6}, {"name": "不合格", "min": 0}],
                 "deadlines": {"general": {"days": 30}, "serious": {"days": 20}, "severe": {"working_days": 5}}}
                """);

        Rubric r = RubricLoader.load(json);

        assertThat(r.appliesTo()).isEqualTo(RubricTarget.INSPECTION_RECORD);
        assertThat(r.requireCriterion("A1").deduction().deduction(3)).isEqualByComparingTo("7.5");
        assertThat(r.deadline(Severity.SEVERE)).isEqualTo(Deadline.workdays(5));
        assertThat(r.deadline(Severity.SEVERE)).isEqualTo(io.jicha.finding.Deadline.workdays(5));
    }

    @Test
    void anEmptyFileOrAListIsNotARubric() {
        assertThat(RubricValidator.validate("e.yaml", new byte[0])).extracting(Problem::toString)
                .containsExactly("e.yaml:1:1: the file is empty; a rubric needs id, title, version, locale,"
                        + " applies_to, total, sections, grades and deadlines");
        assertThat(RubricValidator.validate("l.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::toString)
                .containsExactly("l.yaml:1:1: a rubric must be a mapping of fields (id, title, ...), found a list");
    }

    @Test
    void loadingAMissingFileSaysSo() {
        assertThatThrownBy(() -> RubricLoader.load(dir.resolve("nope.yaml")))
                .isInstanceOf(UserError.class)
                .hasMessage("cannot read rubric " + dir.resolve("nope.yaml") + ": no such file");
    }

    @Test
    void oneProblemIsTheWholeMessageOfTheLoadError() throws Exception {
        String yaml = Files.readString(DEMO).replace("total: 20", "total: 25");

        assertThatThrownBy(() -> RubricLoader.parse("one.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessage("one.yaml:7:8 total: 25 but the sections add up to 20");
    }

    @Test
    void theExampleInTheFormatDocIsValidExceptForItsDeclaredShortfall() throws Exception {
        String doc = Files.readString(Path.of("docs/rubric-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        assertThat(RubricValidator.validate("example.yaml", example.getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::message)
                .containsExactly("100 but the sections add up to 9");
    }

    @Test
    void yamlNumbersThatAreNotDecimalsAreProblemsNotCrashes() throws Exception {
        String yaml = Files.readString(DEMO).replace("        points: 4\n", "        points: 0x10\n")
                .replace("        deduction: 2\n", "        deduction: .inf\n");

        assertThat(RubricValidator.validate("hex.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::toString)
                .containsExactly(
                        "hex.yaml:23:17 sections[1].criteria[0].points: expected a decimal number like 2 or 0.5, found 0x10",
                        "hex.yaml:37:20 sections[2].criteria[0].deduction: expected a decimal number like 0.5, found .inf");
    }
}
