package io.jicha.report;

import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.Severity;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.scoring.ReviewSummary;
import io.jicha.scoring.ScoreSheet;
import io.jicha.stats.SummaryTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables a review team hands back as spreadsheets, derived from the session's state: the
 * problem list, the score table of the reviewed files, the review summary and the monthly
 * enforcement summary. Headers come from the report bundle in the session's language.
 */
public final class Spreadsheets {

    private final ReportMessages m;

    public Spreadsheets(ReportMessages messages) {
        this.m = messages;
    }

    /**
     * A finding's criteria as the list names them: its code; for a grouped finding each member's code,
     * without repeats, with the rubric's id when its members were judged by more than one rubric (codes
     * collide across rubrics).
     */
    static String criteria(Finding f) {
        List<io.jicha.finding.CriterionRef> refs = f.criteria();
        if (refs.isEmpty()) {
            return f.criterionCode();
        }
        boolean rubrics = refs.stream().map(io.jicha.finding.CriterionRef::rubric).filter(java.util.Objects::nonNull)
                .distinct().count() > 1;
        return refs.stream().map(r -> rubrics && r.rubric() != null ? r.rubric() + " " + r.code() : r.code())
                .distinct().collect(java.util.stream.Collectors.joining("、"));
    }

    /**
     * The problem list: one row per finding. The due date is given once it can be known (a fixed
     * date, or a rule once the unit's notice is issued).
     */
    public XlsxOutput.Sheet findings(FindingBook book, List<Finding> findings, WorkdayCalendar calendar) {
        List<List<Object>> rows = new ArrayList<>();
        for (Finding f : findings) {
            LocalDate due = f.deadline() == null ? null : book.dueDate(f, calendar).orElse(null);
            rows.add(java.util.Arrays.asList(f.id(), f.unit(), f.recordId(), criteria(f), f.severity().label(),
                    f.status().label(), f.deadline() == null ? null : DeadlineWording.rule(m, f.deadline()), due,
                    f.text(), f.requirement().isEmpty() ? null : f.requirement()));
        }
        return new XlsxOutput.Sheet(m.get("xlsx.findings.sheet"), headers("xlsx.findings.col.id",
                "xlsx.findings.col.unit", "xlsx.findings.col.record", "xlsx.findings.col.criterion",
                "xlsx.findings.col.severity", "xlsx.findings.col.status", "xlsx.findings.col.deadline",
                "xlsx.findings.col.due", "xlsx.findings.col.text", "xlsx.findings.col.requirement"), rows);
    }

    /**
     * The score table: for each kind of file, one sheet with one row per reviewed file, a column per
     * rubric section (the points left in it; a file scored by a rubric chosen by applies_when fills its own
     * rubric's sections), the total (as the rubric's veto rule counts it), the grade and whether a veto failed it.
     */
    public List<XlsxOutput.Sheet> scoreTable(ReviewSummary summary) {
        List<XlsxOutput.Sheet> sheets = new ArrayList<>();
        for (io.jicha.record.RecordKind kind : io.jicha.record.RecordKind.values()) {
            List<ScoreSheet> files = new ArrayList<>();
            List<String> units = new ArrayList<>();
            for (ReviewSummary.UnitResult u : summary.units()) {
                for (ReviewSummary.KindResult k : u.kinds()) {
                    if (k.kind() == kind) {
                        for (ScoreSheet s : k.sheets()) {
                            files.add(s);
                            units.add(u.unit());
                        }
                    }
                }
            }
            if (files.isEmpty()) {
                continue;
            }
            List<String> headers = new ArrayList<>(List.of(m.get("xlsx.scores.col.unit"), m.get("xlsx.scores.col.file")));
            Set<String> sections = new LinkedHashSet<>();
            files.forEach(s -> s.sections().forEach(t -> sections.add(t.section().title())));
            sections.forEach(title -> headers.add(title));
            headers.add(m.get("xlsx.scores.col.total"));
            headers.add(m.get("xlsx.scores.col.grade"));
            headers.add(m.get("xlsx.scores.col.vetoed"));
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ScoreSheet s = files.get(i);
                List<Object> row = new ArrayList<>(List.of(units.get(i), s.target().id()));
                for (String title : sections) {
                    row.add(s.sections().stream().filter(t -> t.section().title().equals(title))
                            .map(ScoreSheet.SectionTotal::score).findFirst().orElse(null));
                }
                // the total as the rubric's veto rule counts it: 0 under veto: zero, empty under exclude (不再评分)
                row.add(s.counted().orElse(null));
                row.add(s.grade());
                row.add(m.get(s.vetoed() ? "xlsx.yes" : "xlsx.no"));
                rows.add(row);
            }
            sheets.add(new XlsxOutput.Sheet(m.get("xlsx.scores.sheet", kind.chinese()), headers, rows));
        }
        return sheets;
    }

    /**
     * The review summary: per unit and kind of file, files drawn and reviewed, the mean score, the
     * count of each grade, vetoes and failures, and what the sample lets us conclude (at this
     * confidence, in percent, the failure rate is at most this upper bound, in percent); then per
     * unit the accepted findings by severity and the score and grade of the unit's own documents.
     */
    public List<XlsxOutput.Sheet> reviewSummary(ReviewSummary summary) {
        Set<String> grades = new LinkedHashSet<>();
        summary.units().forEach(u -> u.kinds().forEach(k -> grades.addAll(k.grades().keySet())));
        List<String> headers = new ArrayList<>(headers("xlsx.summary.col.unit", "xlsx.summary.col.kind",
                "xlsx.summary.col.drawn", "xlsx.summary.col.reviewed", "xlsx.summary.col.mean"));
        grades.forEach(headers::add);
        headers.add(m.get("xlsx.summary.col.vetoed"));
        headers.add(m.get("xlsx.summary.col.failed"));
        headers.add(m.get("xlsx.summary.col.confidence"));
        headers.add(m.get("xlsx.summary.col.upperBound"));
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewSummary.UnitResult u : summary.units()) {
            for (ReviewSummary.KindResult k : u.kinds()) {
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(u.unit(), k.kind().chinese(), k.drawn(),
                        k.reviewed(), k.meanScore()));
                grades.forEach(g -> row.add(k.grades().getOrDefault(g, 0)));
                row.add(k.vetoed());
                row.add(k.failed());
                row.add(k.evaluation().map(e -> (Object) e.confidencePercent()).orElse(null));
                row.add(k.evaluation().map(e -> (Object) e.upperBoundPercent()).orElse(null));
                rows.add(row);
            }
        }
        List<String> findingHeaders = new ArrayList<>(List.of(m.get("xlsx.summary.col.unit")));
        for (Severity s : Severity.values()) {
            findingHeaders.add(s.label());
        }
        findingHeaders.add(m.get("xlsx.summary.col.findingsTotal"));
        findingHeaders.add(m.get("xlsx.summary.col.documentsScore"));
        findingHeaders.add(m.get("xlsx.summary.col.documentsGrade"));
        List<List<Object>> findingRows = new ArrayList<>();
        for (ReviewSummary.UnitResult u : summary.units()) {
            List<Object> row = new ArrayList<>(List.of(u.unit()));
            int total = 0;
            for (Severity s : Severity.values()) {
                int n = u.findings().getOrDefault(s, 0);
                row.add(n);
                total += n;
            }
            row.add(total);
            row.add(u.documents().map(d -> (Object) d.total()).orElse(null));
            row.add(u.documents().map(d -> (Object) d.grade()).orElse(null));
            findingRows.add(row);
        }
        return List.of(new XlsxOutput.Sheet(m.get("xlsx.summary.sheet"), headers, rows),
                new XlsxOutput.Sheet(m.get("xlsx.summary.findingsSheet"), findingHeaders, findingRows));
    }

    /** The monthly enforcement summary as the CSV has it (序号, 项目内容, the units, 合计); figures as numbers. */
    public XlsxOutput.Sheet enforcementSummary(SummaryTable table) {
        SummaryWords words = new SummaryWords(m);
        List<String> headers = words.headers(table, true); // as on the terminal, in the CSV and in the PDF
        List<List<Object>> rows = new ArrayList<>();
        for (SummaryTable.Line line : table.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(line.number());
            row.add(words.label(line));
            words.cells(table, line).forEach(v -> row.add(figure(v)));
            row.add(figure(line.total()));
            if (table.hasYearToDate()) {
                row.add(figure(line.yearToDate()));
            }
            rows.add(row);
        }
        return new XlsxOutput.Sheet(table.month().toString(), headers, rows);
    }

    /** A figure as a number cell when it is one, else as written. */
    private static Object figure(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private List<String> headers(String... keys) {
        List<String> h = new ArrayList<>();
        for (String k : keys) {
            h.add(m.get(k));
        }
        return h;
    }

    /**
     * The rectification ledger (整改台账) as offices keep it: 序号, 单位, 问题, 整改要求, 整改期限, 整改措施,
     * 状态, 核查方式, 销号日期, 佐证材料 (each kept file by name and the first 8 hex digits of its SHA-256).
     */
    public XlsxOutput.Sheet ledger(List<io.jicha.rectification.Ledger.Item> items) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (io.jicha.rectification.Ledger.Item i : items) {
            rows.add(java.util.Arrays.asList(++n, i.unit(), i.finding().text(), i.finding().requirement(), i.due(),
                    i.lastReport() == null ? null : i.lastReport().measures(),
                    m.get("rectification.state." + i.state().code()),
                    i.method().map(x -> m.get("rectification.method." + x.code())).orElse(null),
                    i.closedOn().orElse(null),
                    i.files().isEmpty() ? null : String.join("\n", i.files().stream()
                            .map(f -> f.name() + " " + f.shortHash()).toList())));
        }
        return new XlsxOutput.Sheet(m.get("rectification.ledger.sheet"), headers("rectification.ledger.col.no",
                "rectification.ledger.col.unit", "rectification.ledger.col.problem",
                "rectification.ledger.col.requirement", "rectification.ledger.col.due",
                "rectification.ledger.col.measures", "rectification.ledger.col.state",
                "rectification.ledger.col.method", "rectification.ledger.col.closed",
                "rectification.ledger.col.files"), rows);
    }
}
