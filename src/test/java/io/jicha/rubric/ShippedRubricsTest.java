package io.jicha.rubric;

import io.jicha.finding.Severity;
import io.jicha.finding.Deadline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedRubricsTest {

    @ParameterizedTest
    @CsvSource({"penalty-case, PENALTY_CASE", "inspection-record, INSPECTION_RECORD",
            "unit-documents, UNIT_DOCUMENTS", "seizure-case, PENALTY_CASE"})
    void eachShippedRubricValidatesAndAddsUpTo100(String id, RubricTarget target) throws Exception {
        Path file = Path.of("rubrics", id + ".yaml");
        assertThat(RubricValidator.validate(file.toString(), Files.readAllBytes(file))).isEmpty();

        Rubric rubric = RubricLoader.load(file);
        assertThat(rubric.id()).isEqualTo(id);
        assertThat(rubric.appliesTo()).isEqualTo(target);
        assertThat(rubric.total()).isEqualByComparingTo("100");
        assertThat(rubric.gradeNames()).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(rubric.deadline(Severity.MINOR)).isEqualTo(Deadline.days(30));
        assertThat(rubric.deadline(Severity.MAJOR)).isEqualTo(Deadline.workdays(15));
        assertThat(rubric.deadline(Severity.SEVERE)).isEqualTo(Deadline.workdays(10));
        assertThat(Files.readString(file)).contains("并非官方文本");
    }

    @ParameterizedTest
    @CsvSource({"penalty-case", "inspection-record", "unit-documents", "seizure-case"})
    void everyCriterionCanLoseAllItsPointsButNoMore(String id) {
        Rubric rubric = RubricLoader.load(Path.of("rubrics", id + ".yaml"));
        for (Criterion c : rubric.criteriaByCode().values()) {
            assertThat(c.deduction().deduction(1000)).as(c.code()).isEqualByComparingTo(c.points());
        }
    }

    @ParameterizedTest
    @CsvSource({"penalty-case, EXCLUDE", "inspection-record, ZERO", "unit-documents, KEEP", "seizure-case, EXCLUDE"})
    void shippedRubricsDeclareThePublishedVetoEffect(String id, VetoEffect effect) {
        assertThat(RubricLoader.load(Path.of("rubrics", id + ".yaml")).vetoEffect()).isEqualTo(effect);
    }

    @org.junit.jupiter.api.Test
    void seizureRubricIsForSeizedFilesWithNotApplicableItemsRangesAndCappedBonus() throws Exception {
        Rubric r = RubricLoader.load(Path.of("rubrics/seizure-case.yaml"));
        assertThat(r.appliesWhen()).containsExactly(java.util.Map.entry("major_kinds", "查封、扣押"));
        assertThat(r.appliesTo(java.util.Map.of("major_kinds", "查封;扣押;行政拘留"))).isTrue();
        assertThat(r.appliesTo(java.util.Map.of("major_kinds", "行政拘留"))).isFalse();
        assertThat(r.criteriaByCode().values().stream().filter(Criterion::notApplicable).map(Criterion::code))
                .containsExactly("D2", "D3", "E2");
        assertThat(r.requireCriterion("C3").deduction().in(io.jicha.common.Texts.Lang.ZH)).isEqualTo("每处扣1–3分，扣完为止");
        assertThat(r.bonus().cap()).isEqualByComparingTo("5");
        assertThat(r.bonus().aboveTotal()).isFalse();
        assertThat(Files.readString(Path.of("rubrics/seizure-case.yaml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("环境保护部令第29号");
    }

    @org.junit.jupiter.api.Test
    void penaltyRubricHasSixZeroPointVetoChecksAndStageSectionsOfTheGuide() {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/penalty-case.yaml"));

        assertThat(rubric.vetoCriteria()).extracting(Criterion::code)
                .containsExactly("A1", "A2", "A3", "A4", "A5", "A6");
        assertThat(rubric.vetoCriteria()).allSatisfy(c -> assertThat(c.points()).isEqualByComparingTo("0"));
        assertThat(rubric.section("B").orElseThrow().points()).isEqualByComparingTo("8");
        assertThat(rubric.section("C").orElseThrow().points()).isEqualByComparingTo("38");
        String evidence = rubric.section("C").orElseThrow().criteria().stream().map(Criterion::text)
                .reduce("", String::concat);
        assertThat(evidence).contains("采样单", "采样封样", "影像取证", "询问笔录逐页签名");
        assertThat(rubric.requireCriterion("E2").text()).contains("听证告知书");
        assertThat(rubric.requireCriterion("G1").text()).contains("送达回证");
        assertThat(rubric.grade(new BigDecimal("95"), true)).isEqualTo("不合格");
    }
}
