package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.rectification.RectificationBook;
import io.jicha.rectification.RectificationDecisions;
import io.jicha.report.DocxFonts;
import io.jicha.report.GongwenModel;
import io.jicha.report.GongwenModelDocx;
import io.jicha.report.GongwenPdf;
import io.jicha.report.NoticeModel;
import io.jicha.report.PdfFonts;
import io.jicha.report.Provenance;
import io.jicha.report.RectificationDocuments;
import io.jicha.report.ReportMessages;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** report supervise / rectification: the 督办通知 and the 整改情况报告, as 公文 in PDF. */
@Component
public class RectificationReportCommands {

    /** A 督办通知 without --due gives this many working days after its issue date. */
    private static final int DEFAULT_FINAL_WORKDAYS = 10;

    private final ShellContext ctx;
    private Clock clock = Clock.systemDefaultZone();

    public RectificationReportCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** For tests: "today" from this clock. */
    RectificationReportCommands withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    @Command(name = {"report", "supervise"}, group = "Reports",
            description = "Write a supervision notice (督办通知) for a unit's overdue items as a GB/T 9704-2012 公文 in PDF")
    public String supervise(@Option(longName = "unit", required = true, description = "the audited unit") String unit,
                            @Option(longName = "issued", required = true, description = "issue date yyyy-MM-dd") String issued,
                            @Option(longName = "number", required = true, description = "document number") String number,
                            @Option(longName = "due", description = "the final deadline yyyy-MM-dd (default: 10 working days after the issue date)") String due,
                            @Option(longName = "out", required = true, description = "the PDF file to write") String out,
                            @Option(longName = "authority", description = "issuing authority") String authority,
                            @Option(longName = "addressee", description = "addressee (default: the unit's 环境保护局)") String addressee,
                            @Option(longName = "cc", description = "抄送机关, separated by commas") String cc,
                            @Option(longName = "docx", description = "also write it as an editable Word document (.docx)") String docx,
                            @Option(longName = "strict-fonts", description = "refuse to write when a 公文 face (小标宋, 仿宋, 黑体, 楷体) is missing") Boolean strictFonts,
                            @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        ReportCommands.strictFonts(strictFonts);
        Path docxTarget = ReportCommands.docxTarget(docx, force);
        LocalDate date = Args.date("--issued", issued);
        WorkdayCalendar calendar = calendar();
        LocalDate finalDue = due == null ? calendar.addWorkdays(date, DEFAULT_FINAL_WORKDAYS) : Args.date("--due", due);
        Session session = ctx.session();
        SessionState state = session.state();
        state.info().requireUnit(unit);
        Path path = Path.of(out);
        String file = path.getFileName() == null ? out : path.getFileName().toString();
        LocalDate today = LocalDate.now(clock);
        RectificationDecisions.Supervision s = RectificationDecisions.supervise(books(state, calendar), unit, date, number,
                finalDue, file, today);
        ReportMessages documents = documents(state);
        String to = addressee != null ? addressee : defaultAddressee(documents, unit);
        String by = authority != null ? authority : documents.get("default.authority");
        GongwenModel model = new RectificationDocuments(state, session.snapshotDir(), calendar)
                .supervision(unit, s.items(), date, s.due(), number, to, by, layout(cc));
        new GongwenPdf(fonts()).write(model, path, Boolean.TRUE.equals(force));
        if (docxTarget != null) {
            new GongwenModelDocx(DocxFonts.configured()).write(model, docxTarget, Boolean.TRUE.equals(force));
        }
        if (!s.events().isEmpty()) {
            session.append(ctx.auditor(), st -> RectificationDecisions.supervise(books(st, calendar), unit, date, number,
                    finalDue, file, today).events());
        }
        return ReportCommands.alsoWrote(Texts.get("rectify.supervise.written", path.toAbsolutePath().normalize(),
                s.items().size(), s.due()), docxTarget);
    }

    /** As before --docx and --strict-fonts (callers in tests). */
    public String supervise(String unit, String issued, String number, String due, String out, String authority,
                            String addressee, String cc, Boolean force) {
        return supervise(unit, issued, number, due, out, authority, addressee, cc, null, null, force);
    }

    @Command(name = {"report", "rectification"}, group = "Reports",
            description = "Write the rectification status report (整改情况报告) as a GB/T 9704-2012 公文 in PDF")
    public String rectification(@Option(longName = "as-of", required = true, description = "as of this date yyyy-MM-dd") String asOf,
                                @Option(longName = "out", required = true, description = "the PDF file to write") String out,
                                @Option(longName = "number", description = "document number") String number,
                                @Option(longName = "issued", description = "the report's date yyyy-MM-dd (default: the as-of date)") String issued,
                                @Option(longName = "authority", description = "issuing authority") String authority,
                                @Option(longName = "addressee", required = true, description = "addressee, e.g. 江苏省环境保护厅") String addressee,
                                @Option(longName = "title", description = "the title") String title,
                                @Option(longName = "cc", description = "抄送机关, separated by commas") String cc,
                                @Option(longName = "signer", description = "签发人 of this upward report (GB/T 9704-2012 7.2.6), e.g. 张三") String signer,
                                @Option(longName = "docx", description = "also write it as an editable Word document (.docx)") String docx,
                                @Option(longName = "strict-fonts", description = "refuse to write when a 公文 face (小标宋, 仿宋, 黑体, 楷体) is missing") Boolean strictFonts,
                                @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        ReportCommands.strictFonts(strictFonts);
        io.jicha.finding.FindingDecisions.checkGivenOptions(java.util.Collections.singletonMap("--signer", signer));
        Path docxTarget = ReportCommands.docxTarget(docx, force);
        LocalDate date = Args.date("--as-of", asOf);
        LocalDate dated = issued == null ? date : Args.date("--issued", issued);
        Session session = ctx.session();
        SessionState state = session.state();
        ReportMessages documents = documents(state);
        String by = authority != null ? authority : documents.get("default.authority");
        GongwenModel model = new RectificationDocuments(state, session.snapshotDir(), calendar())
                .statusReport(date, dated, number, title, addressee, by, layout(cc)).withSigner(signer);
        Path path = Path.of(out);
        new GongwenPdf(fonts()).write(model, path, Boolean.TRUE.equals(force));
        if (docxTarget != null) {
            new GongwenModelDocx(DocxFonts.configured()).write(model, docxTarget, Boolean.TRUE.equals(force));
        }
        return ReportCommands.alsoWrote(Texts.get("report.wrote", path.toAbsolutePath().normalize()), docxTarget);
    }

    /** As before --signer, --docx and --strict-fonts (callers in tests). */
    public String rectification(String asOf, String out, String number, String issued, String authority,
                                String addressee, String title, String cc, Boolean force) {
        return rectification(asOf, out, number, issued, authority, addressee, title, cc, null, null, null, force);
    }

    private static RectificationDecisions.Books books(SessionState state, WorkdayCalendar calendar) {
        return new RectificationDecisions.Books(state.get(FindingBook.class), state.get(RectificationBook.class), calendar);
    }

    private static NoticeModel.Layout layout(String cc) {
        return new NoticeModel.Layout(NoticeModel.Form.FILE, true, null,
                cc == null ? List.of() : Args.list("--cc", cc), null, null);
    }

    /** The unit itself when it names a bureau (…局), else the unit's environmental protection bureau. */
    private static String defaultAddressee(ReportMessages documents, String unit) {
        return unit.endsWith(documents.get("default.bureau-suffix")) ? unit : documents.get("default.addressee", unit);
    }

    private static ReportMessages documents(SessionState state) {
        return ReportMessages.forLocale(Provenance.localeOf(state.info().locale()));
    }

    private WorkdayCalendar calendar() {
        return WorkdayCalendarLoader.locate(ctx.workspace().root());
    }

    private PdfFonts fonts() {
        PdfFonts fonts = PdfFonts.system();
        fonts.warningsOnce().forEach(ctx::warn);
        return fonts;
    }
}
