package io.jicha.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jicha.common.Hashes;
import io.jicha.common.UserError;
import io.jicha.finding.FindingEvents;
import io.jicha.journal.NewEvent;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rectify commands and the two documents against a real workspace, journal and PDFs read back with poppler. */
class RectifyCommandsTest {

    static final Clock MAR_2017 = Clock.fixed(Instant.parse("2017-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path root;
    Workspace workspace;
    RectifyCommands rectify;

    @BeforeEach
    void aSessionWithTwoItemsOnANoticeOf20October() {
        workspace = new Workspace(root);
        workspace.create(new SessionInfo("suzhou-2016-10", LocalDate.parse("2016-10-10"), LocalDate.parse("2016-10-13"),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null), "张三");
        FindingCommands findings = new FindingCommands(context(), List.of()).withClock(MAR_2017);
        findings.add("吴江区", null, null, "较重", "双随机抽查结果未按季度公开", "按季度公开抽查结果", null, null, "2016-11-10", null);
        findings.add("吴江区", null, null, "一般", "监察记录未按月归档", "按月归档", null, null, "2016-11-21", null);
        findings.add("太仓市", null, null, "一般", "执法结果未通报", "组织学习", null, null, "2016-11-21", null);
        session().append("张三", new NewEvent(FindingEvents.NOTICE_ISSUED, Map.of("unit", "吴江区", "issued", "2016-10-20")));
        rectify = new RectifyCommands(context()).withClock(MAR_2017);
    }

    ShellContext context() {
        ShellContext ctx = new ShellContext(workspace, new Console(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
        ctx.open("suzhou-2016-10");
        ctx.useAuditor("张三");
        return ctx;
    }

    Session session() {
        return workspace.open("suzhou-2016-10");
    }

    byte[] journal() throws Exception {
        return Files.readAllBytes(session().dir().resolve(Session.JOURNAL));
    }

    @Test
    void theLedgerGoesFromReportToCheckAndShowsItsStatesAsOfADay() throws Exception {
        Path scan = Files.writeString(root.resolve("整改报告.txt"), "吴江区整改报告\n", StandardCharsets.UTF_8);
        assertThat(rectify.receive("吴江区", "2016-11-02", "吴环〔2016〕88号", scan.toString()))
                .isEqualTo("recorded 吴江区's rectification report of 2016-11-02 吴环〔2016〕88号");
        assertThat(rectify.report("F1", "2016-11-02", "网站公开抽查结果", null, null, null))
                .isEqualTo("recorded the measures for F-001 (2016-11-02)");
        assertThat(rectify.check("F-001", "2016-11-09", "现场", true, null, "网站已公开", null, scan.toString()))
                .isEqualTo("F-001 passed its check and is closed on 2016-11-09");
        assertThat(session().dir().resolve("evidence").resolve(Hashes.sha256Hex(Files.readAllBytes(scan)))).exists();
        String status = rectify.status(null, "2016-11-30", null);
        assertThat(status).contains("rectification ledger as of 2016-11-30")
                .containsPattern("F-001 +吴江区 +closed +2016-11-10 +2016-11-09")
                .containsPattern("F-002 +吴江区 +overdue +2016-11-21")
                .contains("overdue: 1").doesNotContain("太仓市  ");
        assertThat(rectify.list("吴江区", "2016-11-30", null, null)).contains("整改报告.txt").contains("on site");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("an unknown finding", (Cmd) r -> r.report("F-009", "2016-11-02", "措施", null, null, null),
                        "no finding F-009"),
                Arguments.of("a date before the notice", (Cmd) r -> r.report("F-001", "2016-10-19", "措施", null, null, null),
                        "before 吴江区's notice, issued 2016-10-20"),
                Arguments.of("a finding of a unit not told", (Cmd) r -> r.check("F-003", "2016-11-02", "书面", true, null, "看了", null, null),
                        "the notice of 太仓市, the unit of F-003, is not issued yet"),
                Arguments.of("--passed with --failed", (Cmd) r -> r.check("F-001", "2016-11-02", "书面", true, true, "看了", null, null),
                        "give --passed or --failed, not both"),
                Arguments.of("a bad method", (Cmd) r -> r.check("F-001", "2016-11-02", "电话", true, null, "看了", null, null),
                        "no check method 电话"),
                Arguments.of("a date in the future", (Cmd) r -> r.lasting("F-001", "2017-03-02", "制度", null),
                        "is after today (2017-03-01)"),
                Arguments.of("a due date not after the check", (Cmd) r -> r.check("F-001", "2016-11-02", "书面", null, true, "不到位", "2016-11-01", null),
                        "the new due date 2016-11-01 must be after 2016-11-02"),
                Arguments.of("a late extension without --override", (Cmd) r -> r.extend("F-001", "2016-12-20", "理由", "2016-11-15", null),
                        "needs --override"),
                Arguments.of("a file that is not there", (Cmd) r -> r.report("F-001", "2016-11-02", "措施", null, null, "/nonexistent/x.pdf"),
                        "/nonexistent/x.pdf"));
    }

    interface Cmd {
        String run(RectifyCommands r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void badInputIsOneLineAndLeavesTheJournalAsItWas(String what, Cmd cmd, String message) throws Exception {
        byte[] before = journal();
        assertThatThrownBy(() -> cmd.run(rectify)).isInstanceOf(UserError.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(journal()).isEqualTo(before);
    }

    @Test
    void theSupervisionNoticeAndTheStatusReportAreReproducible公文() throws Exception {
        rectify.report("F-001", "2016-11-02", "网站公开抽查结果", null, null, null);
        rectify.check("F-001", "2016-11-09", "书面", null, true, "仅公开第二季度", "2016-11-30", null);
        RectificationReportCommands reports = new RectificationReportCommands(context()).withClock(MAR_2017);
        Path supervise = root.resolve("supervise.pdf");
        assertThat(reports.supervise("吴江区", "2016-12-05", "苏环稽〔2016〕31号", "2016-12-20", supervise.toString(),
                "苏州市环境保护局", null, "江苏省环境保护厅", null)).endsWith("(2 overdue items, final deadline 2016-12-20)");
        String text = pdftotext(supervise);
        assertThat(text.replaceAll("\\s+", "")).contains("苏州市环境保护局文件", "苏环稽〔2016〕31号",
                "关于督促吴江区环境保护局限期完成稽查发现问题整改的通知", "双随机抽查结果未按季度公开",
                "2016年11月9日核查未通过：仅公开第二季度", "未报送整改措施", "于2016年12月20日前完成上述问题的整改",
                "逾期问题清单", "抄送：江苏省环境保护厅。");
        byte[] journalAfter = journal();
        Path again = root.resolve("supervise-again.pdf");
        reports.supervise("吴江区", "2016-12-05", "苏环稽〔2016〕31号", "2016-12-20", again.toString(),
                "苏州市环境保护局", null, "江苏省环境保护厅", null);
        assertThat(journal()).as("a reprint records nothing").isEqualTo(journalAfter);
        Path third = root.resolve("supervise-third.pdf");
        reports.supervise("吴江区", "2016-12-05", "苏环稽〔2016〕31号", "2016-12-20", third.toString(),
                "苏州市环境保护局", null, "江苏省环境保护厅", null);
        // the first print was made before its own event (as a notice is); reprints of one journal are identical
        assertThat(Files.readAllBytes(third)).isEqualTo(Files.readAllBytes(again));

        Supplier<String> report = () -> reports.rectification("2016-12-31", root.resolve("r.pdf").toString(),
                "苏环稽〔2016〕35号", null, "苏州市环境保护局", "江苏省环境保护厅", null, null, true);
        report.get();
        byte[] first = Files.readAllBytes(root.resolve("r.pdf"));
        String r = pdftotext(root.resolve("r.pdf")).replaceAll("\\s+", "");
        assertThat(r).contains("苏州市环境保护局关于2016年10月环境监察稽查发现问题整改情况的报告", "江苏省环境保护厅：",
                "2项问题中，已销号0项，长期坚持0项，正在推进0项，逾期2项。", "2016年12月5日，对吴江区印发督办通知（苏环稽〔2016〕31号）",
                "稽查发现问题整改台账", "特此报告。");
        report.get();
        assertThat(Files.readAllBytes(root.resolve("r.pdf"))).as("same journal, same options, same bytes").isEqualTo(first);

        // issue 23: the upward report names its 签发人 (GB/T 9704-2012 7.2.6); both documents also as .docx
        Path signed = root.resolve("signed.pdf");
        Path signedDocx = root.resolve("signed.docx");
        assertThat(reports.rectification("2016-12-31", signed.toString(), "苏环稽〔2016〕35号", null, "苏州市环境保护局",
                "江苏省环境保护厅", null, null, "李四", signedDocx.toString(), null, true))
                .contains("wrote " + signedDocx.toAbsolutePath().normalize());
        String signedText = pdftotext(signed);
        assertThat(signedText.lines().filter(l -> l.contains("签发人"))).singleElement().asString()
                .matches("\\s*苏环稽〔2016〕35号\\s{4,}签发人：\\s*李四\\s*");
        assertThat(docxText(signedDocx)).contains("苏环稽〔2016〕35号", "签发人：", "李四", "江苏省环境保护厅：",
                "稽查发现问题整改台账", "特此报告。");
        assertThat(Files.readAllBytes(signedDocx)).as("same journal, same bytes")
                .isEqualTo(docxBytes(() -> reports.rectification("2016-12-31", signed.toString(), "苏环稽〔2016〕35号", null,
                        "苏州市环境保护局", "江苏省环境保护厅", null, null, "李四", signedDocx.toString(), null, true), signedDocx));
        assertThatThrownBy(() -> reports.rectification("2016-12-31", root.resolve("blank.pdf").toString(), null, null,
                null, "江苏省环境保护厅", null, null, " ", null, null, true)).hasMessageContaining("--signer");
        assertThat(root.resolve("blank.pdf")).doesNotExist();
        Path superviseDocx = root.resolve("supervise.docx");
        reports.supervise("吴江区", "2016-12-05", "苏环稽〔2016〕31号", "2016-12-20", root.resolve("s2.pdf").toString(),
                "苏州市环境保护局", null, "江苏省环境保护厅", superviseDocx.toString(), null, true);
        assertThat(docxText(superviseDocx)).contains("苏州市环境保护局文件", "苏环稽〔2016〕31号", "逾期问题清单")
                .doesNotContain("签发人");
    }

    private static byte[] docxBytes(Supplier<String> write, Path docx) throws Exception {
        write.get();
        return Files.readAllBytes(docx);
    }

    static String docxText(Path docx) throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    static String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
