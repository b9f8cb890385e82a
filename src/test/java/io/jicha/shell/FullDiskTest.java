package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28: on a full disk, records import and report review --out gave internal errors. The workspace here is a
 * real, tiny tmpfs (mounted for the test; it needs root, as the test machines run, and is skipped with a reason
 * where mounting is not allowed), filled up before the command; each command then fails with one line.
 */
@EnabledOnOs(OS.LINUX)
@Tag("process")
class FullDiskTest {

    @TempDir
    Path dir;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountATinyDisk() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root (CAP_SYS_ADMIN)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Fills the disk but for {@code spare} bytes. */
    private void fill(long spare) throws Exception {
        Path filler = disk.resolve("filler");
        long free = Files.getFileStore(disk).getUsableSpace();
        Files.write(filler, new byte[(int) Math.max(0, free - spare)]);
    }

    private static void oneLine(JichaProcess.Result r) {
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.err().strip()).containsAnyOf("full", "No space left on device").doesNotContain("\n")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void anImportOnAFullDiskIsOneLine() throws Exception {
        Path ws = disk.resolve("ws");
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "满", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三").exit()).isZero();
        Path csv = dir.resolve("big.csv");
        StringBuilder b = new StringBuilder("案号,立案日期,备注\n");
        for (int i = 1; b.length() < 1_500_000; i++) {
            b.append("吴环罚字〔2016〕").append(i).append("号,2016-01-02,").append("x".repeat(200)).append('\n');
        }
        Files.writeString(csv, b, StandardCharsets.UTF_8);
        fill(64 * 1024);
        oneLine(jicha.run("records", "import", csv.toString(), "--unit", "吴江区", "--kind", "penalty-case"));
        assertThat(Files.readAllLines(ws.resolve("满/journal.jsonl"))).as("nothing recorded").hasSize(1);
    }

    @Test
    void aReportOnAFullDiskIsOneLine() throws Exception {
        Path ws = dir.resolve("ws");
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "满", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三").exit()).isZero();
        fill(4 * 1024);
        oneLine(jicha.run("report", "review", "--out", disk.resolve("report.pdf").toString()));
        assertThat(disk.resolve("report.pdf")).doesNotExist();
    }
}
