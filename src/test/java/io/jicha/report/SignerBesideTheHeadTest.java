package io.jicha.report;

import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.journal.Event;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import io.jicha.session.SigningKeys;
import io.jicha.session.Workspace;
import io.jicha.session.integrity.HeadSigning;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28: a document prints, beside the head it was made from, who signs it with which key, so that the reader can
 * ask {@code session fsck --head} and {@code --trust} about both. Read back from real PDFs with poppler.
 */
class SignerBesideTheHeadTest {

    @TempDir
    Path dir;

    @Test
    void theReviewReportPrintsTheLastSignersFingerprintBesideItsHeadAndANoticeItsIssuers() throws Exception {
        Session session = new Workspace(dir.resolve("ws")).create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三", "李四"), "zh-CN", null), "张三");
        String unsigned = text(render(session, "unsigned.pdf"));
        assertThat(unsigned).contains(session.state().headHash()).doesNotContain("签名人");

        Event head = session.state().last();
        var signed = HeadSigning.sign(session, dir.resolve("keys-zhang"), "张三", head.seq(), head.hash(),
                SessionEvents.SignedFor.FINALIZE);
        String fingerprint = HeadSigning.fingerprint(signed.publicKey());
        Path pdf = render(session, "signed.pdf");
        assertThat(text(pdf)).contains(session.state().headHash() + "（签名人张三，密钥指纹" + fingerprint + "）");
        assertThat(run("pdfinfo", pdf)).contains("（签名人 张三，密钥指纹 " + fingerprint + "）");

        // a notice 李四 is about to issue: the key the journal registered for 李四, not the last signature's
        SigningKeys.Signer li = HeadSigning.register(session, dir.resolve("keys-li"), "李四");
        ReportModels models = new ReportModels(session.state(), session.snapshotDir());
        assertThat(models.provenance().signer()).isEqualTo(new SigningKeys.Signer("张三", fingerprint));
        assertThat(models.signedBy("李四").provenance().signer()).isEqualTo(li);
        assertThat(li.fingerprint()).isNotEqualTo(fingerprint);
    }

    /** The notice prints, beside its head, the key its issuer then signs that very head with (fsck names both). */
    @Test
    @Tag("process")
    void aNoticePrintsTheKeyThatSignsItsHead() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        Path notice = dir.resolve("notice.pdf");
        JichaProcess.Result r = jicha.script(dir.resolve("n.jicha"), List.of(
                "session new --name n --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三",
                "finding add --unit 吴江区 --severity 一般 --text \"整改台账未建立\" --require \"建立整改台账\" --workdays 20",
                "report notice --unit 吴江区 --issued 2016-10-20 --out " + notice,
                "session fsck"));
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher signed = Pattern.compile("head of event \\d+ \\(([0-9a-f]{16})…\\) signed by 张三 with key ([0-9a-f]{16}) \\(notice\\)")
                .matcher(r.out());
        assertThat(signed.find()).as(r.out()).isTrue();
        assertThat(run("pdfinfo", notice)).containsPattern(signed.group(1) + "[0-9a-f]{48}（签名人 张三，密钥指纹 "
                + signed.group(2) + "）");
    }

    private Path render(Session session, String name) throws IOException {
        ReviewReportModel model = new ReportModels(session.state(), session.snapshotDir()).review("稽查报告", null,
                "苏州市环境保护局", LocalDate.of(2016, 10, 20), WorkdayCalendarLoader.locate(dir));
        Path pdf = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new ReviewReportPdf(PdfFonts.system()).render(model, out);
        }
        return pdf;
    }

    /** The text as pdftotext reads it, without the spaces and line breaks of its layout. */
    private static String text(Path pdf) throws Exception {
        return run("pdftotext", pdf).replaceAll("\\s+", "");
    }

    private static String run(String tool, Path pdf) throws Exception {
        Process p = new ProcessBuilder(tool.equals("pdftotext") ? List.of(tool, pdf.toString(), "-") : List.of(tool, pdf.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
