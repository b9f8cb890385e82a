package io.jicha.sampling;

import io.jicha.record.RecordKind;
import io.jicha.report.EvaluationWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluation against the population drawn from. The reference bounds were computed independently with
 * SciPy 1.17.1 (Debian python3-scipy), not with jicha:
 * <pre>
 * from scipy.stats import hypergeom
 * def upper(k, n, N, conf):   # the largest D with P(X <= k | N, n, D) > 1 - conf
 *     return max(D for D in range(k, N - (n - k) + 1) if hypergeom(N, D, n).cdf(k) > 1 - conf)
 * </pre>
 * The first row is the reference (太仓市: 7 of 34 drawn, none failed, 90% → at most 8 of 34).
 */
class EvaluationTest {

    @ParameterizedTest(name = "k={0} n={1} N={2} at {3} → D={4}")
    @CsvSource({
            "0, 7, 34, 0.90, 8",
            "0, 8, 46, 0.90, 10",
            "0, 7, 29, 0.90, 7",
            "1, 8, 46, 0.90, 17",
            "2, 7, 29, 0.90, 16",
            "0, 9, 300, 0.90, 66",
            "3, 50, 1000, 0.95, 145",
            "1, 20, 60, 0.95, 11",
            "0, 7, 34, 0.975, 12",
            "5, 100, 2000, 0.99, 247"})
    void hypergeometricUpperBoundAgreesWithScipy(int k, int n, int population, String confidence, int expected) {
        assertThat(Evaluating.hypergeometricUpper(k, n, population, new BigDecimal(confidence))).isEqualTo(expected);
        Evaluation e = Evaluating.evaluate(new BigDecimal(confidence), n, k, population);
        assertThat(e.method()).isEqualTo(Evaluation.Method.HYPERGEOMETRIC);
        assertThat(e.upperCount()).isEqualTo(expected);
    }

    @Test
    void taicangsDrawIsWithinItsPlansTolerableRate() {
        Evaluation e = Evaluating.evaluate(new BigDecimal("0.90"), 7, 0, 34).against(new BigDecimal("0.25"));
        assertThat(e.upperBoundPercent()).isEqualByComparingTo("23.5");
        assertThat(e.supports(new BigDecimal("0.25"))).isTrue();
        assertThat(EvaluationWords.forSession("zh-CN").unit(e, "太仓市", RecordKind.PENALTY_CASE))
                .isEqualTo("在90%的置信水平下，太仓市行政处罚案卷的不合格率不超过23.5%（34卷中至多8卷不合格；抽查7卷，不合格0卷），"
                        + "在可容忍不合格率25%以内");
        assertThat(EvaluationWords.forSession("en").unit(e, "太仓市", RecordKind.PENALTY_CASE))
                .isEqualTo("with 90% confidence, no more than 23.5% of 太仓市's penalty case files fail (at most 8 of 34;"
                        + " 0 of 7 sampled files failed), within the tolerable rate of 25%");
    }

    @Test
    void aCensusGivesTheExactRate() {
        Evaluation e = Evaluating.evaluate(new BigDecimal("0.95"), 59, 0, 59);
        assertThat(e.method()).isEqualTo(Evaluation.Method.CENSUS);
        assertThat(e.upperCount()).isZero();
        assertThat(e.upperBoundPercent()).isEqualByComparingTo("0.0");
        assertThat(EvaluationWords.forSession("zh-CN").unit(e, "吴江区", RecordKind.PENALTY_CASE))
                .isEqualTo("吴江区行政处罚案卷59卷全部评查，不合格率为0.0%（不合格0卷）");
    }

    @Test
    void withoutAPopulationTheBoundIsBinomial() {
        Evaluation e = Evaluating.evaluate(new BigDecimal("0.90"), 7, 0);
        assertThat(e.method()).isEqualTo(Evaluation.Method.BINOMIAL);
        assertThat(e.upperBoundPercent()).isEqualByComparingTo("28.1"); // 1 - 0.1^(1/7) = 0.2803
        assertThat(e.supports(new BigDecimal("0.25"))).isFalse();
    }

    @Test
    void aPlanWhoseBoundIsAboveTheTolerableRateSaysSo() {
        Evaluation e = Evaluating.evaluate(new BigDecimal("0.90"), 7, 2, 29).against(new BigDecimal("0.25"));
        assertThat(e.upperCount()).isEqualTo(16);
        assertThat(EvaluationWords.forSession("zh-CN").unit(e, "相城区", RecordKind.PENALTY_CASE))
                .endsWith("，上限高于可容忍不合格率25%，尚不能得出不合格率低于25%的结论");
    }

    @Test
    void strataTogetherAreBoundedExactly() {
        // SciPy 1.17.1, brute force over (D_1, D_2) as in ExactStratifiedBoundTest: 17
        Evaluation e = StratifiedEvaluating.evaluate(new BigDecimal("0.90"), List.of(
                new StratifiedEvaluating.Stratum("太仓市", 34, 7, 0),
                new StratifiedEvaluating.Stratum("相城区", 29, 7, 2)), 0);
        assertThat(e.method()).isEqualTo(Evaluation.Method.STRATIFIED_EXACT);
        assertThat(e.population()).isEqualTo(63);
        assertThat(e.upperCount()).isEqualTo(17);
        assertThat(e.observedRate()).isCloseTo(29 * 2 / 7.0 / 63, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theConservativeBoundGivesEachStratumTheSharedRiskAndSumsThem() {
        // two sampled strata at 90%: each at 95%; SciPy: (k=0, n=7, N=34) → 10, (k=2, n=7, N=29) → 18
        Evaluation e = StratifiedEvaluating.conservative(new BigDecimal("0.90"), List.of(
                new StratifiedEvaluating.Stratum("太仓市", 34, 7, 0),
                new StratifiedEvaluating.Stratum("相城区", 29, 7, 2)), 0);
        assertThat(e.method()).isEqualTo(Evaluation.Method.STRATIFIED);
        assertThat(e.population()).isEqualTo(63);
        assertThat(e.upperCount()).isEqualTo(28);
        assertThat(e.evaluated()).isEqualTo(14);
        assertThat(e.deviations()).isEqualTo(2);
        // weighted estimate: 29 × 2/7 failing of 63
        assertThat(e.observedRate()).isCloseTo(29 * 2 / 7.0 / 63, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aCensusedStratumSpendsNoRiskAndOneStratumIsExact() {
        // one stratum reviewed in full (3 failing of 20), one sampled: the sampled one gets the whole risk
        Evaluation e = StratifiedEvaluating.evaluate(new BigDecimal("0.90"), List.of(
                new StratifiedEvaluating.Stratum("a", 20, 20, 3),
                new StratifiedEvaluating.Stratum("b", 34, 7, 0)), 0);
        assertThat(e.upperCount()).isEqualTo(3 + 8);
        assertThat(e.method()).isEqualTo(Evaluation.Method.STRATIFIED_EXACT);
        assertThat(StratifiedEvaluating.conservative(new BigDecimal("0.90"), List.of(
                new StratifiedEvaluating.Stratum("a", 20, 20, 3),
                new StratifiedEvaluating.Stratum("b", 34, 7, 0)), 0).upperCount()).isEqualTo(3 + 8);
        Evaluation single = StratifiedEvaluating.evaluate(new BigDecimal("0.90"),
                List.of(new StratifiedEvaluating.Stratum("b", 34, 7, 0)), 0);
        assertThat(single.method()).isEqualTo(Evaluation.Method.HYPERGEOMETRIC);
        assertThat(single.upperCount()).isEqualTo(8);
    }
}
