package io.jicha.rubric;

import io.jicha.common.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each file under src/test/resources/rubrics/broken is demo.yaml (or a JSON rubric) with exactly one
 * fault; the validator must report exactly that fault, at that line and column. The expectations live
 * here, not in the files, so a file cannot quietly agree with a wrong validator.
 */
class BrokenRubricsTest {

    private static final Path BROKEN = Path.of("src/test/resources/rubrics/broken");

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                row("applies-when-not-mapping.yaml",
                        "applies-when-not-mapping.yaml:8:15 applies_when: expected a mapping of a record attribute to its value, e.g. {重大案件类型: 查封、扣押}, found text '查封扣押'",
                        "applies-when-not-mapping.yaml:8:15 applies_when: 应为“记录属性: 值”的映射，例如 {重大案件类型: 查封、扣押}，实际为 文本“查封扣押”"),
                row("bonus-above-cap.yaml",
                        "bonus-above-cap.yaml:43:15 bonus.criteria[0].points: 3 is more than the bonus cap 2",
                        "bonus-above-cap.yaml:43:15 bonus.criteria[0].points: 3 超过加分上限 2"),
                row("code-outside-section.yaml",
                        "code-outside-section.yaml:34:15 sections[2].criteria[0].code: 'D1' does not start with its section's code 'C'",
                        "code-outside-section.yaml:34:15 sections[2].criteria[0].code: 代码“D1”没有以所属部分的代码“C”开头"),
                row("criteria-below-section.yaml",
                        "criteria-below-section.yaml:19:13 sections[1].points: 12 but its criteria add up to 11",
                        "criteria-below-section.yaml:19:13 sections[1].points: 本部分 12 分，但其评查项合计只有 11 分"),
                row("criteria-exceed-section.yaml",
                        "criteria-exceed-section.yaml:28:17 sections[1].criteria[1].points: 9 exceeds the section's remaining 8",
                        "criteria-exceed-section.yaml:28:17 sections[1].criteria[1].points: 9 分超过本部分余下的 8 分"),
                row("deadline-both-kinds.yaml",
                        "deadline-both-kinds.yaml:47:7 deadlines.较重: give days or working_days, not both",
                        "deadline-both-kinds.yaml:47:7 deadlines.较重: days 和 working_days 只能给出其一"),
                row("deduction-exceeds-points.yaml",
                        "deduction-exceeds-points.yaml:37:20 sections[2].criteria[0].deduction: 9 is more than the criterion's 8 points",
                        "deduction-exceeds-points.yaml:37:20 sections[2].criteria[0].deduction: 9 超过了该评查项的 8 分"),
                row("duplicate-criterion-code.yaml",
                        "duplicate-criterion-code.yaml:26:15 sections[1].criteria[1].code: duplicate code 'B1' (first at line 21)",
                        "duplicate-criterion-code.yaml:26:15 sections[1].criteria[1].code: 重复的代码“B1”（首次出现在第 21 行）"),
                row("duplicate-grade.yaml",
                        "duplicate-grade.yaml:41:11 grades[1].name: duplicate grade '优秀'",
                        "duplicate-grade.yaml:41:11 grades[1].name: 重复的等级“优秀”"),
                row("duplicate-key.yaml",
                        "duplicate-key.yaml:38:9 sections[2].criteria[0].points: duplicate field (first at line 36)",
                        "duplicate-key.yaml:38:9 sections[2].criteria[0].points: 重复的字段（首次出现在第 36 行）"),
                row("grade-above-total.yaml",
                        "grade-above-total.yaml:40:10 grades[0].min: 25 is above the total 20",
                        "grade-above-total.yaml:40:10 grades[0].min: 25 分高于总分 20 分"),
                row("grades-not-covering-zero.yaml",
                        "grades-not-covering-zero.yaml:44:10 grades[2].min: the lowest band must start at 0 to cover 0..20, found 5",
                        "grades-not-covering-zero.yaml:44:10 grades[2].min: 最低的等级必须从 0 分起，才能覆盖 0..20，实际为 5"),
                row("grades-not-descending.yaml",
                        "grades-not-descending.yaml:42:10 grades[1].min: 18 is above the previous band's 12; list bands from highest to lowest",
                        "grades-not-descending.yaml:42:10 grades[1].min: 18 分高于上一个等级的 12 分；请按分数从高到低列出等级"),
                row("grades-overlap.yaml",
                        "grades-overlap.yaml:42:10 grades[1].min: 18 overlaps grades[0], which also starts at 18",
                        "grades-overlap.yaml:42:10 grades[1].min: 18 分与 grades[0] 重叠（它也从 18 分起）"),
                row("grades-too-few.yaml",
                        "grades-too-few.yaml:39:3 grades: needs at least two bands: a passing band and the fail band (min: 0)",
                        "grades-too-few.yaml:39:3 grades: 至少需要两个等级：合格的等级和不合格的等级（min: 0）"),
                row("invalid-code.yaml",
                        "invalid-code.yaml:26:15 sections[1].criteria[1].code: 'B2/1' is not a valid code: use letters, digits, '.' and '-'",
                        "invalid-code.yaml:26:15 sections[1].criteria[1].code: “B2/1”不是有效的代码：只能用字母、数字和 '.'、'-'"),
                row("invalid-id.yaml",
                        "invalid-id.yaml:2:5 id: 'Demo Rubric' is not a valid id: use lower-case letters, digits, '.', '-' and '_'",
                        "invalid-id.yaml:2:5 id: “Demo Rubric”不是有效的编号：只能用小写字母、数字和 '.'、'-'、'_'"),
                row("invalid-locale.yaml",
                        "invalid-locale.yaml:5:9 locale: 'zh_CN' is not a language tag like zh-CN",
                        "invalid-locale.yaml:5:9 locale: “zh_CN”不是 zh-CN 这样的语言标记"),
                row("missing-deduction.yaml",
                        "missing-deduction.yaml:34:9 sections[2].criteria[0]: missing required field 'deduction' (a number deducted per occurrence, or 'all')",
                        "missing-deduction.yaml:34:9 sections[2].criteria[0]: 缺少必填字段“deduction”（每处扣除的分数，或 'all'）"),
                row("missing-severity.yaml",
                        "missing-severity.yaml:46:3 deadlines: missing severity 严重 (each of 一般, 较重, 严重 needs a default deadline)",
                        "missing-severity.yaml:46:3 deadlines: 缺少严重程度 严重（一般、较重、严重 都需要默认期限）"),
                row("missing-title.yaml",
                        "missing-title.yaml:2:1: missing required field 'title'",
                        "missing-title.yaml:2:1: 缺少必填字段“title”"),
                row("na-on-veto.yaml",
                        "na-on-veto.yaml:17:13 sections[0].criteria[0].na: a veto criterion cannot be not applicable: remove 'na: true' or 'veto: true'",
                        "na-on-veto.yaml:17:13 sections[0].criteria[0].na: 否决项不能标为可不适用：请去掉 'na: true' 或 'veto: true'"),
                row("points-not-half-step.yaml",
                        "points-not-half-step.yaml:23:17 sections[1].criteria[0].points: must be a multiple of 0.5, found 4.3",
                        "points-not-half-step.yaml:23:17 sections[1].criteria[0].points: 必须是 0.5 的倍数，实际为 4.3"),
                row("range-above-points.yaml",
                        "range-above-points.yaml:37:20 sections[2].criteria[0].deduction: range 2-9 goes above the criterion's 8 points",
                        "range-above-points.yaml:37:20 sections[2].criteria[0].deduction: 扣分范围 2-9 超过该项的 8 分"),
                row("range-reversed.yaml",
                        "range-reversed.yaml:24:20 sections[1].criteria[0].deduction: range 3-1: the first number must be more than 0 and less than the second",
                        "range-reversed.yaml:24:20 sections[1].criteria[0].deduction: 扣分范围 3-1：前一个数必须大于 0 且小于后一个数"),
                row("sections-below-total.yaml",
                        "sections-below-total.yaml:7:8 total: 25 but the sections add up to 20",
                        "sections-below-total.yaml:7:8 total: 总分 25 分，但各部分合计只有 20 分"),
                row("sections-exceed-total.yaml",
                        "sections-exceed-total.yaml:32:13 sections[2].points: 8 exceeds the total's remaining 6",
                        "sections-exceed-total.yaml:32:13 sections[2].points: 8 分超过总分余下的 6 分"),
                row("syntax-error.yaml",
                        "syntax-error.yaml:19:11: syntax error: while parsing a flow sequence at line 18; expected ',' or ']', but got :",
                        "syntax-error.yaml:19:11: 语法错误：while parsing a flow sequence（第 18 行）; expected ',' or ']', but got :"),
                row("total-zero.yaml",
                        "total-zero.yaml:7:8 total: must be more than 0",
                        "total-zero.yaml:7:8 total: 必须大于 0"),
                row("typo-in-json.json",
                        "typo-in-json.json:10:76 sections[0].criteria[0].guidence: unknown field; did you mean 'guidance'?",
                        "typo-in-json.json:10:76 sections[0].criteria[0].guidence: 未知字段；是否指“guidance”？"),
                row("typo-pionts.yaml",
                        "typo-pionts.yaml:23:9 sections[1].criteria[0].pionts: unknown field; did you mean 'points'?",
                        "typo-pionts.yaml:23:9 sections[1].criteria[0].pionts: 未知字段；是否指“points”？"),
                row("unknown-applies-to-far.yaml",
                        "unknown-applies-to-far.yaml:6:13 applies_to: unknown target '处罚案卷'; use one of penalty-case, inspection-record, unit-documents",
                        "unknown-applies-to-far.yaml:6:13 applies_to: 未知的适用对象“处罚案卷”；请用其中之一：penalty-case, inspection-record, unit-documents"),
                row("unknown-applies-to.yaml",
                        "unknown-applies-to.yaml:6:13 applies_to: unknown target 'penalty-cases'; did you mean 'penalty-case'?",
                        "unknown-applies-to.yaml:6:13 applies_to: 未知的适用对象“penalty-cases”；是否指“penalty-case”？"),
                row("unknown-severity.yaml",
                        "unknown-severity.yaml:49:3 deadlines.轻微: unknown severity; use 一般, 较重 or 严重",
                        "unknown-severity.yaml:49:3 deadlines.轻微: 未知的严重程度；请用 一般、较重 或 严重"),
                row("unknown-veto-effect.yaml",
                        "unknown-veto-effect.yaml:8:7 veto: unknown veto effect 'zeroed'; use zero, exclude or keep",
                        "unknown-veto-effect.yaml:8:7 veto: 未知的否决效果 'zeroed'；请用 zero、exclude 或 keep"),
                row("veto-not-boolean.yaml",
                        "veto-not-boolean.yaml:16:15 sections[0].criteria[0].veto: expected true or false, found text 'maybe'",
                        "veto-not-boolean.yaml:16:15 sections[0].criteria[0].veto: 应为 true 或 false，实际为 文本“maybe”"),
                row("zero-points-without-veto.yaml",
                        "zero-points-without-veto.yaml:15:17 sections[0].criteria[0].points: 0 points are allowed only on a veto criterion (veto: true)",
                        "zero-points-without-veto.yaml:15:17 sections[0].criteria[0].points: 只有否决项（veto: true）可以是 0 分"));
    }

    private static Arguments row(String file, String english, String chinese) {
        return Arguments.of(file, english, chinese);
    }

    /** The same fault, at the same spot, in each terminal language: a Chinese clerk reads it in Chinese (issue 22). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void reportsTheOneFaultAtItsLineAndColumnInBothLanguages(String file, String english, String chinese) throws Exception {
        byte[] bytes = Files.readAllBytes(BROKEN.resolve(file));
        Texts.Lang before = Texts.lang();
        try {
            Texts.use(Texts.Lang.EN);
            assertThat(RubricValidator.validate(file, bytes)).extracting(Problem::toString).containsExactly(english);
            Texts.use(Texts.Lang.ZH);
            assertThat(RubricValidator.validate(file, bytes)).extracting(Problem::toString).containsExactly(chinese);
        } finally {
            Texts.use(before);
        }
    }

    @org.junit.jupiter.api.Test
    void everyBrokenFileHasAnExpectation() throws Exception {
        try (Stream<Path> files = Files.list(BROKEN)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(brokenFiles().map(a -> (String) a.get()[0]).toList())
                    .hasSizeGreaterThanOrEqualTo(15);
        }
    }

    @org.junit.jupiter.api.Test
    void theUnbrokenOriginalIsValid() throws Exception {
        Path demo = Path.of("src/test/resources/rubrics/demo.yaml");

        assertThat(RubricValidator.validate("demo.yaml", Files.readAllBytes(demo))).isEmpty();
    }
}
