package io.jicha.sampling;

import io.jicha.record.RecordKind;
import io.jicha.report.EvaluationWords;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProbabilitiesTest {

    @Test
    void clopperPearsonUpperBoundsMatchKnownValues() {
        // k = 0 has the closed form 1 - alpha^(1/n).
        assertThat(Probabilities.clopperPearsonUpper(0, 59, 0.95)).isCloseTo(1 - Math.pow(0.05, 1.0 / 59), within(1e-12));
        assertThat(Probabilities.clopperPearsonUpper(0, 59, 0.95)).isCloseTo(0.04951, within(1e-5));
        // Published one-sided 95% upper limits (e.g. R binom.test(2, 100, alternative = "less")): 0.06155.
        assertThat(Probabilities.clopperPearsonUpper(2, 100, 0.95)).isCloseTo(0.06155, within(1e-4));
        // The AICPA 46(1) plan at 10% tolerable: one deviation in 46 bounds the rate just under 10%
        // ((1-p)^46 + 46p(1-p)^45 = 0.05 at p = 0.0990).
        assertThat(Probabilities.clopperPearsonUpper(1, 46, 0.95)).isCloseTo(0.0990, within(1e-4));
        assertThat(Probabilities.clopperPearsonUpper(5, 5, 0.95)).isEqualTo(1.0);
    }

    @Test
    void binomialCdfAgreesWithDirectSums() {
        assertThat(Probabilities.binomialCdf(1, 93, 0.05))
                .isCloseTo(Math.pow(0.95, 93) + 93 * 0.05 * Math.pow(0.95, 92), within(1e-14));
        assertThat(Probabilities.binomialCdf(3, 3, 0.5)).isEqualTo(1.0);
        assertThat(Probabilities.hypergeometricCdf(0, 2, 4, 1)).isCloseTo(0.5, within(1e-14));
    }

    @Test
    void evaluationOfADrawGivesTheSentenceAReportPrints() {
        List<String> drawn = java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(i -> "F" + i).toList();
        Map<String, Boolean> failed = new java.util.HashMap<>();
        for (int i = 1; i <= 59; i++) {
            failed.put("F" + i, false);
        }
        Evaluation e = Evaluating.evaluate(new BigDecimal("0.95"), drawn, failed);
        assertThat(e.evaluated()).isEqualTo(59);
        assertThat(e.unevaluated()).isEqualTo(1);
        assertThat(e.deviations()).isZero();
        assertThat(e.upperBoundPercent()).isEqualByComparingTo("5.0"); // 4.951% rounded up, never down
        assertThat(e.supports(new BigDecimal("0.05"))).isTrue();
        assertThat(EvaluationWords.forSession("en").unit(e, "吴江区", RecordKind.PENALTY_CASE))
                .isEqualTo("with 95% confidence, no more than 5.0% of 吴江区's penalty case files fail"
                        + " (0 of 59 sampled files failed)");
        assertThat(EvaluationWords.forSession("zh-CN").unit(e, "吴江区", RecordKind.PENALTY_CASE))
                .isEqualTo("在95%的置信水平下，吴江区行政处罚案卷的不合格率不超过5.0%（抽查59卷，不合格0卷）");
    }

    @Test
    void deviationsRaiseTheBound() {
        Evaluation e = Evaluating.evaluate(new BigDecimal("0.95"), 100, 2);
        assertThat(e.observedPercent()).isEqualByComparingTo("2.0");
        assertThat(e.upperBoundPercent()).isEqualByComparingTo("6.2");
        assertThat(e.supports(new BigDecimal("0.05"))).isFalse();
    }
}
