package io.jicha.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests, started from the machine's PostgreSQL binaries (never a mock).
 *
 * <p>The cluster lives in a temporary folder: its data directory, its Unix socket and its log. It listens on
 * 127.0.0.1 on a free port, has one superuser role ({@link #user()}) with a password, and asks every client for
 * that password (scram-sha-256), so the tests exercise the password path a real server takes. By default it runs
 * without fsync (the tests are about client behaviour, not the disk); {@link #start(boolean) start(true)} keeps the
 * server's durable defaults, for benchmarks.
 *
 * <p>The binaries are found in {@code JICHA_TEST_PG_BIN}, else {@code pg_config --bindir}, else the highest
 * {@code /usr/lib/postgresql/N/bin} (Debian), else on the PATH. initdb and postgres refuse to run as root: when the
 * tests run as root, they run as the {@code postgres} system user that Debian's package creates.
 */
public final class TestPostgres implements AutoCloseable {

    private static final String USER = "jicha_test";
    private static final String SYSTEM_USER = "postgres";
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final Object SHARED_LOCK = new Object();
    private static final Pattern LEFTOVER = Pattern.compile("jicha-pg-(\\d+)-\\d+");
    private static TestPostgres shared;
    private static RuntimeException sharedFailure;

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final Path log;
    private final boolean durable;
    private final boolean asSystemUser;
    private final String password;
    private int port;
    private final AtomicInteger databases = new AtomicInteger();
    private Process postmaster;

    private TestPostgres(Path bin, boolean durable) throws IOException {
        this.bin = bin;
        this.durable = durable;
        this.asSystemUser = isRoot();
        this.folder = Files.createTempDirectory("jicha-pg-" + ProcessHandle.current().pid() + "-");
        this.data = folder.resolve("data");
        this.log = folder.resolve("server.log");
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        this.password = "pw-" + HexFormat.of().formatHex(secret);
        this.port = freePort();
    }

    /** The one cluster of this test JVM, started on first use and stopped (its folder deleted) when the JVM exits. */
    public static TestPostgres shared() {
        synchronized (SHARED_LOCK) {
            if (sharedFailure != null) {
                // one failed start is enough: the other tests of this JVM fail at once with the same message
                throw new IllegalStateException(sharedFailure.getMessage(), sharedFailure);
            }
            if (shared == null) {
                TestPostgres pg;
                try {
                    pg = start(false);
                } catch (RuntimeException e) {
                    sharedFailure = e;
                    throw e;
                }
                Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "TestPostgres shutdown"));
                shared = pg;
            }
            return shared;
        }
    }

    /**
     * Starts a new cluster of its own, which the caller closes. {@code durable} keeps the server's defaults (fsync,
     * full page writes, synchronous commit), as a benchmark wants; otherwise they are off, for speed.
     */
    public static TestPostgres start(boolean durable) {
        Path bin = findBin();
        removeLeftovers(bin);
        TestPostgres pg;
        try {
            pg = new TestPostgres(bin, durable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            pg.initdb();
            for (int attempt = 1; ; attempt++) {
                try {
                    pg.launch();
                    return pg;
                } catch (PortTaken e) {
                    // another process took the free port between our look and the server's bind: take another
                    if (attempt == 3) {
                        throw new IllegalStateException(e.getMessage());
                    }
                    pg.port = freePort();
                }
            }
        } catch (IOException e) {
            pg.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            pg.close();
            throw e;
        }
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** The folder with the binaries this cluster runs (initdb, postgres, pg_ctl, psql, pg_dump…). */
    public Path bin() {
        return bin;
    }

    /** The server's log so far, for a failing test's message. */
    public String logTail() {
        return tail(log, 40);
    }

    /** The server's whole log so far: what a test looks for may be anywhere in it, not only in the tail. */
    public String log() {
        return tail(log, Integer.MAX_VALUE);
    }

    /** The store address jicha accepts in {@code JICHA_STORE}: no password in it (it comes from PGPASSWORD). */
    public String url(String db) {
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + db;
    }

    public String jdbcUrl(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    /** The environment a child jicha process needs to use database {@code db}: JICHA_STORE and PGPASSWORD. */
    public Map<String, String> env(String db) {
        return Map.of("JICHA_STORE", url(db), "PGPASSWORD", password);
    }

    /**
     * The same, with the password in a password file ({@code PGPASSFILE}, the .pgpass format) instead of PGPASSWORD:
     * the other usual source. The PostgreSQL JDBC driver reads that file by itself; it does not read PGPASSWORD.
     */
    public Map<String, String> envWithPgpass(String db) {
        return Map.of("JICHA_STORE", url(db), "PGPASSFILE", pgpassFile().toString());
    }

    /** A password file (host:port:database:user:password, mode 600) for this server's role. */
    public synchronized Path pgpassFile() {
        Path file = folder.resolve("pgpass");
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, "127.0.0.1:" + port + ":*:" + USER + ":" + password + "\n",
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A superuser connection to {@code db}, for a test to inspect or sabotage the database. */
    public Connection connect(String db) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", "TestPostgres");
        return DriverManager.getConnection(jdbcUrl(db), props);
    }

    /** Creates an empty database with a name unique in this cluster, starting with {@code prefix}; returns the name. */
    public String newDatabase(String prefix) {
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "db_" + clean;
        }
        String suffix = "_" + databases.incrementAndGet();
        String name = clean.substring(0, Math.min(clean.length(), 63 - suffix.length())) + suffix;
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /**
     * Ends every other session on {@code db} whose application_name matches the SQL LIKE pattern
     * {@code applicationNameLike} ({@code null} for all), and waits until they are gone; returns how many.
     * The PostgreSQL JDBC driver's default application_name is "PostgreSQL JDBC Driver".
     */
    public int terminateConnections(String db, String applicationNameLike) {
        String like = applicationNameLike == null ? "%" : applicationNameLike;
        String others = " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()"
                + " AND backend_type = 'client backend' AND application_name LIKE ?";
        try (Connection c = connect("postgres")) {
            List<Integer> pids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pid" + others)) {
                ps.setString(1, db);
                ps.setString(2, like);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pids.add(rs.getInt(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
                for (int pid : pids) {
                    ps.setInt(1, pid);
                    ps.executeQuery().close();
                }
            }
            // pg_terminate_backend only sends the signal: wait until the backends have exited
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("int4", pids.toArray()));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (true) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == 0) {
                            break;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("sessions on " + db + " did not end within 30 s");
                    }
                    Thread.sleep(20);
                }
            }
            return pids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not terminate the sessions on " + db + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the server cleanly ("fast" shutdown: sessions are ended, every commit is kept; the data directory stays),
     * so clients find it unreachable until {@link #restart()}. The {@link #shared()} server serves every test of the
     * JVM: a test that stops or crashes its server starts one of its own with {@link #start(boolean)}.
     */
    public void stop() {
        stop("fast");
    }

    /**
     * Stops the server as a crash would ("immediate" shutdown: no checkpoint; the next start recovers from the WAL).
     * Without {@code durable}, synchronous_commit is off, so the last commits may be lost: a test that counts on
     * acknowledged commits surviving a crash starts its own server with {@link #start(boolean) start(true)}.
     */
    public void crash() {
        stop("immediate");
    }

    private synchronized void stop(String mode) {
        if (postmaster == null) {
            return;
        }
        if (postmaster.isAlive() && Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", mode, "-w",
                        "-t", "60"), 70);
            } catch (RuntimeException e) {
                postmaster.destroyForcibly();
            }
        }
        try {
            if (!postmaster.waitFor(30, TimeUnit.SECONDS)) {
                postmaster.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster = null;
    }

    /** Starts the server again after {@link #stop()}, on the same port with the same data. */
    public synchronized void restart() {
        stop();
        launch();
    }

    public synchronized boolean isRunning() {
        return postmaster != null && postmaster.isAlive();
    }

    /** Stops the server and deletes its folder. */
    @Override
    public synchronized void close() {
        try {
            stop("immediate");
        } finally {
            deleteTree(folder);
        }
    }

    // ---- starting ----

    private void initdb() {
        try {
            Path pwfile = folder.resolve("pwfile");
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            if (asSystemUser) {
                giveToSystemUser(folder);
                giveToSystemUser(pwfile);
            }
            try {
                run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                        "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"), 120);
            } finally {
                Files.deleteIfExists(pwfile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void launch() {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-k", folder.toString(), "-c", "listen_addresses=127.0.0.1"));
        if (!durable) {
            cmd.addAll(List.of("-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"));
        }
        try {
            postmaster = builder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + cmd.get(0) + ": " + e.getMessage(), e);
        }
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!postmaster.isAlive()) {
                if (logTail().contains("could not bind") || logTail().contains("Address already in use")) {
                    throw new PortTaken("port " + port + " was taken; its log:\n" + logTail());
                }
                throw new IllegalStateException("PostgreSQL exited (code " + postmaster.exitValue()
                        + ") before accepting connections on port " + port + "; its log:\n" + logTail());
            }
            try (Connection c = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections on port " + port + " within "
                + START_TIMEOUT_SECONDS + " s (last error: " + (last == null ? "none" : last.getMessage())
                + "); its log:\n" + logTail());
    }

    /** Runs a PostgreSQL program to its end (as the postgres user when we are root); fails with its output. */
    private void run(List<String> cmd, long timeoutSeconds) {
        Path out = folder.resolve("cmd.out");
        try {
            Process p = builder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd.get(0) + " did not finish within " + timeoutSeconds + " s:\n"
                        + tail(out, 40));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "):\n"
                        + tail(out, 40));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A process builder for a PostgreSQL program. As root, setpriv runs it as the postgres system user; setpriv
     * execs the program itself, so the process we hold is the postmaster, not a wrapper.
     */
    private ProcessBuilder builder(List<String> cmd) {
        return builder(cmd, asSystemUser, folder);
    }

    private static ProcessBuilder builder(List<String> cmd, boolean asSystemUser, Path folder) {
        List<String> full = new ArrayList<>();
        if (asSystemUser) {
            full.addAll(List.of("setpriv", "--reuid=" + SYSTEM_USER, "--regid=" + SYSTEM_USER, "--init-groups", "--"));
        }
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).directory(folder.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("LC_ALL", "C");
        return pb;
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void giveToSystemUser(Path path) throws IOException {
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user;
        GroupPrincipal group;
        try {
            user = lookup.lookupPrincipalByName(SYSTEM_USER);
            group = lookup.lookupPrincipalByGroupName(SYSTEM_USER);
        } catch (IOException e) {
            throw new IllegalStateException("the tests run as root, and initdb/postgres refuse to run as root: they"
                    + " run as the '" + SYSTEM_USER + "' system user, which does not exist here; install Debian's"
                    + " postgresql package (apt-get install postgresql) or run .ci/run", e);
        }
        Files.setOwner(path, user);
        Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(group);
        if (Files.isDirectory(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Thrown when the server could not bind its port. */
    private static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message);
        }
    }

    /**
     * Stops and deletes the clusters of test JVMs that died without their shutdown hook (killed, or crashed), whose
     * servers would otherwise run on: a folder is named for the JVM that made it.
     */
    private static void removeLeftovers(Path bin) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> folders = Files.list(tmp)) {
            for (Path folder : folders.toList()) {
                Matcher m = LEFTOVER.matcher(folder.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(folder)
                        || ProcessHandle.of(Long.parseLong(m.group(1))).isPresent()) {
                    continue;
                }
                Path data = folder.resolve("data");
                if (Files.exists(data.resolve("postmaster.pid"))) {
                    try {
                        Process p = builder(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(),
                                "-m", "immediate", "-w", "-t", "30"), isRoot(), folder)
                                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                        if (!p.waitFor(40, TimeUnit.SECONDS)) {
                            p.destroyForcibly();
                        }
                    } catch (IOException e) {
                        // leave it: it is only a leftover
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                deleteTree(folder);
            }
        } catch (IOException | UncheckedIOException e) {
            // leftovers are a nicety; they never stop a test
        }
    }

    // ---- finding the binaries ----

    static Path findBin() {
        String env = System.getenv("JICHA_TEST_PG_BIN");
        if (env != null && !env.isBlank()) {
            Path dir = Path.of(env);
            if (!hasServer(dir)) {
                throw new IllegalStateException("JICHA_TEST_PG_BIN=" + env + " holds no initdb and postgres");
            }
            return dir;
        }
        Optional<Path> found = fromPgConfig().or(TestPostgres::highestDebian).or(TestPostgres::onPath);
        return found.orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries (initdb, postgres)"
                + " found for the tests: install Debian's postgresql package (apt-get install postgresql), run"
                + " .ci/run, or set JICHA_TEST_PG_BIN to the folder holding initdb and postgres"));
    }

    private static Optional<Path> fromPgConfig() {
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                Path dir = Path.of(out);
                return hasServer(dir) ? Optional.of(dir) : Optional.empty();
            }
        } catch (IOException e) {
            // no pg_config: try the other places
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static Optional<Path> highestDebian() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).filter(TestPostgres::hasServer);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(s -> !s.isEmpty()).map(Path::of)
                .filter(TestPostgres::hasServer).findFirst();
    }

    private static boolean hasServer(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("postgres"))
                && Files.isExecutable(dir.resolve("pg_ctl"));
    }

    // ---- small helpers ----

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file the server still writes: the temp folder is cleaned by the system anyway
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }
}
