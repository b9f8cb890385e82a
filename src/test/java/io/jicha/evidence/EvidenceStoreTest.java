package io.jicha.evidence;

import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.journal.NewEvent;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The content-addressed store on a session folder: what another capability calls (EvidenceStore.attach / open). */
class EvidenceStoreTest {

    @TempDir
    Path root;
    Session session;

    @BeforeEach
    void aSession() {
        Texts.use(Texts.Lang.EN);
        session = new Workspace(root.resolve("ws")).create(new SessionInfo("s1", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
    }

    private List<NewEvent> added(List<EvidenceFile> files) {
        return files.stream().map(f -> new NewEvent(EvidenceEvents.ADDED, new EvidenceEvents.Added(f,
                EvidenceEvents.Attachment.unit("吴江区"), null, LocalDate.of(2016, 10, 10)))).toList();
    }

    @Test
    void aPhotoIsKeptUnderTheHashOfItsExactBytesWithItsExifAndReadBack() throws Exception {
        byte[] photo = TestPhotos.jpeg(320, 240, "A", Color.ORANGE, "2016:10:10 09:15:30", 6, "Canon", "Canon EOS 80D");
        Path file = root.resolve("IMG_0001.JPG");
        Files.write(file, photo);

        EvidenceStore.attach(session, "张三", List.of(file), EvidenceLimits.DEFAULT, (state, files) -> added(files));

        EvidenceFile f = session.state().get(EvidenceBook.class).items().get(0).file();
        assertThat(f.sha256()).isEqualTo(Hashes.sha256Hex(photo));
        assertThat(f.size()).isEqualTo(photo.length);
        assertThat(f.name()).isEqualTo("IMG_0001.JPG");
        assertThat(f.mediaType()).isEqualTo("image/jpeg");
        assertThat(f.takenAt()).isEqualTo(LocalDateTime.of(2016, 10, 10, 9, 15, 30));
        assertThat(f.camera()).isEqualTo("Canon EOS 80D");
        assertThat(f.orientation()).isEqualTo(6);
        Path stored = session.dir().resolve("evidence").resolve(f.sha256());
        assertThat(Files.readAllBytes(stored)).as("kept byte for byte").isEqualTo(photo);
        assertThat(Files.readAllBytes(EvidenceStore.open(session, f))).isEqualTo(photo);
    }

    @Test
    void theSameBytesAddedTwiceAreAttachedTwiceAndStoredOnce() throws Exception {
        byte[] photo = TestPhotos.jpeg(64, 48, "B", Color.GREEN, "2016:10:11 10:00:00", 1, "Huawei", "P9");
        Path a = root.resolve("a.jpg");
        Path b = root.resolve("copy-of-a.jpeg");
        Files.write(a, photo);
        Files.write(b, photo);

        EvidenceStore.attach(session, "张三", List.of(a), EvidenceLimits.DEFAULT, (state, files) -> added(files));
        EvidenceStore.attach(session, "张三", List.of(b, a), EvidenceLimits.DEFAULT, (state, files) -> added(files));

        assertThat(session.state().get(EvidenceBook.class).items()).hasSize(3);
        assertThat(session.state().get(EvidenceBook.class).files()).hasSize(1);
        try (Stream<Path> files = Files.list(session.dir().resolve("evidence"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(Hashes.sha256Hex(photo));
        }
    }
}
