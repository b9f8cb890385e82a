package io.jicha.example;

import io.jicha.support.JichaProcess;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example review with 吴江区's penalty register imported from Excel (the committed workbook
 * LibreOffice saved from the example's CSV) and the team's spreadsheets written at the end: the
 * problem list, the score table, the session summary and the monthly figures, read back here.
 */
@Tag("process")
class ExampleSpreadsheetsTest {

    private static final String CSV_IMPORT =
            "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case";

    @TempDir
    static Path dir;

    static Path out;
    static List<String> script;
    static JichaProcess.Result run;
    static JichaProcess.Result csvRun;

    @BeforeAll
    static void runTheExampleWithExcel() throws Exception {
        script = Files.readAllLines(ReviewScriptGenerator.SCRIPT, StandardCharsets.UTF_8);
        // the review only: the rectification ledger's follow-up (issue 24, from "# 10.") has spreadsheets of its own
        script = script.subList(0, (int) script.stream().takeWhile(l -> !l.startsWith("# 10. ")).count());
        assertThat(script).contains(CSV_IMPORT);
        out = dir.resolve("out");
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        for (String l : script) {
            lines.add(l.equals(CSV_IMPORT)
                    ? "records import src/test/resources/xlsx/wujiang-penalties.xlsx --unit 吴江区 --kind penalty-case" : l
                    .replace(ReviewScriptGenerator.OUT + "/", out + "/"));
        }
        lines.add("finding list --xlsx " + out.resolve("问题清单.xlsx"));
        lines.add("finding list --xlsx " + out.resolve("again.xlsx"));
        lines.add("score table --xlsx " + out.resolve("评分表.xlsx"));
        lines.add("session summary --xlsx " + out.resolve("summary.xlsx"));
        lines.add("stats summary --month 2016-09 --xlsx " + out.resolve("stats.xlsx"));
        run = new JichaProcess(dir.resolve("ws")).script(dir.resolve("review.jicha"), lines);
    }

    @Test
    void theReviewRunsWithTheExcelRegisterAndDrawsWhatTheCsvDraws() throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 46 records from wujiang-penalties.xlsx, sheet wujiang-penalties (header in row 1)")
                .contains("all 8 draws match");
        // the draws from the committed example (CSV), as ExampleReviewTest runs it
        List<String> csvDraws = drawLines(ReviewScriptGenerator.SCRIPT);
        assertThat(csvDraws).isNotEmpty();
        csvDraws.forEach(line -> assertThat(run.out()).contains(line));
    }

    /** The draws the committed script's scoring lines name (score open ID), which the drawn sample must hold. */
    private static List<String> drawLines(Path committed) throws IOException {
        return Files.readAllLines(committed, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("score open 吴环罚"))
                .map(l -> "scoring " + l.substring("score open ".length()).split(" ")[0]).toList();
    }

    @Test
    void theProblemListReadsBackWithChineseHeadersDueDatesAsDatesAndTheSameBytesTwice() throws Exception {
        Path file = out.resolve("问题清单.xlsx");
        List<Row> rows = rows(file, "问题清单");
        assertThat(texts(rows.get(0))).containsExactly("问题编号", "被稽查单位", "案卷编号", "评查项", "严重程度", "状态",
                "整改期限", "整改截止日期", "存在问题", "整改要求");
        long accepted = script.stream().filter(l -> l.startsWith("finding add") || l.startsWith("finding accept")).count();
        assertThat(rows.size() - 1L).isGreaterThanOrEqualTo(accepted);
        Row first = rows.get(1);
        assertThat(first.getCellText(0)).isEqualTo("F-001");
        Cell due = rows.stream().skip(1).map(r -> r.getCell(7)).filter(c -> c != null && c.getType() == CellType.NUMBER)
                .findFirst().orElseThrow();
        assertThat(due.asDate().toLocalDate()).isAfter(java.time.LocalDate.of(2016, 10, 20)); // notices issued that day
        assertThat(due.getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(Files.readAllBytes(out.resolve("again.xlsx"))).isEqualTo(Files.readAllBytes(file));
        assertFrozenHeaderAndFittedWidths(file);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theScoreTableHasARowPerReviewedFileAColumnPerSectionAndNumbersAsNumbers() throws Exception {
        Path file = out.resolve("评分表.xlsx");
        List<Row> penalties = rows(file, "行政处罚案卷评分");
        List<String> headers = texts(penalties.get(0));
        assertThat(headers.subList(0, 2)).containsExactly("被稽查单位", "案卷编号");
        assertThat(headers.subList(headers.size() - 3, headers.size())).containsExactly("总分", "评定等级", "一票否决");
        assertThat(headers.size()).isGreaterThan(5);
        List<Row> inspections = rows(file, "现场监察记录评分");
        long done = script.stream().filter(l -> l.equals("score done") || l.startsWith("score done --on ")).count();
        assertThat(penalties.size() - 1 + inspections.size() - 1).isEqualTo((int) done);
        int total = headers.size() - 3;
        // files scored by the 查封、扣押 rubric (applies_when) fill its sections; their total is rescaled and
        // may carry bonus points (docs/rubric-format.md), so it is not the plain sum of their sections
        List<String> seized = script.stream().filter(l -> l.startsWith("# ") && l.contains("按 seizure-case 评查标准"))
                .map(l -> l.split(" ")[1]).toList();
        assertThat(seized).isNotEmpty();
        for (Row r : penalties.subList(1, penalties.size())) {
            if (!r.getCellText(total + 2).equals("否")) {
                continue; // vetoed: the penalty rubric's veto: exclude leaves the total empty (否决, 不再评分)
            }
            Cell t = r.getCell(total);
            assertThat(t.getType()).isEqualTo(CellType.NUMBER);
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (int c = 2; c < total; c++) {
                if (r.getCell(c) != null && r.getCell(c).getType() == CellType.NUMBER) {
                    sum = sum.add(r.getCell(c).asNumber());
                }
            }
            if (!seized.contains(r.getCellText(1))) {
                assertThat(t.asNumber()).isEqualByComparingTo(sum); // the total is the sections' sum
            }
        }
        assertFrozenHeaderAndFittedWidths(file);
    }

    @Test
    void theSessionSummaryAndTheMonthlyFiguresReadBack() throws Exception {
        List<Row> results = rows(out.resolve("summary.xlsx"), "评查结果");
        assertThat(texts(results.get(0))).startsWith("被稽查单位", "案卷类别", "抽取案卷数", "已评查数", "平均分");
        assertThat(results).hasSize(1 + 8); // four units, two kinds of file
        assertThat(results.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
        List<Row> findings = rows(out.resolve("summary.xlsx"), "问题统计");
        assertThat(texts(findings.get(0))).containsExactly("被稽查单位", "一般", "较重", "严重", "问题合计", "单位资料得分",
                "单位资料等级");
        assertThat(findings).hasSize(1 + 4);
        assertThat(findings.get(1).getCell(5).getType()).isEqualTo(CellType.NUMBER); // every unit's documents were reviewed
        List<Row> stats = rows(out.resolve("stats.xlsx"), "2016-09");
        // 累计 as on the terminal, in the CSV and the PDF: the example's records start in January (issue 26)
        assertThat(texts(stats.get(0))).containsExactly("序号", "项目内容", "吴江区", "太仓市", "相城区", "高新区", "合计", "累计");
        assertThat(stats.stream().skip(1).filter(r -> r.getCell(6) != null && r.getCell(6).getType() == CellType.NUMBER))
                .isNotEmpty();
        assertThat(stats.stream().skip(1).filter(r -> r.getCell(7) != null && r.getCell(7).getType() == CellType.NUMBER))
                .isNotEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            src/test/resources/xlsx/office-penalties.xls  | office-penalties.xls is an Excel 97-2003 .xls workbook
            examples/suzhou-2016-review/data/wujiang-penalties.csv --sheet 台账 | --sheet and --header-row are for Excel workbooks
            src/test/resources/xlsx/office-penalties.xlsx --sheet 台账 | office-penalties.xlsx has no sheet '台账'; its sheets are: 处罚台账
            """)
    void aRefusedWorkbookIsOneLineOnStderrAndANonZeroExit(String args, String message) throws Exception {
        Path ws = Files.createTempDirectory(dir, "refused");
        JichaProcess jicha = new JichaProcess(ws);
        JichaProcess.Result r = jicha.script(ws.resolve("s.jicha"), List.of(
                "session new --name s --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "auditor use 张三",
                "records import " + args + " --unit 吴江区 --kind penalty-case"));
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines().filter(l -> l.contains(message))).hasSize(1);
        assertThat(r.out()).doesNotContain("imported");
    }

    private static void assertFrozenHeaderAndFittedWidths(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"").contains("customWidth=\"true\"");
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(core).doesNotContain("created");
        }
    }

    private static List<Row> rows(Path file, String sheetName) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            Sheet sheet = wb.findSheet(sheetName).orElseThrow(() -> new AssertionError("no sheet " + sheetName + " in "
                    + wb.getSheets().map(Sheet::getName).toList()));
            return sheet.read();
        }
    }

    private static List<String> texts(Row row) {
        List<String> t = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            t.add(row.getCellText(c));
        }
        return t;
    }
}
