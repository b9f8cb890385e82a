package io.jicha.store;

import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.jicha.store.StoreFaults.count;
import static io.jicha.store.StoreFaults.failsWithOneLine;
import static io.jicha.store.StoreFaults.ok;
import static io.jicha.store.StoreFaults.storedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An auditor's role with only the grants docs/store.md lists runs a review session on a schema the
 * bureau's owner role set up beforehand, and cannot change or remove a journal line.
 */
@Tag("process")
@Tag("postgres")
class StoreLeastPrivilegeTest {

    /** The grants of docs/store.md, for the auditors' group role {@code %1$s} on database {@code %2$s}. */
    static final List<String> GRANTS = List.of(
            "GRANT CONNECT ON DATABASE %2$s TO %1$s",
            "GRANT USAGE ON SCHEMA public TO %1$s",
            "GRANT SELECT ON jicha_schema, jicha_session, jicha_event, jicha_snapshot, jicha_snapshot_chunk,"
                    + " jicha_session_snapshot, jicha_current TO %1$s",
            "GRANT INSERT ON jicha_session, jicha_event, jicha_snapshot, jicha_snapshot_chunk,"
                    + " jicha_session_snapshot, jicha_current TO %1$s",
            "GRANT UPDATE (head_seq, head_hash) ON jicha_session TO %1$s",
            "GRANT UPDATE, DELETE ON jicha_current TO %1$s");

    private final TestPostgres pg = TestPostgres.shared();

    @TempDir
    Path dir;

    @Test
    void anAuditorWithTheListedGrantsRunsAReviewSessionAndPushesAndPulls() throws Exception {
        String db = pg.newDatabase("least");
        // the owner sets the schema up: any jicha command that connects does
        ok(new JichaProcess(dir.resolve("owner"), pg.env(db)).run("session", "list"));
        // as docs/store.md: the grants go to a group role, each auditor logs in with a role of its own in it
        String group = db + "_auditors";
        String role = db + "_zhangsan";
        String password;
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + group + " NOLOGIN");
            password = newRole(role + " IN ROLE " + group);
            for (String grant : GRANTS) {
                s.execute(String.format(grant, group, db));
            }
        }
        JichaProcess auditor = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_STORE", "postgresql://" + role + "@127.0.0.1:" + pg.port() + "/" + db, "PGPASSWORD", password));
        JichaProcess.Result r = auditor.script(dir.resolve("review.jicha"), List.of(
                "session new --name least --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case",
                "session note \"first day at 吴江区\"",
                "journal verify",
                "session close",
                "session open least",
                "session new --name least2 --period 2016-10-10..2016-10-13 --units 太仓市 --team 张三",
                "session open least", // the auditor's open session replaced: INSERT … ON CONFLICT DO UPDATE
                "session list",
                "journal log",
                "session status"));
        ok(r);
        assertThat(r.err()).isEmpty();
        assertThat(storedLines(pg, db, "least")).hasSize(3);
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot")).isEqualTo(1);
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_current WHERE session = 'least'")).isEqualTo(1);

        // and the laptop's way: a session of a folder pushed, appended to, pushed again, pulled elsewhere
        String url = "postgresql://" + role + "@127.0.0.1:" + pg.port() + "/" + db;
        JichaProcess laptop = new JichaProcess(dir.resolve("laptop"), Map.of("JICHA_AUDITOR", "李四", "PGPASSWORD", password));
        ok(laptop.script(dir.resolve("laptop.jicha"), List.of(
                "session new --name offline --period 2016-10-10..2016-10-13 --units 太仓市 --team 李四",
                "records import examples/suzhou-2016-review/data/taicang-penalties.csv --unit 太仓市 --kind penalty-case",
                "session push offline --to " + url,
                "session note \"back from 太仓市\"",
                "session push offline --to " + url)));
        ok(new JichaProcess(dir.resolve("other"), Map.of("JICHA_AUDITOR", "王五", "PGPASSWORD", password))
                .run("session", "pull", "offline", "--from", url));
        assertThat(storedLines(pg, db, "offline")).hasSize(3);
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot")).isEqualTo(2);

        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), role, password);
             Statement s = c.createStatement()) {
            // every refusal is checked and reported, not only the first that fails
            org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
                for (String sql : List.of("UPDATE jicha_event SET auditor = 'x'", "DELETE FROM jicha_event",
                        "UPDATE jicha_session SET name = 'renamed'", "DELETE FROM jicha_session",
                        "DELETE FROM jicha_snapshot_chunk", "ALTER TABLE jicha_event DISABLE TRIGGER ALL")) {
                    soft.assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            });
        }
        assertThat(storedLines(pg, db, "least")).hasSize(3);
    }

    @Test
    void anAuditorCannotSetTheSchemaUpAndIsToldWhoCan() throws Exception {
        String db = pg.newDatabase("least_noschema");
        String role = db + "_auditor";
        String password = newRole(role);
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute(String.format(GRANTS.get(0), role, db));
            s.execute(String.format(GRANTS.get(1), role, db));
        }
        JichaProcess auditor = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_STORE", "postgresql://" + role + "@127.0.0.1:" + pg.port() + "/" + db, "PGPASSWORD", password));
        failsWithOneLine(auditor.run("session", "list"), "store.schema-owner");
        assertThat(count(pg, db, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'jicha%'")).isZero();
    }

    @Test
    void anAuditorCannotMigrateAnOlderSchemaAndIsToldWhoCan() throws Exception {
        String db = pg.newDatabase("least_older");
        ok(new JichaProcess(dir.resolve("owner"), pg.env(db)).run("session", "list"));
        String role = db + "_auditor";
        String password = newRole(role);
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            for (String grant : GRANTS) {
                s.execute(String.format(grant, role, db));
            }
            s.execute("DELETE FROM jicha_schema"); // as if set up by a jicha before schema versions
        }
        JichaProcess auditor = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_STORE", "postgresql://" + role + "@127.0.0.1:" + pg.port() + "/" + db, "PGPASSWORD", password));
        JichaProcess.Result r = auditor.run("session", "list");
        failsWithOneLine(r, "store.schema-owner");
        assertThat(r.err()).contains("schema version 0").contains("needs " + PgDatabase.SCHEMA_VERSION);
    }

    /**
     * Issue 28: what an auditor's role could do at 3d78cd6 with only these grants, each now refused by the server
     * itself: a line that does not continue the chain (garbage, a wrong seq, a wrong prev, a wrong hash), a head
     * moved to where no line is, a snapshot whose chunks do not hash to its name; TRUNCATE, refused even to the
     * owner; and the role that inserted a line is recorded whatever the client sends.
     */
    @Test
    void theServerRefusesWhatBreaksAChainOrASnapshotAndRecordsWhoInserted() throws Exception {
        String db = pg.newDatabase("least_chain");
        ok(new JichaProcess(dir.resolve("owner"), pg.env(db)).run("session", "list"));
        String role = db + "_zhangsan";
        String password = newRole(role);
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            for (String grant : GRANTS) {
                s.execute(String.format(grant, role, db));
            }
        }
        JichaProcess auditor = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_STORE", "postgresql://" + role + "@127.0.0.1:" + pg.port() + "/" + db, "PGPASSWORD", password));
        ok(auditor.script(dir.resolve("s.jicha"), List.of(
                "session new --name chain --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "session note \"one\"", "session note \"two\"")));
        List<String> lines = storedLines(pg, db, "chain");
        assertThat(lines).hasSize(3);
        List<io.jicha.journal.Event> events = io.jicha.journal.Chain.continuing(List.of(), lines).events();
        java.util.function.Function<List<io.jicha.journal.Event>, String> forged = head -> io.jicha.journal.Chain.draft(head, "李四",
                java.time.Instant.parse("2016-10-11T08:00:00Z"), List.of(new io.jicha.journal.NewEvent(
                        io.jicha.session.SessionEvents.NOTE, new io.jicha.session.SessionEvents.Note("forged", null))))
                .lines().get(0);
        String good = forged.apply(events);
        String afterTwo = forged.apply(events.subList(0, 2)); // links to event 2: a wrong prev for seq 3
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), role, password)) {
            org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
                soft.assertThatThrownBy(() -> insert(c, 4, "garbage".repeat(20), "x")).as("garbage")
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"));
                soft.assertThatThrownBy(() -> insert(c, 5, good, hashOf(good))).as("a gap in seq")
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"));
                soft.assertThatThrownBy(() -> insert(c, 3, afterTwo.replace("\"seq\":3", "\"seq\":4"), hashOf(afterTwo)))
                        .as("a wrong prev and a hash that does not match")
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"));
                soft.assertThatThrownBy(() -> insert(c, 4, good.replace("forged", "forgeD"), hashOf(good)))
                        .as("a line edited after hashing")
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"));
                soft.assertThatThrownBy(() -> c.createStatement().executeUpdate(
                        "UPDATE jicha_session SET head_seq = 4, head_hash = 'x' WHERE name = 'chain'")).as("the head moved")
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"));
                soft.assertThatThrownBy(() -> c.createStatement().executeUpdate(
                        "INSERT INTO jicha_snapshot VALUES ('" + "ab".repeat(32) + "', 7, 1); "
                                + "INSERT INTO jicha_snapshot_chunk VALUES ('" + "ab".repeat(32) + "', 0, 'garbage'::bytea)"))
                        .as("a poisoned snapshot")
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"));
            });
            // a line that continues the chain is taken, with the head moved in the same transaction, as 李四 by
            // zhangsan's role: the row says which role inserted it, whatever the client sent
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO jicha_event "
                    + "(session, seq, line, ts, auditor, type, hash, role) VALUES ('chain', 4, ?, now(), '李四', 'session.note', ?, '李四')")) {
                p.setBytes(1, good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                p.setString(2, hashOf(good));
                p.executeUpdate();
            }
            try (java.sql.PreparedStatement p = c.prepareStatement(
                    "UPDATE jicha_session SET head_seq = 4, head_hash = ? WHERE name = 'chain'")) {
                p.setString(1, hashOf(good));
                p.executeUpdate();
            }
            c.commit();
        }
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_event WHERE session = 'chain' AND seq = 4 AND role = '" + role + "'"))
                .isEqualTo(1);
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_event WHERE role IS DISTINCT FROM '" + role + "'")).isZero();
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("TRUNCATE jicha_event, jicha_session, jicha_current CASCADE"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThat(storedLines(pg, db, "chain")).hasSize(4);
        ok(auditor.run("journal", "verify"));
        // journal log and fsck show the role beside the auditor, and warn of the role writing as another member
        String warning = "event 4: the database role " + role + " wrote as 李四 (1 events from here), but writes as 张三";
        JichaProcess.Result log = auditor.run("journal", "log", "--roles");
        ok(log);
        assertThat(log.out()).contains(role).contains("李四");
        assertThat(log.err()).contains(warning);
        JichaProcess.Result fsck = auditor.run("session", "fsck");
        assertThat(fsck.err()).contains(warning);
        // unless the administrator maps the role to that name too
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO jicha_role_auditor VALUES ('" + role + "', '张三'), ('" + role + "', '李四')");
        }
        JichaProcess.Result mapped = auditor.run("journal", "log");
        ok(mapped);
        assertThat(mapped.err()).doesNotContain("wrote as");
    }

    /**
     * Issue 28: a snapshot poisoned before schema version 2 (a row and a garbage chunk for a file's SHA-256, put
     * there before anyone imported the file) made every other laptop fail on that population, since the import
     * skipped the upload. The import now has the server check it first, removes the mismatch and stores the file.
     */
    @Test
    void aSnapshotPoisonedBeforeTheServerCheckedIsRepairedByTheNextImport() throws Exception {
        String db = pg.newDatabase("least_poison");
        ok(new JichaProcess(dir.resolve("owner"), pg.env(db)).run("session", "list"));
        Path csv = Path.of("examples/suzhou-2016-review/data/wujiang-penalties.csv");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(csv)));
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            // as a store set up before version 2 would hold it (its owner can still switch the check off)
            s.execute("ALTER TABLE jicha_snapshot DISABLE TRIGGER jicha_snapshot_bytes");
            s.execute("ALTER TABLE jicha_snapshot_chunk DISABLE TRIGGER jicha_snapshot_chunk_bytes");
            s.execute("INSERT INTO jicha_snapshot VALUES ('" + sha + "', 7, 1)");
            s.execute("INSERT INTO jicha_snapshot_chunk VALUES ('" + sha + "', 0, 'garbage'::bytea)");
            s.execute("ALTER TABLE jicha_snapshot ENABLE TRIGGER jicha_snapshot_bytes");
            s.execute("ALTER TABLE jicha_snapshot_chunk ENABLE TRIGGER jicha_snapshot_chunk_bytes");
        }
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot WHERE jicha_snapshot_intact(sha256)")).isZero();
        Map<String, String> env = new java.util.HashMap<>(pg.env(db));
        env.put("JICHA_AUDITOR", "张三");
        ok(new JichaProcess(dir.resolve("ws"), env).script(dir.resolve("p.jicha"), List.of(
                "session new --name poisoned --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "records import " + csv + " --unit 吴江区 --kind penalty-case")));
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_snapshot WHERE sha256 = '" + sha
                + "' AND jicha_snapshot_intact(sha256)")).isEqualTo(1);
        JichaProcess.Result other = new JichaProcess(dir.resolve("other"), env).script(dir.resolve("o.jicha"),
                List.of("session open poisoned", "session fsck"));
        ok(other);
        assertThat(other.out()).contains("no faults");
    }

    private static void insert(Connection c, long seq, String line, String hash) throws SQLException {
        try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO jicha_event "
                + "(session, seq, line, ts, auditor, type, hash) VALUES ('chain', ?, ?, now(), '李四', 'session.note', ?)")) {
            p.setLong(1, seq);
            p.setBytes(2, line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            p.setString(3, hash);
            p.executeUpdate();
        }
    }

    private static String hashOf(String line) {
        int at = line.lastIndexOf(",\"hash\":\"");
        return line.substring(at + 9, at + 9 + 64);
    }

    private String newRole(String role) throws SQLException {
        byte[] secret = new byte[9];
        new SecureRandom().nextBytes(secret);
        String password = "pw-" + HexFormat.of().formatHex(secret);
        try (Connection c = pg.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        }
        return password;
    }
}
