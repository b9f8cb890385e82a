package io.jicha.store;

import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28: the store's key table (schema version 3) as a trust anchor. A key registers in it only through a journal
 * line, with the login role the server saw; {@code session fsck --trust store} trusts a key only when the role that
 * registered it writes as its auditor ({@code jicha_role_auditor}). An auditor's role can add its own key, and can
 * neither change, remove nor insert a key row; the owner cannot empty the table.
 */
@Tag("process")
@Tag("postgres")
class StoreSigningKeysTest {

    private final TestPostgres pg = TestPostgres.shared();

    @TempDir
    Path dir;

    @Test
    void aKeyRegisteredByAnotherRoleIsNotTrustedAndKeyRowsCannotBeChanged() throws Exception {
        String db = pg.newDatabase("keys");
        ok(new JichaProcess(dir.resolve("owner"), pg.env(db)).run("session", "list"));
        String zhangsan = db + "_zhangsan";
        String lisi = db + "_lisi";
        String pwZhang = newRole(zhangsan);
        String pwLi = newRole(lisi);
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            for (String role : List.of(zhangsan, lisi)) {
                for (String grant : StoreLeastPrivilegeTest.GRANTS) {
                    s.execute(String.format(grant, role, db));
                }
            }
            s.execute("INSERT INTO jicha_role_auditor VALUES ('" + zhangsan + "', '张三'), ('" + lisi + "', '李四')");
        }
        Files.createDirectories(dir.resolve("out"));
        JichaProcess asZhang = new JichaProcess(dir.resolve("ws-zhang"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_STORE", "postgresql://" + zhangsan + "@127.0.0.1:" + pg.port() + "/" + db, "PGPASSWORD", pwZhang));
        ok(asZhang.script(dir.resolve("z.jicha"), List.of(
                "session new --name keys --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "finding add --unit 吴江区 --severity 一般 --text \"整改台账未建立\" --require \"建立整改台账\" --workdays 20",
                "session finalize")));
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_key WHERE auditor = '张三' AND registered_by = '" + zhangsan + "'"))
                .as("张三's key, registered by 张三's role as the journal registered it").isEqualTo(1);
        JichaProcess.Result trusted = asZhang.run("session", "fsck", "--trust", "store");
        ok(trusted);
        assertThat(trusted.out()).contains("no faults").doesNotContain("not checked against");

        // 李四's role signs a notice as 张三 with a key of its own: the journal registers it, the store records who did
        JichaProcess asLiAsZhang = new JichaProcess(dir.resolve("ws-li"), Map.of("JICHA_AUDITOR", "张三",
                "JICHA_STORE", "postgresql://" + lisi + "@127.0.0.1:" + pg.port() + "/" + db, "PGPASSWORD", pwLi));
        ok(asLiAsZhang.script(dir.resolve("l.jicha"), List.of("session open keys",
                "report notice --unit 吴江区 --issued 2016-10-20 --out " + dir.resolve("out/notice.pdf"))));
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_key WHERE auditor = '张三' AND registered_by = '" + lisi + "'"))
                .isEqualTo(1);
        JichaProcess.Result caught = asZhang.run("session", "fsck", "--trust", "store");
        assertThat(caught.exit()).isNotZero();
        assertThat(caught.out()).contains("that 张三 registered is not listed for 张三")
                .contains("does not list for 张三");
        JichaProcess.Result untrusted = asZhang.run("session", "fsck");
        ok(untrusted); // the journal alone cannot tell: the two keys of 张三 are named in a warning
        assertThat(untrusted.out()).contains("not checked against the team's keyring");

        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), zhangsan, pwZhang); Statement s = c.createStatement()) {
            org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
                for (String sql : List.of("UPDATE jicha_key SET registered_by = '" + zhangsan + "'",
                        "DELETE FROM jicha_key WHERE registered_by = '" + lisi + "'",
                        "INSERT INTO jicha_key (auditor, fingerprint, algorithm, public_key, registered_by, session, seq)"
                                + " VALUES ('张三', '0123456789abcdef', 'Ed25519', 'x', '" + zhangsan + "', 'keys', 1)",
                        "TRUNCATE jicha_key")) {
                    soft.assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            });
        }
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) { // the owner: rows stay, table stays full
            for (String sql : List.of("UPDATE jicha_key SET auditor = '李四'", "DELETE FROM jicha_key", "TRUNCATE jicha_key")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("append-only"));
            }
        }
        assertThat(count(pg, db, "SELECT count(*) FROM jicha_key")).isEqualTo(2);
    }

    @Test
    void trustStoreOnAFolderWorkspaceIsOneLine() throws Exception {
        JichaProcess folder = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        ok(folder.run("session", "new", "--name", "folder", "--period", "2016-10-10..2016-10-13", "--units", "吴江区",
                "--team", "张三"));
        failsWithOneLine(folder.run("session", "fsck", "--trust", "store"), "session.trust-no-store");
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
