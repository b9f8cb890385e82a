package io.jicha.store;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Chain;
import io.jicha.journal.Event;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session's journal kept in PostgreSQL: the same lines as a journal file, one row each.
 *
 * <p>An append takes the session's advisory lock in a transaction (so that it decides against the
 * events as of the lock, as the file journal does under its file lock), reads what others appended,
 * inserts its lines and moves the session's head, and returns only after the commit. The primary
 * key (session, seq) is the last guard against two writers taking one place. If the connection is
 * lost before the commit, nothing was recorded and the append is tried once more on a new
 * connection; if it is lost during the commit, the outcome is read back before anything is said.
 */
final class PgJournal implements Journal {

    private final PgDatabase db;
    private final String session;
    private final Clock clock;
    private final long lockTimeoutMs;
    private List<Event> cache = List.of();

    PgJournal(PgDatabase db, String session, Clock clock, long lockTimeoutMs) {
        this.db = db;
        this.session = session;
        this.clock = clock;
        this.lockTimeoutMs = lockTimeoutMs;
    }

    private static final Pattern APPLICATION_NAME = Pattern.compile("jicha (\\d{1,19}) (.*)");

    /**
     * The application name of a connection while it appends, which names the writer to whoever
     * waits for the lock: {@code jicha <pid> <auditor>}. PostgreSQL keeps only printable ASCII there
     * (anything else becomes {@code ?}) and at most 63 bytes, so the auditor's name is written with
     * {@code \\uXXXX} escapes, and cut at an escape's boundary.
     */
    static String applicationName(String auditor, long pid) {
        StringBuilder b = new StringBuilder("jicha ").append(pid).append(' ');
        for (int i = 0; i < auditor.length(); i++) {
            char ch = auditor.charAt(i);
            String piece = ch >= 0x20 && ch < 0x7f && ch != '\\' ? String.valueOf(ch)
                    : String.format(Locale.ROOT, "\\u%04x", (int) ch);
            if (b.length() + piece.length() > 63) {
                break;
            }
            b.append(piece);
        }
        return b.toString();
    }

    /** Who holds a lock, from the application name of its connection: empty when it is not jicha's. */
    static Optional<String> holder(String applicationName) {
        Matcher m = APPLICATION_NAME.matcher(applicationName);
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder auditor = new StringBuilder();
        String escaped = m.group(2);
        for (int i = 0; i < escaped.length(); i++) {
            char ch = escaped.charAt(i);
            if (ch == '\\' && i + 5 < escaped.length() && escaped.charAt(i + 1) == 'u') {
                try {
                    auditor.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            auditor.append(ch);
        }
        return Optional.of(Texts.get("store.holder", auditor, m.group(1)));
    }

    /** The second key of the session's advisory lock. */
    static int lockKey(String session) {
        return session.hashCode();
    }

    @Override
    public String location() {
        return db.url().display() + " (" + session + ")";
    }

    @Override
    public synchronized List<Event> events() {
        return db.read(c -> {
            refresh(c);
            return cache;
        });
    }

    /** Reads and verifies the lines past what is cached. */
    private void refresh(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seq, line FROM jicha_event WHERE session = ? AND seq > ? ORDER BY seq")) {
            p.setString(1, session);
            p.setLong(2, cachedSeq());
            try (ResultSet r = p.executeQuery()) {
                takeNew(r);
            }
        }
    }

    private long cachedSeq() {
        return cache.isEmpty() ? 0 : cache.get(cache.size() - 1).seq();
    }

    /** Verifies the lines of {@code r} (seq, line) as continuing the cached events, and caches them. */
    private void takeNew(ResultSet r) throws SQLException {
        long seq = cachedSeq();
        String prev = cache.isEmpty() ? Chain.genesis() : cache.get(cache.size() - 1).hash();
        List<Event> more = new ArrayList<>();
        while (r.next()) {
            Event e = Chain.parse(r.getBytes(2), seq + 1, prev);
            more.add(e);
            seq = e.seq();
            prev = e.hash();
        }
        if (!more.isEmpty()) {
            List<Event> all = new ArrayList<>(cache.size() + more.size());
            all.addAll(cache);
            all.addAll(more);
            cache = List.copyOf(all);
        }
    }

    @Override
    public synchronized List<Event> append(String auditor, Function<List<Event>, List<NewEvent>> decide) {
        return transact(auditor, events -> {
            List<NewEvent> drafts = decide.apply(events);
            return drafts.isEmpty() ? null : Chain.draft(events, auditor, clock.instant(), drafts);
        });
    }

    @Override
    public synchronized List<Event> appendLines(Function<List<Event>, List<String>> decide) {
        return transact("jicha", events -> {
            List<String> lines = decide.apply(events);
            return lines.isEmpty() ? null : Chain.continuing(events, lines);
        });
    }

    private List<Event> transact(String auditor, Function<List<Event>, Chain.Batch> make) {
        synchronized (db) { // the store's one connection carries one transaction at a time
            return transactOnce(auditor, make);
        }
    }

    private List<Event> transactOnce(String auditor, Function<List<Event>, Chain.Batch> make) {
        for (int attempt = 1; ; attempt++) {
            Connection c = db.connection();
            Chain.Batch batch = null;
            boolean committing = false;
            try {
                c.setAutoCommit(false);
                lock(c, auditor);
                checkHead(c);
                batch = make.apply(cache);
                if (batch == null) {
                    c.rollback();
                    return List.of();
                }
                insert(c, batch);
                committing = true;
                c.commit();
                List<Event> all = new ArrayList<>(cache.size() + batch.events().size());
                all.addAll(cache);
                all.addAll(batch.events());
                cache = List.copyOf(all);
                return batch.events();
            } catch (SQLException e) {
                rollbackQuietly(c);
                if ("55P03".equals(e.getSQLState())) {
                    throw busy();
                }
                if (PgDatabase.lost(e)) {
                    db.drop();
                    if (committing) {
                        return outcome(batch, e);
                    }
                    if (attempt < 2) {
                        continue; // nothing was recorded: try once more on a new connection
                    }
                    throw UserError.because(e, "store.lost-nothing-recorded", db.url().display(), PgDatabase.oneLine(e));
                }
                if ("23505".equals(e.getSQLState())) {
                    throw UserError.because(e, "store.seq-taken", session);
                }
                throw db.failed(e);
            } catch (RuntimeException e) {
                rollbackQuietly(c);
                // the decision's own store work (an import keeping its snapshot) lost the connection:
                // nothing was committed, so this is tried once more, as a lost statement of the append is
                if (!committing && e instanceof UserError && e.getCause() instanceof SQLException s && PgDatabase.lost(s)) {
                    db.drop();
                    if (attempt < 2) {
                        continue;
                    }
                    throw UserError.because(s, "store.lost-nothing-recorded", db.url().display(), PgDatabase.oneLine(s));
                }
                throw e;
            } finally {
                try {
                    if (!c.isClosed()) {
                        c.setAutoCommit(true);
                    }
                } catch (SQLException ignored) {
                    db.drop();
                }
            }
        }
    }

    /** Takes the session's lock, naming this writer to whoever waits for it. */
    private void lock(Connection c, String auditor) throws SQLException {
        // two statements, one round trip: the driver sends them together
        try (PreparedStatement p = c.prepareStatement(
                "SELECT set_config('application_name', ?, true), set_config('lock_timeout', ?, true); "
                        + "SELECT pg_advisory_xact_lock(?, ?)")) {
            p.setString(1, applicationName(auditor, ProcessHandle.current().pid()));
            p.setString(2, lockTimeoutMs + "ms");
            p.setInt(3, PgDatabase.LOCK_SPACE);
            p.setInt(4, lockKey(session));
            p.execute();
        }
    }

    /** Reads what others appended and checks that it ends at the session's recorded head. */
    private void checkHead(Connection c) throws SQLException {
        long headSeq;
        String headHash;
        // the head and the lines past the cache, in one round trip
        try (PreparedStatement p = c.prepareStatement("SELECT head_seq, head_hash FROM jicha_session WHERE name = ?; "
                + "SELECT seq, line FROM jicha_event WHERE session = ? AND seq > ? ORDER BY seq")) {
            p.setString(1, session);
            p.setString(2, session);
            p.setLong(3, cachedSeq());
            p.execute();
            try (ResultSet r = p.getResultSet()) {
                if (!r.next()) {
                    throw UserError.of("store.no-session", session, db.url().display());
                }
                headSeq = r.getLong(1);
                headHash = r.getString(2);
            }
            if (!p.getMoreResults()) {
                throw new SQLException("the lines' query gave no result");
            }
            try (ResultSet r = p.getResultSet()) {
                takeNew(r);
            }
        }
        long seq = cachedSeq();
        String hash = cache.isEmpty() ? Chain.genesis() : cache.get(cache.size() - 1).hash();
        if (seq != headSeq || !hash.equals(headHash)) {
            throw UserError.of("store.head-mismatch", session, headSeq, seq);
        }
    }

    private void insert(Connection c, Chain.Batch batch) throws SQLException {
        insertLines(c, session, batch);
        Event last = batch.events().get(batch.events().size() - 1);
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE jicha_session SET head_seq = ?, head_hash = ? WHERE name = ?")) {
            p.setLong(1, last.seq());
            p.setString(2, last.hash());
            p.setString(3, session);
            p.executeUpdate();
        }
    }

    /** Inserts a batch's lines as rows of the session, in the transaction open on {@code c}. */
    static void insertLines(Connection c, String session, Chain.Batch batch) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO jicha_event (session, seq, line, ts, auditor, type, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < batch.lines().size(); i++) {
                Event e = batch.events().get(i);
                p.setString(1, session);
                p.setLong(2, e.seq());
                p.setBytes(3, batch.lines().get(i).getBytes(StandardCharsets.UTF_8));
                p.setTimestamp(4, Timestamp.from(e.ts()));
                p.setString(5, e.auditor());
                p.setString(6, e.type());
                p.setString(7, e.hash());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * The connection was lost during the commit: whether the events were recorded is read back from
     * the database, and only then reported; if it cannot be read, the user is told it is unknown.
     */
    private List<Event> outcome(Chain.Batch batch, SQLException cause) {
        Event last = batch.events().get(batch.events().size() - 1);
        byte[] wrote = batch.lines().get(batch.lines().size() - 1).getBytes(StandardCharsets.UTF_8);
        byte[] found;
        try {
            found = db.read(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT line FROM jicha_event WHERE session = ? AND seq = ?")) {
                    p.setString(1, session);
                    p.setLong(2, last.seq());
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? r.getBytes(1) : null;
                    }
                }
            });
        } catch (UserError unreachable) {
            throw UserError.because(cause, "store.outcome-unknown", db.url().display(), last.seq());
        }
        if (found != null && Arrays.equals(found, wrote)) {
            return batch.events(); // committed: the next read picks the events up
        }
        throw UserError.because(cause, "store.lost-nothing-recorded", db.url().display(), PgDatabase.oneLine(cause));
    }

    /** The busy error, naming the process that holds the session's lock when the server says. */
    private UserError busy() {
        String seconds = String.valueOf(lockTimeoutMs / 1000.0);
        try {
            String holder = db.read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT a.application_name FROM pg_locks l "
                        + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                        + "AND l.classid = ?::bigint::oid AND l.objid = ?::bigint::oid AND l.objsubid = 2")) {
                    p.setLong(1, Integer.toUnsignedLong(PgDatabase.LOCK_SPACE));
                    p.setLong(2, Integer.toUnsignedLong(lockKey(session)));
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? r.getString(1) : null;
                    }
                }
            });
            Optional<String> named = holder == null ? Optional.empty() : holder(holder);
            if (named.isPresent()) {
                return UserError.of("journal.busy", named.get(), seconds);
            }
        } catch (UserError ignored) {
            // keep the generic wording
        }
        return UserError.of("journal.busy-unknown", seconds);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // a lost connection rolls back by itself
        }
    }

    @Override
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (byte[] line : stored()) {
            out.add(new String(line, StandardCharsets.UTF_8));
        }
        return out;
    }

    private List<byte[]> stored() {
        return db.list("SELECT line FROM jicha_event WHERE session = ? ORDER BY seq", session, r -> r.getBytes(1));
    }

    /**
     * Verifies the stored lines from the first, and that they end where the session's head says: a
     * line removed from the end (by someone who could lift the append-only trigger) is found too.
     */
    @Override
    public Scan scan() {
        Scan scan = Chain.scan(stored());
        Verification v = scan.verification();
        long[] headSeq = {0};
        String headHash = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT head_seq, head_hash FROM jicha_session WHERE name = ?")) {
                p.setString(1, session);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    headSeq[0] = r.getLong(1);
                    return r.getString(2);
                }
            }
        });
        if (v.ok() && headHash != null && (headSeq[0] != v.goodEvents() || !headHash.equals(v.headHash()))) {
            return new Scan(scan.events(), new Verification(false, v.goodEvents(), v.headHash(),
                    (int) Math.min(Integer.MAX_VALUE, v.goodEvents() + 1L),
                    Texts.get("store.head-beyond", headSeq[0], v.goodEvents(), v.goodEvents() + 1L), false));
        }
        return scan;
    }
}
