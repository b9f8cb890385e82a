package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.evidence.EvidenceLimits;
import io.jicha.evidence.EvidenceStore;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingEvents;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.journal.Event;
import io.jicha.report.ReportMessages;
import io.jicha.report.DocxFonts;
import io.jicha.report.NoticeDocx;
import io.jicha.report.NoticeModel;
import io.jicha.report.PdfOutput;
import io.jicha.report.ReviewReportDocx;
import io.jicha.report.ReportMessages;
import io.jicha.report.PdfFonts;
import io.jicha.report.PdfOutput;
import io.jicha.report.ReportMessages;
import io.jicha.report.RectificationNoticePdf;
import io.jicha.report.ReportMessages;
import io.jicha.report.ReportModels;
import io.jicha.report.ReportMessages;
import io.jicha.report.ReviewReportPdf;
import io.jicha.report.ReportMessages;
import io.jicha.report.ScoreSheetPdf;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;
import io.jicha.session.integrity.HeadSigning;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** report review / sheet / notice: the PDF documents, rendered from the session's replayed state. */
@Component
public class ReportCommands {

    private final ShellContext ctx;
    private final FollowUpCommands followUp;

    public ReportCommands(ShellContext ctx, FollowUpCommands followUp) {
        this.ctx = ctx;
        this.followUp = followUp;
    }

    @Command(name = {"report", "review"}, group = "Reports", description = "Write the review report (稽查报告) as PDF")
    public String review(@Option(longName = "out", required = true, description = "the PDF file to write") String out,
                         @Option(longName = "unit", description = "only this unit") String unit,
                         @Option(longName = "title", description = "the report's title") String title,
                         @Option(longName = "authority", description = "the signing authority, e.g. 苏州市环境保护局 (default: the team signs alone)") String authority,
                         @Option(longName = "date", description = "the report's date yyyy-MM-dd (default: left blank to write by hand)") String date,
                         @Option(longName = "docx", description = "also write it as an editable Word document (.docx)") String docx,
                         @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        PdfOutput.checkTarget(Path.of(out), Boolean.TRUE.equals(force)); // before anything is laid out
        Path docxTarget = docxTarget(docx, force);
        Session session = ctx.session();
        SessionState state = session.state();
        String t = title != null ? title : documents(state).get("default.review-title", state.info().name());
        var model = new ReportModels(state, session.snapshotDir()).review(t, unit,
                authority == null || authority.isBlank() ? null : authority,
                date == null || date.isBlank() ? null : Args.date("--date", date), calendar());
        model = model.withFollowUp(followUp.forReport(state, unit)); // 回头看: as sample compare prints it
        Path target = Path.of(out);
        new ReviewReportPdf(fonts()).write(model, target, Boolean.TRUE.equals(force));
        String wrote = Texts.get("report.wrote", target.toAbsolutePath().normalize());
        if (docxTarget != null) {
            new ReviewReportDocx(DocxFonts.configured()).write(model, docxTarget, Boolean.TRUE.equals(force));
            wrote += System.lineSeparator() + Texts.get("report.wrote", docxTarget.toAbsolutePath().normalize());
        }
        return wrote;
    }

    @Command(name = {"report", "sheet"}, group = "Reports", description = "Write the filled score sheet (评查表) of one file as PDF",
            completionProvider = "drawnIdCompletion")
    public String sheet(@Argument(index = 0, description = "record id") String id,
                        @Option(longName = "out", required = true, description = "the PDF file to write") String out,
                        @Option(longName = "unit", description = "the unit; alone, the unit's document review") String unit,
                        @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        PdfOutput.checkTarget(Path.of(out), Boolean.TRUE.equals(force)); // before anything is laid out
        Session session = ctx.session();
        SessionState state = session.state();
        ScoreTarget target;
        if (id != null && !id.isBlank()) {
            target = ScoringDecisions.locate(state, id, unit);
        } else if (unit != null && !unit.isBlank()) {
            target = ScoringDecisions.unitDocuments(state, unit);
        } else {
            throw UserError.of("report.give-record-id-unit-u");
        }
        var model = new ReportModels(state, session.snapshotDir()).sheet(target);
        Path path = Path.of(out);
        new ScoreSheetPdf(fonts()).write(model, path, Boolean.TRUE.equals(force));
        return Texts.get("report.wrote", path.toAbsolutePath().normalize());
    }

    @Command(name = {"report", "notice"}, group = "Reports",
            description = "Issue a unit's rectification notice (整改通知) as a GB/T 9704-2012 公文 in PDF")
    public String notice(@Option(longName = "unit", required = true, description = "the audited unit") String unit,
                         @Option(longName = "issued", required = true, description = "issue date yyyy-MM-dd; deadlines count from it") String issued,
                         @Option(longName = "out", required = true, description = "the PDF file to write") String out,
                         @Option(longName = "number", description = "document number, e.g. 苏环稽〔2016〕3号") String number,
                         @Option(longName = "authority", description = "issuing authority, e.g. 苏州市环境保护局") String authority,
                         @Option(longName = "addressee", description = "addressee (default: the unit's 环境保护局)") String addressee,
                         @Option(longName = "form", description = "file (文件式, default), letter (信函式) or plain (pre-printed letterhead)") String form,
                         @Option(longName = "signature", description = "sealed (default, room for the seal) or unsealed") String signature,
                         @Option(longName = "title", description = "the title (default: <authority>关于<unit>环境监察稽查发现问题整改的通知)") String title,
                         @Option(longName = "cc", description = "抄送机关, separated by commas") String cc,
                         @Option(longName = "printer", description = "印发机关 (default: the authority's 办公室)") String printer,
                         @Option(longName = "printed", description = "印发日期 yyyy-MM-dd (default: the issue date)") String printed,
                         @Option(longName = "docx", description = "also write it as an editable Word document (.docx)") String docx,
                         @Option(longName = "strict-fonts", description = "refuse to write when a 公文 face (小标宋, 仿宋, 黑体, 楷体) is missing") Boolean strictFonts,
                         @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        LocalDate date = Args.date("--issued", issued);
        strictFonts(strictFonts);
        NoticeModel.Form chosenForm = form(form); // the options are checked before the session is opened
        boolean sealedForm = sealed(signature);
        List<String> ccList = cc == null ? List.of() : Args.list("--cc", cc);
        LocalDate printedOn = printed == null ? null : Args.date("--printed", printed);
        java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
        named.put("--authority", authority);
        named.put("--addressee", addressee);
        named.put("--title", title);
        named.put("--printer", printer);
        FindingDecisions.checkNoticeOptions(named, date, printedOn);
        PdfOutput.checkTarget(Path.of(out), Boolean.TRUE.equals(force)); // before anything is decided or laid out
        Path docxTarget = docxTarget(docx, force);
        Session session = ctx.session();
        SessionState state = session.state();
        Path path = Path.of(out);
        String file = path.getFileName() == null ? out : path.getFileName().toString(); // "/" is refused when writing
        // a reprint prints the notice as issued: what it does not give is taken from the record
        var issuedAs = state.get(FindingBook.class).notice(unit);
        boolean reprint = issuedAs.isPresent() && issuedAs.get().issued().equals(date);
        String numberAs = number == null && reprint ? issuedAs.get().number() : number;
        String titleAs = title == null && reprint ? issuedAs.get().title() : title;
        String to = addressee != null ? addressee : reprint && issuedAs.get().addressee() != null ? issuedAs.get().addressee()
                : state.info().fullName(unit).orElseGet(() -> defaultAddressee(documents(state), unit));
        NoticeModel.Layout layout = new NoticeModel.Layout(chosenForm, sealedForm, titleAs, ccList, printer, printedOn);
        if (docxTarget != null) {
            NoticeDocx.checkLayout(layout);
        }
        String formCode = layout.form().name().toLowerCase(java.util.Locale.ROOT);
        // refuses another issue date, or a reprint that changes what was issued, before anything is written
        boolean first = !FindingDecisions.issueNotice(state.get(FindingBook.class), unit, date, numberAs, file, formCode,
                titleAs, to).isEmpty();
        String auditor = first ? ctx.auditor() : null;
        // the issuer's key is in the journal before the notice prints it beside the head it then signs
        SessionState signing = first ? registered(session, auditor) : state;
        NoticeModel model = (first ? new ReportModels(signing, session.snapshotDir()).signedBy(auditor)
                : new ReportModels(signing, session.snapshotDir())).notice(unit, date, numberAs, to,
                authority != null ? authority : documents(state).get("default.authority"), calendar()).with(layout);
        new RectificationNoticePdf(fonts()).write(model, path, Boolean.TRUE.equals(force));
        if (docxTarget != null) {
            new NoticeDocx(DocxFonts.configured()).write(model, docxTarget, Boolean.TRUE.equals(force));
        }
        if (first) {
            List<Event> written = session.append(auditor,
                    s -> FindingDecisions.issueNotice(s.get(FindingBook.class), unit, date, numberAs, file, formCode,
                            titleAs, to));
            if (!written.isEmpty()) { // the head printed on the notice, signed by whoever issued it
                HeadSigning.sign(session, ctx.keyFolder(), auditor, signing.last().seq(), signing.headHash(),
                        SessionEvents.SignedFor.NOTICE);
            }
        }
        String wrote = Texts.get("report.notice.written", path.toAbsolutePath().normalize(), model.findings().size(),
                model.replyBy());
        return docxTarget == null ? wrote
                : wrote + System.lineSeparator() + Texts.get("report.wrote", docxTarget.toAbsolutePath().normalize());
    }

    /** The session's state once {@code auditor}'s signing key is registered in its journal. */
    private SessionState registered(Session session, String auditor) {
        HeadSigning.register(session, ctx.keyFolder(), auditor);
        return session.state();
    }

    /** As before --strict-fonts (callers in tests). */
    public String notice(String unit, String issued, String out, String number, String authority, String addressee,
                         String form, String signature, String title, String cc, String printer, String printed,
                         String docx, Boolean force) {
        return notice(unit, issued, out, number, authority, addressee, form, signature, title, cc, printer, printed, docx,
                null, force);
    }

    /**
     * The .docx to write as well (null: none), checked before anything is written or recorded; the
     * word-processor library is loaded only when one is written.
     */
    static Path docxTarget(String docx, Boolean force) {
        if (docx == null || docx.isBlank()) {
            return null;
        }
        Path target = Path.of(docx);
        PdfOutput.checkTarget(target, Boolean.TRUE.equals(force));
        return target;
    }

    @Command(name = {"report", "issued"}, group = "Reports",
            description = "Record the version of a document actually sent (the edited .docx or the signed scan as PDF)")
    public String issued(@Option(longName = "unit", required = true, description = "the audited unit it was sent to") String unit,
                         @Option(longName = "kind", required = true, description = "which document: notice") String kind,
                         @Option(longName = "file", required = true, description = "the file sent (.docx or .pdf)") String file,
                         @Option(longName = "date", description = "the day it was sent, yyyy-MM-dd (default: the issue date)") String date,
                         @Option(longName = "number", description = "its document number as sent (default: the one printed)") String number) {
        Session session = ctx.session();
        session.state().info().requireUnit(unit);
        LocalDate on = date == null || date.isBlank() ? null : Args.date("--date", date);
        List<Event> written = EvidenceStore.attach(session, ctx.auditor(), List.of(Path.of(file)),
                EvidenceLimits.fromEnvironment(), (state, files) ->
                        FindingDecisions.recordSent(state.get(FindingBook.class), unit, kind, files.get(0), on, number));
        FindingEvents.DocumentSent sent = written.get(0).payloadAs(FindingEvents.DocumentSent.class);
        if (sent.numberDiffers()) {
            ctx.warn(Texts.get("report.issued.number-differs", orNone(sent.number()), orNone(sent.printed())));
        }
        return Texts.get("report.issued.recorded", Texts.get("report.issued.kind." + sent.kind()), sent.unit(),
                sent.file().name(), sent.file().shortHash(), sent.date(), orNone(sent.number()));
    }

    private static String orNone(String number) {
        return number == null ? Texts.get("report.issued.no-number") : number;
    }

    /**
     * Without a full name for the unit (session new --units 吴江区=苏州市吴江区环境保护局): the unit itself when
     * it names a bureau (…局), else the unit's environmental protection bureau.
     */
    private static String defaultAddressee(ReportMessages documents, String unit) {
        String bureau = documents.get("default.addressee", unit);
        return unit.endsWith(documents.get("default.bureau-suffix")) ? unit : bureau;
    }

    /** The labels of documents in the session's language. */
    private static ReportMessages documents(SessionState state) {
        return ReportMessages.forLocale(java.util.Locale.forLanguageTag(state.info().locale()));
    }

    private static NoticeModel.Form form(String value) {
        if (value == null || value.isBlank()) {
            return NoticeModel.Form.FILE;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "file", "文件式" -> NoticeModel.Form.FILE;
            case "letter", "信函式" -> NoticeModel.Form.LETTER;
            case "plain" -> NoticeModel.Form.PLAIN;
            default -> throw UserError.of("report.notice.badForm", value);
        };
    }

    private static boolean sealed(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "sealed", "盖章" -> true;
            case "unsealed", "不盖章" -> false;
            default -> throw UserError.of("report.notice.badSignature", value);
        };
    }

    private WorkdayCalendar calendar() {
        return WorkdayCalendarLoader.locate(ctx.workspace().root());
    }

    /** The line that says what was written, and the .docx's line when one was written too. */
    static String alsoWrote(String wrote, Path docxTarget) {
        return docxTarget == null ? wrote
                : wrote + System.lineSeparator() + Texts.get("report.wrote", docxTarget.toAbsolutePath().normalize());
    }

    /** --strict-fonts: refused in one line, before anything is decided or written, when a 公文 face is missing. */
    static void strictFonts(Boolean strict) {
        if (Boolean.TRUE.equals(strict)) {
            PdfFonts.system().requireStandardFaces();
        }
    }

    private PdfFonts fonts() {
        PdfFonts fonts = PdfFonts.system();
        fonts.warningsOnce().forEach(ctx::warnAfter); // after the line that says what was written
        return fonts;
    }
}
