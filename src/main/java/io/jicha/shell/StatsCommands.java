package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.record.CaseRecord;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordKind;
import io.jicha.report.PdfFonts;
import io.jicha.report.ReportModels;
import io.jicha.report.SummaryTableModel;
import io.jicha.report.Provenance;
import io.jicha.report.SummaryCsvWriter;
import io.jicha.report.SummaryTablePdf;
import io.jicha.report.SummaryTextRenderer;
import io.jicha.report.SummaryWords;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import io.jicha.stats.EnforcementSummary;
import io.jicha.stats.EnforcementSummaryCalculator;
import io.jicha.stats.SummaryScope;
import io.jicha.stats.SummaryTable;
import io.jicha.stats.UnitRecords;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** stats summary: the monthly enforcement summary (执法情况汇总表) computed from the imported records. */
@Component
public class StatsCommands {

    private final ShellContext ctx;

    public StatsCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Command(name = {"stats", "summary"}, group = "Statistics",
            description = "The month's enforcement summary per unit and in total; optionally as CSV (Excel) and PDF")
    public String summary(@Option(longName = "month", required = true, description = "the month, yyyy-MM") String month,
                          @Option(longName = "unit", description = "only this unit") String unit,
                          @Option(longName = "all-units", description = "every unit of the session (the default)") Boolean allUnits,
                          @Option(longName = "csv", description = "also write the table as CSV (UTF-8 with BOM, for Excel)") String csv,
                          @Option(longName = "pdf", description = "also write the table as a one-page PDF") String pdf,
                          @Option(longName = "xlsx", description = "also write the table as an Excel workbook (.xlsx)") String xlsx,
                          @Option(longName = "city", description = "the city the title names, e.g. 苏州市 (default: from --filed-by)") String city,
                          @Option(longName = "filed-by", description = "填报单位, e.g. 苏州市环境保护局") String filedBy,
                          @Option(longName = "filed-on", description = "填报日期 yyyy-MM-dd") String filedOn,
                          @Option(longName = "reviewer", description = "审核人") String reviewer,
                          @Option(longName = "preparer", description = "填报人") String preparer,
                          @Option(longName = "phone", description = "联系电话") String phone,
                          @Option(longName = "force", description = "overwrite existing files") Boolean force) {
        YearMonth ym = EnforcementSummary.parseMonth(month);
        if (pdf != null) { // the target is checked before anything is computed or written
            io.jicha.report.PdfOutput.checkTarget(Path.of(pdf), Boolean.TRUE.equals(force));
        }
        Session session = ctx.session();
        SessionState state = session.state();
        List<String> units = SummaryScope.units(state.info().units(), unit, Boolean.TRUE.equals(allUnits));
        PopulationBook book = state.get(PopulationBook.class);
        List<UnitRecords> records = new ArrayList<>();
        for (String u : units) {
            book.requireAnyImport(u); // a summary needs the unit's records of some kind
            records.add(new UnitRecords(u, records(book, session, u, RecordKind.INSPECTION_RECORD),
                    records(book, session, u, RecordKind.PENALTY_CASE)));
        }
        EnforcementSummaryCalculator calculator = new EnforcementSummaryCalculator();
        java.util.Set<String> noData = SummaryScope.noData(calculator, ym, records);
        LocalDate filed = filedOn == null || filedOn.isBlank() ? null : Args.date("--filed-on", filedOn);
        SummaryTable table = SummaryTable.of(calculator.summarize(ym, records),
                calculator.yearToDate(ym, records).orElse(null), SummaryScope.city(city, filedBy), noData);
        SummaryTableModel.Filing filing = new SummaryTableModel.Filing(filedBy, filed, reviewer, preparer, phone);
        boolean overwrite = Boolean.TRUE.equals(force);
        SummaryWords words = SummaryWords.forLocale(Provenance.localeOf(state.info().locale())); // the session's language
        StringBuilder out = new StringBuilder(new SummaryTextRenderer(words).render(table).stripTrailing());
        if (filedBy != null || filed != null || reviewer != null) {
            String blank = Texts.get("stats.filing.blank");
            out.append('\n').append(Texts.get("stats.filing", filing.filedBy().isEmpty() ? blank : filing.filedBy(),
                    filed == null ? blank : filed.toString(), filing.reviewer().isEmpty() ? blank : filing.reviewer()));
        }
        if (preparer != null || phone != null) {
            String blank = Texts.get("stats.filing.blank");
            out.append('\n').append(Texts.get("stats.filing.contact", filing.preparer().isEmpty() ? blank : filing.preparer(),
                    filing.phone().isEmpty() ? blank : filing.phone()));
        }
        if (csv != null) {
            Path p = Path.of(csv);
            if (Files.exists(p) && !overwrite) {
                throw UserError.of("stats.already-exists-use-force-overwrite", p);
            }
            new SummaryCsvWriter(words).write(table, p);
            out.append('\n').append(Texts.get("stats.wrote", p.toAbsolutePath().normalize()));
        }
        if (xlsx != null) {
            out.append('\n').append(SpreadsheetExport.write(state, xlsx, force,
                    List.of(SpreadsheetExport.tables(state).enforcementSummary(table))));
        }
        if (pdf != null) {
            Path p = Path.of(pdf);
            PdfFonts fonts = PdfFonts.system();
            fonts.warningsOnce().forEach(ctx::warnAfter); // after the lines that say what was written
            SummaryTableModel model = SummaryTableModel.of(table, new ReportModels(state, session.snapshotDir()).provenance(),
                    filing);
            new SummaryTablePdf(fonts).write(model, p, overwrite);
            out.append('\n').append(Texts.get("stats.wrote", p.toAbsolutePath().normalize()));
        }
        return out.toString();
    }

    private static List<CaseRecord> records(PopulationBook book, Session session, String unit, RecordKind kind) {
        Population p = book.population(session.snapshotDir(), unit, kind);
        List<CaseRecord> list = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            list.add(p.record(i));
        }
        return list;
    }
}
