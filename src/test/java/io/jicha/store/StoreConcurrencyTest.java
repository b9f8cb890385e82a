package io.jicha.store;

import org.junit.jupiter.api.Tag;
import io.jicha.journal.Event;
import io.jicha.sampling.SampleDrawn;
import io.jicha.sampling.SamplingEvents;
import io.jicha.scoring.ScoreEvents;
import io.jicha.scoring.ScoreTarget;
import io.jicha.session.SessionEvents;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One suite, two stores: what several jicha processes do to one session at once, run through real child processes
 * against the workspace folder and against a real PostgreSQL server. Writers that race end in one chain that
 * verifies; what only one may do (mark a file done, draw a unit's sample) is done once; a killed writer loses
 * nothing it acknowledged.
 */
@Tag("process")
@Tag("postgres")
class StoreConcurrencyTest {

    private static final List<String> AUDITORS = List.of("张三", "李四");
    /** Long enough that a writer waiting for the lock never gives up while the other works. */
    private static final Map<String, String> PATIENT = Map.of("JICHA_LOCK_TIMEOUT_MS", "120000");

    @TempDir
    Path dir;

    private static String newSession(String name) {
        return "session new --name " + name + " --period 2016-10-10..2016-10-13 --units 吴江区,太仓市"
                + " --team 张三,李四";
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void twoProcessesAppendingAtOnceEndInOneChainWithEveryAcknowledgedNoteOnceInOrder(StoreKind kind) throws Exception {
        TestStore store = TestStore.create(kind, dir, "together");
        store.script("张三", "new", List.of(newSession("together")));
        int each = 200;
        List<Process> running = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (String auditor : AUDITORS) {
            Path script = dir.resolve(auditor + ".jicha");
            List<String> lines = new ArrayList<>(List.of("session open together"));
            IntStream.rangeClosed(1, each).forEach(i -> lines.add("session note \"" + auditor + " " + i + "\""));
            Files.write(script, lines, StandardCharsets.UTF_8);
            Path out = dir.resolve(auditor + ".out");
            outputs.add(out);
            running.add(machine(store, auditor).jicha(auditor, PATIENT).builder("@" + script).redirectOutput(out.toFile())
                    .redirectError(dir.resolve(auditor + ".err").toFile()).start());
        }
        for (int i = 0; i < running.size(); i++) {
            assertThat(running.get(i).waitFor(300, TimeUnit.SECONDS)).as("%s: %s finishes", kind, AUDITORS.get(i)).isTrue();
            assertThat(running.get(i).exitValue()).as("%s: %s's script: %s", kind, AUDITORS.get(i),
                    Files.readString(dir.resolve(AUDITORS.get(i) + ".err"))).isZero();
        }

        assertVerifies(store, "together", 1 + 2 * each);
        List<Event> events = store.events("together");
        for (int a = 0; a < AUDITORS.size(); a++) {
            String auditor = AUDITORS.get(a);
            NoteAcknowledgements acks = new NoteAcknowledgements();
            Files.readAllLines(outputs.get(a), StandardCharsets.UTF_8).forEach(acks::accept);
            assertThat(acks.size()).as("%s: notes %s acknowledged", kind, auditor).isEqualTo(each);
            acks.seqByText().forEach((text, seq) -> {
                Event e = events.get((int) (seq - 1));
                assertThat(e.auditor() + ": " + e.payload().path("text").asText())
                        .as("%s: event %d, acknowledged to %s", kind, seq, auditor).isEqualTo(auditor + ": " + text);
            });
            List<String> texts = notes(events, auditor);
            assertThat(texts).as("%s: %s's notes in the journal, each once and in the order written", kind, auditor)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, each).mapToObj(i -> auditor + " " + i).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void twoAuditorsMarkingOneFileDoneAtOnceAreNotBothRecorded(StoreKind kind) throws Exception {
        TestStore store = TestStore.create(kind, dir, "done");
        String drawn = store.script("张三", "setup", sampledSession("done"));
        List<String> ids = drawn.lines().filter(l -> l.startsWith("吴环罚字")).toList();
        assertThat(ids).as("%s: the drawn files", kind).hasSize(3);
        for (String id : ids.subList(0, 2)) { // two rounds, on two files
            List<JichaProcess.Result> results = race(store, "done", "score done " + id + " --unit 吴江区 --on 2016-10-10");
            String winner = winner(kind, results);
            String loser = AUDITORS.get(1 - AUDITORS.indexOf(winner));
            assertOneLineRefusal(kind, results.get(AUDITORS.indexOf(loser)),
                    id + " was marked done by " + winner + ": to change it add --override");
            List<Event> done = store.events("done").stream().filter(e -> e.type().equals(ScoreEvents.DONE))
                    .filter(e -> e.payloadAs(ScoreEvents.Done.class).target().id().equals(id)).toList();
            assertThat(done).as("%s: done events for %s", kind, id).singleElement()
                    .extracting(Event::auditor).isEqualTo(winner);
        }
        assertVerifies(store, "done", store.events("done").size());
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void twoAuditorsDrawingOneUnitsSampleAtOnceDrawItOnce(StoreKind kind) throws Exception {
        TestStore store = TestStore.create(kind, dir, "draw");
        store.script("张三", "setup", sampledSession("draw"));
        List<JichaProcess.Result> results = race(store, "draw",
                "sample draw --unit 太仓市 --kind penalty-case --size 3 --seed 2016-10-10-太仓市");
        String winner = winner(kind, results);
        assertOneLineRefusal(kind, results.get(1 - AUDITORS.indexOf(winner)),
                "太仓市 penalty-case was drawn already (journal #");
        List<Event> draws = store.events("draw").stream().filter(e -> e.type().equals(SamplingEvents.DRAWN))
                .filter(e -> e.payloadAs(SampleDrawn.class).unit().equals("太仓市")).toList();
        assertThat(draws).as("%s: draws of 太仓市", kind).singleElement().extracting(Event::auditor).isEqualTo(winner);
        assertVerifies(store, "draw", store.events("draw").size());
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void whileAWriterHoldsTheLockReadsGoOnAndAWriterThatCannotWaitIsRefusedWithNothingRecorded(StoreKind kind)
            throws Exception {
        TestStore store = TestStore.create(kind, dir, "held");
        store.script("张三", "new", List.of(newSession("held")));
        try (AutoCloseable held = store.holdLock("held")) {
            for (String read : List.of("session status", "journal log", "journal verify")) {
                JichaProcess.Result r = store.jicha("李四").run(read.split(" "));
                assertThat(r.exit()).as("%s: %s while the lock is held: %s", kind, read, r.err()).isZero();
            }
            JichaProcess.Result refused = store.jicha("李四", Map.of("JICHA_LOCK_TIMEOUT_MS", "500"))
                    .run("session", "note", "blocked");
            assertThat(refused.exit()).as("%s: %s", kind, refused).isEqualTo(1);
            assertThat(refused.err().strip().lines()).as("%s: the refusal", kind).singleElement().asString()
                    .contains("the session journal is busy").contains("waited 0.5 s").contains("try again");
        }
        assertThat(store.events("held")).as("%s: nothing recorded", kind).hasSize(1);
        JichaProcess.Result after = store.jicha("李四").run("session", "note", "after the release");
        assertThat(after.exit()).as("%s: %s", kind, after.err()).isZero();
        assertThat(after.out()).contains("noted (event 2)");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void twoAuditorsCreatingOneSessionAtOnceCreateItOnce(StoreKind kind) throws Exception {
        TestStore store = TestStore.create(kind, dir, "created");
        // nothing to hold a lock on before the session exists: the two start together, a few times over
        for (String name : List.of("same-1", "same-2", "same-3")) {
            List<JichaProcess.Result> results = race(store, null, newSession(name));
            String winner = winner(kind, results);
            assertOneLineRefusal(kind, results.get(1 - AUDITORS.indexOf(winner)),
                    "a session named '" + name + "' exists already");
            assertThat(store.events(name)).as("%s: the journal of %s", kind, name).singleElement()
                    .extracting(Event::auditor).isEqualTo(winner);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aWriterKilledWhileAppendingLosesNothingItAcknowledged(StoreKind kind) throws Exception {
        TestStore store = TestStore.create(kind, dir, "crash");
        store.script("张三", "new", List.of(newSession("crash")));
        Path script = dir.resolve("notes.jicha");
        Files.write(script, IntStream.rangeClosed(1, 400).mapToObj(i -> "session note \"记录 " + i + "\"").toList(),
                StandardCharsets.UTF_8);
        int killAfter = 60;
        NoteAcknowledgements acks = new NoteAcknowledgements();
        Process p = store.jicha("张三").builder("@" + script).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                acks.accept(line);
                if (acks.size() == killAfter) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback but the server's own
                    break;
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acks.size()).as("%s: notes acknowledged before the kill", kind).isEqualTo(killAfter);

        List<Event> events = store.events("crash");
        acks.seqByText().forEach((text, seq) -> assertThat(seq).as("%s: acknowledged note '%s'", kind, text)
                .isLessThanOrEqualTo(events.size()));
        acks.seqByText().forEach((text, seq) -> assertThat(events.get((int) (seq - 1)).payload().path("text").asText())
                .as("%s: event %d", kind, seq).isEqualTo(text));
        // the writer may have run ahead of what was read before the kill: notes 1..m in order, m >= killAfter
        List<String> notes = notes(events, "张三");
        assertThat(notes.size()).as("%s", kind).isGreaterThanOrEqualTo(killAfter);
        assertThat(notes).as("%s: the notes kept", kind)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, notes.size()).mapToObj(i -> "记录 " + i).toList());
        assertVerifies(store, "crash", events.size());

        // the killed writer holds nothing: the next one appends after the last kept event
        JichaProcess.Result next = store.jicha("李四").run("session", "note", "after the kill");
        assertThat(next.exit()).as("%s: %s", kind, next.err()).isZero();
        assertThat(next.out()).contains("noted (event " + (events.size() + 1) + ")");
        assertVerifies(store, "crash", events.size() + 1);
    }

    // ---- helpers

    /** A session with the penalty-case rubric, two units' case files imported and 吴江区's sample drawn. */
    private static List<String> sampledSession(String name) {
        return List.of(newSession(name),
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case",
                "records import examples/suzhou-2016-review/data/taicang-penalties.csv --unit 太仓市 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 3 --seed 2016-10-10-吴江区");
    }

    /**
     * Where {@code auditor} works: on the folder store both auditors share the workspace folder; on PostgreSQL the
     * second works on another machine, a workspace folder of its own, as a team spread over districts does.
     */
    private TestStore machine(TestStore store, String auditor) {
        if (store.kind() == StoreKind.FILE || auditor.equals(AUDITORS.get(0))) {
            return store;
        }
        return store.fromAnotherMachine(dir.resolve(store.workspace().getFileName() + "-" + auditor));
    }

    /**
     * Runs {@code command} as 张三 and as 李四 at once, each on their {@link #machine}, in the open {@code session}.
     * To make the race real whatever the speed of the machine, the test holds the session's append lock until both
     * processes have started the command (a script echoes a line before it runs it), so both are under way before
     * either can append; then both compete for the lock. Without a {@code session} (one that does not exist yet)
     * they are only started together.
     */
    private List<JichaProcess.Result> race(TestStore store, String session, String command) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        List<StringBuilder> outs = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(AUDITORS.size());
        try (AutoCloseable held = session == null ? () -> { } : store.holdLock(session)) {
            for (String auditor : AUDITORS) {
                Path script = dir.resolve("race-" + auditor + ".jicha");
                Files.write(script, session == null ? List.of(command) : List.of("session open " + session, command),
                        StandardCharsets.UTF_8);
                Process p = machine(store, auditor).jicha(auditor, PATIENT).builder("@" + script)
                        .redirectError(dir.resolve("race-" + auditor + ".err").toFile()).start();
                processes.add(p);
                StringBuilder out = new StringBuilder();
                outs.add(out);
                Thread reader = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            synchronized (out) {
                                out.append(line).append('\n');
                            }
                            if (line.equals("» " + command)) {
                                started.countDown();
                            }
                        }
                    } catch (java.io.IOException e) {
                        // the process ended: what was read is kept
                    }
                });
                reader.start();
                readers.add(reader);
            }
            if (!started.await(180, TimeUnit.SECONDS)) {
                processes.forEach(Process::destroyForcibly);
                throw new AssertionError(store.kind() + ": the racing processes did not start '" + command + "'");
            }
        }
        List<JichaProcess.Result> results = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(store.kind() + ": " + AUDITORS.get(i) + "'s '" + command + "' did not finish");
            }
            readers.get(i).join();
            results.add(new JichaProcess.Result(p.exitValue(), outs.get(i).toString(),
                    Files.readString(dir.resolve("race-" + AUDITORS.get(i) + ".err"), StandardCharsets.UTF_8)));
        }
        return results;
    }

    /** The one auditor whose command succeeded; fails unless exactly one did. */
    private static String winner(StoreKind kind, List<JichaProcess.Result> results) {
        List<String> succeeded = IntStream.range(0, results.size()).filter(i -> results.get(i).exit() == 0)
                .mapToObj(AUDITORS::get).toList();
        assertThat(succeeded).as("%s: who succeeded (%s)", kind, results).hasSize(1);
        return succeeded.get(0);
    }

    /**
     * The refused command failed with exit 1 and one line saying why (prefixed with the script's place), followed
     * only by the line saying the script stopped there: no stack trace.
     */
    private static void assertOneLineRefusal(StoreKind kind, JichaProcess.Result refused, String expected) {
        assertThat(refused.exit()).as("%s: %s", kind, refused).isEqualTo(1);
        List<String> lines = refused.err().strip().lines().toList();
        assertThat(lines).as("%s: the refusal", kind).hasSize(2);
        assertThat(lines.get(0)).as("%s", kind).contains(expected);
        assertThat(lines.get(1)).as("%s", kind).contains("script stopped at line");
        assertThat(refused.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** {@code journal verify}, in a child process, accepts the chain of {@code events} events. */
    static void assertVerifies(TestStore store, String session, int events) throws Exception {
        JichaProcess.Result v = store.jicha("张三").run("journal", "verify");
        assertThat(v.exit()).as("%s: journal verify: %s", store.kind(), v.err()).isZero();
        assertThat(v.out()).as("%s", store.kind()).contains("journal of '" + session + "' verifies: " + events + " events");
    }

    private static List<String> notes(List<Event> events, String auditor) {
        return events.stream().filter(e -> e.type().equals(SessionEvents.NOTE) && e.auditor().equals(auditor))
                .map(e -> e.payload().path("text").asText()).toList();
    }
}
