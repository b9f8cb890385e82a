package io.jicha.stats;

import io.jicha.stats.SyntheticUnits.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void changshuMatchesTheFiguresTheReportGivesForIt() {
        UnitFigures c = summary.unit("常熟市");
        assertThat(c.inspections()).isEqualTo(402);
        assertThat(c.officers()).isEqualTo(880);
        // "罚款金额近96万元": just under 96
        assertThat(c.finesWan()).isLessThan(new BigDecimal("96")).isGreaterThan(new BigDecimal("95"));
        // "下发各类责令改正违法行为决定书超过30份" read as all decisions issued (see docs/stats.md)
        assertThat(c.adminDecisions() + c.correctionOrders()).isGreaterThan(30);
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
                "3759", "9369", "90", "814.40", "328", "28", "1", "6", "3", "0", "2", "10");
        assertThat(table.title()).isEqualTo("执法情况汇总表（2016年10月）");
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
