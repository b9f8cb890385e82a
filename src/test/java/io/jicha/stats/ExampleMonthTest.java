package io.jicha.stats;

import io.jicha.stats.SyntheticUnits.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The October 2016 example reproduces Suzhou's published enforcement table. */
class ExampleMonthTest {

    static final Path DIR = Path.of("examples", "suzhou-2016-10");
    static final YearMonth OCTOBER = YearMonth.of(2016, 10);
    static EnforcementSummary summary;

    @BeforeAll
    static void summarizeTheExampleMonth() throws IOException {
        List<UnitRecords> units = new ArrayList<>();
        for (Unit u : SyntheticUnits.SUZHOU) {
            units.add(new UnitRecords(u.name(),
                    ExampleCsvLoader.load(DIR.resolve(ExampleMonthGenerator.inspectionsFile(u))),
                    ExampleCsvLoader.load(DIR.resolve(ExampleMonthGenerator.penaltiesFile(u)))));
        }
        summary = new EnforcementSummaryCalculator().summarize(OCTOBER, units);
    }

    @Test
    void cityTotalsMatchThePublishedOctober2016Table() {
        UnitFigures t = summary.total();
        assertThat(t.inspections()).isEqualTo(3759);
        assertThat(t.officers()).isEqualTo(9369);
        assertThat(t.casesFiled()).isEqualTo(90);
        assertThat(t.finesWan()).isEqualByComparingTo("814.4");
        assertThat(t.adminDecisions()).isEqualTo(328);
        assertThat(t.correctionOrders()).isEqualTo(28);
        assertThat(t.majorCases(MajorCaseKind.DAILY_PENALTY)).isEqualTo(1);
        assertThat(t.majorCases(MajorCaseKind.SEIZURE)).isEqualTo(6);
        assertThat(t.majorCases(MajorCaseKind.PRODUCTION_LIMIT)).isEqualTo(3);
        assertThat(t.majorCases(MajorCaseKind.POLICE_TRANSFER)).isZero();
        assertThat(t.majorCases(MajorCaseKind.DETENTION)).isEqualTo(2);
        assertThat(t.distinctMajorCases()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyUnitAddsUpToItsPlan(String unit, ExampleMonthGenerator.UnitPlan plan) {
        UnitFigures f = summary.unit(unit);
        assertThat(f.inspections()).isEqualTo(plan.visits());
        assertThat(f.officers()).isEqualTo(plan.officers());
        assertThat(f.casesFiled()).isEqualTo(plan.cases());
        assertThat(f.finesWan()).isEqualByComparingTo(BigDecimal.valueOf(plan.finesYuan()).movePointLeft(4));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> plans() {
        return ExampleMonthGenerator.PLANS.stream().map(p -> org.junit.jupiter.params.provider.Arguments.of(p.unit(), p));
    }

    @Test
    void changshuIsNotGivenTheFiguresOfItsTownLevelBureaus() {
        // the report's "常熟市各镇、板块综合执法局共检查排污单位402厂次，出动执法人员880人次，罚款金额近96万元"
        // describes the town-level bureaus, not 常熟市 as a unit of the city's table
        UnitFigures c = summary.unit("常熟市");
        assertThat(List.of(c.inspections(), c.officers())).doesNotContain(402, 880);
    }

    @Test
    void theReportsLocalCasesAreInTheirUnits() {
        assertThat(summary.unit("张家港市").majorCases(MajorCaseKind.DETENTION)).isEqualTo(1);
        assertThat(summary.unit("姑苏区").casesFiled()).isEqualTo(4);
        assertThat(summary.units()).containsExactly(
                "张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "工业园区", "高新区");
    }

    @Test
    void tableTotalColumnReadsLikeThePublishedTable() {
        SummaryTable table = SummaryTable.of(summary);
        assertThat(table.lines()).extracting(SummaryTable.Line::total).containsExactly(
                "3759", "9369", "90", "814.4", "328", "28", "1", "6", "3", "0", "2", "10");
        assertThat(io.jicha.report.SummaryWords.forLocale(java.util.Locale.SIMPLIFIED_CHINESE).title(table))
                .isEqualTo("执法大练兵情况汇总表（2016年10月）");
    }

    @Test
    void generatorWithTheSameSeedWritesTheCommittedFilesByteForByte(@TempDir Path tmp) throws IOException {
        List<String> files = ExampleMonthGenerator.generate(tmp, ExampleMonthGenerator.SEED);
        assertThat(files).hasSize(20);
        for (String f : files) {
            assertThat(Files.readAllBytes(tmp.resolve(f))).as(f).isEqualTo(Files.readAllBytes(DIR.resolve(f)));
        }
    }

    @Test
    void taicangIsSavedAsExcelOnChineseWindowsWould() throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve("taicang-penalties.csv"));
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)))
                .isInstanceOf(CharacterCodingException.class);
        String text = new String(bytes, "GB18030");
        assertThat(text).startsWith("案号,立案日期,企业名称").contains("\r\n").contains(",2016/10/");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }
}
