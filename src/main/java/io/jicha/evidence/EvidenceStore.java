package io.jicha.evidence;

import io.jicha.common.Durable;
import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import io.jicha.session.Session;
import io.jicha.session.SessionState;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The session's evidence store: files kept by the SHA-256 of their bytes, once per hash, in the
 * session's {@code evidence/} folder (and, for a session in a PostgreSQL store, in the store, the
 * folder then caching it: a file missing there is fetched on first use). The bytes are kept exactly
 * as given.
 *
 * <p><b>How another capability stores a file and refers to it.</b> Call {@link #attach} with the
 * files and a function that, under the journal lock, turns the {@link EvidenceFile}s into that
 * capability's own events, each putting the {@code EvidenceFile} value (sha256, size, name,
 * mediaType, and a photo's EXIF) in its payload:
 *
 * <pre>{@code
 * EvidenceStore.attach(session, auditor, List.of(path), EvidenceLimits.fromEnvironment(),
 *         (state, files) -> List.of(new NewEvent(MyEvents.DONE, new MyEvents.Done(item, files))));
 * }</pre>
 *
 * Each file is read once (copied while hashed, then checked unchanged), refused in one line if it
 * is not a kept kind, too large, a link, a FIFO or device, or changed while read; the refusals and
 * {@code decide}'s own leave nothing written. Under the lock the files are put in place (and into the
 * store) before the events that name them are written. Later, {@link #open} gives a file's bytes
 * back, checked against its hash. {@link EvidenceBook} finds the files in any payload, so
 * {@code session fsck}, {@code session push}/{@code pull} and the per-session limit cover them.
 */
public final class EvidenceStore {

    private static final String TEMP_PREFIX = "add-";
    private static final Pattern TEMP = Pattern.compile("add-(\\d+)-[0-9a-f-]{36}\\.tmp");
    private static final Pattern STORED = Pattern.compile("[0-9a-f]{64}");
    /** Local copies checked in this process: path, size and modification time at the check. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private EvidenceStore() {
    }

    /** A file copied into the evidence folder under a temporary name, and what it is. */
    public record Staged(Path temp, EvidenceFile file) {
    }

    /**
     * Stores the files and appends the events {@code decide} makes of them, deciding against the
     * state as of the journal lock. {@code decide} may throw {@link UserError} to refuse; then, as for
     * every refusal here, nothing is written.
     *
     * @return the events appended
     */
    public static List<Event> attach(Session session, String auditor, List<Path> files, EvidenceLimits limits,
                                     BiFunction<SessionState, List<EvidenceFile>, List<NewEvent>> decide) {
        List<Staged> staged = new ArrayList<>();
        try {
            for (Path f : files) {
                staged.add(stage(session, f, limits));
            }
            List<EvidenceFile> values = staged.stream().map(Staged::file).toList();
            checkSessionLimit(session.state(), values, limits); // before the lock too: a refusal waits for no one
            return session.append(auditor, state -> {
                List<NewEvent> events = decide.apply(state, values);
                checkSessionLimit(state, values, limits);
                commit(session, staged);
                return events;
            });
        } finally {
            staged.forEach(EvidenceStore::discard);
        }
    }

    /**
     * Copies a file into the session's evidence folder under a temporary name, hashing it as it is
     * copied, and checks that it did not change meanwhile; reads what kind it is and, for a photo,
     * its EXIF. Refuses (one line, nothing left) links, folders, FIFOs, devices and sockets, empty
     * files, files over the limit, kinds not kept, and a file that changed while read.
     */
    public static Staged stage(Session session, Path source, EvidenceLimits limits) {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        BasicFileAttributes before = attributes(source);
        refuseSpecial(source, before);
        if (before.size() == 0) {
            throw UserError.of("evidence.empty", source);
        }
        if (before.size() > limits.maxFileBytes()) {
            throw UserError.of("evidence.too-large", source, mb(before.size()), mb(limits.maxFileBytes()));
        }
        Path dir = session.evidenceDir();
        Path temp = dir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".tmp");
        boolean kept = false;
        try {
            ensureFolder(dir);
            MessageDigest md = Hashes.sha256();
            byte[] head;
            long copied = 0;
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                 FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.allocate(1 << 16);
                ByteBuffer first = ByteBuffer.allocate(FileKinds.HEAD);
                int n;
                while ((n = in.read(buf)) > 0) {
                    copied += n;
                    if (copied > before.size()) {
                        throw UserError.of("evidence.changed-while-read", source);
                    }
                    buf.flip();
                    md.update(buf.duplicate());
                    if (first.hasRemaining()) {
                        ByteBuffer part = buf.duplicate();
                        part.limit(part.position() + Math.min(part.remaining(), first.remaining()));
                        first.put(part);
                    }
                    while (buf.hasRemaining()) {
                        out.write(buf);
                    }
                    buf.clear();
                }
                out.force(true);
                head = new byte[first.position()];
                first.flip().get(head);
            }
            BasicFileAttributes after = attributes(source);
            if (copied != before.size() || after.size() != before.size()
                    || !after.lastModifiedTime().equals(before.lastModifiedTime())
                    || !Objects.equals(after.fileKey(), before.fileKey())) {
                throw UserError.of("evidence.changed-while-read", source);
            }
            String sha256 = HexFormat.of().formatHex(md.digest());
            FileKind kind = FileKinds.detect(head, temp, name);
            Photos exif = Photos.read(temp, kind);
            EvidenceFile file = new EvidenceFile(sha256, copied, name, kind.mediaType(), exif.takenAt(), exif.camera(),
                    exif.orientation());
            kept = true;
            return new Staged(temp, file);
        } catch (IOException e) {
            throw UserError.because(e, "evidence.cannot-read", source, e.getMessage());
        } finally {
            if (!kept) {
                deleteQuietly(temp);
            }
        }
    }

    private static BasicFileAttributes attributes(Path source) {
        try {
            return Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw UserError.of("evidence.no-such-file", source);
        } catch (IOException e) {
            throw UserError.because(e, "evidence.cannot-read", source, e.getMessage());
        }
    }

    /** Links, folders and special files are refused, each saying what it is. */
    private static void refuseSpecial(Path source, BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            throw UserError.of("evidence.symlink", source);
        }
        if (a.isDirectory()) {
            throw UserError.of("evidence.directory", source);
        }
        if (!a.isRegularFile()) {
            throw UserError.of("evidence.special", source, specialKind(source));
        }
    }

    /** What a special file is (a FIFO, a device, a socket), from its mode. */
    private static String specialKind(Path source) {
        try {
            int mode = (Integer) Files.getAttribute(source, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> Texts.get("evidence.special.fifo");
                case 0020000 -> Texts.get("evidence.special.char-device");
                case 0060000 -> Texts.get("evidence.special.block-device");
                case 0140000 -> Texts.get("evidence.special.socket");
                default -> Texts.get("evidence.special.other");
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Texts.get("evidence.special.other");
        }
    }

    /** Refuses files whose new bytes would take the session's evidence past its limit. */
    static void checkSessionLimit(SessionState state, List<EvidenceFile> files, EvidenceLimits limits) {
        EvidenceBook book = state.get(EvidenceBook.class);
        long total = book.storedBytes();
        Set<String> seen = new LinkedHashSet<>();
        for (EvidenceFile f : files) {
            if (!book.refers(f.sha256()) && seen.add(f.sha256())) {
                total += f.size();
            }
        }
        if (total > limits.maxSessionBytes()) {
            throw UserError.of("evidence.session-full", mb(total), mb(limits.maxSessionBytes()));
        }
    }

    /**
     * Puts staged files at their content address (bytes already there are kept, and the staged copy
     * dropped), forces the folder, and keeps them in the session's store within the append in
     * progress. Call under the journal lock, before returning the events that name them.
     */
    public static void commit(Session session, List<Staged> staged) {
        Path dir = session.evidenceDir();
        try {
            sweep(dir);
            for (Staged s : staged) {
                Path target = dir.resolve(s.file().sha256());
                if (intact(target, s.file().sha256())) {
                    Files.deleteIfExists(s.temp());
                } else if (Files.exists(s.temp(), LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(s.temp(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    throw new IOException("staged copy gone: " + s.temp());
                }
            }
            Durable.syncFolder(dir);
            for (Staged s : staged) {
                session.keepEvidence(dir.resolve(s.file().sha256()), s.file().sha256());
            }
        } catch (IOException e) {
            throw UserError.because(e, "evidence.cannot-store", dir, e.getMessage());
        }
    }

    /** Removes a staged copy that was not committed (nothing if it was). */
    public static void discard(Staged staged) {
        deleteQuietly(staged.temp());
    }

    /**
     * The local copy of a file the session refers to, checked against its hash (once per process
     * while it stays unchanged); fetched from the session's store first when it is missing here.
     * A file missing or edited is one line naming it.
     */
    public static Path open(Session session, EvidenceFile file) {
        Path dir = session.evidenceDir();
        Path local = dir.resolve(file.sha256());
        if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            try {
                ensureFolder(dir);
            } catch (IOException e) {
                throw UserError.because(e, "evidence.cannot-store", dir, e.getMessage());
            }
            if (!session.fetchEvidence(file.sha256(), local)) {
                throw UserError.of("evidence.missing", file.name(), file.shortHash(), local);
            }
        }
        if (!Files.isRegularFile(local, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.of("evidence.altered", file.name(), file.shortHash(), local);
        }
        try {
            BasicFileAttributes a = Files.readAttributes(local, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String key = local + "|" + a.size() + "|" + a.lastModifiedTime().toMillis() + "|" + a.fileKey();
            if (!CHECKED.contains(key)) {
                if (a.size() != file.size() || !Hashes.sha256Hex(local).equals(file.sha256())) {
                    throw UserError.of("evidence.altered", file.name(), file.shortHash(), local);
                }
                CHECKED.add(key);
            }
        } catch (IOException e) {
            throw UserError.because(e, "evidence.cannot-read", local, e.getMessage());
        }
        return local;
    }

    /** The file's bytes, checked as {@link #open} checks them. */
    public static InputStream read(Session session, EvidenceFile file) {
        try {
            return Files.newInputStream(open(session, file), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file's bytes to {@code out} (a new file; an existing one is refused). */
    public static void export(Session session, EvidenceFile file, Path out) {
        Path local = open(session, file);
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.of("evidence.export-exists", out);
        }
        try (InputStream in = Files.newInputStream(local, LinkOption.NOFOLLOW_LINKS);
             OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(o);
        } catch (IOException e) {
            throw UserError.because(e, "evidence.cannot-write", out, e.getMessage());
        }
    }

    /** Whether a stored file is a regular file whose bytes still hash to its name. */
    static boolean intact(Path stored, String sha256) {
        try {
            return Files.isRegularFile(stored, LinkOption.NOFOLLOW_LINKS) && Hashes.sha256Hex(stored).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    /** The names in the evidence folder that look like stored files (64 hex digits). */
    static boolean storedName(String name) {
        return STORED.matcher(name).matches();
    }

    /** Whether the name is a staged copy of a process still running. */
    static boolean liveTemp(String name) {
        Matcher m = TEMP.matcher(name);
        return m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Removes staged copies left by killed processes. */
    private static void sweep(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (TEMP.matcher(n).matches() && !liveTemp(n)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Makes sure the evidence folder is a real folder (never a link) with its name on disk. */
    static void ensureFolder(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw UserError.of("evidence.folder", dir);
            }
            return;
        }
        Files.createDirectories(dir);
        Durable.syncFolder(dir.getParent());
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) EvidenceLimits.MB);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover add-*.tmp is swept by the next add
        }
    }
}
