package io.jicha.store;

import io.jicha.common.Texts;
import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.jicha.store.StoreFaults.SESSION;
import static io.jicha.store.StoreFaults.count;
import static io.jicha.store.StoreFaults.failsWithOneLine;
import static io.jicha.store.StoreFaults.jicha;
import static io.jicha.store.StoreFaults.newSession;
import static io.jicha.store.StoreFaults.ok;
import static io.jicha.store.StoreFaults.storedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults of a PostgreSQL store met by jicha processes, against a real server: each is one line on
 * standard error, a non-zero exit and no stack trace, and nothing acknowledged is lost.
 */
@Tag("process")
@Tag("postgres")
class StoreFaultsTest {

    private final TestPostgres pg = TestPostgres.shared();

    @TempDir
    Path dir;

    @Test
    void aStoppedServerIsOneLineAndWhenItIsBackTheSessionGoesOnWithNothingLost() throws Exception {
        try (TestPostgres own = TestPostgres.start(false)) {
            String db = own.newDatabase("unreachable");
            JichaProcess jicha = jicha(own, db, dir.resolve("ws"));
            newSession(jicha);
            ok(jicha.run("session", "note", "before the outage"));

            own.stop();
            JichaProcess.Result down = jicha.run("session", "note", "during the outage");
            failsWithOneLine(down, "store.unreachable");
            assertThat(down.err()).contains(own.url(db));
            failsWithOneLine(jicha.run("journal", "log"), "store.unreachable");

            own.restart();
            ok(jicha.run("session", "note", "after the outage"));
            JichaProcess.Result verify = jicha.run("journal", "verify");
            ok(verify);
            assertThat(verify.out()).contains("verifies: 3 events");
            List<String> lines = storedLines(own, db, SESSION);
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1)).contains("before the outage");
            assertThat(lines.get(2)).contains("after the outage");
        }
    }

    @Test
    void aServerThatCrashesWhileAScriptAppendsKeepsEveryAcknowledgedNote() throws Exception {
        try (TestPostgres own = TestPostgres.start(true)) { // durable: an acknowledged commit survives a crash
            String db = own.newDatabase("crash");
            JichaProcess jicha = jicha(own, db, dir.resolve("ws"));
            newSession(jicha);
            List<String> lines = new java.util.ArrayList<>();
            for (int i = 1; i <= 2000; i++) {
                lines.add("session note \"crash " + i + "\"");
            }
            Path script = dir.resolve("notes.jicha");
            Files.write(script, lines, StandardCharsets.UTF_8);
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process child = jicha.builder("@" + script).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (count(own, db, "SELECT count(*) FROM jicha_event") < 30 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                own.crash();
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }
            assertThat(child.exitValue()).isNotZero();
            List<String> said = Files.readAllLines(err, StandardCharsets.UTF_8);
            assertThat(said).hasSize(2);
            java.util.regex.Matcher stopped = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(script.toString())
                    + ":(\\d+): (.*)").matcher(said.get(0));
            assertThat(stopped.matches()).as(said.get(0)).isTrue();
            int failed = Integer.parseInt(stopped.group(1));
            String key = java.util.stream.Stream.of("store.unreachable", "store.lost-nothing-recorded", "store.outcome-unknown")
                    .filter(k -> stopped.group(2).matches(StoreFaults.pattern(k))).findFirst().orElseThrow(
                            () -> new AssertionError("not a lost store: " + stopped.group(2)));
            long acknowledged = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("noted (event ")).count();
            assertThat(acknowledged).isEqualTo(failed - 1);

            own.restart();
            List<String> stored = storedLines(own, db, SESSION);
            for (int i = 1; i < failed; i++) {
                assertThat(stored.get(i)).as("acknowledged note %d", i).contains("\"crash " + i + "\"");
            }
            if (!key.equals("store.outcome-unknown")) {
                assertThat(stored).as("nothing past the failed note").hasSize(failed);
            } else {
                assertThat(stored.size()).isBetween(failed, failed + 1);
            }
            ok(jicha.run("journal", "verify"));
        }
    }

    /** A loopback port where nothing listens (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aPortWhereNoServerListensIsUnreachable() throws Exception {
        int port = closedPort();
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_STORE", "postgresql://jicha_test@127.0.0.1:" + port + "/nothing", "PGPASSWORD", "x"));
        failsWithOneLine(jicha.run("session", "list"), "store.unreachable");
        failsWithOneLine(jicha.run("session", "new", "--name", SESSION, "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三"), "store.unreachable");
    }

    @Test
    void inChineseTheFaultsAreChineseLinesAndTheHolderIsNamedInChinese() throws Exception {
        int port = closedPort();
        JichaProcess unreachable = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "zh",
                "JICHA_STORE", "postgresql://jicha_test@127.0.0.1:" + port + "/nothing", "PGPASSWORD", "x"));
        failsWithOneLine(unreachable.run("session", "list"), "store.unreachable", Texts.Lang.ZH);

        String db = pg.newDatabase("zh_busy");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"));
        newSession(jicha);
        Path csv = dir.resolve("import.csv");
        Files.writeString(csv, "编号\nA-1\n", StandardCharsets.UTF_8);
        Process holder = LockHolder.start(pg.env(db), pg.url(db), SESSION, csv);
        try {
            JichaProcess.Result r = jicha(pg, db, dir.resolve("ws"), Map.of("JICHA_LANG", "zh", "JICHA_AUDITOR", "李四",
                    "JICHA_LOCK_TIMEOUT_MS", "500")).run("session", "note", "blocked");
            failsWithOneLine(r, "journal.busy", Texts.Lang.ZH);
            assertThat(r.err()).contains(Texts.get(Texts.Lang.ZH, "store.holder", "张三", holder.pid()));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aClientKilledInTheMiddleOfAnAppendLeavesNothingAndItsLockIsReleased() throws Exception {
        String db = pg.newDatabase("killed");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"));
        newSession(jicha);
        ok(jicha.run("session", "note", "one"));
        Path csv = dir.resolve("import.csv");
        Files.writeString(csv, "编号,检查日期\nA-1,2016-01-04\n", StandardCharsets.UTF_8);

        Process holder = LockHolder.start(pg.env(db), pg.url(db), SESSION, csv);
        try {
            assertThat(holderOfLock(db)).isEqualTo("jicha " + holder.pid() + " \\u5f20\\u4e09");
            // half of the append is in the database, uncommitted: the snapshot of the file
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (holderOfLock(db) != null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(holderOfLock(db)).as("the server released the killed client's lock").isNull();
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot")).isZero();
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_session_snapshot")).isZero();

        ok(jicha.run("session", "note", "two"));
        List<String> lines = storedLines(pg, db, SESSION); // seq 1, 2, 3 with no gap
        assertThat(lines).hasSize(3);
        assertThat(String.join("\n", lines)).doesNotContain("never committed");
        ok(jicha.run("journal", "verify"));
    }

    @Test
    void aRecordsImportKilledWhileItUploadsItsSnapshotLeavesNothingAndCanBeRepeated() throws Exception {
        String db = pg.newDatabase("killed_import");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"));
        newSession(jicha);
        Path csv = dir.resolve("wujiang-inspections.csv");
        try (var w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("记录编号,检查日期,企业名称,行业,地址,出动人数,检查人员,检查情况\n");
            for (int i = 1; i <= 200_000; i++) {
                w.write("吴环监〔2016〕" + i + "号,2016-0" + (1 + i % 9) + "-1" + (i % 10) + ",吴江市盛泽第" + (i % 977)
                        + "印染有限公司,印染,江苏省苏州市吴江区盛泽镇西二环路" + (i % 1999) + "号," + (2 + i % 3)
                        + ",王敏明、周英,现场检查发现废水处理设施正常运行，在线监测数据无超标，危险废物台账记录完整第" + i + "页\n");
            }
        }
        String[] importing = {"records", "import", csv.toString(), "--unit", "吴江区", "--kind", "inspection-record"};
        Process child = jicha.builder(importing).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean seenHolding = false;
        // the holder's connection, once it is sending the snapshot's chunks: dozens more before its commit
        try (Connection c = pg.connect(db); PreparedStatement p = c.prepareStatement(
                HOLDER.replace("SELECT a.application_name", "SELECT a.application_name, a.query"))) {
            p.setLong(1, Integer.toUnsignedLong(PgDatabase.LOCK_SPACE));
            p.setLong(2, Integer.toUnsignedLong(PgJournal.lockKey(SESSION)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (child.isAlive() && System.nanoTime() < deadline) {
                try (var r = p.executeQuery()) {
                    if (r.next() && r.getString(1).startsWith("jicha " + child.pid() + " ")
                            && r.getString(2).startsWith("INSERT INTO jicha_snapshot_chunk")) {
                        seenHolding = true;
                        break;
                    }
                }
                Thread.sleep(2);
            }
            child.destroyForcibly(); // with the lock held: the snapshot's chunks are going up, uncommitted
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(seenHolding).as("the import was killed while it held the session's lock").isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (holderOfLock(db) != null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(holderOfLock(db)).isNull();
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot")).isZero();
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot_chunk")).isZero();
        assertThat(storedLines(pg, db, SESSION)).hasSize(1);

        ok(jicha.run(importing)); // the same file again: the leftovers of the killed one are swept
        assertThat(storedLines(pg, db, SESSION)).hasSize(2);
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot")).isEqualTo(1);
        assertThat(count(pg, db, "SELECT sum(length(bytes)) FROM jicha_snapshot_chunk")).isEqualTo(Files.size(csv));
        ok(jicha.run("journal", "verify"));
    }

    @Test
    void aSchemaFromANewerJichaIsOneLineAndNothingIsWritten() throws Exception {
        String db = pg.newDatabase("newer");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"));
        newSession(jicha);
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO jicha_schema (version, jicha) VALUES (99, 'V99__future.sql')");
        }
        JichaProcess.Result note = jicha.run("session", "note", "from an older jicha");
        failsWithOneLine(note, "store.schema-newer");
        assertThat(note.err()).contains("99").contains(Integer.toString(PgDatabase.SCHEMA_VERSION));
        failsWithOneLine(jicha.run("session", "new", "--name", "another", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三"), "store.schema-newer");
        failsWithOneLine(jicha.run("journal", "log"), "store.schema-newer");
        assertThat(storedLines(pg, db, SESSION)).hasSize(1);
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_session")).isEqualTo(1);
        assertThat(count(pg, db, "SELECT max(version) FROM jicha_schema")).isEqualTo(99);
    }

    @Test
    void aMistakeInTheEnvironmentIsOneLineWhenASessionIsUsed() throws Exception {
        JichaProcess badStore = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_STORE", "mysql://db.bureau/jicha"));
        failsWithOneLine(badStore.run("session", "list"), "store.bad-url");
        ok(badStore.run("help"));
        JichaProcess badClock = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_CLOCK", "yesterday"));
        failsWithOneLine(badClock.run("session", "new", "--name", SESSION, "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三"), "journal.bad-clock");
        failsWithOneLine(jicha(pg, pg.newDatabase("bad_clock"), dir.resolve("ws"), Map.of("JICHA_CLOCK", "yesterday"))
                .run("session", "list"), "journal.bad-clock");
    }

    @Test
    void pushAndPullMeetTheSameFaultsWithTheSameLines() throws Exception {
        Path ws = dir.resolve("laptop");
        JichaProcess laptop = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三", "PGPASSWORD", pg.password()));
        newSession(laptop);
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        failsWithOneLine(laptop.run("session", "push", SESSION, "--to",
                "postgresql://jicha_test@127.0.0.1:" + closed + "/nothing"), "store.unreachable");
        failsWithOneLine(laptop.run("session", "push", SESSION, "--to",
                "postgresql://jicha_test:secret@127.0.0.1:" + pg.port() + "/nothing"), "store.password-in-url");
        failsWithOneLine(laptop.run("session", "pull", SESSION, "--from", pg.url("no_such_db")), "store.no-database");

        String db = pg.newDatabase("push_newer");
        ok(laptop.run("session", "push", SESSION, "--to", pg.url(db)));
        ok(laptop.run("session", "note", "after the push"));
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO jicha_schema (version, jicha) VALUES (99, 'V99__future.sql')");
        }
        failsWithOneLine(laptop.run("session", "push", SESSION, "--to", pg.url(db)), "store.schema-newer");
        assertThat(storedLines(pg, db, SESSION)).hasSize(1);
    }

    @Test
    void aWrongPasswordIsOneLine() throws Exception {
        String db = pg.newDatabase("wrong_pw");
        JichaProcess.Result r = jicha(pg, db, dir.resolve("ws"), Map.of("PGPASSWORD", pg.password() + "x"))
                .run("session", "list");
        failsWithOneLine(r, "store.auth");
        assertThat(r.err()).doesNotContain(pg.password());
    }

    @Test
    void noPasswordAtAllIsOneLine() throws Exception {
        String db = pg.newDatabase("no_pw");
        JichaProcess.Result r = jicha(pg, db, dir.resolve("ws"), Map.of("PGPASSWORD", "",
                "PGPASSFILE", dir.resolve("no-such-pgpass").toString())).run("session", "list");
        failsWithOneLine(r, "store.auth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://jicha_test:PW@127.0.0.1:PORT/DB", "postgres://jicha_test:PW@127.0.0.1:PORT/DB",
            "jdbc:postgresql://127.0.0.1:PORT/DB?user=jicha_test&password=PW"})
    void aPasswordInTheAddressIsRefusedWithoutBeingEchoed(String form) throws Exception {
        String db = pg.newDatabase("pw_in_url");
        String url = form.replace("PW", pg.password()).replace("PORT", Integer.toString(pg.port())).replace("DB", db);
        JichaProcess.Result r = jicha(pg, db, dir.resolve("ws"), Map.of("JICHA_STORE", url)).run("session", "list");
        failsWithOneLine(r, "store.password-in-url");
        assertThat(r.err()).doesNotContain(pg.password());
        assertThat(count(pg, db, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'jicha%'")).isZero();
    }

    @Test
    void thePasswordFileIsTheOtherRoute() throws Exception {
        String db = pg.newDatabase("pgpass");
        Map<String, String> env = new java.util.HashMap<>(pg.envWithPgpass(db));
        env.put("PGPASSWORD", "");
        env.put("JICHA_AUDITOR", "张三");
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), env);
        newSession(jicha);
        ok(jicha.run("session", "note", "through .pgpass"));
        env.put("JICHA_STORE", pg.jdbcUrl(db) + "?user=" + pg.user()); // the JDBC form of the address
        ok(new JichaProcess(dir.resolve("ws"), env).run("session", "note", "through .pgpass, JDBC form"));
        assertThat(storedLines(pg, db, SESSION)).hasSize(3);
    }

    @Test
    void aDatabaseThatDoesNotExistIsOneLine() throws Exception {
        JichaProcess.Result r = jicha(pg, "no_such_db", dir.resolve("ws")).run("session", "list");
        failsWithOneLine(r, "store.no-database");
        assertThat(r.err()).contains("no_such_db");
    }

    @Test
    void aWriterThatCannotGetTheSessionLockIsToldWhoHoldsIt() throws Exception {
        String db = pg.newDatabase("busy_named");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"));
        newSession(jicha);
        Path csv = dir.resolve("import.csv");
        Files.writeString(csv, "编号\nA-1\n", StandardCharsets.UTF_8);
        Process holder = LockHolder.start(pg.env(db), pg.url(db), SESSION, csv);
        try {
            JichaProcess.Result r = jicha(pg, db, dir.resolve("ws"), Map.of("JICHA_AUDITOR", "李四",
                    "JICHA_LOCK_TIMEOUT_MS", "500")).run("session", "note", "blocked");
            failsWithOneLine(r, "journal.busy");
            assertThat(r.err()).contains(Texts.get("store.holder", "张三", holder.pid())).contains("0.5");
            ok(jicha.run("journal", "log")); // reading never waits for the lock
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(storedLines(pg, db, SESSION)).hasSize(1);
    }

    @Test
    void aLockHeldByAnotherProgramIsBusyWithoutAName() throws Exception {
        String db = pg.newDatabase("busy_unknown");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"), Map.of("JICHA_LOCK_TIMEOUT_MS", "500"));
        newSession(jicha);
        try (Connection c = pg.connect(db)) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                p.setInt(1, PgDatabase.LOCK_SPACE);
                p.setInt(2, PgJournal.lockKey(SESSION));
                p.executeQuery().close();
            }
            failsWithOneLine(jicha.run("session", "note", "blocked"), "journal.busy-unknown");
            c.rollback();
        }
        ok(jicha.run("session", "note", "free again"));
        assertThat(storedLines(pg, db, SESSION)).hasSize(2);
    }

    @Test
    void theJournalTableRefusesUpdateAndDeleteEvenToItsOwner() throws Exception {
        String db = pg.newDatabase("append_only");
        newSession(jicha(pg, db, dir.resolve("ws")));
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE jicha_event SET auditor = 'x'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM jicha_event"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"))
                    .hasMessageContaining("append-only");
        }
        assertThat(storedLines(pg, db, SESSION)).hasSize(1);
    }

    @Test
    void verifyNamesALineAlteredInTheDatabaseBySomeoneWithAdministratorRights() throws Exception {
        String db = pg.newDatabase("tampered");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"));
        newSession(jicha);
        for (String text : List.of("first", "second", "third")) {
            ok(jicha.run("session", "note", "fine " + text));
        }
        ok(jicha.run("journal", "verify"));
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE jicha_event DISABLE TRIGGER jicha_event_append_only");
            assertThat(s.executeUpdate("UPDATE jicha_event SET line = convert_to(replace(convert_from(line, 'UTF8'),"
                    + " 'fine second', 'fine 2nd!'), 'UTF8') WHERE seq = 3")).isEqualTo(1);
            s.execute("ALTER TABLE jicha_event ENABLE TRIGGER jicha_event_append_only");
        }
        JichaProcess.Result r = jicha.run("journal", "verify");
        failsWithOneLine(r, "journal.verify.fails");
        assertThat(r.err()).contains(Texts.get("journal.line.edited", 3)).contains("the 2 events before it verify");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void verifyFindsEventsRemovedByAnAdministrator(int removed) throws Exception {
        String db = pg.newDatabase("removed");
        JichaProcess jicha = jicha(pg, db, dir.resolve("ws"));
        newSession(jicha);
        for (String text : List.of("first", "second", "third")) {
            ok(jicha.run("session", "note", text));
        }
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE jicha_event DISABLE TRIGGER jicha_event_append_only");
            assertThat(s.executeUpdate("DELETE FROM jicha_event WHERE seq = " + removed)).isEqualTo(1);
            s.execute("ALTER TABLE jicha_event ENABLE TRIGGER jicha_event_append_only");
        }
        JichaProcess.Result r = jicha.run("journal", "verify");
        failsWithOneLine(r, "journal.verify.fails");
        if (removed == 4) { // the last: the lines left form a good chain, shorter than the head says
            assertThat(r.err()).contains(Texts.get("store.head-beyond", 4, 3, 4));
        } else {
            assertThat(r.err()).contains(Texts.get("journal.line.seq", 2, 3, 2)).contains("the 1 events before it verify");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "Zhang San", "a\\b", "欧阳娜娜丽莎"})
    void theWriterIsNamedThroughTheAsciiApplicationName(String auditor) {
        String name = PgJournal.applicationName(auditor, 4242);
        assertThat(name).matches("[\\x20-\\x7e]{1,63}");
        assertThat(PgJournal.holder(name)).contains(Texts.get("store.holder", auditor, 4242));
        assertThat(PgJournal.holder("TestPostgres")).isEmpty();
    }

    @Test
    void aLongNameIsCutAtACharacter() {
        String name = PgJournal.applicationName("欧阳娜娜丽莎欧阳娜娜丽莎", 4194304);
        assertThat(name.length()).isLessThanOrEqualTo(63);
        assertThat(PgJournal.holder(name)).contains(Texts.get("store.holder", "欧阳娜娜丽莎欧阳", 4194304));
    }

    private static final String HOLDER = "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ?::bigint::oid "
            + "AND l.objid = ?::bigint::oid AND l.objsubid = 2";

    /** The application name of the connection holding the session's advisory lock, or null. */
    private String holderOfLock(String db) throws SQLException {
        try (Connection c = pg.connect(db); PreparedStatement p = c.prepareStatement(HOLDER)) {
            p.setLong(1, Integer.toUnsignedLong(PgDatabase.LOCK_SPACE));
            p.setLong(2, Integer.toUnsignedLong(PgJournal.lockKey(SESSION)));
            try (var r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
