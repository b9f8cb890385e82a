package io.jicha.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jicha.record.RecordKind;
import io.jicha.report.EvaluationWords;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The one-sided Fisher exact test of {@code sample compare}, against SciPy 1.17.1's
 * {@code fisher_exact([[a, n1-a], [c, n2-c]], alternative='greater')} (the values below, printed by
 * it), and against the hypergeometric tail summed here from factorials, independently of
 * {@link FisherExact}'s own binomial coefficients.
 */
class FisherExactTest {

    @ParameterizedTest(name = "{0}/{1} before, {2}/{3} after: p = {4}")
    @CsvSource({
            "5, 8, 1, 10, 0.031674208144796386",   // the reference: p = 0.0317
            "2, 7, 0, 8, 0.20000000000000004",     // the example's 回头看 of 相城区: not significant
            "1, 8, 1, 10, 0.7058823529411764",
            "6, 10, 1, 12, 0.015479876160990707",
            "3, 9, 3, 9, 0.6900452488687783",
            "10, 20, 2, 25, 0.0020775982205363938",
            "0, 5, 0, 5, 1.0",
            "4, 4, 0, 4, 0.014285714285714284",
    })
    void theOneSidedPValueIsSciPys(int failedBefore, int before, int failedAfter, int after, double scipy) {
        BigDecimal p = FisherExact.greater(failedBefore, before, failedAfter, after);
        assertThat(p.doubleValue()).isCloseTo(scipy, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p.subtract(byFactorials(failedBefore, before, failedAfter, after)).abs())
                .isLessThan(new BigDecimal("1e-30"));
    }

    @Test
    void theReferenceReadsAsABureauWouldSignIt() {
        RateComparison c = RateComparison.of("吴江区", RecordKind.PENALTY_CASE, 5, 8, 1, 10, new BigDecimal("0.95"));
        assertThat(c.p().round(new MathContext(3))).isEqualByComparingTo("0.0317");
        assertThat(c.significant()).isTrue();
        assertThat(EvaluationWords.forSession("zh-CN").comparison(c)).isEqualTo(
                "不合格率由 62.5%（5/8）降至 10.0%（1/10），在 95% 置信水平上差异显著（单侧 Fisher 精确检验 p = 0.032）");
        assertThat(EvaluationWords.forSession("en").comparison(c)).isEqualTo("the failure rate fell from 62.5% (5/8) to 10.0% (1/10), a significant fall"
                + " at 95% confidence (one-sided Fisher exact test, p = 0.032)");
    }

    @Test
    void aFallThatCouldBeChanceIsNotSignificant() {
        RateComparison c = RateComparison.of("相城区", RecordKind.PENALTY_CASE, 2, 7, 0, 8, new BigDecimal("0.95"));
        assertThat(c.significant()).isFalse();
        assertThat(EvaluationWords.forSession("zh-CN").comparison(c)).isEqualTo(
                "不合格率由 28.6%（2/7）降至 0.0%（0/8），在 95% 置信水平上差异不显著（单侧 Fisher 精确检验 p = 0.200）");
    }

    @Test
    void aRiseIsSaidAsARise() {
        RateComparison c = RateComparison.of("高新区", RecordKind.INSPECTION_RECORD, 0, 9, 3, 9, new BigDecimal("0.95"));
        assertThat(c.p()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(EvaluationWords.forSession("zh-CN").comparison(c)).startsWith("不合格率由 0.0%（0/9）升至 33.3%（3/9）").contains("差异不显著");
    }

    @Test
    void notATableIsRefused() {
        assertThatThrownBy(() -> FisherExact.greater(3, 2, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FisherExact.greater(0, 0, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** P(X ≥ a) for X ~ Hypergeometric(N = n1+n2, K = a+c, n = n1), each term from factorials. */
    static BigDecimal byFactorials(int a, int n1, int c, int n2) {
        int total = n1 + n2;
        int failed = a + c;
        BigDecimal sum = BigDecimal.ZERO;
        for (int x = a; x <= Math.min(n1, failed); x++) {
            BigInteger num = fact(failed).multiply(fact(total - failed)).multiply(fact(n1)).multiply(fact(n2));
            BigInteger den = fact(x).multiply(fact(failed - x)).multiply(fact(n1 - x))
                    .multiply(fact(total - failed - n1 + x)).multiply(fact(total));
            sum = sum.add(new BigDecimal(num).divide(new BigDecimal(den), new MathContext(60)));
        }
        return sum;
    }

    private static BigInteger fact(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
