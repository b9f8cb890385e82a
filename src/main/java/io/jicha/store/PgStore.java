package io.jicha.store;

import io.jicha.common.Hashes;
import io.jicha.common.UserError;
import io.jicha.journal.Chain;
import io.jicha.journal.Event;
import io.jicha.journal.FileJournal;
import io.jicha.journal.Journal;
import io.jicha.journal.JournalCorruptException;
import io.jicha.journal.NewEvent;
import io.jicha.session.SessionStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions kept in a PostgreSQL database (JICHA_STORE; docs/store.md). */
public final class PgStore implements SessionStore {

    static final int CHUNK = 1 << 20;

    private final PgDatabase db;
    private final Clock clock;
    private final Map<String, PgJournal> journals = new ConcurrentHashMap<>();

    PgStore(StoreUrl url, Clock clock) {
        this.db = new PgDatabase(url);
        this.clock = clock;
    }

    /** Tells {@code say} in one line when the first connection creates or upgrades the schema; returns this store. */
    public PgStore announcing(java.util.function.Consumer<String> say) {
        db.announceSchema(say);
        return this;
    }

    /** A store at {@code url}; nothing is connected until it is first used. */
    public static PgStore at(String url, Clock clock) {
        return new PgStore(StoreUrl.parse(url), clock);
    }

    @Override
    public String location() {
        return db.url().display();
    }

    @Override
    public String cacheKey() {
        StoreUrl u = db.url();
        return Hashes.sha256Hex(u.host() + ":" + u.port() + "/" + u.database()).substring(0, 16);
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>(db.list("SELECT name FROM jicha_session", null, r -> r.getString(1)));
        names.sort(null); // as the folder store sorts them, whatever the database's collation
        return names;
    }

    @Override
    public boolean exists(String name) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM jicha_session WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    @Override
    public Journal create(String name, String auditor, List<NewEvent> first) {
        return createWith(name, Chain.draft(List.of(), auditor, clock.instant(), first), Map.of(), auditor);
    }

    @Override
    public Journal createFrom(String name, Chain.Batch copy, Map<String, Path> snapshots) {
        return createWith(name, copy, snapshots, null);
    }

    /**
     * Inserts the session and its first lines in one transaction; a taken name is refused. When the
     * connection was lost during the commit, the work is tried again on a new connection, and a session
     * found there with exactly this head is this creation's, committed before the connection dropped.
     * With {@code openFor}, the same transaction makes the session that auditor's open one.
     */
    private Journal createWith(String name, Chain.Batch batch, Map<String, Path> snapshots, String openFor) {
        Event last = batch.events().get(batch.events().size() - 1);
        boolean[] tried = {false};
        db.read(c -> {
            boolean again = tried[0];
            tried[0] = true;
            c.setAutoCommit(false);
            try {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO jicha_session (name, head_seq, head_hash) "
                        + "VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                    p.setString(1, name);
                    p.setLong(2, last.seq());
                    p.setString(3, last.hash());
                    if (p.executeUpdate() == 0) {
                        c.rollback();
                        if (again && hasHead(c, name, last)) {
                            return null;
                        }
                        throw UserError.of("session.session-named-exists-already-choose", name);
                    }
                }
                PgJournal.insertLines(c, name, batch);
                for (Map.Entry<String, Path> s : new java.util.TreeMap<>(snapshots).entrySet()) {
                    keepSnapshot(name, s.getKey(), Snapshot.sha256Of(s.getKey()), s.getValue());
                }
                if (openFor != null) {
                    upsertCurrent(c, openFor, name);
                }
                c.commit();
                return null;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // a lost connection rolls back by itself
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    db.drop();
                }
            }
        });
        return journal(name);
    }

    private static boolean hasHead(Connection c, String name, Event head) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT 1 FROM jicha_session WHERE name = ? AND head_seq = ? AND head_hash = ?")) {
            p.setString(1, name);
            p.setLong(2, head.seq());
            p.setString(3, head.hash());
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public Journal journal(String name) {
        return journals.computeIfAbsent(name,
                n -> new PgJournal(db, n, clock, FileJournal.lockTimeoutFromEnvironment()));
    }

    @Override
    public void keepSnapshot(String session, String fileName, String sha256, Path file) {
        // the bytes are checked as they are sent, so only a transaction can take back a mismatch
        inTransaction(false, c -> {
            keepContent(c, sha256, file);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO jicha_session_snapshot (session, file_name, sha256) "
                    + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, session);
                p.setString(2, fileName);
                p.setString(3, sha256);
                p.executeUpdate();
            }
        });
    }

    /** Work on the store's connection that may send bytes. */
    private interface ContentWork {
        void run(Connection c) throws SQLException, IOException;
    }

    /**
     * Runs {@code work} within the transaction of the append in progress; when there is none, in one of its own,
     * committed when it ends and rolled back when it fails ({@code mayBegin}), or not at all (a programming error:
     * bytes checked as they are sent can only be taken back by a transaction). Failures become one line.
     */
    private void inTransaction(boolean mayBegin, ContentWork work) {
        Connection c = db.connection();
        try {
            if (!c.getAutoCommit()) {
                work.run(c);
                return;
            }
            if (!mayBegin) {
                throw new IllegalStateException("content is kept within the transaction of its append");
            }
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // a lost connection rolls back by itself
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    db.drop();
                }
            }
        } catch (SQLException e) {
            throw db.failed(e);
        } catch (IOException e) {
            throw UserError.because(e, "store.failed", location(), PgDatabase.oneLine(e));
        }
    }

    /**
     * Whether the stored snapshot holds the bytes its name is the SHA-256 of, checked by the server; a stored
     * mismatch (a snapshot poisoned before schema version 2) is removed, so that this import stores it again.
     */
    private static boolean intactOrRepaired(Connection c, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT jicha_snapshot_intact(?)")) {
            p.setString(1, sha256);
            try (ResultSet r = p.executeQuery()) {
                if (r.next() && r.getBoolean(1)) {
                    return true;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT jicha_repair_snapshot(?)")) {
            p.setString(1, sha256);
            p.executeQuery().close();
        }
        return false;
    }

    @Override
    public List<String> snapshotNames(String session) {
        return db.list("SELECT file_name FROM jicha_session_snapshot WHERE session = ? ORDER BY file_name", session,
                r -> r.getString(1));
    }

    @Override
    public void fetchSnapshot(String fileName, Path target) {
        String sha256 = Snapshot.sha256Of(fileName);
        Path temp = target.resolveSibling(".fetch-" + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = sha256Digest();
            db.read(c -> {
                int chunks;
                try (PreparedStatement p = c.prepareStatement("SELECT chunks FROM jicha_snapshot WHERE sha256 = ?")) {
                    p.setString(1, sha256);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) {
                            throw UserError.of("store.snapshot-missing", fileName, location());
                        }
                        chunks = r.getInt(1);
                    }
                }
                digest.reset();
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                     PreparedStatement p = c.prepareStatement(
                             "SELECT bytes FROM jicha_snapshot_chunk WHERE sha256 = ? AND n = ?")) {
                    for (int n = 0; n < chunks; n++) {
                        p.setString(1, sha256);
                        p.setInt(2, n);
                        try (ResultSet r = p.executeQuery()) {
                            if (!r.next()) {
                                throw UserError.of("store.snapshot-damaged", fileName, location());
                            }
                            byte[] bytes = r.getBytes(1);
                            digest.update(bytes);
                            out.write(bytes);
                        }
                    }
                }
                return null;
            });
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw UserError.of("store.snapshot-damaged", fileName, location());
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw UserError.because(e, "store.cache-failed", target, PgDatabase.oneLine(e));
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .fetch-*.tmp in the cache is harmless
            }
        }
    }

    /**
     * Stores bytes once, by their SHA-256, for every session (imported files and evidence alike), in
     * chunks of at most {@link #CHUNK} bytes; bytes that do not hash to {@code sha256} never go in.
     */
    private void keepContent(Connection c, String sha256, Path file) throws SQLException, IOException {
        long size = Files.size(file);
        int chunks = (int) Math.max(1, (size + CHUNK - 1) / CHUNK);
        boolean stored;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO jicha_snapshot (sha256, size, chunks) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setString(1, sha256);
            p.setLong(2, size);
            p.setInt(3, chunks);
            stored = p.executeUpdate() == 0;
        }
        if (stored && !intactOrRepaired(c, sha256)) { // checked before the upload is skipped (issue 28)
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO jicha_snapshot (sha256, size, chunks) VALUES (?, ?, ?)")) {
                p.setString(1, sha256);
                p.setLong(2, size);
                p.setInt(3, chunks);
                p.executeUpdate();
            }
            stored = false;
        }
        if (!stored) {
            MessageDigest digest = sha256Digest();
            long sent = 0;
            try (InputStream in = Files.newInputStream(file);
                 PreparedStatement p = c.prepareStatement(
                         "INSERT INTO jicha_snapshot_chunk (sha256, n, bytes) VALUES (?, ?, ?)")) {
                for (int n = 0; n < chunks; n++) {
                    byte[] bytes = in.readNBytes(CHUNK);
                    digest.update(bytes);
                    sent += bytes.length;
                    p.setString(1, sha256);
                    p.setInt(2, n);
                    p.setBytes(3, bytes);
                    p.executeUpdate();
                }
                sent += in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (sent != size || !HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw UserError.of("store.snapshot-changed", file, location());
            }
        }
    }

    @Override
    public void keepEvidence(String sha256, Path file) {
        inTransaction(true, c -> keepContent(c, sha256, file)); // within the append in progress, if any
    }

    @Override
    public boolean hasContent(String sha256) {
        return !db.list("SELECT 1 FROM jicha_snapshot WHERE sha256 = ?", sha256, r -> r.getInt(1)).isEmpty();
    }

    @Override
    public void fetchEvidence(String sha256, Path target) {
        fetchSnapshot(sha256, target); // the same content table, by hash
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<String> currentSession(String auditor) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT session FROM jicha_current WHERE auditor = ?")) {
                p.setString(1, auditor);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void setCurrentSession(String auditor, String session) {
        db.read(c -> {
            if (session == null) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM jicha_current WHERE auditor = ?")) {
                    p.setString(1, auditor);
                    p.executeUpdate();
                }
                return null;
            }
            upsertCurrent(c, auditor, session);
            return null;
        });
    }

    private static void upsertCurrent(java.sql.Connection c, String auditor, String session) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO jicha_current (auditor, session) VALUES (?, ?) "
                + "ON CONFLICT (auditor) DO UPDATE SET session = excluded.session")) {
            p.setString(1, auditor);
            p.setString(2, session);
            p.executeUpdate();
        }
    }

    @Override
    public Map<Long, String> roles(String session) {
        return db.read(c -> {
            Map<Long, String> roles = new java.util.HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT seq, role FROM jicha_event WHERE session = ? AND role IS NOT NULL")) {
                p.setString(1, session);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        roles.put(r.getLong(1), r.getString(2));
                    }
                }
            }
            return roles;
        });
    }

    @Override
    public Map<String, java.util.Set<String>> roleNames() {
        return db.read(c -> {
            Map<String, java.util.Set<String>> names = new java.util.HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT role, auditor FROM jicha_role_auditor");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.computeIfAbsent(r.getString(1), k -> new java.util.TreeSet<>()).add(r.getString(2));
                }
            }
            return names;
        });
    }

    @Override
    public Optional<List<StoredKey>> signingKeys() {
        return Optional.of(db.list("SELECT auditor, fingerprint, registered_by FROM jicha_key ORDER BY auditor, fingerprint, "
                + "registered_by", null, r -> new StoredKey(r.getString(1), r.getString(2), r.getString(3))));
    }

    /** A snapshot's file name is its SHA-256 and its format's extension. */
    static final class Snapshot {
        private Snapshot() {
        }

        static String sha256Of(String fileName) {
            int dot = fileName.indexOf('.');
            return dot < 0 ? fileName : fileName.substring(0, dot);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
