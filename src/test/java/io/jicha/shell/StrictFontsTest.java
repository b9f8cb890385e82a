package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 item 10: with no 公文 face on the machine (JICHA_FONT_ROOTS an empty folder, as docs/fonts.md
 * says), {@code --strict-fonts} refuses to write in one line, writes nothing and records nothing; with the
 * four faces configured it writes, and the PDF then carries no substitution record. Without the option the
 * document is written with the substitutes and says so in its document info.
 */
@Tag("process")
class StrictFontsTest {

    @TempDir
    Path dir;

    private Path ws;
    private Path noFonts;

    @BeforeEach
    void newSession() throws Exception {
        ws = dir.resolve("ws");
        noFonts = Files.createDirectories(dir.resolve("no-fonts"));
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        Path script = dir.resolve("setup.jicha");
        JichaProcess.Result r = jicha.script(script, java.util.List.of(
                "session new --name fonts --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "finding add --unit 吴江区 --severity 一般 --text \"评查结果未在内部通报\" --require \"组织学习\" --due 2016-12-31",
                "report notice --unit 吴江区 --issued 2016-10-20 --number \"苏环稽〔2016〕21号\" --out "
                        + dir.resolve("notice.pdf")));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private JichaProcess.Result report(Map<String, String> env, Path pdf, String... more) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("JICHA_AUDITOR", "张三");
        all.put("JICHA_FONT_ROOTS", noFonts.toString());
        String[] args = {"report", "rectification", "--as-of", "2016-12-31", "--addressee", "江苏省环境保护厅",
                "--number", "苏环稽〔2016〕35号", "--signer", "李四", "--out", pdf.toString()};
        String[] with = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, with, args.length, more.length);
        return new JichaProcess(ws, all).run(with);
    }

    private byte[] journal() throws Exception {
        return Files.readAllBytes(ws.resolve("fonts/journal.jsonl"));
    }

    @Test
    void strictFontsRefusesInOneLineAndWritesNothingWhenAFaceIsMissing() throws Exception {
        byte[] before = journal();
        Path pdf = dir.resolve("r.pdf");
        JichaProcess.Result refused = report(Map.of(), pdf, "--strict-fonts", "--docx", dir.resolve("r.docx").toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip()).doesNotContain("\n").contains("--strict-fonts")
                .contains("小标宋=NotoSerifSC-Bold-jicha.otf (bundled)", "楷体=JichaKai-Regular.ttf (bundled)")
                .doesNotContain("Exception");
        assertThat(pdf).doesNotExist();
        assertThat(dir.resolve("r.docx")).doesNotExist();
        assertThat(journal()).isEqualTo(before);

        JichaProcess.Result substituted = report(Map.of(), pdf);
        assertThat(substituted.exit()).as(substituted.err()).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("JichaFontSubstitution"))
                    .isEqualTo("小标宋=NotoSerifSC-Bold-jicha.otf (bundled); 仿宋=NotoSerifSC-Regular-jicha.otf (bundled); "
                            + "黑体=NotoSansSC-Bold-jicha.otf (bundled); 楷体=JichaKai-Regular.ttf (bundled)");
        }
    }

    @Test
    void withTheFourFacesConfiguredStrictFontsWritesAndRecordsNoSubstitution() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JICHA_FONT_TITLE", copy("NotoSerifSC-Bold-jicha.otf").toString());
        env.put("JICHA_FONT_BODY", copy("NotoSerifSC-Regular-jicha.otf").toString());
        env.put("JICHA_FONT_HEADING", copy("NotoSansSC-Bold-jicha.otf").toString());
        env.put("JICHA_FONT_KAI", copy("JichaKai-Regular.ttf").toString());
        Path pdf = dir.resolve("strict.pdf");
        JichaProcess.Result r = report(env, pdf, "--strict-fonts");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("fonts substituted");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("JichaFontSubstitution")).isNull();
        }
    }

    private Path copy(String font) throws Exception {
        Path target = dir.resolve(font);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/" + font)) {
            Files.copy(in, target);
        }
        return target;
    }
}
