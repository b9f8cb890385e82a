package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.record.CaseRecord;
import io.jicha.record.Columns;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.RecordsImported;
import io.jicha.record.SheetChoice;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import io.jicha.text.TextTable;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** records import / list / count / show, and the populations' lines in 'session status'. */
@Component
public class RecordCommands implements StatusContributor {

    private static final int DEFAULT_LIMIT = 50;

    private final ShellContext ctx;

    public RecordCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Command(name = {"records", "import"}, group = "Records",
            description = "Import a unit's case files (CSV, JSON Lines or Excel .xlsx) into its population")
    public String importFile(
            @Argument(index = 0, description = "CSV, JSON Lines or .xlsx file") String file,
            @Option(longName = "unit", required = true, description = "audited unit, e.g. 吴江区") String unit,
            @Option(longName = "kind", required = true, description = "penalty-case or inspection-record") String kind,
            @Option(longName = "encoding", description = "UTF-8, GB18030 or GBK (default: detected)") String encoding,
            @Option(longName = "sheet", description = "the workbook's sheet (default: the first)") String sheet,
            @Option(longName = "header-row", description = "the header's row number in the sheet (default: found below title rows)") Integer headerRow) {
        Args.required(Texts.get("record.the-file-to-import"), file);
        Session session = ctx.session();
        RecordKind k = RecordKind.parse(kind);
        String auditor = ctx.auditor();
        Path path = Path.of(file);
        ConsoleProgress progress = new ConsoleProgress(ctx.err(), Texts.get("record.importing", path.getFileName()));
        RecordsImported r;
        try {
            r = RecordImport.importFile(session, auditor, path, unit, k, encoding, new SheetChoice(sheet, headerRow),
                    progress);
        } finally {
            progress.finish();
        }
        int total = session.state().get(PopulationBook.class).count(unit, k);
        String leftOut = progress.leftOutLine().isEmpty() ? "" : "\n" + progress.leftOutLine();
        PopulationBook.VersionChange change = session.state().get(PopulationBook.class).change(session.snapshotDir(), r);
        if (change != null) {
            leftOut += "\n" + Texts.get("record.new-version", unit, k, change.version(), change.added().size(),
                    change.changed().size(), change.removed().size())
                    + (change.changed().isEmpty() ? "" : "\n" + Texts.get("record.new-version.changed", String.join("、", change.changed())))
                    + (change.added().isEmpty() ? "" : "\n" + Texts.get("record.new-version.added", String.join("、", change.added())))
                    + (change.removed().isEmpty() ? "" : "\n" + Texts.get("record.new-version.removed", String.join("、", change.removed())));
        }
        if (r.sheet() != null) {
            return Texts.get("record.xlsx.imported", String.format("%,d", r.rows()), r.fileName(), r.sheet(),
                    r.headerRow(), unit, k, r.sha256().substring(0, 12), String.format("%,d", total)) + leftOut;
        }
        return Texts.get("record.imported", String.format("%,d", r.rows()), r.fileName(), unit, k, r.format(), r.encoding(),
                r.sha256().substring(0, 12), String.format("%,d", total)) + leftOut;
    }

    /** A text file's import (no sheet or header row to choose). */
    public String importFile(String file, String unit, String kind, String encoding) {
        return importFile(file, unit, kind, encoding, null, null);
    }

    @Command(name = {"records", "list"}, group = "Records", description = "List a unit's records, optionally filtered")
    public String list(
            @Option(longName = "unit", required = true, description = "audited unit") String unit,
            @Option(longName = "kind", required = true, description = "penalty-case or inspection-record") String kind,
            @Option(longName = "from", description = "first date, inclusive") String from,
            @Option(longName = "to", description = "last date, inclusive") String to,
            @Option(longName = "where", description = "attr=value, several joined by &") String where,
            @Option(longName = "limit", description = "show at most N records (default 50)") Integer limit) {
        Selected s = select(unit, kind, from, to, where);
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1) {
            throw UserError.of("record.limit-must-least-1");
        }
        List<String> columns = new ArrayList<>(List.of(Columns.ID, Columns.DATE));
        s.population.columns().stream().limit(4).forEach(columns::add);
        TextTable t = new TextTable(columns.stream().map(c -> s.population.header(c) != null ? s.population.header(c)
                : Columns.header(c)).toArray(String[]::new)).maxColumnWidth(30); // the ledger's own headers
        for (int i = 0; i < Math.min(max, s.rows.length); i++) {
            int row = s.rows[i];
            Object[] cells = new Object[columns.size()];
            cells[0] = s.population.id(row);
            cells[1] = s.population.date(row);
            for (int c = 2; c < columns.size(); c++) {
                cells[c] = s.population.attribute(row, columns.get(c));
            }
            t.row(cells);
        }
        String more = s.rows.length > max ? "\n" + Texts.get("record.and-more", String.format("%,d", s.rows.length - max)) : "";
        return t.render().stripTrailing() + more;
    }

    @Command(name = {"records", "count"}, group = "Records", description = "Count a unit's records, optionally filtered")
    public String count(
            @Option(longName = "unit", required = true, description = "audited unit") String unit,
            @Option(longName = "kind", required = true, description = "penalty-case or inspection-record") String kind,
            @Option(longName = "from", description = "first date, inclusive") String from,
            @Option(longName = "to", description = "last date, inclusive") String to,
            @Option(longName = "where", description = "attr=value, several joined by &") String where) {
        return String.valueOf(select(unit, kind, from, to, where).rows.length);
    }

    @Command(name = {"records", "show"}, group = "Records", description = "Show one record by its id")
    public String show(@Argument(index = 0, description = "record id, e.g. 吴环罚〔2016〕12号") String id) {
        Args.required(Texts.get("record.the-record-id"), id);
        Session session = ctx.session();
        List<PopulationBook.Found> found = session.state().get(PopulationBook.class).requireFound(session.snapshotDir(), id);
        StringBuilder b = new StringBuilder();
        for (PopulationBook.Found f : found) {
            CaseRecord r = f.record();
            TextTable t = new TextTable(Labels.headers("record.h.field", "record.h.value")).maxColumnWidth(80);
            t.row(Texts.get("record.f.unit"), f.unit()).row(Texts.get("record.f.kind"), f.kind().code() + " (" + f.kind().chinese() + ")")
                    .row(f.header(Columns.ID), r.id()).row(f.header(Columns.DATE), r.date());
            for (Map.Entry<String, String> e : r.attributes().entrySet()) {
                t.row(f.header(e.getKey()), e.getValue());
            }
            b.append(t.render());
        }
        return b.toString().stripTrailing();
    }

    private record Selected(Population population, int[] rows) {
    }

    private Selected select(String unit, String kind, String from, String to, String where) {
        Session session = ctx.session();
        SessionState state = session.state();
        state.info().requireUnit(unit);
        RecordKind k = RecordKind.parse(kind);
        RecordFilter filter = RecordFilter.parse(from, to, where);
        Population p = state.get(PopulationBook.class).requirePopulation(session.snapshotDir(), unit, k);
        return new Selected(p, filter.apply(p));
    }

    @Override
    public List<String> statusLines(SessionState state) {
        PopulationBook book = state.get(PopulationBook.class);
        List<String> lines = new ArrayList<>();
        for (String unit : state.info().units()) {
            for (RecordKind k : RecordKind.values()) {
                List<RecordsImported> imports = book.imports(unit, k);
                if (!imports.isEmpty()) {
                    lines.add(Labels.line("record.l.records", Texts.get(imports.size() == 1 ? "record.status-one-file"
                            : "record.status-files", unit, k, String.format("%,d", book.count(unit, k)), imports.size())));
                }
            }
        }
        return lines;
    }
}
