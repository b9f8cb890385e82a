package io.jicha.evidence;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every refusal of evidence add is one line and leaves nothing written: no event, no stored file, no staged copy.
 */
class EvidenceRefusalsTest {

    @TempDir
    Path root;
    Session session;
    int events;

    @BeforeEach
    void aSession() throws IOException {
        Texts.use(Texts.Lang.EN);
        session = new Workspace(root.resolve("ws")).create(new SessionInfo("s1", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        // one file kept already, so that "nothing written" is checked against a folder in use
        Path ok = Files.write(root.resolve("ok.txt"), "现场记录\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        add(ok, EvidenceLimits.DEFAULT);
        events = session.state().events().size();
    }

    @AfterEach
    void nothingWritten() throws IOException {
        assertThat(session.state().events()).as("no event").hasSize(events);
        try (Stream<Path> files = Files.list(session.evidenceDir())) {
            assertThat(files.toList()).as("no stored file, no staged copy").hasSize(1);
        }
    }

    private void add(Path file, EvidenceLimits limits) {
        EvidenceStore.attach(session, "张三", List.of(file), limits,
                (state, files) -> EvidenceDecisions.add(files, EvidenceEvents.Attachment.unit("吴江区"), null,
                        LocalDate.of(2016, 10, 10)));
    }

    private UserError refused(Path file, EvidenceLimits limits, String key) {
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class, () -> add(file, limits));
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    @Test
    void aSymbolicLinkIsRefused() throws IOException {
        Path target = Files.write(root.resolve("real.jpg"), photo());
        Path link = Files.createSymbolicLink(root.resolve("link.jpg"), target);
        refused(link, EvidenceLimits.DEFAULT, "evidence.symlink");
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = root.resolve("pipe.jpg");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor()).isZero();
        assertThat(refused(fifo, EvidenceLimits.DEFAULT, "evidence.special").getMessage()).contains("FIFO");
    }

    @Test
    void aDeviceIsRefused() {
        assertThat(refused(Path.of("/dev/zero"), EvidenceLimits.DEFAULT, "evidence.special").getMessage())
                .contains("character device");
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path sock = root.resolve("s.sock");
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(sock));
            assertThat(refused(sock, EvidenceLimits.DEFAULT, "evidence.special").getMessage()).contains("socket");
        }
    }

    @Test
    void aFolderIsRefused() throws IOException {
        refused(Files.createDirectory(root.resolve("photos")), EvidenceLimits.DEFAULT, "evidence.directory");
    }

    @Test
    void aMissingFileIsRefused() {
        refused(root.resolve("nothing.jpg"), EvidenceLimits.DEFAULT, "evidence.no-such-file");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        refused(Files.write(root.resolve("empty.jpg"), new byte[0]), EvidenceLimits.DEFAULT, "evidence.empty");
    }

    @Test
    void aFileOverTheLimitIsRefused() throws IOException {
        Path big = Files.write(root.resolve("big.jpg"), new byte[(int) EvidenceLimits.MB + 1]);
        assertThat(refused(big, new EvidenceLimits(EvidenceLimits.MB, 100 * EvidenceLimits.MB), "evidence.too-large")
                .getMessage()).contains("big.jpg").contains("1.0 MB");
    }

    @Test
    void filesThatWouldTakeTheSessionOverItsLimitAreRefused() throws IOException {
        Path photo = Files.write(root.resolve("p.jpg"), TestPhotos.jpeg(400, 300, "L", Color.BLUE,
                "2016:10:10 10:00:00", 1, "Canon", "EOS"));
        refused(photo, new EvidenceLimits(EvidenceLimits.MB, Files.size(photo)), "evidence.session-full");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "elf", "zip", "binary"})
    void aKindThatIsNotKeptIsRefusedNamingWhatItIs(String kind) throws IOException {
        Path f = root.resolve("file." + (kind.equals("gif") ? "jpg" : "pdf")); // the extension is not believed
        switch (kind) {
            case "gif" -> Files.write(f, "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            case "elf" -> Files.write(f, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            case "zip" -> {
                try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
                    z.putNextEntry(new ZipEntry("notes.txt"));
                    z.write("x".getBytes());
                    z.closeEntry();
                }
            }
            default -> Files.write(f, new byte[] {1, 2, 3, 0, 0, 5, 6, 7, 8, 9});
        }
        String what = switch (kind) {
            case "gif" -> "GIF";
            case "elf" -> "ELF";
            case "zip" -> "ZIP";
            default -> "binary";
        };
        assertThat(refused(f, EvidenceLimits.DEFAULT, "evidence.kind-refused").getMessage()).contains(what + " data");
    }

    @Test
    void aFileThatChangesWhileItIsReadIsRefused() throws Exception {
        Path growing = root.resolve("growing.txt");
        byte[] block = "一行记录 line of text\n".repeat(4096).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(growing)) {
            for (int i = 0; i < 300; i++) {
                o.write(block); // about 30 MB (under the 50 MB limit), so that a read takes a while
            }
        }
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong appends = new java.util.concurrent.atomic.AtomicLong();
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(growing, StandardOpenOption.APPEND)) {
                while (!stop.get()) {
                    o.write(block, 0, 64);
                    o.flush();
                    appends.incrementAndGet();
                    Thread.onSpinWait();
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        try {
            while (appends.get() < 100) { // the writer is appending before the add starts
                Thread.sleep(1);
            }
            long before = appends.get();
            refused(growing, new EvidenceLimits(100 * EvidenceLimits.MB, 1000 * EvidenceLimits.MB),
                    "evidence.changed-while-read");
            assertThat(appends.get()).as("appended while it was read").isGreaterThan(before);
        } finally {
            stop.set(true);
            writer.join();
        }
    }

    @Test
    void aRefusalOfTheDecisionLeavesNothingEither() throws IOException {
        Path photo = Files.write(root.resolve("p.jpg"), photo());
        assertThatThrownBy(() -> EvidenceStore.attach(session, "张三", List.of(photo), EvidenceLimits.DEFAULT,
                (state, files) -> {
                    throw UserError.of("evidence.target-missing");
                })).isInstanceOf(UserError.class);
    }

    private static byte[] photo() {
        return TestPhotos.jpeg(64, 48, "R", Color.RED, "2016:10:10 10:00:00", 1, "Canon", "EOS");
    }
}
