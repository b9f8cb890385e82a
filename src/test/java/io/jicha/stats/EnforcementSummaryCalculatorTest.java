package io.jicha.stats;

import io.jicha.common.UserError;
import io.jicha.record.CaseRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each line's counting rule, on a small hand-made month (March 2016) of two units. */
class EnforcementSummaryCalculatorTest {

    private static final io.jicha.report.SummaryWords ZH = io.jicha.report.SummaryWords.forLocale(java.util.Locale.SIMPLIFIED_CHINESE);

    static final YearMonth MARCH = YearMonth.of(2016, 3);
    final EnforcementSummaryCalculator calculator = new EnforcementSummaryCalculator();

    static CaseRecord rec(String id, String date, String... kv) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            a.put(kv[i], kv[i + 1]);
        }
        return new CaseRecord(id, LocalDate.parse(date), a);
    }

    static UnitRecords wujiang() {
        return new UnitRecords("吴江区",
                List.of(rec("吴江环监〔2016〕0101号", "2016-03-01", "officers", "2", "admin_decisions", "1"),
                        rec("吴江环监〔2016〕0102号", "2016-03-15", "officers", "3"),
                        // no count: the names are counted
                        rec("吴江环监〔2016〕0103号", "2016-03-31", "officer_names", "马斌、梁芳英、冯宇健",
                                "correction_orders", "1"),
                        // February: not counted, and its missing officers are not checked
                        rec("吴江环监〔2016〕0100号", "2016-02-29")),
                List.of(
                        // filed in February, decided in March: the fine counts, the case does not
                        rec("吴环罚字〔2016〕10号", "2016-02-20", "fine_yuan", "50000", "decision_date", "2016-03-02",
                                "correction_orders", "1", "major_kinds", "查封扣押"),
                        // filed in March, a seizure that also led to a detention: one case under two kinds
                        rec("吴环罚字〔2016〕11号", "2016-03-03", "fine_yuan", "12345", "decision_date", "2016年3月20日",
                                "correction_orders", "1", "major_kinds", "查封、扣押；行政拘留"),
                        // filed in March, decided in April: the case counts, the fine does not
                        rec("吴环罚字〔2016〕12号", "2016-03-10", "fine_wan", "20", "decision_date", "2016-04-05",
                                "admin_decisions", "1", "major_kinds", "按日连续处罚"),
                        // filed in March, still under investigation
                        rec("吴环罚字〔2016〕13号", "2016-03-28")));
    }

    static UnitRecords taicang() {
        return new UnitRecords("太仓市",
                List.of(rec("太仓环监〔2016〕0201号", "2016-03-08", "officers", "4", "admin_decisions", "2")),
                List.of(rec("太环罚字〔2016〕7号", "2016-03-09", "fine_wan", "5.5", "fine_yuan", "55,000",
                        "decision_date", "2016/3/30", "major_kinds", "限产/停产;移送公安")));
    }

    @Test
    void inspectionsAndOfficersCountOnlyTheMonthsVisits() {
        UnitFigures f = calculator.unitFigures(MARCH, wujiang());
        assertThat(f.inspections()).isEqualTo(3);
        assertThat(f.officers()).isEqualTo(2 + 3 + 3);
    }

    @Test
    void casesFiledCountByFilingDateAndFinesByDecisionDate() {
        UnitFigures f = calculator.unitFigures(MARCH, wujiang());
        assertThat(f.casesFiled()).isEqualTo(3);
        // 50000 元 + 12345 元, exactly
        assertThat(f.finesWan()).isEqualByComparingTo("6.2345");
    }

    @Test
    void documentsCountFromBothKindsInTheMonthOfTheRecordsDate() {
        UnitFigures f = calculator.unitFigures(MARCH, wujiang());
        assertThat(f.adminDecisions()).isEqualTo(1 + 1);
        assertThat(f.correctionOrders()).isEqualTo(1 + 1);
    }

    @Test
    void aCaseUnderTwoKindsCountsInEachKindButOnceInTheTotal() {
        UnitFigures f = calculator.unitFigures(MARCH, wujiang());
        assertThat(f.majorCases(MajorCaseKind.SEIZURE)).isEqualTo(1);
        assertThat(f.majorCases(MajorCaseKind.DETENTION)).isEqualTo(1);
        assertThat(f.majorCases(MajorCaseKind.DAILY_PENALTY)).isEqualTo(1);
        assertThat(f.distinctMajorCases()).isEqualTo(2);
    }

    @Test
    void totalAddsUnitsAndKeepsFinesExactUntilDisplay() {
        EnforcementSummary s = calculator.summarize(MARCH, List.of(wujiang(), taicang()));
        assertThat(s.units()).containsExactly("吴江区", "太仓市");
        UnitFigures t = s.total();
        assertThat(t.inspections()).isEqualTo(4);
        assertThat(t.officers()).isEqualTo(12);
        assertThat(t.casesFiled()).isEqualTo(4);
        assertThat(t.finesWan()).isEqualByComparingTo("11.7345");
        assertThat(t.adminDecisions()).isEqualTo(4);
        assertThat(t.majorCases(MajorCaseKind.PRODUCTION_LIMIT)).isEqualTo(1);
        assertThat(t.majorCases(MajorCaseKind.POLICE_TRANSFER)).isEqualTo(1);
        assertThat(t.distinctMajorCases()).isEqualTo(3);
        SummaryTable table = SummaryTable.of(s);
        assertThat(ZH.label(table.lines().get(3))).isEqualTo("罚款金额（万元）");
        assertThat(table.lines().get(3).unitValues()).containsExactly("6.2345", "5.5");
        assertThat(table.lines().get(3).total()).isEqualTo("11.7345");
        assertThat(ZH.label(table.lines().get(11))).isEqualTo("重大案件：合计");
        assertThat(table.lines().get(11).total()).isEqualTo("3");
    }

    @Test
    void monthMustBeYearDashMonth() {
        assertThat(EnforcementSummary.parseMonth("2016-10")).isEqualTo(YearMonth.of(2016, 10));
        for (String bad : List.of("2016/10", "2016-1", "201610", "2016-13", "十月")) {
            assertThatThrownBy(() -> EnforcementSummary.parseMonth(bad))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("'" + bad + "'")
                    .hasMessageContaining("2016-10");
        }
    }

    @Test
    void aFineThatIsNotANumberNamesTheRecordAndField() {
        UnitRecords u = new UnitRecords("相城区", List.of(), List.of(
                rec("相环罚字〔2016〕3号", "2016-03-03", "fine_yuan", "五万", "decision_date", "2016-03-20")));
        assertThatThrownBy(() -> calculator.unitFigures(MARCH, u))
                .isInstanceOf(UserError.class)
                .hasMessage("相城区 penalty-case 相环罚字〔2016〕3号: fine_yuan (罚款金额（元）) '五万' is not a number;"
                        + " write the amount in digits, e.g. 55000");
    }

    @Test
    void anUnknownMajorKindListsTheKnownKinds() {
        UnitRecords u = new UnitRecords("相城区", List.of(), List.of(
                rec("相环罚字〔2016〕4号", "2016-03-03", "major_kinds", "查封；吊销执照")));
        assertThatThrownBy(() -> calculator.unitFigures(MARCH, u))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("相环罚字〔2016〕4号")
                .hasMessageContaining("unknown major-case kind '吊销执照'")
                .hasMessageContaining("按日连续处罚, 查封扣押 (查封、扣押), 限产停产 (限产、停产), 移送公安, 行政拘留");
    }

    @Test
    void anInspectionWithoutOfficersNamesTheRecordAndField() {
        UnitRecords u = new UnitRecords("高新区", List.of(rec("高新环监〔2016〕0007号", "2016-03-03", "officers", " ")),
                List.of());
        assertThatThrownBy(() -> calculator.unitFigures(MARCH, u))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("高新区 inspection-record 高新环监〔2016〕0007号: officers (出动人数) is missing");
    }

    @Test
    void aFineWithoutADecisionDateIsAnError() {
        UnitRecords u = new UnitRecords("高新区", List.of(), List.of(
                rec("苏新环罚字〔2016〕9号", "2016-03-03", "fine_yuan", "30000")));
        assertThatThrownBy(() -> calculator.unitFigures(MARCH, u))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("苏新环罚字〔2016〕9号: decision_date (决定日期) is missing but the case has a fine");
    }

    @Test
    void disagreeingYuanAndWanColumnsAreAnError() {
        UnitRecords u = new UnitRecords("太仓市", List.of(), List.of(
                rec("太环罚字〔2016〕8号", "2016-03-03", "fine_yuan", "50000", "fine_wan", "50",
                        "decision_date", "2016-03-20")));
        assertThatThrownBy(() -> calculator.unitFigures(MARCH, u))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("disagree (5 万元 vs 50 万元)");
    }

    @Test
    void aBadDecisionDateIsAnError() {
        UnitRecords u = new UnitRecords("太仓市", List.of(), List.of(
                rec("太环罚字〔2016〕9号", "2016-03-03", "decision_date", "2016-02-30")));
        assertThatThrownBy(() -> calculator.unitFigures(MARCH, u))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("decision_date (决定日期) '2016-02-30' is not a date");
    }

    // ---- the year to date (累计)

    /** 太仓市 with records from January: a January visit and a case filed in January, decided in February. */
    static UnitRecords taicangFromJanuary() {
        UnitRecords march = taicang();
        List<CaseRecord> inspections = new java.util.ArrayList<>(march.inspections());
        inspections.add(rec("太仓环监〔2016〕0011号", "2016-01-12", "officers", "2"));
        List<CaseRecord> cases = new java.util.ArrayList<>(march.penaltyCases());
        cases.add(rec("太环罚字〔2016〕1号", "2016-01-20", "fine_yuan", "30000", "decision_date", "2016-02-15",
                "major_kinds", "查封扣押"));
        return new UnitRecords("太仓市", inspections, cases);
    }

    /**
     * 吴江区 with a January visit, and its February visit with its officers (a year-to-date summary
     * checks February's records too).
     */
    static UnitRecords wujiangFromJanuary() {
        UnitRecords march = wujiang();
        List<CaseRecord> inspections = new java.util.ArrayList<>(march.inspections().stream()
                .filter(r -> !r.date().equals(LocalDate.of(2016, 2, 29))).toList());
        inspections.add(rec("吴江环监〔2016〕0100号", "2016-02-29", "officers", "2"));
        inspections.add(rec("吴江环监〔2016〕0001号", "2016-01-05", "officers", "3"));
        return new UnitRecords("吴江区", inspections, march.penaltyCases());
    }

    @Test
    void yearToDateSumsJanuaryToTheMonthWhenEveryUnitsRecordsStartInJanuary() {
        UnitFigures ytd = calculator.yearToDate(MARCH, List.of(wujiangFromJanuary(), taicangFromJanuary())).orElseThrow();
        UnitFigures march = calculator.summarize(MARCH, List.of(wujiangFromJanuary(), taicangFromJanuary())).total();
        // January: 2 visits (5 officers) and 太环罚字〔2016〕1号; February: one visit (2 officers) and 吴环罚字〔2016〕10号
        assertThat(ytd.inspections()).isEqualTo(march.inspections() + 2 + 1);
        assertThat(ytd.officers()).isEqualTo(march.officers() + 5 + 2);
        assertThat(ytd.casesFiled()).isEqualTo(march.casesFiled() + 1 + 1);
        // February adds 太仓市's 3 万元 (decided 2016-02-15)
        assertThat(ytd.finesWan()).isEqualByComparingTo(march.finesWan().add(new java.math.BigDecimal("3")));
        assertThat(ytd.distinctMajorCases()).isEqualTo(march.distinctMajorCases() + 1 + 1);
    }

    @Test
    void noYearToDateWhenAUnitsRecordsStartAfterJanuaryOrForJanuaryItself() {
        assertThat(calculator.yearToDate(MARCH, List.of(wujiangFromJanuary(), taicang()))).isEmpty();
        assertThat(calculator.yearToDate(YearMonth.of(2016, 1), List.of(wujiangFromJanuary(), taicangFromJanuary())))
                .isEmpty();
    }

    @Test
    void theTableNamesTheCityAndCarriesTheYearToDateColumn() {
        List<UnitRecords> units = List.of(wujiangFromJanuary(), taicangFromJanuary());
        SummaryTable table = SummaryTable.of(calculator.summarize(MARCH, units),
                calculator.yearToDate(MARCH, units).orElseThrow(), SummaryScope.city(null, "苏州市环境保护局"));
        assertThat(ZH.title(table)).isEqualTo("苏州市执法大练兵情况汇总表（2016年3月）");
        assertThat(table.hasYearToDate()).isTrue();
        SummaryTable.Line visits = table.lines().get(0);
        assertThat(Integer.parseInt(visits.yearToDate())).isGreaterThan(Integer.parseInt(visits.total()));
        assertThat(new io.jicha.report.SummaryTextRenderer(ZH).render(table).lines().skip(1).findFirst().orElseThrow())
                .endsWith("累计");
    }
}
