package io.jicha.record;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PopulationReaderTest {

    @TempDir
    Path dir;

    private static final String CHINESE_CSV = """
            案号,立案日期,企业名称,行业,罚款金额（万元）,重大案件类型,备注
            苏环罚〔2016〕1号,2016-09-23,苏州某化工有限公司,化工,5.5,按日连续处罚；查封扣押,首次
            苏环罚〔2016〕2号,2016/9/3,吴江某印染厂,印染,"1,200",,
            苏环罚〔2016〕3号,2016年10月1日,"某""电镀""厂, 二分厂",电镀,0,移送公安、行政拘留,
            """;

    /** The import's path: copy, hash and parse in one pass; the staged copy is thrown away. */
    private Snapshots.StagedPopulation staged(Path file, String encoding) throws IOException {
        Snapshots.StagedPopulation s = Snapshots.stageAndParse(file, dir.resolve("snap"), encoding, ImportProgress.NONE);
        Snapshots.discard(s.staged());
        return s;
    }

    private Population stageAndParse(Path file, String encoding) throws IOException {
        return staged(file, encoding).population();
    }

    @Test
    void chineseHeadersMapToCanonicalNamesAndUnknownColumnsStayAttributes() throws IOException {
        Path f = dir.resolve("wujiang.csv");
        Files.writeString(f, CHINESE_CSV, StandardCharsets.UTF_8);
        Population p = stageAndParse(f, null);
        assertThat(p.size()).isEqualTo(3);
        CaseRecord first = p.record(0);
        assertThat(first.id()).isEqualTo("苏环罚〔2016〕1号");
        assertThat(first.date()).isEqualTo(LocalDate.of(2016, 9, 23));
        assertThat(first.attribute(Columns.ENTERPRISE)).isEqualTo("苏州某化工有限公司");
        assertThat(first.attribute(Columns.FINE_WAN)).isEqualTo("5.5");
        assertThat(Columns.listItems(first.attribute(Columns.MAJOR_KINDS))).containsExactly("按日连续处罚", "查封扣押");
        assertThat(first.attribute("备注")).isEqualTo("首次");
        assertThat(p.record(1).date()).isEqualTo(LocalDate.of(2016, 9, 3));
        assertThat(p.record(1).attribute(Columns.FINE_WAN)).isEqualTo("1,200");
        assertThat(p.record(2).date()).isEqualTo(LocalDate.of(2016, 10, 1));
        assertThat(p.record(2).attribute(Columns.ENTERPRISE)).isEqualTo("某\"电镀\"厂, 二分厂");
        assertThat(Columns.listItems(p.record(2).attribute(Columns.MAJOR_KINDS))).containsExactly("移送公安", "行政拘留");
        assertThat(p.record(1).attributes()).doesNotContainKey("备注");
    }

    @Test
    void gb18030FileWrittenByExcelIsDetected() throws IOException {
        Path f = dir.resolve("excel-gbk.csv");
        Files.write(f, CHINESE_CSV.getBytes(Charset.forName("GB18030")));
        Snapshots.StagedPopulation s = staged(f, null);
        assertThat(s.staged().encoding()).isEqualTo(TextEncodings.GB18030);
        assertThat(s.staged().sha256()).isEqualTo(io.jicha.common.Hashes.sha256Hex(f));
        Population p = s.population();
        assertThat(p.record(0).attribute(Columns.ENTERPRISE)).isEqualTo("苏州某化工有限公司");
        assertThat(p.record(1).attribute(Columns.INDUSTRY)).isEqualTo("印染");
    }

    @Test
    void utf8WithByteOrderMarkIsDetectedAndTheMarkIsNotPartOfTheFirstHeader() throws IOException {
        Path f = dir.resolve("bom.csv");
        byte[] body = CHINESE_CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        Snapshots.StagedPopulation s = staged(f, null);
        assertThat(s.staged().encoding()).isEqualTo(TextEncodings.UTF8_BOM);
        Population p = s.population();
        assertThat(p.record(0).id()).isEqualTo("苏环罚〔2016〕1号");
    }

    @Test
    void encodingOptionOverridesDetection() throws IOException {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, CHINESE_CSV.getBytes(Charset.forName("GBK")));
        Population p = stageAndParse(f, "GBK");
        assertThat(p.record(0).attribute(Columns.ENTERPRISE)).isEqualTo("苏州某化工有限公司");
        assertThatThrownBy(() -> stageAndParse(f, "UTF-8"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("gbk.csv line 1")
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("--encoding");
        assertThatThrownBy(() -> stageAndParse(f, "KLINGON")).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown encoding 'KLINGON'");
    }

    @Test
    void jsonLinesWithAliasesAndListsAreRead() throws IOException {
        Path f = dir.resolve("inspections.jsonl");
        Files.writeString(f, """
                {"编号":"XC-1","检查日期":"2016-10-10","企业名称":"甲厂","出动人数":3,"重大案件类型":["查封扣押","限产停产"]}

                {"id":"XC-2","date":"2016/10/11","officers":"2","extra":true}
                """, StandardCharsets.UTF_8);
        Snapshots.StagedPopulation s = staged(f, null);
        assertThat(s.staged().format()).isEqualTo(RecordFormat.JSONL);
        Population p = s.population();
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.record(0).attribute(Columns.OFFICERS)).isEqualTo("3");
        assertThat(Columns.listItems(p.record(0).attribute(Columns.MAJOR_KINDS))).containsExactly("查封扣押", "限产停产");
        assertThat(p.record(1).attribute("extra")).isEqualTo("true");
        assertThat(p.record(1).attributes()).doesNotContainKey(Columns.ENTERPRISE);
    }

    private void assertImportFails(String name, String content, String... fragments) {
        Path f = dir.resolve(name);
        try {
            Files.writeString(f, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        var assertion = assertThatThrownBy(() -> stageAndParse(f, null)).isInstanceOf(UserError.class);
        for (String fragment : fragments) {
            assertion.hasMessageContaining(fragment);
        }
        assertThat(dir.resolve("snap").toFile().list()).as("no staged file left behind").isNullOrEmpty();
    }

    @Test
    void aMissingIdNamesRowAndColumn() {
        assertImportFails("a.csv", "案号,日期\nA1,2016-01-01\n,2016-01-02\n", "a.csv row 3, column 案号", "id is missing");
    }

    @Test
    void aBadDateNamesRowColumnAndValue() {
        assertImportFails("b.csv", "id,date\nA1,2016-01-01\nA2,2016-13-01\n",
                "b.csv row 3, column date: '2016-13-01' is not a date", "2016年9月23日");
    }

    @Test
    void aDuplicateIdWithinTheFileNamesBothRows() {
        assertImportFails("c.csv", "id,date\nA1,2016-01-01\nA2,2016-01-01\nA1,2016-01-02\n",
                "c.csv row 4, column id: duplicate id 'A1' (also in row 2)");
    }

    /** Ids are checked for duplicates a batch of rows at a time; the first bad row is still the one named. */
    @Test
    void aDuplicateIsNamedBeforeALaterBadRowAndAcrossBatches() {
        StringBuilder csv = new StringBuilder("id,date\n");
        for (int i = 1; i <= 3000; i++) {
            String id = i == 1200 ? "A5" : "A" + i; // file row 1201 repeats file row 6
            String date = i == 1300 ? "2016-02-30" : "2016-01-01";
            csv.append(id).append(',').append(date).append('\n');
        }
        assertImportFails("f.csv", csv.toString(), "f.csv row 1201, column id: duplicate id 'A5' (also in row 6)");
        // a later row with a field too many: still the duplicate, found when that row is refused
        String extraField = csv.toString().replace("2016-02-30", "2016-02-28").replace("A2999,2016-01-01", "A2999,2016-01-01,x");
        assertImportFails("g.csv", extraField, "g.csv row 1201, column id: duplicate id 'A5' (also in row 6)");
        // without the duplicate, the bad date is the first bad row
        assertImportFails("i.csv", csv.toString().replace("\nA5,2016-01-01\nA1201,", "\nA1200,2016-01-01\nA1201,"),
                "i.csv row 1301, column date: '2016-02-30' is not a date");
    }

    @Test
    void blankLinesKeepTheSourceRowNumbersRight() throws IOException {
        Path f = dir.resolve("blank.csv");
        Files.writeString(f, "id,date\nA1,2016-01-01\n\n,\nA2,2016-01-02\nA3,2016-01-03\n", StandardCharsets.UTF_8);
        Population p = stageAndParse(f, null);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.sourceRow(0)).isEqualTo(2);
        assertThat(p.sourceRow(1)).isEqualTo(5);
        assertThat(p.sourceRow(2)).isEqualTo(6);
        assertImportFails("blank2.csv", "id,date\nA1,2016-01-01\n\nA2,2016-01-02\nA1,2016-01-03\n",
                "blank2.csv row 5, column id: duplicate id 'A1' (also in row 2)");
    }

    @Test
    void aDuplicateInJsonLinesNamesTheFieldAsThatLineSpellsIt() {
        assertImportFails("h.jsonl", "{\"id\":\"A1\",\"date\":\"2016-01-01\"}\n{\"案号\":\"A1\",\"日期\":\"2016-01-02\"}\n",
                "h.jsonl line 2, column 案号: duplicate id 'A1' (also in line 1)");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefused() {
        assertImportFails("d.csv", "id,date,行业\nA1,2016-01-01,化工,多余\n", "d.csv row 2: 4 fields but the header has 3");
    }

    @Test
    void aFileWithoutAnIdColumnListsTheAliases() {
        assertImportFails("e.csv", "名称,日期\nx,2016-01-01\n", "e.csv: no id column", "案号", "the header has: 名称, 日期");
    }

    @Test
    void twoHeadersMeaningTheSameColumnAreRefused() {
        assertImportFails("f.csv", "案号,编号,日期\n1,2,2016-01-01\n", "'案号' and '编号' both mean id");
    }

    @Test
    void countsAndAmountsMayCarryTheirUnitAndAreKeptAsWritten() throws IOException {
        Path f = dir.resolve("units.csv");
        Files.writeString(f, "id,date,出动人数,罚款金额（元）,决定日期\nA1,2016-01-01,3人,\"50,000元\",2016年1月5日\n",
                StandardCharsets.UTF_8);
        CaseRecord r = stageAndParse(f, null).record(0);
        assertThat(r.attribute(Columns.OFFICERS)).isEqualTo("3人");
        assertThat(r.attribute(Columns.FINE_YUAN)).isEqualTo("50,000元");
        assertThat(r.attribute(Columns.DECISION_DATE)).isEqualTo("2016-01-05");
    }

    @Test
    void badNumbersInCountColumnsAreRefused() {
        assertImportFails("g.csv", "id,date,出动人数\nA1,2016-01-01,三\n", "g.csv row 2, column 出动人数: '三' is not a whole number");
    }

    @Test
    void aFileThatIsNeitherCsvNorJsonLinesSaysSo() throws IOException {
        Path xlsx = dir.resolve("book.xlsx");
        Files.write(xlsx, new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0});
        assertThatThrownBy(() -> stageAndParse(xlsx, null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("book.xlsx is a ZIP archive but not a readable .xlsx workbook"); // XlsxImportTest: real ones
        assertImportFails("notes.txt", "这是一段说明文字\n没有逗号\n", "notes.txt is not a CSV or JSON Lines file");
        assertImportFails("broken.jsonl", "{\"id\":\"A\",\"date\":\"2016-01-01\"}\n[1,2]\n", "broken.jsonl line 2: not a JSON object");
    }

    /** A big enough body that the damage lies past the first 64 KiB the encoding is guessed from. */
    private static String rows(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append("苏环罚〔2016〕").append(i).append("号,2016-09-23,苏州某化工有限公司").append(i).append('\n');
        }
        return b.toString();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> boundedAndDamagedFiles() {
        String header = "案号,立案日期,企业名称\n";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("header only", header, "holds no records"),
                org.junit.jupiter.params.provider.Arguments.of("header and blank lines", header + "\n,,\n\n", "holds no records"),
                org.junit.jupiter.params.provider.Arguments.of("JSON lines without records", "\n\n", "is not a CSV or JSON Lines file"),
                org.junit.jupiter.params.provider.Arguments.of("a NUL past the first 64 KiB",
                        header + rows(1, 3000) + "苏环罚〔2016〕X号,2016-09-23,苏州\u0000某厂\n", "row 3002, column 3: a NUL character"),
                org.junit.jupiter.params.provider.Arguments.of("a million empty columns",
                        "id,date" + ",".repeat(1_000_000) + "\nA,2016-01-01\n", "row 1: more than 1024 columns"),
                org.junit.jupiter.params.provider.Arguments.of("a 40,000-character cell",
                        header + "A,2016-01-01,\"" + "厂".repeat(40_000) + "\"\n", "row 2, column 3: a cell longer than 32767"),
                org.junit.jupiter.params.provider.Arguments.of("a runaway quote",
                        header + "A,2016-01-01,\"" + ("某厂,\n").repeat(200_000), "row 2: not valid CSV"),
                org.junit.jupiter.params.provider.Arguments.of("a 2-MiB JSON line",
                        "{\"id\":\"A\",\"date\":\"2016-01-01\",\"x\":\"" + "a".repeat(2 << 20) + "\"}\n",
                        "line 1: a record longer than 1048576"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("boundedAndDamagedFiles")
    void boundedAndDamagedFilesAreRefusedWithOneLine(String name, String content, String fragment) {
        String file = name.contains("JSON") ? "f.jsonl" : "f.csv";
        assertImportFails(file, content, fragment);
    }

    @Test
    void utf8BrokenAtLine3000IsReportedAtThatLineAsUtf8() throws IOException {
        Path f = dir.resolve("broken.csv");
        byte[] good = ("案号,立案日期,企业名称\n" + rows(1, 2998)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "苏环罚〔2016〕X号,2016-09-23,苏州".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(good);
        out.writeBytes(bad);
        out.write(0xFF); // not UTF-8
        out.writeBytes("厂\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, out.toByteArray());
        assertThatThrownBy(() -> stageAndParse(f, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("broken.csv line 3000: the text is not valid UTF-8");
    }

    @Test
    void acceptedDateForms() {
        assertThat(RecordDates.parse("2016-09-23")).isEqualTo(LocalDate.of(2016, 9, 23));
        assertThat(RecordDates.parse("2016/9/3")).isEqualTo(LocalDate.of(2016, 9, 3));
        assertThat(RecordDates.parse("2016年9月23日")).isEqualTo(LocalDate.of(2016, 9, 23));
        assertThat(RecordDates.parse(" 2016-9-23 ")).isEqualTo(LocalDate.of(2016, 9, 23));
        assertThat(RecordDates.parse("2016-02-30")).isNull();
        assertThat(RecordDates.parse("2016/9-23")).isNull();
        assertThat(RecordDates.parse("16-9-23")).isNull();
        assertThat(RecordDates.parse("2016年9月")).isNull();
        assertThat(RecordDates.parse("2016-")).isNull();
    }

    /** Large enough that the reader foresees the row count and grows its arrays to that size. */
    @Test
    void aLargeFileReadsBackExactlyWhenItsRowsGetLongerTowardsTheEnd() throws IOException {
        int rows = 60_000;
        StringBuilder csv = new StringBuilder("记录编号,检查日期,企业名称,行业,检查人员\n");
        for (int i = 1; i <= rows; i++) {
            // ids and names get longer further down, so the early rows underestimate the text
            String name = "企业" + i + "号".repeat(1 + i / 10_000);
            csv.append("吴环监〔2016〕").append(i).append("号,2016-").append(1 + i % 12).append("-")
                    .append(1 + i % 28).append(',').append(name).append(',').append(i % 7 == 0 ? "" : "行业" + i % 5)
                    .append(',').append(officers(i)).append('\n');
        }
        Path file = dir.resolve("large.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Population p = stageAndParse(file, null);
        assertThat(p.size()).isEqualTo(rows);
        for (int r = 0; r < rows; r++) {
            int i = r + 1;
            assertThat(p.id(r)).isEqualTo("吴环监〔2016〕" + i + "号");
            assertThat(p.date(r)).isEqualTo(LocalDate.of(2016, 1 + i % 12, 1 + i % 28));
            assertThat(p.attribute(r, Columns.ENTERPRISE)).isEqualTo("企业" + i + "号".repeat(1 + i / 10_000));
            assertThat(p.attribute(r, Columns.INDUSTRY)).isEqualTo(i % 7 == 0 ? "" : "行业" + i % 5);
            assertThat(p.attribute(r, Columns.OFFICER_NAMES)).isEqualTo(officers(i));
            assertThat(p.sourceRow(r)).isEqualTo(i + 1);
        }
        assertThat(p.indexOf("吴环监〔2016〕59999号")).isEqualTo(59_998);
        assertThat(p.contains("吴环监〔2016〕60001号")).isFalse();
    }

    /** Few distinct values at first (a dictionary), then all distinct (stored as text from there on). */
    private static String officers(int i) {
        return i % 5000 == 0 ? "" : "检查员" + (i < 20_000 ? i % 3000 : i);
    }

    @Test
    void dayNumbersAgreeWithLocalDateIncludingLeapDaysAndCenturies() {
        for (LocalDate d = LocalDate.of(1000, 1, 1); d.getYear() <= 9999; d = d.plusDays(1)) {
            String text = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            assertThat(RecordDates.epochDay(text)).as(text).isEqualTo((int) d.toEpochDay());
        }
        assertThat(RecordDates.epochDay("1900-02-29")).isEqualTo(RecordDates.NOT_A_DATE);
        assertThat(RecordDates.epochDay("2000-02-29")).isEqualTo((int) LocalDate.of(2000, 2, 29).toEpochDay());
        assertThat(RecordDates.epochDay("2016-13-01")).isEqualTo(RecordDates.NOT_A_DATE);
        assertThat(RecordDates.epochDay("2016-00-10")).isEqualTo(RecordDates.NOT_A_DATE);
        assertThat(RecordDates.epochDay(null)).isEqualTo(RecordDates.NOT_A_DATE);
    }

    @Test
    void filtersSelectByDateRangeAndAttributeAliases() throws IOException {
        Path f = dir.resolve("w.csv");
        Files.writeString(f, CHINESE_CSV, StandardCharsets.UTF_8);
        Population p = stageAndParse(f, null);
        assertThat(RecordFilter.parse("2016-09-10", null, null).apply(p)).containsExactly(0, 2);
        assertThat(RecordFilter.parse(null, "2016/9/30", "行业=化工").apply(p)).containsExactly(0);
        assertThat(RecordFilter.parse(null, null, "industry=冶金").apply(p)).isEmpty();
        assertThatThrownBy(() -> RecordFilter.parse(null, null, "颜色=红").apply(p)).isInstanceOf(UserError.class)
                .hasMessageContaining("no attribute '颜色'");
        assertThatThrownBy(() -> RecordFilter.parse("2016-10-01", "2016-09-01", null)).isInstanceOf(UserError.class)
                .hasMessageContaining("after --to");
        assertThatThrownBy(() -> RecordFilter.parse(null, null, "行业")).isInstanceOf(UserError.class)
                .hasMessageContaining("not attr=value");
    }
}
