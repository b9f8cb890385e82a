package io.jicha.evidence;

import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import io.jicha.integrity.Fsck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** session fsck re-hashes evidence: an edited, a missing and an unreferenced file are each named; a sound one is not. */
class EvidenceFsckTest {

    @TempDir
    Path root;
    Session session;
    byte[] photo;
    EvidenceFile file;
    Path stored;

    @BeforeEach
    void aPhotoAdded() throws Exception {
        Texts.use(Texts.Lang.EN);
        session = new Workspace(root.resolve("ws")).create(new SessionInfo("s1", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        photo = TestPhotos.jpeg(320, 240, "F", Color.YELLOW, "2016:10:10 09:15:30", 1, "Canon", "EOS");
        Path p = Files.write(root.resolve("IMG_0042.JPG"), photo);
        EvidenceStore.attach(session, "张三", List.of(p), EvidenceLimits.DEFAULT, (state, files) -> EvidenceDecisions.add(
                files, EvidenceEvents.Attachment.unit("吴江区"), null, LocalDate.of(2016, 10, 10)));
        file = session.state().get(EvidenceBook.class).items().get(0).file();
        stored = session.evidenceDir().resolve(Hashes.sha256Hex(photo));
    }

    private List<String> faults() {
        return Fsck.run(session, Fsck.ALL, null).faults();
    }

    @Test
    void aSoundSessionHasNoFault() {
        Fsck.Report r = Fsck.run(session, Fsck.ALL, null);
        assertThat(r.faults()).isEmpty();
        assertThat(r.evidence()).isEqualTo(1);
    }

    @Test
    void aPhotoEditedAfterItWasAddedIsNamed() throws Exception {
        byte[] edited = photo.clone();
        edited[edited.length - 10] ^= 0x01; // one bit, the size unchanged
        Files.write(stored, edited);
        assertThat(faults()).singleElement().asString().contains("IMG_0042.JPG").contains(file.shortHash())
                .contains("was edited after it was added");
        assertThatThrownBy(() -> EvidenceStore.open(session, file)).isInstanceOf(UserError.class)
                .hasMessageContaining("was changed after it was added");
    }

    @Test
    void aMissingPhotoIsNamed() throws Exception {
        Files.delete(stored);
        assertThat(faults()).singleElement().asString().contains("IMG_0042.JPG").contains("is missing");
    }

    @Test
    void aFileNothingRefersToIsNamed() throws Exception {
        Path stray = session.evidenceDir().resolve(Hashes.sha256Hex("not evidence"));
        Files.writeString(stray, "not evidence");
        assertThat(faults()).singleElement().asString().contains(stray.toString()).contains("no event refers to it");
    }
}
