package io.jicha.journal;

import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An append-only, hash-chained JSON Lines file of {@link Event}s.
 *
 * <p>Appends happen under an exclusive OS file lock on the journal: the tail is re-read under the
 * lock, the caller decides what to append against the events as of that moment, the new lines are
 * written in one write and forced to disk before the lock is released. Reads open the file for
 * reading only (a read-only copy of a session reads), take no file lock (only this object's
 * monitor, held by an append in progress) and change nothing; a last line without its newline is a
 * write in progress, or a torn write that the next writer moves aside under the lock, and is not read.
 */
public final class FileJournal implements Journal {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long DEFAULT_LOCK_TIMEOUT_MS = 5000;

    private final Path file;
    private final Path holderFile;
    private final Clock clock;
    private final long lockTimeoutMs;

    // what this process has read and verified so far: the events, and the byte offset after them
    private List<Event> cache = List.of();
    private long cachedOffset = 0;
    // torn tails moved aside by appends, until someone reports them
    private final List<Path> setAside = new ArrayList<>();

    public FileJournal(Path file) {
        this(file, JournalClock.fromEnvironment(), lockTimeoutFromEnvironment());
    }

    public FileJournal(Path file, Clock clock, long lockTimeoutMs) {
        this.file = file.toAbsolutePath().normalize();
        this.holderFile = this.file.resolveSibling(this.file.getFileName() + ".holder");
        this.clock = clock;
        this.lockTimeoutMs = lockTimeoutMs;
    }

    /** The lock wait of every store: $JICHA_LOCK_TIMEOUT_MS, else 5 s. */
    public static long lockTimeoutFromEnvironment() {
        String v = System.getenv("JICHA_LOCK_TIMEOUT_MS");
        if (v == null || v.isEmpty()) {
            return DEFAULT_LOCK_TIMEOUT_MS;
        }
        if (!v.matches("\\d{1,7}")) { // a typo would otherwise be ignored without a word (issue 28)
            throw io.jicha.common.UserError.of("journal.lock-timeout-bad", v);
        }
        return Long.parseLong(v);
    }

    public Path file() {
        return file;
    }

    /** Writes a new journal holding the given first events; the file must not exist yet. */
    public static FileJournal create(Path file, String auditor, List<NewEvent> first) {
        FileJournal journal = new FileJournal(file);
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw UserError.because(e, "journal.cannot-create", file, e.getMessage());
        }
        journal.append(auditor, events -> first);
        return journal;
    }

    @Override
    public synchronized List<Event> events() {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            refresh(ch);
            return cache;
        } catch (IOException e) {
            throw UserError.because(e, "journal.cannot-read", file, e.getMessage());
        }
    }

    /**
     * Appends, under the journal lock, what {@code decide} returns for the events as of the lock.
     * Returns the appended events once they are on disk. {@code decide} may throw to refuse.
     */
    @Override
    public synchronized List<Event> append(String auditor, Function<List<Event>, List<NewEvent>> decide) {
        return withLock(auditor, ch -> {
            setAsideTornTail(ch).ifPresent(setAside::add);
            refresh(ch);
            List<NewEvent> drafts = decide.apply(cache);
            if (drafts.isEmpty()) {
                return List.of();
            }
            return write(ch, Chain.draft(cache, auditor, clock.instant(), drafts));
        });
    }

    @Override
    public synchronized List<Event> appendLines(Function<List<Event>, List<String>> decide) {
        return withLock("jicha", ch -> {
            setAsideTornTail(ch).ifPresent(setAside::add);
            refresh(ch);
            List<String> lines = decide.apply(cache);
            if (lines.isEmpty()) {
                return List.of();
            }
            return write(ch, Chain.continuing(cache, lines));
        });
    }

    /** Writes a checked batch after the cached events in one write, forced to disk; under the lock. */
    private List<Event> write(FileChannel ch, Chain.Batch batch) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : batch.lines()) {
            text.append(line).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        long end = ch.size();
        long pos = end;
        try {
            while (bytes.hasRemaining()) {
                pos += ch.write(bytes, pos);
            }
            ch.force(false);
        } catch (IOException e) {
            // nothing of this write is acknowledged: take back what reached the file, so that
            // readers (who never write) see the journal as it was
            try {
                ch.truncate(end);
                ch.force(false);
            } catch (IOException ignored) {
                // the next writer sets the partial line aside
            }
            throw writeFailed(e);
        }
        List<Event> all = new ArrayList<>(cache.size() + batch.events().size());
        all.addAll(cache);
        all.addAll(batch.events());
        cache = List.copyOf(all);
        cachedOffset = pos;
        return batch.events();
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public List<String> lines() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw UserError.because(e, "journal.cannot-read", file, e.getMessage());
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return lines;
    }

    @Override
    public synchronized List<Path> takeSetAside() {
        List<Path> out = List.copyOf(setAside);
        setAside.clear();
        return out;
    }

    private Optional<Path> setAsideTornTail(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return Optional.empty();
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        if (last.get(0) == '\n') {
            return Optional.empty();
        }
        long start = lastNewlineBefore(ch, size) + 1;
        ByteBuffer tail = ByteBuffer.allocate((int) (size - start));
        ch.read(tail, start);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"))
                .format(clock.instant());
        Path aside = file.resolveSibling(file.getFileName() + ".torn-" + stamp);
        int n = 1;
        while (Files.exists(aside)) {
            aside = file.resolveSibling(file.getFileName() + ".torn-" + stamp + "-" + n++);
        }
        Files.write(aside, tail.array(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        ch.truncate(start);
        ch.force(true);
        if (cachedOffset > start) {
            cache = List.of();
            cachedOffset = 0;
        }
        return Optional.of(aside);
    }

    private static long lastNewlineBefore(FileChannel ch, long end) throws IOException {
        int chunk = 8192;
        long pos = end;
        while (pos > 0) {
            long from = Math.max(0, pos - chunk);
            ByteBuffer buf = ByteBuffer.allocate((int) (pos - from));
            ch.read(buf, from);
            for (int i = buf.limit() - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return from + i;
                }
            }
            pos = from;
        }
        return -1;
    }

    /** Reads complete lines past what is cached; verifies them as they are read. */
    private void refresh(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size < cachedOffset) {
            cache = List.of();
            cachedOffset = 0;
        }
        if (size == cachedOffset) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate((int) (size - cachedOffset));
        long pos = cachedOffset;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        byte[] bytes = buf.array();
        List<Event> all = new ArrayList<>(cache);
        long seq = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
        String prev = all.isEmpty() ? JournalLine.GENESIS : all.get(all.size() - 1).hash();
        int start = 0;
        int lineNo = all.size();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lineNo++;
                Event e = JournalLine.parse(bytes, start, i, lineNo, seq + 1, prev);
                all.add(e);
                seq = e.seq();
                prev = e.hash();
                start = i + 1;
            }
        }
        cache = List.copyOf(all);
        cachedOffset += start;
    }

    @Override
    public Scan scan() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw UserError.because(e, "journal.cannot-read", file, e.getMessage());
        }
        List<Event> events = new ArrayList<>();
        long seq = 0;
        String prev = JournalLine.GENESIS;
        int lineNo = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            lineNo++;
            try {
                Event e = JournalLine.parse(bytes, start, i, lineNo, seq + 1, prev);
                events.add(e);
                seq = e.seq();
                prev = e.hash();
            } catch (JournalCorruptException bad) {
                return new Scan(List.copyOf(events),
                        new Verification(false, lineNo - 1, prev, lineNo, bad.getMessage(), false));
            }
            start = i + 1;
        }
        boolean incomplete = start < bytes.length;
        if (lineNo == 0) {
            return new Scan(List.of(), new Verification(false, 0, prev, 1, Texts.get("journal.line.empty"), incomplete));
        }
        return new Scan(List.copyOf(events), new Verification(true, lineNo, prev, 0, null, incomplete));
    }

    private interface LockedAction<T> {
        T run(FileChannel ch) throws IOException;
    }

    private <T> T withLock(String auditor, LockedAction<T> action) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lockTimeoutMs);
        try {
            if (!local.tryLock(lockTimeoutMs, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.of("journal.interrupted");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = null;
            while (lock == null) {
                lock = ch.tryLock();
                if (lock == null) {
                    if (System.nanoTime() > deadline) {
                        throw busy();
                    }
                    sleep(15);
                }
            }
            try {
                writeHolder(auditor);
                return action.run(ch);
            } finally {
                try {
                    Files.deleteIfExists(holderFile); // named only while held: see busy()
                } catch (IOException ignored) {
                    // busy() checks that the named process is alive
                }
                lock.release();
            }
        } catch (IOException e) {
            throw writeFailed(e);
        } finally {
            local.unlock();
        }
    }

    /** The error for a write that failed: a full disk is named as such (nothing was recorded). */
    private UserError writeFailed(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
            return UserError.because(e, "journal.disk-full", file);
        }
        return UserError.because(e, "journal.cannot-write", file, m);
    }

    /**
     * Says who holds the lock, for the "busy" message of others. Written to a new file renamed over
     * the holder file, so that whatever stands at that name (a symlink, a FIFO) is replaced, never
     * written through.
     */
    private void writeHolder(String auditor) {
        String who = "process " + ProcessHandle.current().pid() + " (auditor " + auditor + ") since "
                + clock.instant() + "\n";
        Path tmp = holderFile.resolveSibling(holderFile.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            Files.write(tmp, who.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.move(tmp, holderFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // only used to name the holder in a message; the lock itself is what counts
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException alsoIgnored) {
                // a leftover *.tmp is listed by session fsck
            }
        }
    }

    private static final Pattern HOLDER = Pattern.compile(
            "process (\\d{1,10}) \\(auditor ([^\\p{Cntrl}]{1,64})\\) since (\\S{1,40})");

    /**
     * The busy error, naming the holder only when the holder file is one jicha wrote and its
     * process is alive: the lock can be held by another program, or by a jicha that had no time
     * to say so, and then an old holder file would name the wrong one.
     */
    private UserError busy() {
        String seconds = String.valueOf(lockTimeoutMs / 1000.0);
        try {
            if (Files.isRegularFile(holderFile, LinkOption.NOFOLLOW_LINKS) && Files.size(holderFile) < 512) {
                String text = Files.readString(holderFile, StandardCharsets.UTF_8).strip();
                Matcher m = HOLDER.matcher(text);
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive)
                        .orElse(false)) {
                    return UserError.of("journal.busy", text, seconds);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not a holder file jicha wrote: keep the generic wording
        }
        return UserError.of("journal.busy-unknown", seconds);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.of("journal.interrupted");
        }
    }
}
