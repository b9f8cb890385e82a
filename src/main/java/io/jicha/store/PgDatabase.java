package io.jicha.store;

import io.jicha.common.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One connection to a PostgreSQL store, opened when first needed and opened again after it was
 * lost; the schema is created or migrated on first use (plain versioned SQL, see docs/store.md).
 * Every failure a user can meet (server unreachable, password refused, no such database, a schema
 * from a newer jicha, a lost connection) becomes one {@link UserError} line.
 */
final class PgDatabase implements AutoCloseable {

    /** The schema versions this jicha knows, in order: {@code db/postgresql/V<n>__*.sql}. */
    static final List<String> MIGRATIONS = List.of("V1__sessions.sql", "V2__chain_and_roles.sql",
            "V3__signing_keys.sql");
    static final int SCHEMA_VERSION = MIGRATIONS.size();
    /** First key of jicha's advisory locks (the second is a session's, or 0 for the schema). */
    static final int LOCK_SPACE = 0x6a696368; // "jich"

    private final StoreUrl url;
    private Connection connection;
    private boolean schemaChecked;

    PgDatabase(StoreUrl url) {
        this.url = url;
    }

    private java.util.function.Consumer<String> schemaNews = line -> {
    };

    /** Who is told, in one line, that this connection created or upgraded jicha's schema (issue 26). */
    void announceSchema(java.util.function.Consumer<String> say) {
        this.schemaNews = say;
    }

    StoreUrl url() {
        return url;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /**
     * Runs {@code work} in autocommit mode; if the connection turns out lost before the work could
     * change anything (a read, or one idempotent statement), reconnects and runs it once more.
     */
    synchronized <T> T read(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            Connection c = connection();
            try {
                return work.run(c);
            } catch (SQLException e) {
                if (lost(e)) {
                    drop();
                    if (attempt < 2) {
                        continue;
                    }
                    throw UserError.because(e, "store.lost", url.display(), oneLine(e));
                }
                throw failed(e);
            } catch (IOException e) {
                throw UserError.because(e, "store.failed", url.display(), oneLine(e));
            }
        }
    }

    /** What a query gives for one row. */
    interface Row<T> {
        T of(ResultSet r) throws SQLException;
    }

    /** The rows of a query with at most one (text) parameter, read as {@link #read} reads. */
    <T> List<T> list(String sql, String parameter, Row<T> row) {
        return read(c -> {
            List<T> out = new java.util.ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (parameter != null) {
                    p.setString(1, parameter);
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(row.of(r));
                    }
                }
            }
            return out;
        });
    }

    /** The open connection, opening it (and checking the schema) first if needed. */
    synchronized Connection connection() {
        if (connection != null) {
            return connection;
        }
        Connection c;
        try {
            c = DriverManager.getConnection(url.jdbcUrl(), url.properties());
        } catch (SQLException e) {
            throw connectFailed(e);
        }
        try {
            if (!schemaChecked) {
                int before = Schema.ensure(c, url);
                schemaChecked = true;
                if (before == 0) {
                    schemaNews.accept(io.jicha.common.Texts.get("store.schema-created", url.display(), SCHEMA_VERSION));
                } else if (before < SCHEMA_VERSION) {
                    schemaNews.accept(io.jicha.common.Texts.get("store.schema-upgraded", url.display(), before, SCHEMA_VERSION));
                }
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failed(e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        connection = c;
        return c;
    }

    /** Forgets a connection that failed; the next use opens a new one. */
    synchronized void drop() {
        closeQuietly(connection);
        connection = null;
    }

    @Override
    public synchronized void close() {
        drop();
    }

    /**
     * Whether the error means the connection is gone: the network failed, or the server ended the
     * session (shut down, terminated by an administrator, or one of its idle timeouts, such as
     * idle_in_transaction_session_timeout, which a long import can meet while it holds the lock).
     */
    static boolean lost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("57P05") || state.equals("25P03"));
    }

    UserError failed(SQLException e) {
        if (lost(e)) {
            return UserError.because(e, "store.lost", url.display(), oneLine(e));
        }
        if ("42501".equals(e.getSQLState())) {
            return UserError.because(e, "store.privilege", url.display(), oneLine(e));
        }
        return UserError.because(e, "store.failed", url.display(), oneLine(e));
    }

    private UserError connectFailed(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return UserError.because(e, "store.auth", url.user(), url.display());
        }
        if (state.equals("3D000")) {
            return UserError.because(e, "store.no-database", url.database(), url.display());
        }
        return UserError.because(e, "store.unreachable", url.display(), oneLine(e));
    }

    /**
     * Why the store failed, for the one line the user reads: for the driver's and the server's errors a sentence
     * of the terminal's language chosen by the cause (a host not found, a connection refused, a timeout) or by
     * the SQLSTATE (its own key, else its class's), never the driver's English sentence, which stays the
     * error's cause for {@code --debug} (issue 26); other errors (a file system's) by their first line.
     */
    static String oneLine(Throwable t) {
        if (t instanceof SQLException e) {
            return reason(e);
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = m.lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    static String reason(SQLException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof java.net.UnknownHostException) {
                return io.jicha.common.Texts.get("store.why.unknown-host");
            }
            if (c instanceof java.net.ConnectException) {
                return io.jicha.common.Texts.get("store.why.refused");
            }
            if (c instanceof java.net.SocketTimeoutException) {
                return io.jicha.common.Texts.get("store.why.timeout");
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (!state.isEmpty() && io.jicha.common.Texts.has("store.why." + state)) {
            return io.jicha.common.Texts.get("store.why." + state, state);
        }
        String kind = state.length() == 5 ? "store.why.class-" + state.substring(0, 2) : "";
        return !kind.isEmpty() && io.jicha.common.Texts.has(kind) ? io.jicha.common.Texts.get(kind, state)
                : io.jicha.common.Texts.get("store.why.other", state.isEmpty() ? "-" : state);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is being given up
        }
    }

    /** Creates or migrates the schema: plain versioned SQL applied in one transaction under a lock. */
    static final class Schema {

        private Schema() {
        }

        /** Returns the version this connection found: SCHEMA_VERSION when it had nothing to do, 0 when it created the schema. */
        static int ensure(Connection c, StoreUrl url) throws SQLException {
            int found = version(c);
            if (found > SCHEMA_VERSION) {
                throw UserError.of("store.schema-newer", url.display(), found, SCHEMA_VERSION);
            }
            if (found == SCHEMA_VERSION) {
                return found;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_SPACE + ", 0)");
                // an auditor's role may not create in the schema: on a new database this is its first refusal
                migrate(s, "CREATE TABLE IF NOT EXISTS jicha_schema (version integer PRIMARY KEY, "
                        + "applied timestamptz NOT NULL DEFAULT now(), jicha text NOT NULL)", url, found);
                found = version(c); // another jicha may have migrated while this one waited
                if (found > SCHEMA_VERSION) {
                    throw UserError.of("store.schema-newer", url.display(), found, SCHEMA_VERSION);
                }
                for (int v = found + 1; v <= SCHEMA_VERSION; v++) {
                    migrate(s, script(MIGRATIONS.get(v - 1)), url, found);
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO jicha_schema (version, jicha) VALUES (?, ?)")) {
                        p.setInt(1, v);
                        p.setString(2, MIGRATIONS.get(v - 1));
                        p.executeUpdate();
                    }
                }
                c.commit();
                return found; // the version before this connection's migration (another jicha's counts as found)
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }

        /** Runs a statement of a migration; a role that may not is told who can. */
        private static void migrate(Statement s, String sql, StoreUrl url, int found) throws SQLException {
            try {
                s.execute(sql);
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    throw UserError.because(e, "store.schema-owner", url.display(), found, SCHEMA_VERSION);
                }
                throw e;
            }
        }

        /** The schema version of the database: 0 when jicha has never set it up. */
        static int version(Connection c) throws SQLException {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT to_regclass('jicha_schema') IS NOT NULL")) {
                r.next();
                if (!r.getBoolean(1)) {
                    return 0;
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM jicha_schema")) {
                r.next();
                return r.getInt(1);
            }
        }

        private static String script(String name) {
            try (InputStream in = PgDatabase.class.getResourceAsStream("/db/postgresql/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing schema script " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
