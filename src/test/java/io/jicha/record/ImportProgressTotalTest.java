package io.jicha.record;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26: a long import's progress knows its total: a text file's bytes of its size, a workbook sheet's
 * row reached of its last row (counted when the workbook is checked, before it is read).
 */
class ImportProgressTotalTest {

    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    record Update(String phase, long done, long total, long rows) {
    }

    @Test
    void aSheetReportsTheRowReachedOfItsLastRow() throws Exception {
        Path file = dir.resolve("ledger.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "jicha-test", "1.0");
            Worksheet ws = wb.newWorksheet("台账");
            ws.value(0, 0, "吴江区行政处罚案件台账"); // a title row above the header
            ws.value(1, 0, "案号");
            ws.value(1, 1, "立案日期");
            for (int i = 0; i < ROWS; i++) {
                ws.value(i + 2, 0, "A-" + i);
                ws.value(i + 2, 1, LocalDate.of(2016, 1, 1).plusDays(i % 300).toString());
            }
            ws.value(ROWS + 2, 0, "填表人：王芳");
            wb.finish();
        }
        List<Update> updates = new ArrayList<>();
        XlsxReader.read(file, "ledger.xlsx", null, null, (phase, done, total, rows) -> updates.add(new Update(phase, done, total, rows)));

        long lastRow = ROWS + 3; // Excel's numbering: the title, the header, the rows, the footer
        assertThat(updates).hasSizeGreaterThan(1).allSatisfy(u -> {
            assertThat(u.phase()).isEqualTo(ImportProgress.READING_ROWS);
            assertThat(u.total()).isEqualTo(lastRow);
            assertThat(u.done()).isBetween(1L, lastRow);
        });
        Update first = updates.get(0);
        assertThat(first.done()).as("the row reached: the rows read, below the title and the header")
                .isEqualTo(first.rows() + 2);
        assertThat(updates.get(updates.size() - 1)).isEqualTo(new Update(ImportProgress.READING_ROWS, lastRow, lastRow, ROWS));
    }

    @Test
    void aTextFileReportsItsBytesOfItsSize() throws Exception {
        StringBuilder csv = new StringBuilder("id,date\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("A-").append(i).append(",2016-01-0").append(1 + i % 9).append('\n');
        }
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        long size = Files.size(file);
        List<Update> updates = new ArrayList<>();
        PopulationReader.read(file, "ledger.csv", RecordFormat.CSV, "UTF-8",
                (phase, done, total, rows) -> updates.add(new Update(phase, done, total, rows)));

        assertThat(updates).hasSizeGreaterThan(1).allSatisfy(u -> {
            assertThat(u.phase()).isEqualTo(ImportProgress.READING);
            assertThat(u.total()).isEqualTo(size);
            assertThat(u.done()).isBetween(1L, size);
        });
        assertThat(updates.get(updates.size() - 1)).isEqualTo(new Update(ImportProgress.READING, size, size, ROWS));
    }
}
