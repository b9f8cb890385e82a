package io.jicha.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.jicha.record.ImportProgress;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.Snapshots;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.DrawSpec;
import io.jicha.sampling.Sampling;
import io.jicha.sampling.Selection;
import io.jicha.sampling.Selector;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Populations benchmark (not a unit test; see docs/benchmarks.md): generates a million inspection
 * records with Chinese text, then measures, in one run, a bare Jackson CSV read of the file into
 * maps against jicha's import, a draw of 100 from the million, and the heap the population holds.
 * Arguments: [records (default 1000000)] [work folder (default a temp folder)].
 */
public final class PopulationBenchmark {

    private static final String[] INDUSTRIES = {"化工", "印染", "电镀", "造纸", "纺织", "机械制造", "电子", "食品加工",
            "医药", "金属冶炼", "塑料制品", "建材", "污水处理", "危险废物经营", "火力发电"};
    private static final String[] TOWNS = {"松陵镇", "同里镇", "平望镇", "盛泽镇", "七都镇", "震泽镇", "桃源镇", "黎里镇",
            "汾湖高新区", "吴江经济技术开发区"};
    private static final String[] ROADS = {"中山路", "人民路", "开发区大道", "江陵路", "长安路", "运河路", "仲英大道", "联杨路"};
    private static final String[] WORDS = {"苏州", "吴江", "恒力", "盛虹", "永鼎", "亨通", "华佳", "东方", "新民", "通鼎",
            "康力", "富士", "金丝", "宏达", "正大", "天成", "锦绣", "长江", "太湖", "润华"};
    private static final String[] SUFFIXES = {"化工有限公司", "印染有限公司", "电镀厂", "纸业有限公司", "纺织有限公司",
            "机械有限公司", "电子科技有限公司", "食品有限公司", "制药有限公司", "金属制品有限公司"};
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "朱", "马"};
    private static final String[] GIVEN = {"伟", "芳", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超"};
    private static final String[] FINDINGS = {"污染防治设施正常运行，未发现环境违法行为", "废水排放口标志牌缺失，已责令整改",
            "危险废物贮存场所不规范，已责令限期改正", "在线监测设备运行正常，台账记录完整", "废气收集处理设施未正常运行，已立案调查",
            "雨污分流不彻底，已下达整改通知", "环评手续齐全，验收资料完整", "固体废物露天堆放，已责令清理"};

    private PopulationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Path.of(args[3]));
            return;
        }
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("jicha-bench");
        Files.createDirectories(work);
        Path csv = work.resolve("inspections.csv");
        long t0 = System.nanoTime();
        generate(csv, records);
        long bytes = Files.size(csv);
        System.out.printf("generated %,d inspection records, %,d bytes (%.1f MB) in %.1f s%n", records, bytes,
                bytes / 1e6, secs(t0));
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);

        cold(csv, work, 5);

        System.out.println("warm, heap kept: the same in a child JVM with -Xms as large as -Xmx, so that System.gc()"
                + " between steps does not hand the heap back to the system");
        runChild("warm", csv, work, "-Xms" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
        System.out.println("warm, this JVM's heap settings: three rounds, each step after System.gc()");
        Session session = warm(csv, work, "ws");

        Population p = session.state().get(PopulationBook.class).population(session.snapshotDir(), "吴江区",
                RecordKind.INSPECTION_RECORD);
        for (int i = 1; i <= 3; i++) {
            long t = System.nanoTime();
            Selection s = Selector.select(p, new DrawSpec(DrawMethod.HASH, "bench-seed-" + i, 100, RecordFilter.NONE, null));
            System.out.printf("draw %d: 100 of %,d by hash in %.3f s (first %s)%n", i, s.populationSize(), secs(t),
                    s.ids().get(0));
        }
        long t = System.nanoTime();
        Sampling.Drawn d = Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.INSPECTION_RECORD,
                DrawMethod.HASH, null, 100, false, RecordFilter.NONE, null, false, null));
        System.out.printf("sample draw through the session (lock, replay, draw, journal append): %.3f s%n", secs(t));
        t = System.nanoTime();
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.INSPECTION_RECORD, DrawMethod.HASH, null, 100,
                false, RecordFilter.NONE, "industry", true, "benchmark: stratified"));
        System.out.printf("stratified draw of 100 by industry through the session: %.3f s%n", secs(t));
        t = System.nanoTime();
        var checks = Sampling.verify(session);
        System.out.printf("sample verify of %d draws (re-hash snapshot, recompute): %.3f s, all match: %s%n",
                checks.size(), secs(t), checks.stream().allMatch(Sampling.DrawCheck::match));

        System.gc();
        Thread.sleep(200);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("heap in use with the million held: %d MB (max %d MB); drawn %s%n", used >> 20,
                rt.maxMemory() >> 20, d.draw().ids().get(0) + (p.size() > 0 ? "" : ""));
    }

    private static Session newSession(Path root) throws IOException {
        if (Files.exists(root)) { // left by an earlier run in the same work folder
            try (var files = Files.walk(root)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Workspace ws = new Workspace(root);
        return ws.create(new SessionInfo("bench", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
    }

    /** The baseline: Jackson CSV with a header schema, each row into a Map, nothing else. */
    private static long bareJacksonRead(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        long rows = 0;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                if (!row.isEmpty()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void generate(Path csv, int records) throws IOException {
        Random rnd = new Random(20161010);
        int enterprises = Math.max(1, records / 20);
        String[] names = new String[enterprises];
        String[] addresses = new String[enterprises];
        String[] industries = new String[enterprises];
        for (int e = 0; e < enterprises; e++) {
            names[e] = WORDS[rnd.nextInt(WORDS.length)] + WORDS[rnd.nextInt(WORDS.length)]
                    + SUFFIXES[rnd.nextInt(SUFFIXES.length)] + (e >= 400 ? "（" + e + "分厂）" : "");
            addresses[e] = "江苏省苏州市吴江区" + TOWNS[rnd.nextInt(TOWNS.length)] + ROADS[rnd.nextInt(ROADS.length)]
                    + (1 + rnd.nextInt(999)) + "号";
            industries[e] = INDUSTRIES[rnd.nextInt(INDUSTRIES.length)];
        }
        LocalDate start = LocalDate.of(2014, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("记录编号,检查日期,企业名称,行业,地址,出动人数,检查人员,检查情况,行政处理书,责令改正决定书\n");
            for (int i = 1; i <= records; i++) {
                int e = rnd.nextInt(enterprises);
                int officers = 2 + rnd.nextInt(3);
                StringBuilder team = new StringBuilder();
                for (int o = 0; o < officers; o++) {
                    if (o > 0) {
                        team.append('、');
                    }
                    team.append(SURNAMES[rnd.nextInt(SURNAMES.length)]).append(GIVEN[rnd.nextInt(GIVEN.length)]);
                }
                String finding = FINDINGS[rnd.nextInt(FINDINGS.length)];
                w.write("吴环监〔" + (2014 + i % 3) + "〕" + i + "号," + start.plusDays(rnd.nextInt(1095)) + ","
                        + names[e] + "," + industries[e] + "," + addresses[e] + "," + officers + "," + team + ","
                        + finding + "," + (rnd.nextInt(10) == 0 ? 1 : 0) + "," + (finding.contains("责令") ? 1 : 0) + "\n");
            }
        }
    }

    /**
     * Three rounds in this JVM, each step after System.gc(): a bare read, jicha's parse alone and
     * the whole import. Returns the last import's session.
     */
    private static Session warm(Path csv, Path work, String label) throws Exception {
        double bareBest = Double.MAX_VALUE;
        double importBest = Double.MAX_VALUE;
        double parseBest = Double.MAX_VALUE;
        Session session = null;
        List<Double> ratios = new java.util.ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            // Each of the three reads starts from a collected heap (the bare read used to follow the
            // previous round's import and so found the heap already grown).
            System.gc();
            long[] p0 = processStat();
            long t = System.nanoTime();
            long rows = bareJacksonRead(csv);
            double bare = secs(t);
            bareBest = Math.min(bareBest, bare);
            System.out.printf("round %d  bare Jackson CSV into maps: %,d rows in %.2f s (%,.0f rows/s)%s%n", round, rows,
                    bare, rows / bare, since(p0));

            Snapshots.clearCache();
            System.gc();
            p0 = processStat();
            t = System.nanoTime();
            Population parsed = io.jicha.record.PopulationReader.read(csv, csv.getFileName().toString(),
                    io.jicha.record.RecordFormat.CSV, "UTF-8", ImportProgress.NONE);
            double parse = secs(t);
            parseBest = Math.min(parseBest, parse);
            System.out.printf("round %d  jicha parse only:           %,d rows in %.2f s (%,.0f rows/s)%s%n", round,
                    parsed.size(), parse, parsed.size() / parse, since(p0));
            parsed = null;

            Snapshots.clearCache();
            System.gc();
            session = newSession(work.resolve(label + "-" + round));
            p0 = processStat();
            t = System.nanoTime();
            var imported = RecordImport.importFile(session, "张三", csv, "吴江区", RecordKind.INSPECTION_RECORD, null,
                    ImportProgress.NONE);
            double full = secs(t);
            importBest = Math.min(importBest, full);
            ratios.add(Math.round(1000 * bare / full) / 10.0);
            System.out.printf("round %d  jicha records import:       %,d rows in %.2f s (%,.0f rows/s)%s%n", round,
                    imported.rows(), full, imported.rows() / full, since(p0));
        }
        System.out.printf("import throughput vs bare Jackson (best of each): %.0f%% (parse only: %.0f%%), target >= 60%%%n",
                100 * bareBest / importBest, 100 * bareBest / parseBest);
        java.util.Collections.sort(ratios);
        System.out.printf("import vs bare, per round (back to back): %s; median %.0f%%%n", ratios,
                ratios.get(ratios.size() / 2));

        return session;
    }

    /**
     * The comparison as users meet it: each jicha command (and each `records import`) runs in a
     * fresh JVM, whose heap is memory never touched before. Each measurement runs in a child JVM
     * with this JVM's options, alternately, and times the read or the import alone (not the JVM's
     * start, nor creating the session).
     */
    private static void cold(Path csv, Path work, int rounds) throws Exception {
        System.out.println("cold: each read or import in a fresh JVM with this JVM's options, alternately");
        List<Double> bare = new java.util.ArrayList<>();
        List<Double> imports = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String mode : List.of("bare", "import")) {
                String[] out = runChild(mode, csv, work.resolve("cold-" + round)).split(" ", 2);
                double seconds = Double.parseDouble(out[0]);
                (mode.equals("bare") ? bare : imports).add(seconds);
                System.out.printf("round %d  %-28s %.2f s%s%n", round,
                        mode.equals("bare") ? "bare Jackson CSV into maps:" : "jicha records import:", seconds, out[1]);
            }
        }
        double bareMedian = median(bare);
        double importMedian = median(imports);
        System.out.printf("import throughput vs bare Jackson, cold: %.0f%% of the medians (%.2f s against %.2f s);"
                        + " best of each %.0f%%; per round %s; target >= 60%%%n", 100 * bareMedian / importMedian,
                importMedian, bareMedian, 100 * java.util.Collections.min(bare) / java.util.Collections.min(imports),
                perRound(bare, imports));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new java.util.ArrayList<>(values);
        java.util.Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String perRound(List<Double> bare, List<Double> imports) {
        List<String> r = new java.util.ArrayList<>();
        for (int i = 0; i < bare.size(); i++) {
            r.add(Math.round(100 * bare.get(i) / imports.get(i)) + "%");
        }
        return r.toString();
    }

    /** Runs this benchmark in a child JVM with this JVM's options (and any more given) and returns what it prints. */
    private static String runChild(String mode, Path csv, Path work, String... moreOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of(moreOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PopulationBenchmark.class.getName(),
                "--child", mode, csv.toString(), work.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (mode.equals("warm")) {
            System.out.println(out);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the " + mode + " child failed: " + out);
        }
        return out;
    }

    /** In a child JVM: the warm rounds, or one bare read or one import, timed ("seconds; CPU ..." on one line). */
    private static void child(String mode, Path csv, Path work) throws Exception {
        if (mode.equals("warm")) {
            warm(csv, work, "kept");
            return;
        }
        Session session = mode.equals("import") ? newSession(work) : null;
        long[] p0 = processStat();
        long t = System.nanoTime();
        if (session != null) {
            RecordImport.importFile(session, "张三", csv, "吴江区", RecordKind.INSPECTION_RECORD, null, ImportProgress.NONE);
        } else {
            bareJacksonRead(csv);
        }
        double seconds = secs(t);
        System.out.printf("%.4f %s%n", seconds, since(p0));
    }

    /** This process's minor page faults and user and system CPU time in clock ticks, from /proc (Linux); or null. */
    private static long[] processStat() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(f[7]), Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** "; CPU user u s, system s s, n page faults" since the given {@link #processStat()}, all threads. */
    private static String since(long[] before) {
        long[] now = processStat();
        if (before == null || now == null) {
            return "";
        }
        return String.format("; CPU: user %.2f s, system %.2f s; %,d page faults", (now[1] - before[1]) / 100.0,
                (now[2] - before[2]) / 100.0, now[0] - before[0]);
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
