package io.jicha.bench;

import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.FindingEvents;
import io.jicha.finding.FindingIds;
import io.jicha.finding.FindingProposal;
import io.jicha.finding.Severity;
import io.jicha.journal.NewEvent;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.rubric.Criterion;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricLoader;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import io.jicha.shell.CommandDispatcher;
import io.jicha.shell.JichaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interactive latency: the read commands, each run again and again in one JVM as in the interactive
 * shell, on a big session (generated with the domain APIs: 10,000 scored files, about 50,000 events)
 * or on the session already open in the workspace (e.g. the example review's). Prints, per command,
 * the first run and the median and maximum of the later ones (wall time), and the median of the later
 * ones' CPU time of the command's thread (which a busy machine inflates less). Not a test: see docs/benchmarks.md.
 *
 * <p>Usage: {@code JICHA_WORKSPACE=DIR java -cp … io.jicha.bench.SessionBenchmark [files] [rounds] >/dev/null}.
 * An empty DIR receives a generated session of {@code files} scored files (default 10,000); a DIR with
 * a session open uses that one. The commands' output goes to standard output (send it to /dev/null),
 * the figures to standard error.
 */
public final class SessionBenchmark {

    private static final String AUDITOR = "张三";
    private static final List<String> UNITS = List.of("吴江区", "太仓市", "相城区", "高新区");
    /** Criteria of the penalty-case rubric a generated file loses points on: file i loses on the first i % 5. */
    private static final List<String> CODES = List.of("B1", "C1", "D1", "F1", "G3");

    public static void main(String[] args) throws Exception {
        String env = System.getenv("JICHA_WORKSPACE");
        if (env == null || env.isBlank()) {
            throw new IllegalArgumentException("set JICHA_WORKSPACE to the workspace to use (an empty folder to generate one)");
        }
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Workspace ws = new Workspace(Path.of(env));
        if (ws.currentSession().isEmpty()) {
            long t0 = System.nanoTime();
            generate(ws, files);
            System.err.printf("generated a session of %d scored files in %.1f s%n", files, (System.nanoTime() - t0) / 1e9);
        }
        Session session = ws.open(ws.currentSession().orElseThrow());
        int events = session.state().events().size();
        long journalBytes = Files.size(session.dir().resolve(Session.JOURNAL));

        SpringApplication app = new SpringApplication(JichaApplication.class);
        app.setAddCommandLineProperties(false);
        app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", false, "jicha.debug", false));
        long t0 = System.nanoTime();
        ConfigurableApplicationContext ctx = app.run("session", "list");
        System.err.printf("session '%s': %d events, journal %.1f MB; context started and 'session list' run in %.0f ms%n",
                session.name(), events, journalBytes / 1e6, (System.nanoTime() - t0) / 1e6);
        CommandDispatcher dispatcher = ctx.getBean(CommandDispatcher.class);

        List<String> script = readCommands(session);
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        for (String line : script) {
            nanos.put(line, new long[rounds + 1]);
            cpu.put(line, new long[rounds + 1]);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            for (String line : script) {
                List<String> words = List.of(line.split(" "));
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                try {
                    dispatcher.run(words);
                } catch (RuntimeException e) {
                    System.err.println(line + ": " + e.getMessage());
                }
                nanos.get(line)[round] = System.nanoTime() - start;
                cpu.get(line)[round] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        System.err.printf("load average %s%n", loadAverage());
        System.err.printf("%-52s %9s %9s %9s %11s%n", "command", "first", "median", "max", "median cpu");
        for (Map.Entry<String, long[]> e : nanos.entrySet()) {
            long[] later = Arrays.copyOfRange(e.getValue(), 1, rounds + 1);
            Arrays.sort(later);
            long[] laterCpu = Arrays.copyOfRange(cpu.get(e.getKey()), 1, rounds + 1);
            Arrays.sort(laterCpu);
            System.err.printf("%-52s %6.1f ms %6.1f ms %6.1f ms %8.1f ms%n", e.getKey(), e.getValue()[0] / 1e6,
                    later[later.length / 2] / 1e6, later[later.length - 1] / 1e6, laterCpu[laterCpu.length / 2] / 1e6);
        }
        // a write, then the first read after it: the new snapshot folds its projections again
        for (String line : List.of("session note 基准测试：写入后的第一次读取", "session status", "finding list --unit " + unitOf(session))) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            dispatcher.run(List.of(line.split(" ", line.startsWith("session note") ? 3 : -1)));
            System.err.printf("after a write: %-38s %6.1f ms          cpu %8.1f ms%n", line,
                    (System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }
        SpringApplication.exit(ctx);
    }

    private static String unitOf(Session session) {
        return session.state().info().units().get(0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The read commands, with ids taken from the session. */
    private static List<String> readCommands(Session session) {
        var state = session.state();
        String unit = state.info().units().get(0);
        String scored = Sampling.show(session, unit, id -> "").stream().findFirst()
                .map(Sampling.ShownRecord::id).orElse("none");
        RecordKind kind = Sampling.show(session, unit, id -> "").stream().findFirst()
                .map(Sampling.ShownRecord::kind).orElse(RecordKind.PENALTY_CASE);
        String finding = state.get(FindingBook.class).findings().stream().findFirst()
                .map(f -> f.id()).orElse(FindingIds.of(1));
        return List.of(
                "session status",
                "session list",
                "rubric list",
                "records count --unit " + unit + " --kind " + kind.code(),
                "sample show --unit " + unit,
                "sample show",
                "sample evaluate",
                "score show " + scored,
                "score show " + scored + " --history",
                "finding list --unit " + unit,
                "finding list",
                "finding show " + finding,
                "finding overdue --on 2017-06-30",
                "journal log --last 20");
    }

    /** A session of {@code files} penalty cases, drawn in four units and all scored, through the domain APIs. */
    static void generate(Workspace ws, int files) throws Exception {
        Session s = ws.create(new SessionInfo("bench-" + files, LocalDate.of(2016, 10, 10), LocalDate.of(2016, 12, 31),
                UNITS, List.of(AUDITOR, "李四"), "zh-CN", null), AUDITOR);
        ws.setCurrentAuditor(AUDITOR);
        for (String rubric : List.of("rubrics/penalty-case.yaml", "rubrics/inspection-record.yaml",
                "rubrics/unit-documents.yaml")) {
            byte[] bytes = RubricLoader.read(Path.of(rubric));
            s.append(AUDITOR, state -> state.get(RubricBook.class).decideLoad(rubric, bytes).events());
        }
        int perUnit = files / UNITS.size();
        Path csvDir = Files.createTempDirectory("jicha-bench-csv");
        List<ScoreTarget> targets = new ArrayList<>();
        for (String unit : UNITS) {
            Path csv = csvDir.resolve(unit + ".csv");
            StringBuilder b = new StringBuilder("案号,立案日期,企业名称,行业,案由\n");
            for (int i = 1; i <= perUnit * 2; i++) {
                b.append(unit, 0, 2).append("环罚字〔2016〕").append(i).append("号,2016-")
                        .append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append(',')
                        .append(unit).append("某某化工有限公司").append(i).append(',')
                        .append(i % 3 == 0 ? "电镀" : "化工").append(",超标排放水污染物\n");
            }
            Files.writeString(csv, b, StandardCharsets.UTF_8);
            RecordImport.importFile(s, AUDITOR, csv, unit, RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
            Sampling.draw(s, AUDITOR, new DrawRequest(unit, RecordKind.PENALTY_CASE, DrawMethod.HASH, "bench-" + unit,
                    perUnit, false, null, null, false, null));
            Sampling.show(s, unit, id -> "").forEach(r -> targets.add(ScoreTarget.file(r.kind(), r.unit(), r.id())));
        }
        ScoringDecisions.Change change = new ScoringDecisions.Change(AUDITOR, false, null, false,
                LocalDate.of(2016, 10, 12), null);
        int batch = 250;
        for (int from = 0; from < targets.size(); from += batch) {
            List<ScoreTarget> part = targets.subList(from, Math.min(targets.size(), from + batch));
            int offset = from;
            s.append(AUDITOR, state -> {
                // each file is scored against the state before the batch: the files differ, so their
                // decisions do not interact; the batch's finding proposals are numbered together
                List<NewEvent> events = new ArrayList<>();
                List<FindingProposal> proposals = new ArrayList<>();
                for (int i = 0; i < part.size(); i++) {
                    ScoreTarget t = part.get(i);
                    for (String code : CODES.subList(0, (offset + i) % CODES.size())) {
                        String note = "第" + (offset + i) + "卷：" + code + " 材料不全";
                        ScoringDecisions.deduct(state, t, code, 1, null, note, change).stream()
                                .filter(e -> !FindingEvents.PROPOSED.equals(e.type())).forEach(events::add);
                        Criterion c = ScoringDecisions.rubricFor(state, t).requireCriterion(code);
                        proposals.add(new FindingProposal(t.unit(), t.id(), code, Severity.MINOR,
                                t.id() + "：" + c.text() + "——" + note, "对照评查标准" + code + "逐项整改，完善相关材料",
                                "score " + code));
                    }
                    events.addAll(ScoringDecisions.done(state, t, change));
                }
                events.addAll(FindingDecisions.propose(state.get(FindingBook.class), proposals));
                return events;
            });
        }
    }
}
