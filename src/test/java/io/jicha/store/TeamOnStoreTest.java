package io.jicha.store;

import io.jicha.common.Texts;
import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.jicha.store.StoreFaults.failsWithOneLine;
import static io.jicha.store.StoreFaults.storedLines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26, a team that can recover, on a real PostgreSQL: docs/store.md's steps followed in their order (the
 * first connection says it created the schema; {@code auditor use} before {@code session open}); {@code session
 * list} lists the store's sessions; {@code session offline} / {@code session online} switch a laptop between the
 * store and its copy with JICHA_STORE still set; the driver's errors in the terminal's language.
 */
@Tag("postgres")
@Tag("process")
class TeamOnStoreTest {

    private static final String SESSION = "suzhou-2016-review";
    private final TestPostgres pg = TestPostgres.shared();

    @TempDir
    Path dir;

    @Test
    void docsStoreMdStepsWorkInTheirOrder() throws Exception {
        String doc = Files.readString(Path.of("docs/store.md"), StandardCharsets.UTF_8);
        // the steps this test takes, in the order the document gives them
        assertThat(doc).containsSubsequence("./jicha session list", "GRANT CONNECT ON DATABASE jicha TO jicha_auditor",
                "## On each laptop", "export JICHA_STORE=", "./jicha auditor use 张三",
                "./jicha session open suzhou-2016-review");

        String db = pg.newDatabase("docs_order");
        // the administrator: the first run as the owner creates the schema, and says so once
        JichaProcess owner = new JichaProcess(dir.resolve("owner"), pg.env(db));
        JichaProcess.Result first = owner.run("session", "list");
        ok(first);
        assertThat(first.err()).isEmpty();
        assertThat(first.out().lines().findFirst().orElseThrow()).matches(StoreFaults.pattern("store.schema-created"))
                .contains("schema version " + PgDatabase.SCHEMA_VERSION);
        JichaProcess.Result again = owner.run("session", "list");
        ok(again);
        assertThat(again.out()).as("only the connection that created it").doesNotContain("created jicha's tables");
        Map<String, String> zhangsan = auditorRole(db, "zhangsan");
        Map<String, String> lisi = auditorRole(db, "lisi");

        // the first auditor's laptop: auditor use, then session new
        JichaProcess first1 = laptop("zhangsan", zhangsan, "zh");
        assertThat(ok(first1.run("auditor", "use", "张三")).out()).contains("当前评查人：张三");
        ok(first1.run("session", "new", "--name", SESSION, "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区,太仓市", "--team", "张三,李四"));
        // another laptop: exactly the documented lines, auditor use before session open
        JichaProcess second = laptop("lisi", lisi, "zh");
        assertThat(ok(second.run("auditor", "use", "李四")).out()).contains("当前评查人：李四");
        assertThat(ok(second.run("session", "open", SESSION)).out()).contains(SESSION);
        ok(second.run("session", "note", "李四到了太仓市"));
        assertThat(storedLines(pg, db, SESSION)).hasSize(2);
        assertThat(storedLines(pg, db, SESSION).get(1)).contains("李四");

        // session list under JICHA_STORE: the store's sessions, and where they are kept
        String listed = ok(new JichaProcess(dir.resolve("third"), Map.of("JICHA_STORE", zhangsan.get("JICHA_STORE"),
                "PGPASSWORD", zhangsan.get("PGPASSWORD"), "JICHA_LANG", "zh")).run("session", "list")).out();
        assertThat(listed.lines().findFirst().orElseThrow()).startsWith("稽查任务保存在存储 " + zhangsan.get("JICHA_STORE"));
        assertThat(listed).contains(SESSION).doesNotContain("还没有稽查任务");
    }

    @Test
    void offlineAndOnlineWithoutUnsettingJichaStore() throws Exception {
        String db = pg.newDatabase("offline");
        JichaProcess store = new JichaProcess(dir.resolve("desk"), withAuditor(pg.env(db), "张三", "en"));
        ok(store.run("session", "new", "--name", SESSION, "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三,李四"));
        JichaProcess laptop = new JichaProcess(dir.resolve("laptop"), withAuditor(pg.env(db), "李四", "en"));
        ok(laptop.run("session", "open", SESSION));

        String off = ok(laptop.run("session", "offline")).out();
        assertThat(off).contains("session " + SESSION + " is now offline").contains("to event 1");
        ok(laptop.run("session", "note", "written at 吴江区 without a network"));
        assertThat(storedLines(pg, db, SESSION)).as("the store is not written while offline").hasSize(1);
        assertThat(Files.readString(dir.resolve("laptop").resolve(SESSION).resolve("journal.jsonl")))
                .contains("written at 吴江区 without a network");
        assertThat(ok(laptop.run("session", "status")).out()).contains("offline: commands use this laptop's copy");
        assertThat(ok(laptop.run("session", "list")).out().lines().findFirst().orElseThrow())
                .startsWith("workspace: " + dir.resolve("laptop")).contains("offline");
        failsWithOneLine(laptop.run("session", "offline"), "session.offline.already");

        String on = ok(laptop.run("session", "online")).out();
        assertThat(on).contains("the 1 events session " + SESSION + " recorded offline are copied");
        assertThat(storedLines(pg, db, SESSION)).hasSize(2);
        ok(laptop.run("session", "note", "online again"));
        assertThat(storedLines(pg, db, SESSION)).as("written to the store again").hasSize(3);
        failsWithOneLine(laptop.run("session", "online"), "session.online.not-offline");

        // the store gained while the laptop was offline and recorded nothing: online brings it here
        ok(laptop.run("session", "offline"));
        ok(store.run("session", "note", "张三 at the desk"));
        assertThat(ok(laptop.run("session", "online")).out()).contains("nothing was recorded offline; the 1 events");
        assertThat(Files.readString(dir.resolve("laptop").resolve(SESSION).resolve("journal.jsonl"))).contains("张三 at the desk");
    }

    @Test
    void whenBothSidesRecordedOnlineSaysWhatToDoAndStaysOffline() throws Exception {
        String db = pg.newDatabase("offline_split");
        JichaProcess store = new JichaProcess(dir.resolve("desk"), withAuditor(pg.env(db), "张三", "zh"));
        ok(store.run("session", "new", "--name", SESSION, "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三,李四"));
        JichaProcess laptop = new JichaProcess(dir.resolve("laptop"), withAuditor(pg.env(db), "李四", "zh"));
        ok(laptop.run("session", "open", SESSION));
        assertThat(ok(laptop.run("session", "offline")).out()).contains("已转为离线");
        ok(laptop.run("session", "note", "笔记本上记的"));
        ok(store.run("session", "note", "服务器上记的"));

        JichaProcess.Result r = laptop.run("session", "online");
        failsWithOneLine(r, "session.online.diverged", Texts.Lang.ZH);
        assertThat(r.err()).contains("session resolve " + SESSION);
        assertThat(ok(laptop.run("session", "status")).out()).as("still offline").contains("离线");
        assertThat(storedLines(pg, db, SESSION)).hasSize(2);
    }

    @Test
    void theDriversSentenceIsNotOnTheChineseScreen() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        JichaProcess.Result r = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "zh",
                "JICHA_STORE", "postgresql://jicha_test@127.0.0.1:" + port + "/nothing", "PGPASSWORD", "x"))
                .run("session", "list");
        failsWithOneLine(r, "store.unreachable", Texts.Lang.ZH);
        assertThat(r.err()).contains(Texts.get(Texts.Lang.ZH, "store.why.refused"));
        // no English sentence: only the address and the environment variables' names are in Latin letters
        String rest = r.err().replace("postgresql://jicha_test@127.0.0.1:" + port + "/nothing", "")
                .replace("JICHA_STORE", "").replace("jicha", "").replace("PostgreSQL", "");
        assertThat(Pattern.compile("[A-Za-z]{3,}").matcher(rest).find()).as(r.err()).isFalse();

        JichaProcess.Result debug = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "zh",
                "JICHA_STORE", "postgresql://jicha_test@127.0.0.1:" + port + "/nothing", "PGPASSWORD", "x"))
                .run("--debug", "session", "list");
        assertThat(debug.err()).as("the driver's own words for --debug").contains("Connection");
    }

    @Test
    void aServerErrorIsWordedByItsSqlState() {
        Texts.use(Texts.Lang.ZH);
        try {
            assertThat(PgDatabase.oneLine(new SQLException("permission denied for table jicha_event", "42501")))
                    .isEqualTo("权限不足（SQLSTATE 42501）");
            assertThat(PgDatabase.oneLine(new SQLException("too many clients already", "53300")))
                    .isEqualTo("服务器的连接数已满（SQLSTATE 53300）");
            assertThat(PgDatabase.oneLine(new SQLException("could not write to file: No space left", "53100")))
                    .isEqualTo("服务器资源不足：磁盘已满、内存不足或连接数已满（SQLSTATE 53100）");
            assertThat(PgDatabase.oneLine(new SQLException("something new", "HV000")))
                    .isEqualTo("服务器报告了错误（SQLSTATE HV000）；详细信息可加 --debug 查看");
            assertThat(PgDatabase.oneLine(new SQLException("The connection attempt failed.", "08001",
                    new java.net.UnknownHostException("review-db")))).isEqualTo("找不到这个主机名");
        } finally {
            Texts.use(Texts.Lang.EN);
        }
    }

    private static Map<String, String> withAuditor(Map<String, String> env, String auditor, String lang) {
        Map<String, String> all = new HashMap<>(env);
        all.put("JICHA_AUDITOR", auditor);
        all.put("JICHA_LANG", lang);
        return all;
    }

    /** An auditor's login role in the group role with docs/store.md's grants; its JICHA_STORE and PGPASSWORD. */
    private Map<String, String> auditorRole(String db, String name) throws SQLException {
        String group = db + "_auditors";
        String role = db + "_" + name;
        byte[] secret = new byte[9];
        new SecureRandom().nextBytes(secret);
        String password = "pw-" + HexFormat.of().formatHex(secret);
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            if (name.equals("zhangsan")) {
                s.execute("CREATE ROLE " + group + " NOLOGIN");
                for (String grant : StoreLeastPrivilegeTest.GRANTS) {
                    s.execute(String.format(grant, group, db));
                }
            }
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "' IN ROLE " + group);
        }
        return Map.of("JICHA_STORE", "postgresql://" + role + "@127.0.0.1:" + pg.port() + "/" + db, "PGPASSWORD", password);
    }

    /** A laptop: its own workspace folder, the store of the auditor's role, no JICHA_AUDITOR (auditor use decides). */
    private JichaProcess laptop(String name, Map<String, String> role, String lang) {
        Map<String, String> env = new HashMap<>(role);
        env.put("JICHA_LANG", lang);
        return new JichaProcess(dir.resolve("laptop-" + name), env);
    }

    private static JichaProcess.Result ok(JichaProcess.Result r) {
        assertThat(r.exit()).as("exit; stderr: %s; stdout: %s", r.err(), r.out()).isZero();
        return r;
    }
}
