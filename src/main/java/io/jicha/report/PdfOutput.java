package io.jicha.report;

import io.jicha.common.UserError;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a document safely: into a temporary file beside the target, moved into place only when
 * complete, so a failed or interrupted run never leaves a half-written PDF under the target name.
 * An existing file is replaced only with {@code force}; the target folder must exist. The target is
 * never a symbolic link, a FIFO, a device or anything but a regular file (with or without
 * {@code force}): jicha writes its own file, never through a link. The file is created like any
 * other, with the permissions the umask allows (0644 under umask 022).
 */
public final class PdfOutput {

    /** Writes the document's bytes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfOutput() {
    }

    /** Throws UserError when the target cannot or may not be written; call before expensive work. */
    public static void checkTarget(Path target, boolean force) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw UserError.of("report.out.noFolder", folder);
        }
        if (Files.isSymbolicLink(absolute)) {
            throw UserError.of("report.out.symlink", target);
        }
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.of("report.out.folder", target, target.resolve("report.pdf"));
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw UserError.of("report.out.special", target);
            }
            if (!force) {
                throw UserError.of("report.out.exists", target);
            }
        }
    }

    /** The content's bytes in memory (tests and checks of a document without a file). */
    public static byte[] bytes(Content content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes content to target via a temporary file and an atomic move. */
    public static void write(Path target, boolean force, Content content) {
        checkTarget(target, force);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = createTemp(folder, absolute.getFileName().toString());
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
                content.writeTo(out);
            }
            checkTarget(target, force);   // the target may have changed while the document was laid out
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw UserError.of("report.out.cannotWrite", target, e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    /**
     * A new hidden file beside the target, created without explicit permissions so that the umask
     * applies (Files.createTempFile would make it 0600).
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}
