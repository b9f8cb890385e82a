package io.jicha.store;

import io.jicha.journal.Chain;
import io.jicha.journal.Event;
import io.jicha.session.Workspace;
import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One store of a test, of either {@link StoreKind}: a workspace folder, and for {@link StoreKind#POSTGRESQL} a fresh
 * database of the shared test server. It runs jicha in child processes against the store and reads the journal back
 * as the store keeps it (the file's bytes, or the rows' {@code line} column), never through the store's own code.
 */
final class TestStore {

    private final StoreKind kind;
    private final Path workspace;
    private final String database;
    private final Map<String, String> env;

    private TestStore(StoreKind kind, Path workspace, String database, Map<String, String> env) {
        this.kind = kind;
        this.workspace = workspace;
        this.database = database;
        this.env = env;
    }

    /** A new empty store named {@code name}, its workspace folder in {@code dir}. */
    static TestStore create(StoreKind kind, Path dir, String name) {
        Path ws = dir.resolve(name + "-" + kind.name().toLowerCase());
        if (kind == StoreKind.FILE) {
            return new TestStore(kind, ws, null, Map.of());
        }
        TestPostgres pg = TestPostgres.shared();
        String db = pg.newDatabase(name);
        return new TestStore(kind, ws, db, pg.env(db));
    }

    /** The same database reached from another machine: a workspace folder of its own (POSTGRESQL only). */
    TestStore fromAnotherMachine(Path folder) {
        if (kind != StoreKind.POSTGRESQL) {
            throw new IllegalStateException("a workspace folder is reached from one machine only");
        }
        return new TestStore(kind, folder, database, env);
    }

    StoreKind kind() {
        return kind;
    }

    Path workspace() {
        return workspace;
    }

    /** The database (POSTGRESQL only). */
    String database() {
        return database;
    }

    /** The environment a child needs to use this store: JICHA_STORE and PGPASSWORD, or nothing for the folder. */
    Map<String, String> env() {
        return env;
    }

    /** The store's address in JICHA_STORE form (POSTGRESQL only). */
    String url() {
        return env.get("JICHA_STORE");
    }

    JichaProcess jicha(String auditor) {
        return jicha(auditor, Map.of());
    }

    /**
     * jicha as {@code auditor} on this store ({@code null}: no JICHA_AUDITOR, the auditor a script's
     * {@code auditor use} chose), with {@code more} environment (e.g. JICHA_LOCK_TIMEOUT_MS).
     */
    JichaProcess jicha(String auditor, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(env);
        if (auditor != null) {
            all.put("JICHA_AUDITOR", auditor);
        }
        all.putAll(more);
        return new JichaProcess(workspace, all);
    }

    /** Runs {@code lines} as a script that must succeed; returns its output. */
    String script(String auditor, String name, List<String> lines) throws IOException, InterruptedException {
        Path file = workspace.resolveSibling(workspace.getFileName() + "-" + name + ".jicha");
        Files.createDirectories(file.getParent());
        JichaProcess.Result r = jicha(auditor).script(file, lines);
        if (r.exit() != 0) {
            throw new AssertionError(kind + ": script " + name + " failed (exit " + r.exit() + "): " + r.err()
                    + "\noutput:\n" + r.out());
        }
        return r.out();
    }

    /**
     * The journal's lines as stored, in order: the lines of the journal file (an unterminated last line, a
     * write a kill cut short, is left out as every reader leaves it out), or the {@code line} column by seq.
     */
    List<byte[]> storedLines(String session) throws IOException, SQLException {
        List<byte[]> lines = new ArrayList<>();
        if (kind == StoreKind.FILE) {
            byte[] all = Files.readAllBytes(journalFile(session));
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == '\n') {
                    lines.add(java.util.Arrays.copyOfRange(all, start, i));
                    start = i + 1;
                }
            }
            return lines;
        }
        try (Connection c = TestPostgres.shared().connect(database);
             PreparedStatement p = c.prepareStatement("SELECT line FROM jicha_event WHERE session = ? ORDER BY seq")) {
            p.setString(1, session);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    lines.add(r.getBytes(1));
                }
            }
        }
        return lines;
    }

    /** The journal as one file would hold it: every stored line followed by a newline. */
    byte[] journalBytes(String session) throws IOException, SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : storedLines(session)) {
            out.write(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The stored events, checked link by link from the first (throws when the chain is broken). */
    List<Event> events(String session) throws IOException, SQLException {
        List<String> lines = storedLines(session).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        return Chain.continuing(List.of(), lines).events();
    }

    /**
     * Changes the stored line of event {@code seq} as someone with write access to the store could: in the journal
     * file, or in the database with its append-only trigger disabled for the moment (as its owner can).
     */
    void tamper(String session, long seq, java.util.function.UnaryOperator<String> change) throws Exception {
        if (kind == StoreKind.FILE) {
            List<String> lines = new ArrayList<>(Files.readAllLines(journalFile(session), StandardCharsets.UTF_8));
            lines.set((int) seq - 1, change.apply(lines.get((int) seq - 1)));
            Files.write(journalFile(session), lines, StandardCharsets.UTF_8);
            return;
        }
        try (Connection c = TestPostgres.shared().connect(database)) {
            c.setAutoCommit(false);
            String line;
            try (PreparedStatement p = c.prepareStatement("SELECT line FROM jicha_event WHERE session = ? AND seq = ?")) {
                p.setString(1, session);
                p.setLong(2, seq);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    line = new String(r.getBytes(1), StandardCharsets.UTF_8);
                }
            }
            c.createStatement().execute("ALTER TABLE jicha_event DISABLE TRIGGER jicha_event_append_only");
            try (PreparedStatement p = c.prepareStatement("UPDATE jicha_event SET line = ? WHERE session = ? AND seq = ?")) {
                p.setBytes(1, change.apply(line).getBytes(StandardCharsets.UTF_8));
                p.setString(2, session);
                p.setLong(3, seq);
                p.executeUpdate();
            }
            c.createStatement().execute("ALTER TABLE jicha_event ENABLE TRIGGER jicha_event_append_only");
            c.commit();
        }
    }

    Path journalFile(String session) {
        return workspace.resolve(session).resolve("journal.jsonl");
    }

    /** Counts the rows of a table of the store's database (POSTGRESQL only). */
    long rows(String table) throws SQLException {
        try (Connection c = TestPostgres.shared().connect(database);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Holds the session's append lock from this JVM, as a writer in the middle of an append would, until the
     * returned handle is closed: the file lock through the file journal, or the session's advisory lock.
     */
    AutoCloseable holdLock(String session) throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            Connection c = TestPostgres.shared().connect(database);
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                p.setInt(1, PgDatabase.LOCK_SPACE);
                p.setInt(2, PgJournal.lockKey(session));
                p.executeQuery().close();
            }
            return () -> {
                c.rollback();
                c.close();
            };
        }
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> new Workspace(workspace).open(session).journal().append("test", events -> {
            holding.countDown();
            try {
                release.await(300, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }), "holds the journal lock of " + session);
        holder.start();
        if (!holding.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("could not take the journal lock of " + session);
        }
        return () -> {
            release.countDown();
            holder.join();
        };
    }
}
