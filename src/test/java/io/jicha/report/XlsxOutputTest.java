package io.jicha.report;

import io.jicha.common.UserError;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxOutputTest {

    @TempDir
    Path dir;

    private static final XlsxOutput.Sheet SHEET = new XlsxOutput.Sheet("问题清单", List.of("编号", "存在问题", "扣分", "日期"),
            List.of(Arrays.asList("F-001", "询问笔录第3页无被询问人签名，调查取证程序不规范", new BigDecimal("2.5"),
                    LocalDate.of(2016, 10, 27)), Arrays.asList("F-002", null, 3, null)));

    @Test
    void cellsKeepTheirTypesAndColumnsFitTheirWidestText() throws Exception {
        Path file = dir.resolve("out.xlsx");
        XlsxOutput.write(file, false, List.of(SHEET), "test");
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(wb.getFirstSheet().getName()).isEqualTo("问题清单");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("存在问题");
            assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("2.5");
            assertThat(rows.get(1).getCell(2).getDataFormatString()).isEqualTo("0.0");
            assertThat(rows.get(1).getCell(3).asDate().toLocalDate()).isEqualTo(LocalDate.of(2016, 10, 27));
            assertThat(rows.get(2).getCell(2).asNumber()).isEqualByComparingTo("3");
            assertThat(rows.get(2).hasCell(1) && rows.get(2).getCell(1).getType() != CellType.EMPTY).isFalse();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<col min=\"2\" max=\"2\" width=\"([0-9.]+)\"").matcher(xml);
            assertThat(m.find()).as(xml).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isEqualTo(47.0 + 2); // 22 Chinese characters and a full-width comma 2 columns each, the digit 1, a margin of 2
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForceAndTheSameTablesGiveTheSameBytes() throws Exception {
        Path file = dir.resolve("out.xlsx");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> XlsxOutput.write(file, false, List.of(SHEET), "test")).isInstanceOf(UserError.class)
                .hasMessageContaining("already exists; use --force");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        XlsxOutput.write(file, true, List.of(SHEET), "test");
        byte[] first = Files.readAllBytes(file);
        Thread.sleep(1100); // a clock in the file would show
        XlsxOutput.write(file, true, List.of(SHEET), "test");
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }
}
