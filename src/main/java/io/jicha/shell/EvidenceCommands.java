package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.evidence.EvidenceBook;
import io.jicha.evidence.EvidenceDecisions;
import io.jicha.evidence.EvidenceEvents;
import io.jicha.evidence.EvidenceFile;
import io.jicha.evidence.EvidenceLimits;
import io.jicha.evidence.EvidenceStore;
import io.jicha.evidence.Thumbnails;
import io.jicha.journal.Event;
import io.jicha.report.EvidenceAnnexModel;
import io.jicha.report.EvidenceAnnexPdf;
import io.jicha.report.PdfFonts;
import io.jicha.report.PdfOutput;
import io.jicha.report.ReportModels;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import io.jicha.text.TextTable;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** evidence add / list / export, and report evidence: files kept by their hash with a case file, a finding or a unit. */
@Component
public class EvidenceCommands {

    private static final String GROUP = "Evidence";
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ShellContext ctx;
    private Clock clock = Clock.systemDefaultZone();

    public EvidenceCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** For tests: "today" from this clock. */
    EvidenceCommands withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    @Command(name = {"evidence", "add"}, group = GROUP,
            description = "Keep photos and scans by their hash with a case file, a finding or a unit")
    public String add(CommandContext context,
                      @Option(longName = "record", description = "the case file they show") String record,
                      @Option(longName = "finding", description = "the finding they show, e.g. F-001") String finding,
                      @Option(longName = "unit", description = "the unit (alone: evidence of the unit as a whole)") String unit,
                      @Option(longName = "note", description = "what they show") String note,
                      @Option(longName = "on", description = "the day collected, yyyy-MM-dd (default today)") String on) {
        List<Path> files = context.parsedInput().arguments().stream().map(CommandArgument::value).map(Path::of).toList();
        if (files.isEmpty()) {
            throw UserError.of("evidence.files-missing");
        }
        Session session = ctx.session();
        LocalDate day = on == null ? LocalDate.now(clock) : Args.date("--on", on);
        String kept = EvidenceDecisions.note(note);
        EvidenceEvents.Attachment to = EvidenceDecisions.attachment(session.state(), session.snapshotDir(), record,
                finding, unit, session.state().get(io.jicha.finding.FindingBook.class)::unitOf);
        EvidenceBook before = session.state().get(EvidenceBook.class);
        List<Event> events = EvidenceStore.attach(session, ctx.auditor(), files, EvidenceLimits.fromEnvironment(),
                (state, stored) -> EvidenceDecisions.add(stored,
                        EvidenceDecisions.attachment(state, session.snapshotDir(), record, finding, unit, state.get(io.jicha.finding.FindingBook.class)::unitOf), kept, day));
        List<String> lines = new ArrayList<>();
        for (Event e : events) {
            EvidenceEvents.Added a = e.payloadAs(EvidenceEvents.Added.class);
            EvidenceFile f = a.file();
            lines.add(Texts.get(before.refers(f.sha256()) ? "evidence.attached-again" : "evidence.attached", f.name(),
                    f.kind().word(), EvidenceFile.sizeText(f.size()),
                    f.takenAt() == null ? "" : Texts.get("evidence.taken-at", taken(f)), f.shortHash(), target(to)));
        }
        return String.join("\n", lines);
    }

    @Command(name = {"evidence", "list"}, group = GROUP, description = "List the evidence files, with their hash")
    public String list(@Option(longName = "record", description = "only those of this case file") String record,
                       @Option(longName = "finding", description = "only those of this finding") String finding,
                       @Option(longName = "unit", description = "only those of this unit") String unit) {
        SessionState state = ctx.session().state();
        Predicate<EvidenceEvents.Attachment> which = a -> (record == null || record.equals(a.recordId()))
                && (finding == null || finding.equalsIgnoreCase(a.findingId()))
                && (unit == null || unit.equals(a.unit()));
        List<EvidenceBook.Item> items = state.get(EvidenceBook.class).items().stream()
                .filter(i -> which.test(i.added().to())).toList();
        if (items.isEmpty()) {
            return Texts.get("evidence.none");
        }
        TextTable t = new TextTable(Labels.headers("evidence.h.n", "evidence.h.file", "evidence.h.kind",
                "evidence.h.size", "evidence.h.taken", "evidence.h.hash", "evidence.h.to", "evidence.h.note"))
                .alignRight(0, 3).maxColumnWidth(40);
        for (EvidenceBook.Item i : items) {
            EvidenceFile f = i.file();
            t.row(i.n(), f.name(), f.kind().word(), EvidenceFile.sizeText(f.size()), taken(f), f.shortHash(), target(i.added().to()),
                    i.added().note() == null ? "" : i.added().note());
        }
        return t.render().stripTrailing();
    }

    @Command(name = {"evidence", "export"}, group = GROUP, description = "Write an evidence file's bytes back out")
    public String export(@Argument(index = 0, description = "its number in 'evidence list', or the first hex digits of its hash") String which,
                         @Option(longName = "out", required = true, description = "the file to write") String out) {
        Args.required(Texts.get("evidence.the-file"), which);
        Session session = ctx.session();
        EvidenceFile f = EvidenceDecisions.file(session.state().get(EvidenceBook.class), which);
        EvidenceStore.export(session, f, Path.of(out));
        return Texts.get("evidence.exported", f.name(), f.shortHash(), out, EvidenceFile.sizeText(f.size()));
    }

    @Command(name = {"report", "evidence"}, group = "Reports",
            description = "Write the 照片及佐证材料 annex of a case file, a finding or a unit as PDF")
    public String annex(@Option(longName = "record", description = "the case file") String record,
                        @Option(longName = "finding", description = "the finding, e.g. F-001") String finding,
                        @Option(longName = "unit", description = "the unit (with --record: when the id is in several units)") String unit,
                        @Option(longName = "out", required = true, description = "the PDF file to write") String out,
                        @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        Session session = ctx.session();
        SessionState state = session.state();
        EvidenceEvents.Attachment to = EvidenceDecisions.attachment(state, session.snapshotDir(), record, finding, unit, state.get(io.jicha.finding.FindingBook.class)::unitOf);
        Path path = Path.of(out);
        PdfOutput.checkTarget(path, Boolean.TRUE.equals(force));
        EvidenceAnnexModel model = EvidenceAnnexModel.of(state, new ReportModels(state, session.snapshotDir()).provenance(), to);
        PdfFonts fonts = PdfFonts.system();
        fonts.warningsOnce().forEach(ctx::warn);
        new EvidenceAnnexPdf(fonts).write(model, f -> Thumbnails.upright(EvidenceStore.open(session, f), f.kind(),
                f.orientation(), THUMBNAIL), path, Boolean.TRUE.equals(force));
        return Texts.get("report.wrote", path.toAbsolutePath().normalize());
    }

    /** A thumbnail's longer side in pixels: about 200 dpi in its 80 mm frame. */
    private static final int THUMBNAIL = 640;


    static String taken(EvidenceFile f) {
        return f.takenAt() == null ? "-" : TAKEN.format(f.takenAt());
    }

    static String target(EvidenceEvents.Attachment a) {
        return switch (a.target()) {
            case RECORD -> Texts.get("evidence.to.record", a.recordId(), a.unit());
            case FINDING -> Texts.get("evidence.to.finding", a.findingId());
            case UNIT -> Texts.get("evidence.to.unit", a.unit());
        };
    }
}
