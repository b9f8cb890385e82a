package io.jicha.stats;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static io.jicha.stats.EnforcementSummaryCalculatorTest.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 23 item 9: the monthly table as the seed files it (title, figures, 合计, months without data). */
class SummaryAsFiledTest {

    private static final io.jicha.report.SummaryWords ZH = io.jicha.report.SummaryWords.forLocale(java.util.Locale.SIMPLIFIED_CHINESE);

    final EnforcementSummaryCalculator calculator = new EnforcementSummaryCalculator();

    @Test
    void finesPrintExactlyWithoutPaddedZeros() {
        assertThat(SummaryTable.wan(new BigDecimal("814.40"))).isEqualTo("814.4");
        assertThat(SummaryTable.wan(new BigDecimal("90.000"))).isEqualTo("90");
        assertThat(SummaryTable.wan(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(SummaryTable.wan(new BigDecimal("6.2345"))).isEqualTo("6.2345");
        assertThat(SummaryTable.wan(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void theTotalIsTheSumOfTheFiguresShown() {
        // 12,345 元 = 1.2345 万元 twice: rounded cells (1.23 + 1.23) would disagree with a rounded total (2.47)
        YearMonth march = YearMonth.of(2016, 3);
        UnitRecords a = new UnitRecords("吴江区", List.of(), List.of(rec("吴环罚字〔2016〕1号", "2016-03-01",
                "fine_yuan", "12345", "decision_date", "2016-03-20")));
        UnitRecords b = new UnitRecords("太仓市", List.of(), List.of(rec("太环罚字〔2016〕1号", "2016-03-02",
                "fine_yuan", "12345", "decision_date", "2016-03-21")));
        SummaryTable t = SummaryTable.of(calculator.summarize(march, List.of(a, b)));
        SummaryTable.Line fines = t.lines().get(3);
        assertThat(fines.item()).isEqualTo(SummaryItem.FINES);
        assertThat(ZH.item(fines)).isEqualTo("罚款金额（万元）");
        BigDecimal shown = fines.unitValues().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(fines.total())).isEqualByComparingTo(shown);
        assertThat(fines.unitValues()).containsExactly("1.2345", "1.2345");
        assertThat(fines.total()).isEqualTo("2.469");
    }

    @Test
    void theTitleIsTheSeedsAndNamesASingleUnit() {
        YearMonth march = EnforcementSummaryCalculatorTest.MARCH;
        SummaryTable all = SummaryTable.of(calculator.summarize(march,
                List.of(EnforcementSummaryCalculatorTest.wujiang(), EnforcementSummaryCalculatorTest.taicang())), null, "苏州市");
        assertThat(ZH.title(all)).isEqualTo("苏州市执法大练兵情况汇总表（2016年3月）");
        assertThat(ZH.heading(all)).isEqualTo("苏州市执法大练兵情况汇总表");
        assertThat(ZH.period(all)).isEqualTo("2016年3月");
        SummaryTable one = SummaryTable.of(calculator.summarize(march,
                List.of(EnforcementSummaryCalculatorTest.taicang())), null, "苏州市");
        assertThat(ZH.title(one)).isEqualTo("苏州市太仓市执法大练兵情况汇总表（2016年3月）");
        SummaryTable noCity = SummaryTable.of(calculator.summarize(march,
                List.of(EnforcementSummaryCalculatorTest.taicang())), null, null);
        assertThat(ZH.heading(noCity)).isEqualTo("太仓市执法大练兵情况汇总表");
    }

    @Test
    void aUnitWithoutRecordsInTheMonthIsMarkedNotZero() {
        YearMonth april = YearMonth.of(2016, 4);
        // 吴江区 has a case decided in April (its fine counts then); 太仓市 has nothing in April
        List<UnitRecords> units = List.of(EnforcementSummaryCalculatorTest.wujiang(), EnforcementSummaryCalculatorTest.taicang());
        Set<String> none = SummaryScope.noData(calculator, april, units);
        assertThat(none).containsExactly("太仓市");
        SummaryTable t = SummaryTable.of(calculator.summarize(april, units), null, null, none);
        assertThat(t.noData(1)).isTrue();
        assertThat(t.noData(0)).isFalse();
        assertThat(t.lines()).allSatisfy(l -> assertThat(ZH.cells(t, l).get(1)).isEqualTo("无数据"));
        assertThat(t.lines()).allSatisfy(l -> assertThat(ZH.cells(t, l).get(0)).isNotEqualTo("无数据"));
        assertThat(t.lines().get(3).unitValues().get(0)).isEqualTo("20");   // 吴江区: its case decided in April
    }

    @Test
    void aMonthWithoutAnyDataIsRefused() {
        List<UnitRecords> units = List.of(EnforcementSummaryCalculatorTest.wujiang(), EnforcementSummaryCalculatorTest.taicang());
        assertThatThrownBy(() -> SummaryScope.noData(calculator, YearMonth.of(2016, 7), units))
                .isInstanceOf(UserError.class).hasMessageContaining("2016-07");
    }
}
