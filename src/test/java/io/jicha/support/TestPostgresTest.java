package io.jicha.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The test PostgreSQL server is real: it asks for the password, keeps databases apart and drops sessions. */
@Tag("postgres")
class TestPostgresTest {

    private final TestPostgres pg = TestPostgres.shared();

    @Test
    void aNewDatabaseAcceptsTheRoleWithItsPassword() throws SQLException {
        String db = pg.newDatabase("fixture");

        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), pg.user(), pg.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database(), current_user, pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(db);
            assertThat(rs.getString(2)).isEqualTo(pg.user());
            assertThat(rs.getString(3)).isEqualTo("UTF8");
        }
    }

    @Test
    void theServerAsksForAPasswordByScram() throws SQLException {
        try (Connection c = pg.connect("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("scram-sha-256");
            assertThat(rs.next()).as("only one auth method").isFalse();
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        String db = pg.newDatabase("wrong_pw");

        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(db), pg.user(), pg.password() + "x").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void noPasswordIsRefused() {
        Properties props = new Properties();
        props.setProperty("user", pg.user());

        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), props).close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void twoNewDatabasesAreSeparate() throws SQLException {
        String a = pg.newDatabase("same");
        String b = pg.newDatabase("same");
        assertThat(a).isNotEqualTo(b).startsWith("same_");

        try (Connection ca = pg.connect(a); Statement s = ca.createStatement()) {
            s.execute("CREATE TABLE only_in_a (x int)");
        }
        try (Connection cb = pg.connect(b); Statement s = cb.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void terminateConnectionsKillsTheOtherSessionOnly() throws SQLException {
        String db = pg.newDatabase("terminate");
        Properties victimProps = new Properties();
        victimProps.setProperty("user", pg.user());
        victimProps.setProperty("password", pg.password());
        victimProps.setProperty("ApplicationName", "jicha-victim");
        String other = pg.newDatabase("bystander");

        try (Connection victim = DriverManager.getConnection(pg.jdbcUrl(db), victimProps);
                Connection sameDbOtherName = pg.connect(db);
                Connection bystander = DriverManager.getConnection(pg.jdbcUrl(other), victimProps)) {
            victim.createStatement().executeQuery("SELECT 1").close();

            int ended = pg.terminateConnections(db, "jicha-%");

            assertThat(ended).isEqualTo(1);
            assertThatThrownBy(() -> victim.createStatement().executeQuery("SELECT 1").close())
                    .isInstanceOf(SQLException.class);
            assertThat(sameDbOtherName.isValid(5)).as("a session with another application name").isTrue();
            assertThat(bystander.isValid(5)).as("a session on another database").isTrue();
        }
    }

    @Test
    void envPointsAChildProcessAtTheDatabaseWithoutThePasswordInTheUrl() {
        String db = pg.newDatabase("env");

        assertThat(pg.env(db)).containsEntry("JICHA_STORE", "postgresql://jicha_test@127.0.0.1:" + pg.port() + "/" + db)
                .containsEntry("PGPASSWORD", pg.password());
        assertThat(pg.url(db)).doesNotContain(pg.password());
    }

    @Test
    void thePasswordFileGivesTheDriverThePassword() throws SQLException {
        String db = pg.newDatabase("pgpass");
        Properties noPassword = new Properties();
        noPassword.setProperty("user", pg.user());
        String before = System.getProperty("org.postgresql.pgpassfile");

        System.setProperty("org.postgresql.pgpassfile", pg.envWithPgpass(db).get("PGPASSFILE"));
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), noPassword)) {
            assertThat(c.isValid(5)).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }

    @Test
    void aStoppedServerIsUnreachableAndComesBackWithItsData() throws SQLException {
        try (TestPostgres own = TestPostgres.start(true)) {
            String db = own.newDatabase("restart");
            try (Connection c = own.connect(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (x int)");
                s.execute("INSERT INTO kept VALUES (7)");
            }

            own.stop();
            assertThat(own.isRunning()).isFalse();
            assertThatThrownBy(() -> own.connect(db).close())
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("08"));

            own.restart();
            assertThat(rowsOf(own, db)).containsExactly(7);
        }
    }

    @Test
    void aDurableServerKeepsItsCommitsThroughACrash() throws SQLException {
        try (TestPostgres own = TestPostgres.start(true)) {
            String db = own.newDatabase("crash");
            try (Connection c = own.connect(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (x int)");
                s.execute("INSERT INTO kept VALUES (1)");
                s.execute("INSERT INTO kept VALUES (2)");
            }

            own.crash();
            assertThat(own.isRunning()).isFalse();
            own.restart();

            assertThat(rowsOf(own, db)).containsExactly(1, 2);
            assertThat(own.log()).contains("database system was interrupted");
        }
    }

    private static List<Integer> rowsOf(TestPostgres pg, String db) throws SQLException {
        List<Integer> rows = new ArrayList<>();
        try (Connection c = pg.connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT x FROM kept ORDER BY x")) {
            while (rs.next()) {
                rows.add(rs.getInt(1));
            }
        }
        return rows;
    }
}
