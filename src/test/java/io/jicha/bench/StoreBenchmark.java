package io.jicha.bench;

import io.jicha.finding.FindingBook;
import io.jicha.journal.Event;
import io.jicha.journal.FileJournal;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;
import io.jicha.sampling.DrawBook;
import io.jicha.scoring.ScoreBook;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;
import io.jicha.store.PgStore;
import io.jicha.store.SessionTransfer;
import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL store against the file journal on this machine (issue 16), with a durable private
 * PostgreSQL server (fsync, full page writes, synchronous commit: the server's defaults) that it
 * starts itself from the machine's binaries, in the same temporary folder's file system as the file
 * journals:
 * <ol>
 *   <li>4 jicha processes x 250 {@code session note} lines of a script, at once, to one session: wall
 *       time, and the chain of 1,001 events verified; the same with the file store;</li>
 *   <li>one append (lock, read of what others appended, insert, commit), in this JVM: median and p95
 *       of {@code appends} appends, PostgreSQL and file;</li>
 *   <li>replay of a generated session of about 50,000 events (SessionBenchmark's, pushed to the
 *       database): read and verify the journal, then fold the draw, score and finding projections,
 *       with fresh objects each round, PostgreSQL and file;</li>
 *   <li>{@code session push} of the example review (run on the file store first) to an empty database:
 *       the command's wall time in a child process, and the push alone in this JVM.</li>
 * </ol>
 * Usage: {@code StoreBenchmark [files] [appends] [rounds]} (defaults 10,000 scored files, i.e. about
 * 50,000 events; 500 appends; 3 replay rounds, each in a fresh JVM and then with fresh objects in this
 * one); {@code -Dparts=four,latency,replay,push} chooses the parts. Not a test: see docs/benchmarks.md.
 */
public final class StoreBenchmark {

    private static final String AUDITOR = "张三";
    private static final List<String> WRITERS = List.of("张三", "李四", "王五", "赵六");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--replay-once")) {
            replayOnce(args[1], args[2], Path.of(args[3]));
            return;
        }
        List<String> parts = List.of(System.getProperty("parts", "four,latency,replay,push").split(","));
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int appends = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("jicha-store-bench");
        System.out.println("load average before: " + loadAverage());
        try (TestPostgres pg = TestPostgres.start(true)) {
            // the .pgpass route: the driver reads the file named by this property (or PGPASSFILE)
            System.setProperty("org.postgresql.pgpassfile", pg.pgpassFile().toString());
            System.out.println("PostgreSQL: " + pg.bin() + ", durable defaults; work folder " + work);

            if (parts.contains("four")) {
                fourWriters(pg, work);
            }
            if (parts.contains("latency")) {
                appendLatency(pg, work, appends);
            }
            if (parts.contains("replay")) {
                replay(pg, work, files, rounds);
            }
            if (parts.contains("push")) {
                pushExample(pg, work);
            }
        }
        System.out.println("load average after: " + loadAverage());
        try (var all = Files.walk(work)) { // the work folder holds a few hundred MB of sessions
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---- 1. four processes, 250 appends each, one session ----

    private static void fourWriters(TestPostgres pg, Path work) throws Exception {
        String db = pg.newDatabase("four");
        for (boolean database : List.of(true, false)) {
            Path ws = work.resolve(database ? "four-pg" : "four-file");
            Map<String, String> env = new HashMap<>(database ? pg.env(db) : Map.of());
            env.put("JICHA_LOCK_TIMEOUT_MS", "120000");
            env.put("JICHA_AUDITOR", AUDITOR);
            JichaProcess.Result made = new JichaProcess(ws, env).run("session", "new", "--name", "four",
                    "--period", "2016-10-10..2016-10-13", "--units", "吴江区", "--team", String.join(",", WRITERS));
            check(made.exit() == 0, made.err());
            List<Process> running = new ArrayList<>();
            long t0 = System.nanoTime();
            for (String writer : WRITERS) {
                List<String> lines = new ArrayList<>();
                lines.add("session open four");
                for (int i = 1; i <= 250; i++) {
                    lines.add("session note \"" + writer + " " + i + "\"");
                }
                Path script = work.resolve((database ? "pg-" : "file-") + writer + ".jicha");
                Files.write(script, lines, StandardCharsets.UTF_8);
                Map<String, String> mine = new HashMap<>(env);
                mine.put("JICHA_AUDITOR", writer);
                running.add(new JichaProcess(ws, mine).builder("@" + script)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            for (Process p : running) {
                check(p.waitFor(30, TimeUnit.MINUTES) && p.exitValue() == 0, "a writer failed");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Journal journal;
            PgStore store = null;
            if (database) {
                store = PgStore.at(pg.url(db), Clock.systemUTC());
                journal = store.journal("four");
            } else {
                journal = new FileJournal(ws.resolve("four").resolve(Session.JOURNAL));
            }
            Journal.Verification v = journal.verify();
            long notes = journal.events().stream().filter(e -> e.type().equals(SessionEvents.NOTE)).count();
            System.out.printf("4 processes x 250 notes, %s: %.1f s wall (JVM starts included); chain %s, %d events, %d notes%n",
                    database ? "PostgreSQL" : "file store", seconds, v.ok() ? "verifies" : "FAILS", v.goodEvents(), notes);
            check(v.ok() && v.goodEvents() == 1001 && notes == 1000, "the chain of 1,001 events");
            if (store != null) {
                store.close();
            }
        }
    }

    // ---- 2. append latency in one JVM ----

    private static void appendLatency(TestPostgres pg, Path work, int n) throws Exception {
        String db = pg.newDatabase("latency");
        try (PgStore store = PgStore.at(pg.url(db), Clock.systemUTC())) {
            Journal pgJournal = store.create("latency", AUDITOR, List.of(note(0)));
            report("PostgreSQL", time(pgJournal, n));
        }
        Path file = Files.createDirectories(work.resolve("latency")).resolve(Session.JOURNAL);
        report("file journal", time(FileJournal.create(file, AUDITOR, List.of(note(0))), n));
    }

    private static long[] time(Journal journal, int n) {
        for (int i = 0; i < 50; i++) {
            journal.append(AUDITOR, events -> List.of(note(1)));
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            int k = i;
            long t0 = System.nanoTime();
            journal.append(AUDITOR, events -> List.of(note(k)));
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] nanos) {
        int n = nanos.length;
        System.out.printf("append, %s, %d appends after 50: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                what, n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[n - 1] / 1e6);
    }

    private static NewEvent note(int i) {
        return new NewEvent(SessionEvents.NOTE, Map.of("text", "第" + i + "条 检查记录：询问笔录第3页无被询问人签名"));
    }

    // ---- 3. replay of a 50,000-event session ----

    private static void replay(TestPostgres pg, Path work, int files, int rounds) throws Exception {
        Path folder = work.resolve("replay-file");
        long t0 = System.nanoTime();
        SessionBenchmark.generate(new Workspace(folder), files);
        String name = "bench-" + files;
        System.out.printf("generated a session of %d scored files in %.1f s%n", files, (System.nanoTime() - t0) / 1e9);
        String db = pg.newDatabase("replay");
        try (PgStore store = PgStore.at(pg.url(db), Clock.systemUTC())) {
            long p0 = System.nanoTime();
            SessionTransfer.Outcome o = SessionTransfer.push(new Workspace(folder), name, store);
            System.out.printf("session push of it (%d events, %.1f MB journal): %.1f s%n", o.copied(),
                    Files.size(folder.resolve(name).resolve(Session.JOURNAL)) / 1e6, (System.nanoTime() - p0) / 1e9);
        }
        // cold: a fresh JVM for each replay, as a one-shot jicha command meets it
        for (int r = 1; r <= rounds; r++) {
            for (boolean database : List.of(true, false)) {
                ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g", "-Dorg.postgresql.pgpassfile=" + pg.pgpassFile(), "-cp", System.getProperty("java.class.path"),
                        StoreBenchmark.class.getName(), "--replay-once", database ? pg.url(db) : "-", name,
                        (database ? work.resolve("replay-cold-pg-" + r) : folder).toString());
                pb.redirectErrorStream(true);
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                check(p.waitFor() == 0, out);
                System.out.printf("replay, fresh JVM, round %d, %-10s: %s%n", r, database ? "PostgreSQL" : "file", out);
            }
        }
        // warm: fresh objects in this JVM
        for (int r = 1; r <= rounds; r++) {
            for (boolean database : List.of(true, false)) {
                PgStore store = database ? PgStore.at(pg.url(db), Clock.systemUTC()) : null;
                Workspace ws = database ? new Workspace(work.resolve("replay-pg-" + r), store) : new Workspace(folder);
                long a = System.nanoTime();
                Session s = ws.open(name);
                List<Event> events = s.journal().events();
                long b = System.nanoTime();
                SessionState state = s.state();
                state.get(DrawBook.class);
                state.get(ScoreBook.class);
                state.get(FindingBook.class);
                long c = System.nanoTime();
                System.out.printf("replay, this JVM, round %d, %-10s: %d events; read + verify %.2f s, fold (draws, scores, findings) %.2f s, total %.2f s%n",
                        r, database ? "PostgreSQL" : "file", events.size(), (b - a) / 1e9, (c - b) / 1e9, (c - a) / 1e9);
                if (store != null) {
                    store.close();
                }
            }
        }
    }

    /** One replay in this (fresh) JVM: {@code url} is "-" for the workspace folder {@code root}. */
    private static void replayOnce(String url, String name, Path root) {
        PgStore store = url.equals("-") ? null : PgStore.at(url, Clock.systemUTC());
        Workspace ws = store == null ? new Workspace(root) : new Workspace(root, store);
        long a = System.nanoTime();
        Session s = ws.open(name);
        List<Event> events = s.journal().events();
        long b = System.nanoTime();
        SessionState state = s.state();
        state.get(DrawBook.class);
        state.get(ScoreBook.class);
        state.get(FindingBook.class);
        long c = System.nanoTime();
        System.out.printf("%d events; read + verify %.2f s, fold (draws, scores, findings) %.2f s, total %.2f s",
                events.size(), (b - a) / 1e9, (c - b) / 1e9, (c - a) / 1e9);
        if (store != null) {
            store.close();
        }
    }

    // ---- 4. push of the example review ----

    private static void pushExample(TestPostgres pg, Path work) throws Exception {
        Path ws = work.resolve("example");
        Path out = Files.createDirectories(work.resolve("example-out"));
        JichaProcess jicha = new JichaProcess(ws, Map.of());
        List<String> script = Files.readAllLines(Path.of("examples", "suzhou-2016-review", "review.jicha"),
                StandardCharsets.UTF_8).stream().map(l -> l.replace("examples/suzhou-2016-review/out/", out + "/")).toList();
        JichaProcess.Result ran = jicha.script(work.resolve("review.jicha"), script);
        check(ran.exit() == 0, ran.err());
        String name = "suzhou-2016-review";
        int events = new FileJournal(ws.resolve(name).resolve(Session.JOURNAL)).events().size();
        String db = pg.newDatabase("push");
        Map<String, String> env = new HashMap<>(pg.env(db));
        env.remove("JICHA_STORE");
        long t0 = System.nanoTime();
        JichaProcess.Result pushed = new JichaProcess(ws, env).run("session", "push", name, "--to", pg.url(db));
        double child = (System.nanoTime() - t0) / 1e9;
        check(pushed.exit() == 0, pushed.err());
        long t1 = System.nanoTime();
        JichaProcess.Result list = new JichaProcess(ws, env).run("session", "list");
        double bare = (System.nanoTime() - t1) / 1e9;
        check(list.exit() == 0, list.err());
        String db2 = pg.newDatabase("push2");
        double inJvm;
        try (PgStore store = PgStore.at(pg.url(db2), Clock.systemUTC())) {
            long t2 = System.nanoTime();
            SessionTransfer.push(new Workspace(ws), name, store);
            inJvm = (System.nanoTime() - t2) / 1e9;
        }
        System.out.printf("session push of the example (%d events, %d snapshots): %.2f s wall for the command "
                        + "(a command that does nothing, 'session list', takes %.2f s), %.2f s for the push in a running JVM%n",
                events, countFiles(ws.resolve(name).resolve(Session.SNAPSHOTS)), child, bare, inJvm);
    }

    private static long countFiles(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
