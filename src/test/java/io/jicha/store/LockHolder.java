package io.jicha.store;

import io.jicha.common.Hashes;
import io.jicha.journal.JournalClock;
import io.jicha.journal.NewEvent;
import io.jicha.session.SessionEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A jicha client that stops in the middle of an append, for the fault tests to kill: in a child JVM
 * with JICHA_STORE's password in PGPASSWORD, it takes the session's lock, stores a snapshot within
 * the append's transaction (as {@code records import} does), prints {@code holding} and waits, never
 * committing. Usage: LockHolder STORE-URL SESSION FILE.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        PgStore store = PgStore.at(args[0], JournalClock.fromEnvironment());
        String session = args[1];
        Path file = Path.of(args[2]);
        String sha = Hashes.sha256Hex(file);
        store.journal(session).append(StoreFaults.AUDITOR, events -> {
            store.keepSnapshot(session, sha + ".csv", sha, file);
            System.out.println("holding");
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new NewEvent(SessionEvents.NOTE, Map.of("text", "never committed")));
        });
    }

    /** Starts a holder on {@code url} and returns once it holds the lock. */
    static Process start(Map<String, String> env, String url, String session, Path file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                url, session, file.toString());
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        String line = out.readLine();
        if (!"holding".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the lock holder did not start: " + line);
        }
        return p;
    }
}
