package io.jicha.record;

import io.jicha.common.UserError;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 28, item 5: hostile .xlsx files, generated here, each refused with one line naming what is wrong, in
 * bounded memory and time. At 3d78cd6 each of these ran out of memory, crashed with an internal error, or imported
 * what a CSV would be refused for. The memory a read may take is checked as the bytes the reading thread
 * allocates (which bounds its peak), the time as its CPU time.
 */
class HostileXlsxTest {

    /**
     * What one refused read may allocate, and spend: far below what the files would cost if read whole
     * (minutes of CPU and gigabytes at 3d78cd6). The CPU cap is a guard against unbounded work, not the
     * speed target: a test is no benchmark, and on a loaded 2-core machine the 5 M shared strings took
     * 2.02 s of thread CPU time against about 1.2 s on a quiet one.
     */
    private static final long MAX_ALLOCATED = 160L << 20;
    private static final long MAX_CPU_NANOS = 8_000_000_000L;

    @TempDir
    static Path dir;

    /** A sheet's XML written piece by piece into the ZIP, never held whole. */
    interface Content {
        void write(Writer w) throws IOException;
    }

    record Case(String name, Content sheet, Content sharedStrings, String key, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>案号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>立案日期</t></is></c></row>";
    private static final String TAIL = "</sheetData></worksheet>";

    private static Content sheet(String rows) {
        return w -> w.write(HEAD + rows + TAIL);
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String random(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    static Stream<Case> hostile() {
        return Stream.of(
                new Case("one cell at column ZZZZZZ", sheet("<row r=\"2\">" + inline("ZZZZZZ2", "x") + "</row>"), null,
                        "record.xlsx.columnIndex", "row 2: a cell at ZZZZZZ2"),
                new Case("a huge column index", sheet("<row r=\"2\">" + inline("AAAAAAAAAAAAAAAAAAAAAAAA2", "x") + "</row>"),
                        null, "record.xlsx.columnIndex", "beyond Excel's last column"),
                new Case("a huge row index", sheet("<row r=\"99999999999\">" + inline("A99999999999", "x") + "</row>"),
                        null, "record.xlsx.rowIndex", "beyond Excel's last row"),
                new Case("a 100 M-character cell", w -> {
                    w.write(HEAD + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
                    char[] a = new char[1 << 16];
                    java.util.Arrays.fill(a, 'a');
                    for (int i = 0; i < 100_000_000 / a.length; i++) {
                        w.write(a);
                    }
                    w.write("</t></is></c></row>" + TAIL);
                }, null, "record.cell-too-long", "row 2, column A: a cell longer than 32767"),
                new Case("a 300 M-character shared string in a small file", sheet("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
                        w -> {
                            w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
                            char[] a = new char[1 << 16];
                            java.util.Arrays.fill(a, 'x');
                            for (int i = 0; i < 300_000_000 / a.length; i++) {
                                w.write(a);
                            }
                            w.write("</t></si></sst>");
                        }, "record.xlsx.longString", "text 1 of the workbook is longer than 32767"),
                new Case("a 40,000-character shared string", sheet("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
                        w -> w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                                + random(40_000, 1) + "</t></si></sst>"),
                        "record.xlsx.longString", "longer than 32767 characters"),
                new Case("5 M shared strings", sheet("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"), w -> {
                    w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    Random r = new Random(2);
                    for (int i = 0; i < 5_000_000; i++) {
                        w.write("<si><t>" + Integer.toString(r.nextInt(), 36) + "</t></si>");
                    }
                    w.write("</sst>");
                }, "record.xlsx.tooManyStrings", "more than 4194304 different texts"),
                new Case("a control character in a cell", sheet("<row r=\"2\">" + inline("A2", "x")
                        + inline("B2", "a&#x1;b") + "</row>"), null, "record.xlsx.badXml", "sheet 台账 row 2, column B"),
                new Case("a raw NUL in a cell", sheet("<row r=\"7\">" + inline("A7", "x") + inline("C7", "a\u0000b")
                        + "</row>"), null, "record.xlsx.badXml", "sheet 台账 row 7, column C"),
                new Case("a 40,000-character cell", sheet("<row r=\"2\">" + inline("A2", "x") + inline("C2", random(40_000, 3))
                        + "</row>"), null, "record.cell-too-long", "row 2, column C: a cell longer than 32767"),
                new Case("a 40,000-character id", sheet("<row r=\"2\">" + inline("A2", random(40_000, 4)) + "</row>"), null,
                        "record.cell-too-long", "row 2, column A: a cell longer than 32767"),
                new Case("2,000 columns", sheet("<row r=\"2\">" + columns(2000) + "</row>"), null,
                        "record.too-many-columns", "row 2: more than 1024 columns"),
                new Case("a 1.2 M-character record", sheet("<row r=\"2\">" + cells(40, 30_000) + "</row>"), null,
                        "record.row-too-long", "row 2: a record longer than 1048576"),
                new Case("a 1 GiB sheet in a small file", w -> {
                    w.write(HEAD);
                    String row = "<row><c t=\"inlineStr\"><is><t>id</t></is></c><c><v>42646</v></c></row>";
                    for (long n = 0; n < (1L << 30); n += row.length()) {
                        w.write(row);
                    }
                    w.write(TAIL);
                }, null, "record.xlsx.bomb", "sheet1.xml unpacks to more"));
    }

    private static String columns(int n) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < n; c++) {
            b.append(inline(XlsxReader.columnLetter(c) + "2", "v"));
        }
        return b.toString();
    }

    private static String cells(int n, int length) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < n; c++) {
            b.append(inline(XlsxReader.columnLetter(c) + "2", random(length, c)));
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileWorkbookCostsOneLineAndBoundedMemoryAndTime(Case c) throws Exception {
        Path file = dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx");
        write(file, c.sheet(), c.sharedStrings());

        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocated = threads.getThreadAllocatedBytes(id);
        long cpu = threads.getCurrentThreadCpuTime();
        assertThatThrownBy(() -> XlsxReader.read(file, "台账.xlsx", null, null, ImportProgress.NONE))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo(c.key()))
                .satisfies(e -> assertThat(e.getMessage()).contains(c.says()).doesNotContain("\n")
                        .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+(Exception|Error)"));
        long spent = threads.getCurrentThreadCpuTime() - cpu;
        long took = threads.getThreadAllocatedBytes(id) - allocated;
        assertThat(took).as("bytes allocated reading %s (%d KiB file)", c.name(), Files.size(file) >> 10)
                .isLessThan(MAX_ALLOCATED);
        assertThat(spent).as("CPU nanoseconds reading %s", c.name()).isLessThan(MAX_CPU_NANOS);
    }

    @Test
    void aDamagedDeflateStreamIsNamedWithoutTheParsersClassName() throws Exception {
        Path file = dir.resolve("deflate.xlsx");
        write(file, sheet("<row r=\"2\">" + inline("A2", random(20_000, 5)) + inline("B2", "2016-10-10") + "</row>"), null);
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII)) + 200;
        for (int i = at; i < at + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> XlsxReader.read(file, "台账.xlsx", null, null, ImportProgress.NONE))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("record.xlsx.damaged"))
                .message().contains("xl/worksheets/sheet1.xml").doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void anEmptyZipNamedXlsxIsNamedAsNoWorkbookNotTakenForCsv() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.finish();
        }
        assertThatThrownBy(() -> Snapshots.stageAndParse(file, dir.resolve("snapshots"), null, ImportProgress.NONE))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("record.xlsx.unreadable"));
    }

    /** The guard does not refuse what a register holds: the same workbook with a sane sheet imports. */
    @Test
    void aSaneWorkbookOfTheSameMakingImports() throws Exception {
        Path file = dir.resolve("sane.xlsx");
        String head = HEAD.replace("</row>", inline("C1", "备注") + "</row>");
        String row = "<row r=\"2\">" + inline("A2", "吴环罚字〔2016〕1号") + inline("B2", "2016-10-10")
                + inline("C2", random(30_000, 6)) + "</row>";
        write(file, w -> w.write(head + row + TAIL), null);
        XlsxReader.Result r = XlsxReader.read(file, "台账.xlsx", null, null, ImportProgress.NONE);
        assertThat(r.population().size()).isEqualTo(1);
    }

    /**
     * A workbook written by fastexcel (sheet 台账), with its sheet's XML and its shared strings replaced by
     * {@code sheet} and {@code strings} (when given), streamed into the archive.
     */
    static void write(Path file, Content sheet, Content strings) throws IOException {
        Path base = dir.resolve("base-" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(base)) {
            Workbook wb = new Workbook(out, "jicha-test", "1.0");
            Worksheet ws = wb.newWorksheet("台账");
            ws.value(0, 0, "案号");
            ws.value(0, 1, "立案日期");
            wb.finish();
        }
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(base.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION); // a bomb packs as tightly as its maker wants
            boolean wroteStrings = false;
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeContent(out, sheet);
                } else if (e.getName().equals("xl/sharedStrings.xml") && strings != null) {
                    writeContent(out, strings);
                    wroteStrings = true;
                } else {
                    try (var data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            if (strings != null && !wroteStrings) {
                out.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                writeContent(out, strings);
                out.closeEntry();
            }
        }
        Files.delete(base);
    }

    private static void writeContent(OutputStream out, Content content) throws IOException {
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the entry is closed by the caller
            }
        }, StandardCharsets.UTF_8), 1 << 16);
        content.write(w);
        w.flush();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
