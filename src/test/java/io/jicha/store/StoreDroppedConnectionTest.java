package io.jicha.store;

import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.Workspace;
import io.jicha.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.jicha.store.StoreFaults.AUDITOR;
import static io.jicha.store.StoreFaults.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connections dropped while jicha appends, against a real server: by the server (its sessions
 * terminated again and again while notes are appended) and by the network at the commit (a relay that
 * cuts the connection as the COMMIT goes out, or as its answer comes back). Every append that returned
 * is in the journal, every one reported as not recorded is not, and the chain verifies.
 */
@Tag("process")
@Tag("postgres")
class StoreDroppedConnectionTest {

    private static final int APPENDS = 300;
    private static final int KILLS = 40;

    private final TestPostgres pg = TestPostgres.shared();

    @TempDir
    Path dir;

    private record Failure(int note, String key) {
    }

    @Test
    void sessionsTerminatedWhileNotesAreAppendedLoseNothingThatWasAcknowledged() throws Exception {
        String db = pg.newDatabase("dropped");
        List<Event> acknowledged = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger terminated = new AtomicInteger();
        int tried = 0;
        try (PgStore store = StoreFaults.store(pg, db)) {
            Session session = new Workspace(dir.resolve("ws"), store).create(info("dropped"), AUDITOR);
            Thread killer = new Thread(() -> {
                while (!done.get()) {
                    terminated.addAndGet(pg.terminateConnections(db, "jicha%"));
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 12));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "terminator");
            killer.start();
            try {
                // at least APPENDS notes, and on until the terminator has ended KILLS connections
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
                for (int i = 1; i <= APPENDS || terminated.get() < KILLS && System.nanoTime() < deadline; i++) {
                    tried++;
                    try {
                        acknowledged.addAll(session.append(AUDITOR, note(i)));
                    } catch (UserError e) {
                        failures.add(new Failure(i, e.key()));
                    }
                }
            } finally {
                done.set(true);
                killer.join();
            }
        }
        assertThat(terminated.get()).as("connections terminated").isGreaterThanOrEqualTo(KILLS);
        assertThat(acknowledged.size() + failures.size()).isEqualTo(tried);
        assertThat(failures).extracting(Failure::key)
                .allMatch(k -> Set.of("store.lost-nothing-recorded", "store.outcome-unknown", "store.unreachable")
                        .contains(k), "a store.* key of a lost connection");

        try (PgStore fresh = StoreFaults.store(pg, db)) {
            Journal journal = fresh.journal("dropped");
            Journal.Verification v = journal.verify();
            assertThat(v.ok()).as(v.problem()).isTrue();
            List<Event> stored = journal.events();
            Map<Long, Event> bySeq = stored.stream().collect(Collectors.toMap(Event::seq, e -> e));
            for (Event e : acknowledged) {
                assertThat(bySeq.get(e.seq())).as("acknowledged event %d", e.seq()).isNotNull();
                assertThat(bySeq.get(e.seq()).hash()).isEqualTo(e.hash());
            }
            Set<String> texts = stored.stream().filter(e -> e.type().equals(SessionEvents.NOTE))
                    .map(e -> e.payload().path("text").asText()).collect(Collectors.toSet());
            for (Failure f : failures) {
                if (!f.key().equals("store.outcome-unknown")) {
                    assertThat(texts).as("note %d, reported as not recorded", f.note()).doesNotContain("note " + f.note());
                }
            }
            // each note at most once, in order
            List<String> inOrder = stored.stream().filter(e -> e.type().equals(SessionEvents.NOTE))
                    .map(e -> e.payload().path("text").asText()).toList();
            assertThat(inOrder).doesNotHaveDuplicates();
            List<Integer> numbers = inOrder.stream().map(t -> Integer.parseInt(t.substring(5))).toList();
            List<Integer> sorted = new ArrayList<>(numbers);
            Collections.sort(sorted);
            assertThat(numbers).isEqualTo(sorted);
            assertThat(stored).hasSize(1 + numbers.size());
        }
    }

    @Test
    void aCommitThatReachedTheServerBeforeTheConnectionDroppedIsAcknowledged() throws Exception {
        String db = pg.newDatabase("cut_after");
        try (CuttingProxy proxy = new CuttingProxy(pg.port()); PgStore store = throughProxy(db, proxy)) {
            Session session = new Workspace(dir.resolve("ws"), store).create(info("cut"), AUDITOR);
            session.append(AUDITOR, note(1));
            proxy.cutNextCommit(CuttingProxy.Cut.AFTER_COMMIT);
            List<Event> appended = session.append(AUDITOR, note(2));
            assertThat(proxy.cuts()).isEqualTo(1);
            assertThat(appended).singleElement().extracting(Event::seq).isEqualTo(3L);
            session.append(AUDITOR, note(3));
            assertThat(notesIn(db, "cut")).containsExactly("note 1", "note 2", "note 3");
        }
    }

    @Test
    void aSessionWhoseCreationCommittedBeforeTheConnectionDroppedIsCreatedNotRefusedAsTaken() throws Exception {
        String db = pg.newDatabase("cut_create");
        try (CuttingProxy proxy = new CuttingProxy(pg.port()); PgStore store = throughProxy(db, proxy)) {
            Workspace ws = new Workspace(dir.resolve("ws"), store);
            store.names(); // connected, the schema set up
            proxy.cutNextCommit(CuttingProxy.Cut.AFTER_COMMIT);
            Session session = ws.create(info("cut"), AUDITOR);
            assertThat(proxy.cuts()).isEqualTo(1);
            session.append(AUDITOR, note(1));
            assertThatThrownBy(() -> ws.create(info("cut"), AUDITOR)).isInstanceOfSatisfying(UserError.class,
                    e -> assertThat(e.key()).isEqualTo("session.session-named-exists-already-choose"));
        }
        assertThat(notesIn(db, "cut")).containsExactly("note 1");
    }

    @Test
    void aCommitWhoseOutcomeCannotBeReadBackIsReportedAsUnknownAndTheNextAppendSeesIt() throws Exception {
        String db = pg.newDatabase("cut_unknown");
        try (CuttingProxy proxy = new CuttingProxy(pg.port()); PgStore store = throughProxy(db, proxy)) {
            Session session = new Workspace(dir.resolve("ws"), store).create(info("cut"), AUDITOR);
            session.append(AUDITOR, note(1));
            proxy.cutNextCommit(CuttingProxy.Cut.AFTER_COMMIT);
            proxy.refuseNewConnections(true);
            assertThatThrownBy(() -> session.append(AUDITOR, note(2))).isInstanceOfSatisfying(UserError.class,
                    e -> assertThat(e.key()).isEqualTo("store.outcome-unknown"));
            proxy.refuseNewConnections(false);
            List<Event> next = session.append(AUDITOR, note(3));
            assertThat(next).singleElement().extracting(Event::seq).isEqualTo(4L); // note 2 was committed
        }
        assertThat(notesIn(db, "cut")).containsExactly("note 1", "note 2", "note 3");
    }

    @Test
    void aCommitThatNeverReachedTheServerIsReportedAsNotRecorded() throws Exception {
        String db = pg.newDatabase("cut_before");
        try (CuttingProxy proxy = new CuttingProxy(pg.port()); PgStore store = throughProxy(db, proxy)) {
            Session session = new Workspace(dir.resolve("ws"), store).create(info("cut"), AUDITOR);
            session.append(AUDITOR, note(1));
            proxy.cutNextCommit(CuttingProxy.Cut.BEFORE_COMMIT);
            assertThatThrownBy(() -> session.append(AUDITOR, note(2)))
                    .isInstanceOfSatisfying(UserError.class,
                            e -> assertThat(e.key()).isEqualTo("store.lost-nothing-recorded"));
            assertThat(proxy.cuts()).isEqualTo(1);
            session.append(AUDITOR, note(3));
            assertThat(notesIn(db, "cut")).containsExactly("note 1", "note 3");
        }
    }

    @Test
    void aConnectionLostWhileAnImportStoresItsSnapshotIsTriedOnceMore() throws Exception {
        String db = pg.newDatabase("cut_snapshot");
        Path file = dir.resolve("import.csv");
        java.nio.file.Files.writeString(file, "编号\nA-1\n");
        String sha = io.jicha.common.Hashes.sha256Hex(file);
        AtomicInteger decisions = new AtomicInteger();
        try (CuttingProxy proxy = new CuttingProxy(pg.port()); PgStore store = throughProxy(db, proxy)) {
            Session session = new Workspace(dir.resolve("ws"), store).create(info("cut"), AUDITOR);
            proxy.cutBefore("INSERT INTO jicha_snapshot_chunk");
            session.append(AUDITOR, state -> {
                decisions.incrementAndGet();
                store.keepSnapshot("cut", sha + ".csv", sha, file); // as records import does, within the append
                return List.of(note(1));
            });
            assertThat(proxy.cuts()).isEqualTo(1);
            assertThat(store.snapshotNames("cut")).containsExactly(sha + ".csv");
        }
        assertThat(decisions.get()).isEqualTo(2);
        assertThat(notesIn(db, "cut")).containsExactly("note 1");
    }

    @Test
    void anAppendEndedByTheServersIdleInTransactionTimeoutIsDecidedOnceMoreOnANewConnection() throws Exception {
        String db = idleTimeoutDatabase("idle_once");
        AtomicInteger decisions = new AtomicInteger();
        try (PgStore store = StoreFaults.store(pg, db)) {
            Session session = new Workspace(dir.resolve("ws"), store).create(info("idle"), AUDITOR);
            List<Event> appended = session.append(AUDITOR, state -> {
                if (decisions.incrementAndGet() == 1) {
                    pause(1500); // as a long import's parse, with the lock held
                }
                return List.of(note(1));
            });
            assertThat(appended).hasSize(1);
        }
        assertThat(decisions.get()).isEqualTo(2);
        assertThat(notesIn(db, "idle")).containsExactly("note 1");
    }

    @Test
    void anAppendEndedByTheIdleTimeoutTwiceIsReportedAsNotRecorded() throws Exception {
        String db = idleTimeoutDatabase("idle_twice");
        try (PgStore store = StoreFaults.store(pg, db)) {
            Session session = new Workspace(dir.resolve("ws"), store).create(info("idle"), AUDITOR);
            assertThatThrownBy(() -> session.append(AUDITOR, state -> {
                pause(1500);
                return List.of(note(1));
            })).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("store.lost-nothing-recorded"));
            session.append(AUDITOR, note(2));
        }
        assertThat(notesIn(db, "idle")).containsExactly("note 2");
    }

    @Test
    void aShellKeepsWorkingAcrossARestartOfTheServerAndIsToldWhileItIsDown() throws Exception {
        try (TestPostgres own = TestPostgres.start(false)) {
            String db = own.newDatabase("restart");
            try (PgStore store = StoreFaults.store(own, db)) {
                Session session = new Workspace(dir.resolve("ws"), store).create(info("restart"), AUDITOR);
                session.append(AUDITOR, note(1));
                own.restart(); // the open connection is gone: the next append finds out and reconnects
                session.append(AUDITOR, note(2));
                own.stop();
                assertThatThrownBy(() -> session.append(AUDITOR, note(3))).isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.key()).isEqualTo("store.unreachable"));
                assertThatThrownBy(session::state).isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.key()).isEqualTo("store.unreachable"));
                own.restart();
                session.append(AUDITOR, note(4));
                assertThat(session.state().events()).hasSize(4);
            }
            try (PgStore fresh = StoreFaults.store(own, db)) {
                Journal journal = fresh.journal("restart");
                assertThat(journal.verify().ok()).isTrue();
                assertThat(journal.events()).extracting(e -> e.payload().path("text").asText())
                        .containsExactly("", "note 1", "note 2", "note 4");
            }
        }
    }

    private String idleTimeoutDatabase(String prefix) throws Exception {
        String db = pg.newDatabase(prefix);
        try (java.sql.Connection c = pg.connect(db); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + db + " SET idle_in_transaction_session_timeout = '300ms'");
        }
        return db;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PgStore throughProxy(String db, CuttingProxy proxy) {
        return new PgStore(new StoreUrl(pg.user(), "127.0.0.1", proxy.port(), db,
                Map.of("password", pg.password(), "prepareThreshold", "0")), // COMMIT as text each time, for the relay to see
                java.time.Clock.systemUTC());
    }

    private List<String> notesIn(String db, String session) {
        try (PgStore fresh = StoreFaults.store(pg, db)) {
            Journal journal = fresh.journal(session);
            assertThat(journal.verify().ok()).isTrue();
            return journal.events().stream().filter(e -> e.type().equals(SessionEvents.NOTE))
                    .map(e -> e.payload().path("text").asText()).toList();
        }
    }

    private static NewEvent note(int i) {
        return new NewEvent(SessionEvents.NOTE, Map.of("text", "note " + i));
    }
}
