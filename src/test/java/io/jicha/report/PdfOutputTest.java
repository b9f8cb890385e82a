package io.jicha.report;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfOutputTest {

    @Test
    void writesTheContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        PdfOutput.write(target, false, out -> out.write("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertThat(target).hasContent("%PDF");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void existingFileIsKeptWithoutForce(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("report.pdf"), "old");
        assertThatThrownBy(() -> PdfOutput.write(target, false, out -> out.write(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("already exists; use --force");
        assertThat(target).hasContent("old");
    }

    @Test
    void existingFileIsReplacedWithForce(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("report.pdf"), "old");
        PdfOutput.write(target, true, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));
        assertThat(target).hasContent("new");
    }

    @Test
    void missingFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> PdfOutput.write(dir.resolve("no/such/report.pdf"), false, out -> out.write(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("does not exist");
    }

    @Test
    void failureHalfwayLeavesNeitherTargetNorTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("report.pdf"), "old");
        assertThatThrownBy(() -> PdfOutput.write(target, true, out -> {
            out.write("half".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("layout failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** The umask of this process, read from a child shell (Java has no call for it). */
    private static int umask() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(p.waitFor()).isZero();
        return Integer.parseInt(out, 8);
    }

    @Test
    void theFileHonoursTheUmask(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.pdf");
        PdfOutput.write(target, false, out -> out.write(1));
        int mode = 0;
        for (PosixFilePermission p : Files.getPosixFilePermissions(target)) {
            mode |= 1 << (8 - p.ordinal());
        }
        assertThat(Integer.toOctalString(mode)).isEqualTo(Integer.toOctalString(0666 & ~umask()));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSymbolicLinkIsRefusedWithOrWithoutForce(boolean force, @TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("elsewhere.pdf"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("report.pdf"), real);
        assertThatThrownBy(() -> PdfOutput.write(link, force, out -> out.write(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("symbolic link").hasMessageNotContaining("\n");
        assertThat(real).hasContent("keep");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.pdf"), dir.resolve("nowhere.pdf"));
        assertThatThrownBy(() -> PdfOutput.write(dangling, force, out -> out.write(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("symbolic link");
        assertThat(dir.resolve("nowhere.pdf")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFifoOrADeviceIsRefusedWithOrWithoutForce(boolean force, @TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("report.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThatThrownBy(() -> PdfOutput.write(fifo, force, out -> out.write(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThatThrownBy(() -> PdfOutput.write(Path.of("/dev/null"), force, out -> out.write(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("not a regular file");
    }
}
