package io.jicha.bench;

import io.jicha.record.ImportProgress;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.Snapshots;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import javax.xml.parsers.SAXParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Excel benchmark (not a unit test; see docs/benchmarks.md): writes a workbook of inspection
 * records (ids as text, dates as date cells, counts as numbers, Chinese text), then times, each
 * several times in one JVM: a bare read of every cell with fastexcel-reader, a bare read with
 * Apache POI's streaming (SAX) reader, and jicha's import of the same workbook.
 * Arguments: [records (default 100000)] [work folder (default a temp folder)] [rounds (default 5)].
 */
public final class XlsxBenchmark {

    private static final String[] HEADERS = {"编号", "检查日期", "企业名称", "行业", "地址", "检查类型", "检查人员", "出动人数",
            "检查内容", "发现问题", "行政处理书", "归档状态"};
    private static final String[] INDUSTRIES = {"化工", "印染", "电镀", "造纸", "纺织", "机械制造", "电子", "食品加工"};
    private static final String[] WORDS = {"苏州", "吴江", "恒力", "盛虹", "永鼎", "亨通", "华佳", "东方", "新民", "通鼎"};
    private static final String[] SUFFIXES = {"化工有限公司", "印染有限公司", "电镀厂", "纸业有限公司", "纺织有限公司"};
    private static final String[] KINDS = {"双随机抽查", "日常检查", "专项检查", "夜查", "信访核查"};
    private static final String[] NAMES = {"张伟", "王芳", "李敏", "赵静", "陈强", "刘磊", "杨军", "黄洋"};
    private static final String[] CONTENTS = {"污染防治设施运行情况", "危险废物规范化管理", "在线监控设施运行情况",
            "雨污分流及清下水排放", "环评及“三同时”执行情况"};

    /** -Dbare: only the two libraries' bare reads (how the library was chosen). */
    private static final boolean BARE_ONLY = Boolean.getBoolean("bare");

    private XlsxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("jicha-xlsx-bench");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Files.createDirectories(work);
        Path xlsx = work.resolve("inspections.xlsx");
        long t0 = System.nanoTime();
        generate(xlsx, records);
        System.out.printf("generated %,d records, %,d bytes in %.1f s; max heap %d MB%n", records, Files.size(xlsx),
                secs(t0), Runtime.getRuntime().maxMemory() >> 20);
        List<Double> fast = new ArrayList<>();
        List<Double> poi = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            fast.add(time(() -> bareFastexcel(xlsx)));
            poi.add(time(() -> barePoi(xlsx)));
            if (!BARE_ONLY) {
                Session session = newSession(work);
                imports.add(time(() -> importOnce(session, xlsx)));
            }
        }
        if (BARE_ONLY) {
            report("fastexcel-reader, bare", fast, records);
            report("POI streaming (SAX), bare", poi, records);
            return;
        }
        report("fastexcel-reader, bare", fast, records);
        report("POI streaming (SAX), bare", poi, records);
        report("jicha records import", imports, records);
        System.out.printf("import / fastexcel bare throughput: %.0f %%%n", 100 * median(fast) / median(imports));
        System.out.printf("heap used after the runs: %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    interface Run {
        long run() throws Exception;
    }

    private static double time(Run r) throws Exception {
        System.gc();
        long t = System.nanoTime();
        long n = r.run();
        double s = secs(t);
        if (n <= 0) {
            throw new IllegalStateException("read nothing");
        }
        return s;
    }

    private static void report(String what, List<Double> secs, int records) {
        List<Double> sorted = new ArrayList<>(secs);
        Collections.sort(sorted);
        System.out.printf("%-28s median %.3f s (best %.3f, worst %.3f) = %,.0f rows/s%n", what, median(secs),
                sorted.get(0), sorted.get(sorted.size() - 1), records / median(secs));
    }

    private static double median(List<Double> secs) {
        List<Double> sorted = new ArrayList<>(secs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Every cell's text, as a reader of the register needs it; returns the number of characters read. */
    static long bareFastexcel(Path xlsx) throws Exception {
        long chars = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile());
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getRawValue() != null) {
                        chars += cell.getRawValue().length();
                    }
                }
            }
        }
        return chars;
    }

    /** The same with POI's event API: XSSFReader, a read-only shared strings table and XSSFSheetXMLHandler. */
    static long barePoi(Path xlsx) throws Exception {
        long[] chars = {0};
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    chars[0] += value == null ? 0 : value.length();
                }
            };
            try (InputStream sheet = reader.getSheetsData().next()) {
                SAXParserFactory f = SAXParserFactory.newInstance();
                f.setNamespaceAware(true);
                XMLReader xml = f.newSAXParser().getXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, contents,
                        new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        }
        return chars[0];
    }

    /** A new session to import into (made before the timing starts). */
    private static Session newSession(Path work) throws Exception {
        Snapshots.clearCache();
        Path root = Files.createTempDirectory(work, "ws");
        Workspace ws = new Workspace(root);
        return ws.create(new SessionInfo("bench", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
    }

    /** The whole records import: snapshot copy and SHA-256, parse, checks, journal append. */
    private static long importOnce(Session s, Path xlsx) {
        var r = RecordImport.importFile(s, "张三", xlsx, "吴江区", RecordKind.INSPECTION_RECORD, null, ImportProgress.NONE);
        return r.rows();
    }

    /** A register as an office writes it: ids as text, dates as date cells, counts as numbers. */
    static void generate(Path xlsx, int records) throws Exception {
        Random rnd = new Random(20161031);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "jicha", "1.0");
            Worksheet ws = wb.newWorksheet("检查记录");
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, HEADERS[c]);
            }
            LocalDate start = LocalDate.of(2016, 1, 1);
            for (int r = 1; r <= records; r++) {
                ws.value(r, 0, String.format("吴江环监〔2016〕%06d号", r));
                ws.value(r, 1, start.plusDays(rnd.nextInt(366)));
                ws.style(r, 1).format("yyyy-mm-dd").set();
                ws.value(r, 2, WORDS[rnd.nextInt(WORDS.length)] + WORDS[rnd.nextInt(WORDS.length)]
                        + SUFFIXES[rnd.nextInt(SUFFIXES.length)]);
                ws.value(r, 3, INDUSTRIES[rnd.nextInt(INDUSTRIES.length)]);
                ws.value(r, 4, "吴江区松陵镇中山路" + (1 + rnd.nextInt(999)) + "号");
                ws.value(r, 5, KINDS[rnd.nextInt(KINDS.length)]);
                ws.value(r, 6, NAMES[rnd.nextInt(NAMES.length)] + "、" + NAMES[rnd.nextInt(NAMES.length)]);
                ws.value(r, 7, 2 + rnd.nextInt(3));
                ws.value(r, 8, CONTENTS[rnd.nextInt(CONTENTS.length)]);
                ws.value(r, 9, rnd.nextInt(5) == 0 ? "是" : "否");
                ws.value(r, 10, rnd.nextInt(5) == 0 ? 1 : 0);
                ws.value(r, 11, "已归档");
                if (r % 10_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }
}
