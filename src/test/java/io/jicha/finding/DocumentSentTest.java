package io.jicha.finding;

import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.evidence.EvidenceLimits;
import io.jicha.evidence.EvidenceStore;
import io.jicha.report.DocxFonts;
import io.jicha.report.NoticeDocx;
import io.jicha.report.ReportFixtures;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import io.jicha.integrity.Fsck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The version of a notice actually sent (report issued), recorded as the command records it: the
 * file kept by its SHA-256 in the session's evidence store with the decision's event, cited by the
 * finding book, re-hashed by session fsck, which catches an edit to the kept copy.
 */
class DocumentSentTest {

    @TempDir
    Path root;
    Session session;
    Path docx;

    @BeforeEach
    void aSessionWhoseNoticeWasIssued() throws Exception {
        Texts.use(Texts.Lang.EN);
        session = new Workspace(root.resolve("ws")).create(new SessionInfo("s1", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区", "太仓市"), List.of("张三"), "zh-CN", null), "张三");
        session.append("张三", s -> FindingDecisions.issueNotice(s.get(FindingBook.class), "吴江区",
                LocalDate.of(2016, 10, 20), "苏环稽〔2016〕21号", "notice-wujiang.pdf"));
        docx = root.resolve("通知（签发稿）.docx");
        Files.write(docx, new NoticeDocx(DocxFonts.configured()).bytes(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 2)));
    }

    private void record(Path file, String unit, String kind, LocalDate date, String number) {
        EvidenceStore.attach(session, "李四", List.of(file), EvidenceLimits.DEFAULT, (state, files) ->
                FindingDecisions.recordSent(state.get(FindingBook.class), unit, kind, files.get(0), date, number));
    }

    @Test
    void theFileSentIsKeptByItsHashWithItsDateNumberAndWhoRecordedIt() throws Exception {
        record(docx, "吴江区", "notice", null, null);

        FindingBook.Sent sent = session.state().get(FindingBook.class).sent("吴江区", "notice").orElseThrow();
        assertThat(sent.document().file().sha256()).isEqualTo(Hashes.sha256Hex(Files.readAllBytes(docx)));
        assertThat(sent.document().file().name()).isEqualTo("通知（签发稿）.docx");
        assertThat(sent.document().date()).as("the issue date by default").isEqualTo(LocalDate.of(2016, 10, 20));
        assertThat(sent.document().number()).isEqualTo("苏环稽〔2016〕21号");
        assertThat(sent.document().numberDiffers()).isFalse();
        assertThat(sent.auditor()).isEqualTo("李四");
        Path kept = session.dir().resolve("evidence").resolve(sent.document().file().sha256());
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(docx));
        assertThat(Fsck.run(session, Fsck.ALL, null).faults()).isEmpty();
    }

    @Test
    void aDifferentNumberIsRecordedAsSentBesideTheOnePrinted() {
        record(docx, "吴江区", "notice", LocalDate.of(2016, 10, 21), "苏环稽〔2016〕25号");
        FindingEvents.DocumentSent d = session.state().get(FindingBook.class).sent("吴江区", "notice").orElseThrow()
                .document();
        assertThat(d.number()).isEqualTo("苏环稽〔2016〕25号");
        assertThat(d.printed()).isEqualTo("苏环稽〔2016〕21号");
        assertThat(d.numberDiffers()).isTrue();
        assertThat(d.date()).isEqualTo(LocalDate.of(2016, 10, 21));
    }

    @Test
    void aLaterRecordCorrectsTheEarlierOne() throws Exception {
        record(docx, "吴江区", "notice", null, null);
        Path scan = root.resolve("scan.pdf");
        Files.writeString(scan, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        record(scan, "吴江区", "notice", null, null);
        assertThat(session.state().get(FindingBook.class).sentDocuments()).hasSize(1);
        assertThat(session.state().get(FindingBook.class).sent("吴江区", "notice").orElseThrow().document().file().name())
                .isEqualTo("scan.pdf");
    }

    @Test
    void theReviewReportCitesTheVersionSent() throws Exception {
        record(docx, "吴江区", "notice", LocalDate.of(2016, 10, 21), "苏环稽〔2016〕25号");
        session.append("张三", s -> FindingDecisions.add(s.get(FindingBook.class), new AddFinding("吴江区", null, null,
                Severity.MINOR, "评查结果未在内部通报", "组织学习评分结果", new Deadline.Days(30), null), java.util.Map.of()));
        var model = new io.jicha.report.ReportModels(session.state(), session.snapshotDir()).review("稽查报告", null,
                null, null, io.jicha.finding.WorkdayCalendarLoader.locate(root));
        assertThat(model.sent("吴江区")).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("通知（签发稿）.docx");
            assertThat(d.number()).isEqualTo("苏环稽〔2016〕25号");
        });
        byte[] pdf;
        try (var out = new java.io.ByteArrayOutputStream()) {
            new io.jicha.report.ReviewReportPdf(io.jicha.report.PdfFonts.system()).render(model, out);
            pdf = out.toByteArray();
        }
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(text).contains("整改通知已于2016年10月21日发出（发文字号：苏环稽〔2016〕25号；发出版本：通知（签发稿）.docx");
    }

    @Test
    void sessionFsckCatchesAnEditToTheKeptCopy() throws Exception {
        record(docx, "吴江区", "notice", null, null);
        String sha = session.state().get(FindingBook.class).sent("吴江区", "notice").orElseThrow().document().file().sha256();
        Path kept = session.dir().resolve("evidence").resolve(sha);
        kept.toFile().setWritable(true);
        Files.writeString(kept, " ", StandardOpenOption.APPEND);

        List<String> faults = Fsck.run(session, Fsck.ALL, null).faults();
        assertThat(faults).hasSize(1);
        assertThat(faults.get(0)).contains("通知（签发稿）.docx", sha.substring(0, 12));
    }

    @Test
    void refusalsLeaveNoEventAndNoStoredFile() throws Exception {
        int before = session.state().last().seq() > 0 ? (int) session.state().last().seq() : 0;
        Path text = root.resolve("notes.txt");
        Files.writeString(text, "not the notice");
        assertThatThrownBy(() -> record(text, "吴江区", "notice", null, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("notes.txt");
        assertThatThrownBy(() -> record(docx, "太仓市", "notice", null, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("太仓市");
        assertThatThrownBy(() -> record(docx, "吴江区", "supervise", null, null)).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> record(docx, "吴江区", "notice", LocalDate.of(2016, 10, 19), null))
                .isInstanceOf(UserError.class);
        assertThat(session.state().last().seq()).isEqualTo(before);
        assertThat(session.state().get(FindingBook.class).sentDocuments()).isEmpty();
        Path evidence = session.dir().resolve("evidence");
        if (Files.isDirectory(evidence)) {
            try (var files = Files.list(evidence)) {
                assertThat(files.toList()).isEmpty();
            }
        }
    }

}
