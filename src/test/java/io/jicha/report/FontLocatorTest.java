package io.jicha.report;

import io.jicha.common.UserError;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FontLocatorTest {

    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto");

    @Test
    void withNoFontAnywhereEveryRoleGetsTheBundledSubsetAndOneLineSaysSo(@TempDir Path empty) {
        FontChoice choice = new FontLocator(Map.of(), new Properties(), List.of(empty)).locate();
        assertThat(choice.body()).isEqualTo(FontSpec.BUNDLED_SERIF);
        // issue 23 item 10: the substitutes keep their roles visible, a bold serif for 小标宋, a 楷 face for 楷体
        assertThat(choice.face(FontRole.TITLE)).isEqualTo(FontSpec.BUNDLED_SERIF_BOLD);
        assertThat(choice.face(FontRole.KAI)).isEqualTo(FontSpec.BUNDLED_KAI);
        assertThat(choice.heading()).isEqualTo(FontSpec.BUNDLED_SANS);
        assertThat(choice.substituted()).containsExactlyInAnyOrder(FontRole.values());
        assertThat(choice.warnings()).singleElement().asString()
                .contains("NotoSerifSC-Regular-jicha.otf", "NotoSansSC-Bold-jicha.otf", "NotoSerifSC-Bold-jicha.otf",
                        "JichaKai-Regular.ttf", "JICHA_FONT_", "docs/fonts.md")
                .doesNotContain("\n");
        PdfFonts fonts = PdfFonts.load(choice);
        assertThat(fonts.substitutionRecord()).isEqualTo("小标宋=NotoSerifSC-Bold-jicha.otf (bundled); "
                + "仿宋=NotoSerifSC-Regular-jicha.otf (bundled); 黑体=NotoSansSC-Bold-jicha.otf (bundled); "
                + "楷体=JichaKai-Regular.ttf (bundled)");
        assertThatThrownBy(fonts::requireStandardFaces).isInstanceOf(UserError.class)
                .hasMessageContaining("--strict-fonts").hasMessageContaining("楷体=JichaKai-Regular.ttf");
        assertThat(PdfFonts.nameOf(fonts.title())).isEqualTo("NotoSerifCJKsc-Bold");
        assertThat(PdfFonts.nameOf(fonts.kai())).isEqualTo("JichaKai-Regular");
    }

    @Test
    void withNoFontAnywhereTheDocumentsEmbedEveryFontTheyUse(@TempDir Path empty) throws IOException {
        PdfFonts fonts = PdfFonts.load(new FontLocator(Map.of(), new Properties(), List.of(empty)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RectificationNoticePdf(fonts).render(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 2), out);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        new ReviewReportPdf(fonts).render(ReportFixtures.review(3, 3), report);
        for (byte[] pdf : List.of(out.toByteArray(), report.toByteArray())) {
            try (PDDocument doc = Pdfs.open(pdf)) {
                Map<String, PDFont> used = Pdfs.fonts(doc);
                assertThat(used).isNotEmpty();
                for (Map.Entry<String, PDFont> e : used.entrySet()) {
                    assertThat(Pdfs.embedded(e.getValue())).as(e.getKey()).isTrue();
                    assertThat(e.getKey()).matches(
                            "[A-Z]{6}\\+(Noto(Serif|Sans)CJKsc-(Regular|Bold)-Identity-H|JichaKai-Regular)");
                }
            }
        }
        // jicha's own texts: the minus sign of deduction lines (once missing from STSong), 〔〕, —
        for (FontRole role : FontRole.values()) {
            for (int cp : "−〔〕—“”（）：；、。，".codePoints().toArray()) {
                assertThat(fonts.face(role).charExists(cp)).as("%s U+%04X", role, cp).isTrue();
            }
        }
    }

    @Test
    void fontFoundUnderASearchRootIsUsedForBodyAndHeading(@TempDir Path root) throws IOException {
        assumeTrue(Files.exists(WQY), "needs fonts-wqy-microhei");
        Files.createDirectories(root.resolve("truetype/wqy"));
        Files.copy(WQY, root.resolve("truetype/wqy/wqy-microhei.ttc"));
        FontChoice choice = new FontLocator(Map.of(), new Properties(), List.of(root)).locate();
        assertThat(choice.body()).extracting(FontSpec::faceIndex, FontSpec::source).containsExactly(0, "found");
        assertThat(choice.heading()).isEqualTo(choice.body());
        assertThat(choice.warnings()).singleElement().asString().contains("仿宋", "wqy-microhei.ttc");
    }

    @Test
    void notoCollectionsArePickedAtTheirSimplifiedChineseFace() {
        assumeTrue(Files.exists(NOTO.resolve("NotoSerifCJK-Regular.ttc")), "needs fonts-noto-cjk with serif");
        FontChoice choice = new FontLocator(Map.of(), new Properties(), List.of(NOTO)).locate();
        assertThat(choice.body()).satisfies(spec -> {
            assertThat(spec.file().getFileName().toString()).isEqualTo("NotoSerifCJK-Regular.ttc");
            assertThat(spec.faceIndex()).isEqualTo(2);
        });
        assertThat(choice.heading()).satisfies(spec -> {
            assertThat(spec.file().getFileName().toString()).isEqualTo("NotoSansCJK-Bold.ttc");
            assertThat(spec.faceIndex()).isEqualTo(2);
        });
    }

    @Test
    void environmentWinsOverSystemPropertyWhichWinsOverSearch(@TempDir Path empty) {
        assumeTrue(Files.exists(WQY) && Files.exists(NOTO.resolve("NotoSansCJK-Regular.ttc")));
        Properties props = new Properties();
        props.setProperty(FontLocator.PROP_BODY, NOTO.resolve("NotoSansCJK-Regular.ttc").toString());
        FontChoice fromProperty = new FontLocator(Map.of(), props, List.of(empty)).locate();
        assertThat(fromProperty.body()).satisfies(spec -> {
            assertThat(spec.source()).isEqualTo("-Djicha.font.body");
            assertThat(spec.faceIndex()).as("SC face chosen without an index").isEqualTo(2);
        });
        assertThat(fromProperty.face(FontRole.KAI)).isEqualTo(FontSpec.BUNDLED_KAI);

        FontChoice fromEnv = new FontLocator(Map.of(FontLocator.ENV_BODY, WQY + ",1",
                FontLocator.ENV_HEADING, NOTO.resolve("NotoSansCJK-Regular.ttc") + ",3"), props, List.of(empty)).locate();
        assertThat(fromEnv.body()).extracting(FontSpec::file, FontSpec::faceIndex, FontSpec::source)
                .containsExactly(WQY, 1, "JICHA_FONT_BODY");
        assertThat(fromEnv.heading()).extracting(FontSpec::faceIndex).isEqualTo(3);
    }

    @Test
    void configuredFileThatDoesNotExistIsAnErrorNotASilentFallback(@TempDir Path dir) {
        Map<String, String> env = Map.of(FontLocator.ENV_HEADING, dir.resolve("simhei.ttf").toString());
        assertThatThrownBy(() -> new FontLocator(env, new Properties(), List.of(dir)).locate())
                .isInstanceOf(UserError.class)
                .hasMessageContaining("JICHA_FONT_HEADING=")
                .hasMessageContaining("no such font file");
    }

    @Test
    void configuredFileThatIsNotAFontIsAnError(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("font.txt"), "not a font");
        Properties props = new Properties();
        props.setProperty(FontLocator.PROP_BODY, txt.toString());
        assertThatThrownBy(() -> new FontLocator(Map.of(), props, List.of(dir)).locate())
                .isInstanceOf(UserError.class).hasMessageContaining("-Djicha.font.body");
    }

    @Test
    void theWindowsFacesOfTheStandardAreFoundByRoleAndNothingIsSaid(@TempDir Path root) throws IOException {
        Path fonts = Files.createDirectories(root.resolve("Windows/Fonts"));
        for (String name : List.of("simfang.ttf", "simhei.ttf", "simkai.ttf", "simsun.ttc", "FZXBSJW.TTF")) {
            Files.writeString(fonts.resolve(name), "");   // the locator goes by name; nothing is loaded here
        }
        FontChoice choice = new FontLocator(Map.of(), new Properties(), List.of(root)).locate();
        assertThat(choice.body().file().getFileName().toString()).isEqualTo("simfang.ttf");
        assertThat(choice.heading().file().getFileName().toString()).isEqualTo("simhei.ttf");
        assertThat(choice.face(FontRole.KAI).file().getFileName().toString()).isEqualTo("simkai.ttf");
        assertThat(choice.face(FontRole.TITLE).file().getFileName().toString()).isEqualTo("FZXBSJW.TTF");
        assertThat(choice.warnings()).isEmpty();
    }

    @Test
    void debianPackagesStandInAndTheSubstitutionIsOneLine(@TempDir Path root) throws IOException {
        Path noto = Files.createDirectories(root.resolve("opentype/noto"));
        Path arphic = Files.createDirectories(root.resolve("truetype/arphic"));
        Files.writeString(noto.resolve("NotoSerifCJK-Regular.ttc"), "");
        Files.writeString(noto.resolve("NotoSansCJK-Bold.ttc"), "");
        Files.writeString(arphic.resolve("ukai.ttc"), "");
        FontChoice choice = new FontLocator(Map.of(), new Properties(), List.of(root)).locate();
        assertThat(choice.body().file().getFileName().toString()).isEqualTo("NotoSerifCJK-Regular.ttc");
        assertThat(choice.heading().file().getFileName().toString()).isEqualTo("NotoSansCJK-Bold.ttc");
        assertThat(choice.face(FontRole.KAI).file().getFileName().toString()).isEqualTo("ukai.ttc");
        assertThat(choice.face(FontRole.TITLE)).isEqualTo(FontSpec.BUNDLED_SERIF_BOLD);
        assertThat(choice.substituted()).containsExactlyInAnyOrder(FontRole.TITLE, FontRole.BODY, FontRole.HEADING);
        assertThat(choice.warnings()).singleElement().asString()
                .contains("小标宋", "仿宋", "黑体", "NotoSerifCJK-Regular.ttc", "NotoSansCJK-Bold.ttc",
                        "NotoSerifSC-Bold-jicha.otf")
                .doesNotContain("楷体");
    }

    @Test
    void eachRoleCanBeConfigured(@TempDir Path dir) throws IOException {
        Map<String, String> env = new java.util.HashMap<>();
        for (FontRole role : FontRole.values()) {
            Path f = Files.writeString(dir.resolve(role.name().toLowerCase(Locale.ROOT) + ".otf"), "");
            env.put(role.envName(), f.toString());
        }
        FontChoice choice = new FontLocator(env, new Properties(), List.of(dir)).locate();
        for (FontRole role : FontRole.values()) {
            assertThat(choice.face(role).source()).isEqualTo("JICHA_FONT_" + role.name());
            assertThat(choice.face(role).file().getFileName().toString()).isEqualTo(role.name().toLowerCase(Locale.ROOT) + ".otf");
        }
        assertThat(choice.warnings()).isEmpty();
    }
}
