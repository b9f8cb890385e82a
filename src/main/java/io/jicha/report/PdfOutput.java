package io.jicha.report;

import io.jicha.common.UserError;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a document safely: into a temporary file beside the target, moved into place only when
 * complete, so a failed or interrupted run never leaves a half-written PDF under the target name.
 * An existing file is replaced only with {@code force}; the target folder must exist.
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
            throw UserError.of("report.folder-does-exist-create-choose", folder);
        }
        if (Files.isDirectory(absolute)) {
            throw UserError.of("report.target-is-folder", target, target.resolve("report.pdf"));
        }
        if (Files.exists(absolute) && !force) {
            throw UserError.of("report.already-exists-use-force-overwrite", target);
        }
    }

    /** Writes content to target via a temporary file and an atomic move. */
    public static void write(Path target, boolean force, Content content) {
        checkTarget(target, force);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw UserError.because(e, "report.cannot-write", target, e.getMessage());
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
}
