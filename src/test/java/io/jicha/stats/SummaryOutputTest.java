package io.jicha.stats;

import io.jicha.report.SummaryTextRenderer;
import io.jicha.report.SummaryCsvWriter;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.jicha.text.DisplayWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal table and the CSV file of a summary. */
class SummaryOutputTest {

    private static final io.jicha.report.SummaryWords ZH = io.jicha.report.SummaryWords.forLocale(java.util.Locale.SIMPLIFIED_CHINESE);

    static SummaryTable marchTable() {
        return SummaryTable.of(new EnforcementSummaryCalculator().summarize(EnforcementSummaryCalculatorTest.MARCH,
                List.of(EnforcementSummaryCalculatorTest.wujiang(), EnforcementSummaryCalculatorTest.taicang())));
    }

    @Test
    void terminalTableRightAlignsNumbersByDisplayWidth() {
        String text = new SummaryTextRenderer(ZH).render(marchTable());
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("执法大练兵情况汇总表（2016年3月）");
        assertThat(lines.get(1)).contains("序号", "项目内容", "吴江区", "太仓市", "合计");
        // the last column is right-aligned, so every line of the table ends at the same display column
        int width = DisplayWidth.of(lines.get(1));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isEqualTo(width));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("重大案件：查封/扣押（件）").endsWith(" 1"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("罚款金额（万元）").endsWith("11.7345"));
    }

    @Test
    void oneUnitHasNoTotalColumn() {
        SummaryTable one = SummaryTable.of(new EnforcementSummaryCalculator().summarize(
                EnforcementSummaryCalculatorTest.MARCH, List.of(EnforcementSummaryCalculatorTest.taicang())));
        String header = new SummaryTextRenderer(ZH).render(one).lines().skip(1).findFirst().orElseThrow();
        assertThat(header).contains("太仓市").doesNotContain("合计");
    }

    @Test
    void csvIsUtf8WithBomAndCrlfAndReadsBackAsTheTable(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("out/summary.csv");
        new SummaryCsvWriter(ZH).write(marchTable(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<String[]> rows;
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(text)) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).containsExactly("序号", "项目内容", "吴江区", "太仓市", "合计");
        assertThat(rows.get(4)).containsExactly("4", "罚款金额（万元）", "6.2345", "5.5", "11.7345");
        assertThat(rows.get(12)).containsExactly("", "重大案件：合计", "2", "1", "3");
    }

    /** Issue 28: a unit named like a formula went into the CSV as one, for Excel to run. */
    @Test
    void aCellThatLooksLikeAFormulaIsWrittenAsText(@TempDir Path tmp) throws IOException {
        UnitRecords t = EnforcementSummaryCalculatorTest.taicang();
        UnitRecords hostile = new UnitRecords("=cmd|' /C calc'!A0", t.inspections(), t.penaltyCases());
        Path file = tmp.resolve("summary.csv");
        new SummaryCsvWriter(ZH).write(SummaryTable.of(new EnforcementSummaryCalculator().summarize(
                EnforcementSummaryCalculatorTest.MARCH, List.of(hostile))), file);
        List<String[]> rows;
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(Files.readString(file, StandardCharsets.UTF_8).substring(1))) {
            rows = it.readAll();
        }
        assertThat(rows.get(0)).contains("'=cmd|' /C calc'!A0");
        assertThat(SummaryCsvWriter.neutralised("+1+1")).isEqualTo("'+1+1");
        assertThat(SummaryCsvWriter.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SummaryCsvWriter.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(SummaryCsvWriter.neutralised("-3")).isEqualTo("-3");
        assertThat(SummaryCsvWriter.neutralised("5.50")).isEqualTo("5.50");
    }
}
