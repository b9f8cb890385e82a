package io.jicha.report;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
