package io.jicha.store;

import io.jicha.common.Texts;
import io.jicha.journal.JournalClock;
import io.jicha.session.SessionInfo;
import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the store's fault tests share: child runs against a database, and what a failed run must look like. */
final class StoreFaults {

    static final String SESSION = "faults";
    static final String AUDITOR = "张三";

    private StoreFaults() {
    }

    /** A jicha child process on {@code db} of {@code pg}, as auditor 张三, plus {@code extra} environment. */
    static JichaProcess jicha(TestPostgres pg, String db, Path ws, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(pg.env(db));
        env.put("JICHA_AUDITOR", AUDITOR);
        env.putAll(extra);
        return new JichaProcess(ws, env);
    }

    static JichaProcess jicha(TestPostgres pg, String db, Path ws) {
        return jicha(pg, db, ws, Map.of());
    }

    static void ok(JichaProcess.Result r) {
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
    }

    static JichaProcess.Result newSession(JichaProcess jicha) throws Exception {
        JichaProcess.Result r = jicha.run("session", "new", "--name", SESSION, "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区,太仓市", "--team", "张三,李四");
        ok(r);
        return r;
    }

    /**
     * The run failed as a user error must: non-zero exit, nothing on standard error but one line
     * {@code jicha: <the text of key>} (its placeholders any text), no stack trace on either output.
     */
    static void failsWithOneLine(JichaProcess.Result r, String key) {
        failsWithOneLine(r, key, Texts.Lang.EN);
    }

    static void failsWithOneLine(JichaProcess.Result r, String key, Texts.Lang lang) {
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isNotZero();
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> lines = r.err().strip().lines().toList();
        assertThat(lines).as("stderr").hasSize(1);
        assertThat(lines.get(0)).matches(Pattern.compile("jicha: " + pattern(key, lang), Pattern.DOTALL));
    }

    /** The text of {@code key} as a regular expression: {n} stands for any text. */
    static String pattern(String key) {
        return pattern(key, Texts.Lang.EN);
    }

    static String pattern(String key, Texts.Lang lang) {
        String bundle = key.substring(0, key.indexOf('.'));
        String text = Texts.bundle(bundle, lang).getProperty(key);
        assertThat(text).as("text of " + key).isNotNull();
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(at, m.start()))).append(".+");
            at = m.end();
        }
        return regex.append(Pattern.quote(text.substring(at))).toString();
    }

    /** The seqs and lines of a session's journal as stored, read with the superuser's connection. */
    static List<String> storedLines(TestPostgres pg, String db, String session) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = pg.connect(db);
             PreparedStatement p = c.prepareStatement(
                     "SELECT seq, convert_from(line, 'UTF8') FROM jicha_event WHERE session = ? ORDER BY seq")) {
            p.setString(1, session);
            try (ResultSet r = p.executeQuery()) {
                long expected = 1;
                while (r.next()) {
                    assertThat(r.getLong(1)).as("seq without a gap").isEqualTo(expected++);
                    lines.add(r.getString(2));
                }
            }
        }
        return lines;
    }

    static long count(TestPostgres pg, String db, String sql) throws SQLException {
        try (Connection c = pg.connect(db); PreparedStatement p = c.prepareStatement(sql);
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** An in-process store on {@code db}: the password given as a connection property, as PGPASSWORD would. */
    static PgStore store(TestPostgres pg, String db) {
        return new PgStore(new StoreUrl(pg.user(), "127.0.0.1", pg.port(), db, Map.of("password", pg.password())),
                JournalClock.fromEnvironment());
    }

    static SessionInfo info(String name) {
        return new SessionInfo(name, LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null);
    }
}
