package io.jicha.sampling;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanningTest {

    private static SamplingPlan plan(String confidence, String tolerable, String expected, Integer population) {
        return Planning.plan(new BigDecimal(confidence), new BigDecimal(tolerable), new BigDecimal(expected), population);
    }

    /**
     * AICPA Audit Sampling guide, Table A-1 "Statistical Sample Sizes for Tests of Controls — 5 Percent
     * Risk of Overreliance": rows 0%, 1% and 2% expected deviation rate (cells marked * in the
     * published table, too large to be cost-effective, are left out).
     */
    @ParameterizedTest(name = "expected {0}, tolerable {1}: {2} ({3})")
    @CsvSource({
            "0.00, 0.02, 149, 0", "0.00, 0.03, 99, 0", "0.00, 0.04, 74, 0", "0.00, 0.05, 59, 0",
            "0.00, 0.06, 49, 0", "0.00, 0.07, 42, 0", "0.00, 0.08, 36, 0", "0.00, 0.09, 32, 0",
            "0.00, 0.10, 29, 0", "0.00, 0.15, 19, 0", "0.00, 0.20, 14, 0",
            "0.01, 0.04, 156, 2", "0.01, 0.05, 93, 1", "0.01, 0.06, 78, 1", "0.01, 0.07, 66, 1",
            "0.01, 0.08, 58, 1", "0.01, 0.09, 51, 1", "0.01, 0.10, 46, 1", "0.01, 0.15, 30, 1",
            "0.01, 0.20, 22, 1",
            "0.02, 0.05, 181, 4", "0.02, 0.06, 127, 3", "0.02, 0.07, 88, 2", "0.02, 0.08, 77, 2",
            "0.02, 0.09, 68, 2", "0.02, 0.10, 46, 1", "0.02, 0.15, 30, 1", "0.02, 0.20, 22, 1",
    })
    void binomialPlansMatchTheAicpaTableAtFivePercentRisk(String expected, String tolerable, int n, int k) {
        SamplingPlan p = plan("0.95", tolerable, expected, null);
        assertThat(p.model()).isEqualTo(SamplingModel.BINOMIAL);
        assertThat(p.sampleSize()).isEqualTo(n);
        assertThat(p.toleratedDeviations()).isEqualTo(k);
    }

    @Test
    void aSmallPopulationUsesTheHypergeometricModelAndNeedsFewerFiles() {
        SamplingPlan p = plan("0.95", "0.05", "0", 100);
        assertThat(p.model()).isEqualTo(SamplingModel.HYPERGEOMETRIC);
        // 5 deviations among 100 files; smallest n with C(95,n)/C(100,n) <= 0.05.
        assertThat(p.sampleSize()).isEqualTo(45);
        assertThat(Probabilities.hypergeometricCdf(0, 45, 100, 5)).isLessThanOrEqualTo(0.05);
        assertThat(Probabilities.hypergeometricCdf(0, 44, 100, 5)).isGreaterThan(0.05);
        assertThat(p.toleratedDeviations()).isZero();
    }

    @Test
    void aLargePopulationKeepsTheBinomialModel() {
        SamplingPlan p = plan("0.95", "0.05", "0", 1_000_000);
        assertThat(p.model()).isEqualTo(SamplingModel.BINOMIAL);
        assertThat(p.sampleSize()).isEqualTo(59);
    }

    @Test
    void ratesOutsideTheOpenUnitIntervalAreRefused() {
        assertThatThrownBy(() -> plan("1.2", "0.05", "0", null)).isInstanceOf(UserError.class)
                .hasMessageContaining("--confidence 1.2 must be between 0 and 1");
        assertThatThrownBy(() -> plan("0.95", "0", "0", null)).isInstanceOf(UserError.class)
                .hasMessageContaining("--tolerable 0 must be between 0 and 1");
        assertThatThrownBy(() -> plan("0.95", "0.05", "-0.01", null)).isInstanceOf(UserError.class)
                .hasMessageContaining("--expected -0.01");
        assertThatThrownBy(() -> plan("0", "0.05", "0", null)).isInstanceOf(UserError.class)
                .hasMessageContaining("--confidence 0 must be between 0 and 1");
    }

    @Test
    void expectedRateNotBelowTolerableIsRefused() {
        assertThatThrownBy(() -> plan("0.95", "0.05", "0.05", null)).isInstanceOf(UserError.class)
                .hasMessageContaining("--expected 0.05 must be below --tolerable 0.05");
    }

    @Test
    void ratesMayBeWrittenAsPercentages() {
        assertThat(Planning.parseRate("--tolerable", "5%")).isEqualByComparingTo("0.05");
        assertThat(Planning.parseRate("--tolerable", "0.05")).isEqualByComparingTo("0.05");
        assertThatThrownBy(() -> Planning.parseRate("--tolerable", "five")).isInstanceOf(UserError.class)
                .hasMessageContaining("--tolerable 'five' is not a number");
    }
}
