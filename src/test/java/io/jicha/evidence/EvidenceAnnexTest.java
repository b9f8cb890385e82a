package io.jicha.evidence;

import io.jicha.common.Texts;
import io.jicha.report.EvidenceAnnexModel;
import io.jicha.report.EvidenceAnnexPdf;
import io.jicha.report.PdfFonts;
import io.jicha.report.ReportModels;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** report evidence: the annex read back with poppler (text, images, pages), thumbnails upright, same bytes twice. */
class EvidenceAnnexTest {

    @TempDir
    Path root;
    Session session;

    @BeforeEach
    void aSession() {
        Texts.use(Texts.Lang.EN);
        session = new Workspace(root.resolve("ws")).create(new SessionInfo("s1", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6, 8})
    void aThumbnailIsTurnedUprightByItsExifOrientation(int orientation) throws Exception {
        Path p = Files.write(root.resolve("o" + orientation + ".jpg"),
                TestPhotos.jpeg(800, 600, "UP", Color.GRAY, "2016:10:10 10:00:00", orientation, "Canon", "EOS"));
        byte[] thumb = Thumbnails.upright(p, FileKind.JPEG, orientation, 400);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(img.getWidth()).as("landscape again").isEqualTo(400);
        assertThat(img.getHeight()).isEqualTo(300);
        // the scene's arrowhead is near the top centre; the same place mirrored to the bottom is white paper
        assertThat(brightness(img, 200, 300 / 5 + 300 / 40)).as("arrowhead at the top").isLessThan(80);
        assertThat(brightness(img, 200, 300 - 300 / 5 - 300 / 40)).as("white below").isGreaterThan(60);
        assertThat(brightness(img, 200, 300 - 300 / 5 - 300 / 40))
                .isGreaterThan(brightness(img, 200, 300 / 5 + 300 / 40) + 100);
    }

    @Test
    void theAnnexHasSixPhotosAPageCaptionedAndListsTheOtherFilesWithTheSameBytesEachTime() throws Exception {
        List<Path> files = new ArrayList<>();
        int[] orientations = {1, 3, 6, 8, 1, 6, 1, 8};
        for (int i = 0; i < orientations.length; i++) {
            files.add(Files.write(root.resolve(String.format("IMG_%04d.JPG", i + 1)), TestPhotos.jpeg(640, 480,
                    "P" + (i + 1), Color.getHSBColor(i / 8f, 0.6f, 0.8f), "2016:10:10 10:0" + i + ":00",
                    orientations[i], "Canon", "EOS")));
        }
        files.add(Files.write(root.resolve("笔录扫描.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        EvidenceStore.attach(session, "张三", files, EvidenceLimits.DEFAULT, (state, stored) -> EvidenceDecisions.add(
                stored, EvidenceEvents.Attachment.unit("吴江区"), "现场照片", LocalDate.of(2016, 10, 10)));

        Path first = root.resolve("annex.pdf");
        Path second = root.resolve("again.pdf");
        write(first);
        write(second);

        assertThat(Files.readAllBytes(second)).as("same journal, same bytes").isEqualTo(Files.readAllBytes(first));
        String info = run("pdfinfo", first.toString());
        assertThat(info).containsPattern("Pages:\\s+2");
        String images = run("pdfimages", "-list", first.toString());
        assertThat(images.lines().filter(l -> l.matches("\\s*1\\s.*image.*")).count()).as("page 1").isEqualTo(6);
        assertThat(images.lines().filter(l -> l.matches("\\s*2\\s.*image.*")).count()).as("page 2").isEqualTo(2);
        String text = run("pdftotext", "-layout", first.toString(), "-");
        EvidenceBook book = session.state().get(EvidenceBook.class);
        assertThat(text).contains("照片及佐证材料").contains("其他佐证材料").contains("笔录扫描.pdf");
        for (EvidenceBook.Item i : book.items()) {
            assertThat(text).contains(i.file().shortHash());
        }
        assertThat(text).contains("1. IMG_0001.JPG").contains("拍摄时间 2016-10-10 10:07:00");
    }

    private void write(Path out) {
        SessionState state = session.state();
        EvidenceAnnexModel model = EvidenceAnnexModel.of(state,
                new ReportModels(state, session.snapshotDir()).provenance(), EvidenceEvents.Attachment.unit("吴江区"));
        new EvidenceAnnexPdf(PdfFonts.system()).write(model,
                f -> Thumbnails.upright(EvidenceStore.open(session, f), f.kind(), f.orientation(), 640), out, true);
    }

    private static int brightness(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
