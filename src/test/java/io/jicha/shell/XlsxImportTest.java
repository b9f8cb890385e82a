package io.jicha.shell;

import io.jicha.common.UserError;
import io.jicha.record.CaseRecord;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordKind;
import io.jicha.record.Snapshots;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * records import of Excel workbooks: files saved by LibreOffice (committed, made by
 * src/test/resources/xlsx/make-office-files.sh) and files written here with fastexcel and POI.
 */
class XlsxImportTest {

    private static final Path RESOURCES = Path.of("src/test/resources/xlsx");
    private static final Path EXAMPLE = Path.of("examples/suzhou-2016-review/data");

    @TempDir
    Path dir;

    private ShellContext ctx;
    private Console console;
    private RecordCommands records;

    @BeforeEach
    void openSession() {
        ctx = session("s1");
        records = new RecordCommands(ctx);
    }

    private ShellContext session(String name) {
        console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Workspace ws = new Workspace(dir.resolve("ws-" + name));
        ws.create(new SessionInfo(name, LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三"), "zh-CN", null), "张三");
        ShellContext c = new ShellContext(ws, console);
        c.useAuditor("张三");
        return c;
    }

    private Population population(String unit) {
        var s = ctx.session();
        return s.state().get(PopulationBook.class).population(s.snapshotDir(), unit, RecordKind.PENALTY_CASE);
    }

    private static int[] all(Population p) {
        return java.util.stream.IntStream.range(0, p.size()).toArray();
    }

    private String importXlsx(Path file, String sheet, Integer headerRow) {
        return records.importFile(file.toString(), "吴江区", "penalty-case", null, sheet, headerRow);
    }

    @Test
    void aLibreOfficeWorkbookWithTitleRowMergedTwoRowHeaderDatesAndNumericIds() throws IOException {
        Path file = RESOURCES.resolve("office-penalties.xlsx");
        String out = importXlsx(file, null, null);
        assertThat(out).startsWith("imported 5 records from office-penalties.xlsx, sheet 处罚台账 (header in row 2)");
        Population p = population("吴江区");
        assertThat(p.size()).isEqualTo(5);
        CaseRecord first = p.record(0);
        assertThat(first.id()).isEqualTo("10000000"); // a number cell: not 1.0E7, no trailing .0
        assertThat(first.date()).isEqualTo(LocalDate.of(2016, 10, 8)); // a date cell
        // 罚款 merged over 金额（元） and 决定日期: the first joins to a known header, the second is one
        assertThat(first.attributes()).containsEntry("fine_yuan", "40000") // a formula, by its saved value
                .containsEntry("decision_date", "2016-10-09") // text 2016/10/9
                .containsEntry("enterprise", "吴江市盛新印染有限公司").containsEntry("备注", "年度第一件");
        assertThat(p.record(1).attributes()).containsEntry("decision_date", "2016-10-12"); // 2016年10月12日
        assertThat(p.record(2).attributes()).containsEntry("fine_yuan", "15500.5");
        assertThat(p.record(3).attributes()).containsEntry("decision_date", "2016-10-20"); // 2016.10.20
        assertThat(p.record(4).attributes()).containsEntry("decision_date", "2016-09-30"); // 2016-9-30
        assertThat(p.sourceRow(4)).isEqualTo(8); // Excel's row number

        // the snapshot is the file's bytes, under their SHA-256
        var imported = ctx.session().state().get(PopulationBook.class).imports("吴江区", RecordKind.PENALTY_CASE).get(0);
        assertThat(imported.format()).isEqualTo("xlsx");
        assertThat(imported.sheet()).isEqualTo("处罚台账");
        assertThat(imported.headerRow()).isEqualTo(2);
        Path snapshot = ctx.session().snapshotDir().resolve(imported.sha256() + ".xlsx");
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(Files.readAllBytes(file));
        assertThat(io.jicha.common.Hashes.sha256Hex(file)).isEqualTo(imported.sha256());

        // replayed in a fresh process state from the snapshot alone: the same population
        Snapshots.clearCache();
        Population again = population("吴江区");
        assertThat(again.idOrder(all(again)).fingerprint()).isEqualTo(p.idOrder(all(p)).fingerprint());
        assertThat(again.record(0).attributes()).isEqualTo(first.attributes());
    }

    @Test
    void theExampleUnitsRegisterFromExcelDrawsTheSameFilesAsFromItsCsv() {
        // wujiang-penalties.xlsx is the example's CSV opened and saved by LibreOffice: dates became date cells
        importXlsx(RESOURCES.resolve("wujiang-penalties.xlsx"), null, null);
        Population fromXlsx = population("吴江区");
        String xlsxDraw = new SampleCommands(ctx, console, List.of()).draw("吴江区", "penalty-case", 10, null,
                "苏环稽〔2016〕", null, null, null, null, null, null, null);

        ShellContext csvSession = session("s2");
        new RecordCommands(csvSession).importFile(EXAMPLE.resolve("wujiang-penalties.csv").toString(), "吴江区",
                "penalty-case", null);
        var s = csvSession.session();
        Population fromCsv = s.state().get(PopulationBook.class).population(s.snapshotDir(), "吴江区",
                RecordKind.PENALTY_CASE);
        String csvDraw = new SampleCommands(csvSession, console, List.of()).draw("吴江区", "penalty-case", 10, null,
                "苏环稽〔2016〕", null, null, null, null, null, null, null);

        assertThat(fromXlsx.size()).isEqualTo(fromCsv.size()).isGreaterThan(20);
        assertThat(fromXlsx.idOrder(all(fromXlsx)).fingerprint()).isEqualTo(fromCsv.idOrder(all(fromCsv)).fingerprint());
        for (int r = 0; r < fromCsv.size(); r++) {
            assertThat(fromXlsx.record(r)).isEqualTo(fromCsv.record(r));
        }
        assertThat(xlsxDraw).contains("drew 10 of").isEqualTo(csvDraw);
    }

    @Test
    void sheetAndHeaderRowCanBeGiven() throws IOException {
        Path file = write("two-sheets.xlsx", wb -> {
            Worksheet notes = wb.newWorksheet("说明");
            notes.value(0, 0, "本工作簿第二张表为台账");
            Worksheet ws = wb.newWorksheet("台账");
            ws.value(0, 0, "注：金额单位为元");
            ws.value(1, 0, "编号");
            ws.value(1, 1, "日期");
            ws.value(1, 2, "罚款（元）");
            ws.value(2, 0, "A-1");
            ws.value(2, 1, LocalDate.of(2016, 10, 3));
            ws.style(2, 1).format("yyyy年m月d日").set(); // (fastexcel does not escape quotes in formats)
            ws.value(2, 2, 1.0E7);
            ws.value(3, 0, 12345678901234L);
            ws.value(3, 1, "2016/10/4");
            ws.value(3, 2, 0.1 + 0.2);
        });
        assertThatThrownBy(() -> importXlsx(file, null, null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("two-sheets.xlsx sheet 说明: no header row with an id column");
        assertThatThrownBy(() -> importXlsx(file, "台帐", null)).isInstanceOf(UserError.class)
                .hasMessage("two-sheets.xlsx has no sheet '台帐'; its sheets are: 说明, 台账");
        assertThat(importXlsx(file, "台账", 2)).contains("sheet 台账 (header in row 2)");
        Population p = population("吴江区");
        assertThat(p.record(0).date()).isEqualTo(LocalDate.of(2016, 10, 3));
        assertThat(p.record(0).attributes()).containsEntry("fine_yuan", "10000000");
        assertThat(p.record(1).id()).isEqualTo("12345678901234");
        assertThat(p.record(1).attributes()).containsEntry("fine_yuan", "0.3"); // as Excel shows it
    }

    @Test
    void aHeaderWhoseDateIsOnlyInItsSubHeaderRowIsFoundBelowTheTitle() throws IOException {
        // 2016年10月现场检查记录台账 / 记录编号 | 检查 (merged over 日期 and 人员) | 企业名称 / (sub-headers)
        Path file = write("inspections.xlsx", wb -> {
            Worksheet ws = wb.newWorksheet("检查记录");
            ws.value(0, 0, "2016年10月现场检查记录台账");
            ws.range(0, 0, 0, 3).merge();
            ws.value(1, 0, "记录编号");
            ws.value(1, 1, "检查");
            ws.range(1, 1, 1, 2).merge();
            ws.value(1, 3, "企业名称");
            ws.value(2, 1, "日期");
            ws.value(2, 2, "人员");
            ws.value(3, 0, 20161001);
            ws.value(3, 1, LocalDate.of(2016, 10, 9));
            ws.style(3, 1).format("yyyy/m/d").set();
            ws.value(3, 2, "张伟、王芳");
            ws.value(3, 3, "吴江市盛新印染有限公司");
        });
        assertThat(importXlsx(file, null, null)).contains("sheet 检查记录 (header in row 2)");
        CaseRecord r = population("吴江区").record(0);
        assertThat(r.id()).isEqualTo("20161001");
        assertThat(r.date()).isEqualTo(LocalDate.of(2016, 10, 9)); // 检查 + 日期 is the known header 检查日期
        assertThat(r.attributes()).containsEntry("officer_names", "张伟、王芳") // 检查 + 人员 is 检查人员
                .containsEntry("enterprise", "吴江市盛新印染有限公司");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad date      | two-sheets.xlsx sheet 台账 row 3, column B (日期): '2016-13-01' is not a date
            duplicate id  | two-sheets.xlsx sheet 台账 row 4, column A (编号): duplicate id 'A-1' (also in row 3)
            missing id    | two-sheets.xlsx sheet 台账 row 4, column A (编号): the id is missing
            bad amount    | two-sheets.xlsx sheet 台账 row 3, column C (罚款（元）): '很多' is not an amount
            error cell    | two-sheets.xlsx sheet 台账 row 4, column C: the cell holds the Excel error #DIV/0!
            value beyond  | two-sheets.xlsx sheet 台账 row 3, column E: value 'x' has no header
            """)
    void aBadCellIsOneLineNamingSheetRowAndColumnAndNothingIsImported(String bad, String message) throws IOException {
        Path file = write("two-sheets.xlsx", wb -> {
            Worksheet ws = wb.newWorksheet("台账");
            ws.value(0, 0, "编号");
            ws.value(0, 1, "日期");
            ws.value(0, 2, "罚款（元）");
            ws.value(1, 0, "A-0");
            ws.value(1, 1, "2016-10-01");
            ws.value(2, 0, "A-1");
            ws.value(2, 1, bad.equals("bad date") ? "2016-13-01" : "2016-10-02");
            ws.value(2, 2, bad.equals("bad amount") ? "很多" : "5");
            if (bad.equals("value beyond")) {
                ws.value(2, 4, "x");
            }
            ws.value(3, 0, bad.equals("duplicate id") ? "A-1" : bad.equals("missing id") ? "" : "A-2");
            ws.value(3, 1, "2016-10-03");
            if (bad.equals("error cell")) {
                ws.formula(3, 2, "1/0");
            }
        });
        if (bad.equals("error cell")) {
            file = withCachedError(file);
        }
        Path f = file;
        assertThatThrownBy(() -> importXlsx(f, null, null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(message).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertNothingImported();
    }

    private void assertNothingImported() throws IOException {
        for (RecordKind k : RecordKind.values()) {
            assertThat(ctx.session().state().get(PopulationBook.class).imports("吴江区", k)).isEmpty();
        }
        if (Files.exists(ctx.session().snapshotDir())) { // made by the first import that gets as far as copying
            try (var files = Files.list(ctx.session().snapshotDir())) {
                assertThat(files.toList()).isEmpty();
            }
        }
    }

    /** fastexcel writes formulas without a value; give the one here the value Excel saves for 1/0. */
    private Path withCachedError(Path file) throws IOException {
        Path fixed = dir.resolve("with-error.xlsx");
        try (var in = new java.util.zip.ZipFile(file.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(fixed))) {
            for (var e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("<c r=\"C4\"([^>]*)><f>1/0</f></c>", "<c r=\"C4\"$1 t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return fixed.getParent().resolve("two-sheets.xlsx").equals(file) ? move(fixed, file) : fixed;
    }

    private static Path move(Path from, Path to) throws IOException {
        Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            encrypted   | secret.xlsx is encrypted with a password: open it in Excel or WPS, remove the password
            xls         | office-penalties.xls is an Excel 97-2003 .xls workbook, which jicha does not read: save it as .xlsx
            csv-named   | register.xlsx is named like an Excel workbook but is not one (it looks like text, perhaps CSV)
            empty-sheet | empty.xlsx sheet 台账 is empty: expected a header row with id and date columns
            header-only | header.xlsx sheet 台账 has a header in row 1 but no records below it; nothing imported
            """)
    void badWorkbooksAreOneLineAndNothingIsImported(String kind, String message) throws Exception {
        Path file = switch (kind) {
            case "encrypted" -> encrypted(RESOURCES.resolve("office-penalties.xlsx"), dir.resolve("secret.xlsx"));
            case "xls" -> RESOURCES.resolve("office-penalties.xls");
            case "csv-named" -> {
                Path f = dir.resolve("register.xlsx");
                Files.copy(EXAMPLE.resolve("wujiang-penalties.csv"), f);
                yield f;
            }
            case "empty-sheet" -> write("empty.xlsx", wb -> wb.newWorksheet("台账"));
            default -> write("header.xlsx", wb -> {
                Worksheet ws = wb.newWorksheet("台账");
                ws.value(0, 0, "案号");
                ws.value(0, 1, "立案日期");
            });
        };
        assertThatThrownBy(() -> importXlsx(file, null, null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(message).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertNothingImported();
    }

    @Test
    void sheetOptionsAndEncodingAreRefusedForTheOtherKindOfFile() {
        assertThatThrownBy(() -> records.importFile(EXAMPLE.resolve("wujiang-penalties.csv").toString(), "吴江区",
                "penalty-case", null, "台账", null)).isInstanceOf(UserError.class)
                .hasMessage("--sheet and --header-row are for Excel workbooks; wujiang-penalties.csv is a text file");
        assertThatThrownBy(() -> records.importFile(RESOURCES.resolve("office-penalties.xlsx").toString(), "吴江区",
                "penalty-case", "GBK", null, null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("--encoding is for text files");
    }

    /** An .xlsx encrypted with a password as Excel does it (agile encryption), written by POI. */
    static Path encrypted(Path plain, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("jicha");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    private Path write(String name, Consumer<Workbook> content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "jicha-test", "1.0");
            content.accept(wb);
            wb.finish();
        }
        return file;
    }
}
