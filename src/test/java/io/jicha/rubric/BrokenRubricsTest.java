package io.jicha.rubric;

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
                Arguments.of("applies-when-not-mapping.yaml",
                        "applies-when-not-mapping.yaml:8:15 applies_when: expected a mapping of a record attribute to its value, e.g. {重大案件类型: 查封、扣押}, found text '查封扣押'"),
                Arguments.of("bonus-above-cap.yaml",
                        "bonus-above-cap.yaml:43:15 bonus.criteria[0].points: 3 is more than the bonus cap 2"),
                Arguments.of("na-on-veto.yaml",
                        "na-on-veto.yaml:17:13 sections[0].criteria[0].na: a veto criterion cannot be not applicable: remove 'na: true' or 'veto: true'"),
                Arguments.of("range-above-points.yaml",
                        "range-above-points.yaml:37:20 sections[2].criteria[0].deduction: range 2-9 goes above the criterion's 8 points"),
                Arguments.of("range-reversed.yaml",
                        "range-reversed.yaml:24:20 sections[1].criteria[0].deduction: range 3-1: the first number must be more than 0 and less than the second"),
                Arguments.of("code-outside-section.yaml",
                        "code-outside-section.yaml:34:15 sections[2].criteria[0].code: 'D1' does not start with its section's code 'C'"),
                Arguments.of("criteria-below-section.yaml",
                        "criteria-below-section.yaml:19:13 sections[1].points: 12 but its criteria add up to 11"),
                Arguments.of("criteria-exceed-section.yaml",
                        "criteria-exceed-section.yaml:28:17 sections[1].criteria[1].points: 9 exceeds the section's remaining 8"),
                Arguments.of("deadline-both-kinds.yaml",
                        "deadline-both-kinds.yaml:47:7 deadlines.较重: give days or working_days, not both"),
                Arguments.of("deduction-exceeds-points.yaml",
                        "deduction-exceeds-points.yaml:37:20 sections[2].criteria[0].deduction: 9 is more than the criterion's 8 points"),
                Arguments.of("duplicate-criterion-code.yaml",
                        "duplicate-criterion-code.yaml:26:15 sections[1].criteria[1].code: duplicate code 'B1' (first at line 21)"),
                Arguments.of("duplicate-key.yaml",
                        "duplicate-key.yaml:38:9 sections[2].criteria[0].points: duplicate field (first at line 36)"),
                Arguments.of("grades-not-covering-zero.yaml",
                        "grades-not-covering-zero.yaml:44:10 grades[2].min: the lowest band must start at 0 to cover 0..20, found 5"),
                Arguments.of("grades-not-descending.yaml",
                        "grades-not-descending.yaml:42:10 grades[1].min: 18 is above the previous band's 12; list bands from highest to lowest"),
                Arguments.of("grades-overlap.yaml",
                        "grades-overlap.yaml:42:10 grades[1].min: 18 overlaps grades[0], which also starts at 18"),
                Arguments.of("invalid-id.yaml",
                        "invalid-id.yaml:2:5 id: 'Demo Rubric' is not a valid id: use lower-case letters, digits, '.', '-' and '_'"),
                Arguments.of("missing-deduction.yaml",
                        "missing-deduction.yaml:34:9 sections[2].criteria[0]: missing required field 'deduction' (a number deducted per occurrence, or 'all')"),
                Arguments.of("missing-severity.yaml",
                        "missing-severity.yaml:46:3 deadlines: missing severity 严重 (each of 一般, 较重, 严重 needs a default deadline)"),
                Arguments.of("missing-title.yaml",
                        "missing-title.yaml:2:1: missing required field 'title'"),
                Arguments.of("points-not-half-step.yaml",
                        "points-not-half-step.yaml:23:17 sections[1].criteria[0].points: must be a multiple of 0.5, found 4.3"),
                Arguments.of("sections-below-total.yaml",
                        "sections-below-total.yaml:7:8 total: 25 but the sections add up to 20"),
                Arguments.of("sections-exceed-total.yaml",
                        "sections-exceed-total.yaml:32:13 sections[2].points: 8 exceeds the total's remaining 6"),
                Arguments.of("syntax-error.yaml",
                        "syntax-error.yaml:19:11: syntax error: while parsing a flow sequence at line 18; expected ',' or ']', but got :"),
                Arguments.of("typo-in-json.json",
                        "typo-in-json.json:10:76 sections[0].criteria[0].guidence: unknown field; did you mean 'guidance'?"),
                Arguments.of("typo-pionts.yaml",
                        "typo-pionts.yaml:23:9 sections[1].criteria[0].pionts: unknown field; did you mean 'points'?"),
                Arguments.of("unknown-applies-to.yaml",
                        "unknown-applies-to.yaml:6:13 applies_to: unknown target 'penalty-cases'; did you mean 'penalty-case'?"),
                Arguments.of("unknown-severity.yaml",
                        "unknown-severity.yaml:49:3 deadlines.轻微: unknown severity; use 一般, 较重 or 严重"),
                Arguments.of("unknown-veto-effect.yaml",
                        "unknown-veto-effect.yaml:8:7 veto: unknown veto effect 'zeroed'; use zero, exclude or keep"),
                Arguments.of("veto-not-boolean.yaml",
                        "veto-not-boolean.yaml:16:15 sections[0].criteria[0].veto: expected true or false, found text 'maybe'"),
                Arguments.of("zero-points-without-veto.yaml",
                        "zero-points-without-veto.yaml:15:17 sections[0].criteria[0].points: 0 points are allowed only on a veto criterion (veto: true)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void reportsTheOneFaultAtItsLineAndColumn(String file, String expected) throws Exception {
        byte[] bytes = Files.readAllBytes(BROKEN.resolve(file));

        assertThat(RubricValidator.validate(file, bytes)).extracting(Problem::toString).containsExactly(expected);
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
