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
