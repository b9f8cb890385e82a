package io.jicha.report;

import io.jicha.common.UserError;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.rectification.Escalation;
import io.jicha.rectification.ItemState;
import io.jicha.rectification.Ledger;
import io.jicha.rectification.RectificationBook;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The documents of the rectification ledger as {@link GongwenModel}s, from the replayed state and
 * the dates the user gave (never the clock): the 督办通知 of a unit's overdue items and the
 * 整改情况报告 the bureau sends up. Words come from the documents' bundle in the session's language.
 */
public final class RectificationDocuments {

    private final SessionState state;
    private final WorkdayCalendar calendar;
    private final ReportMessages m;
    private final Provenance provenance;
    private final ReportModels models;

    public RectificationDocuments(SessionState state, java.nio.file.Path snapshotDir, WorkdayCalendar calendar) {
        this.state = state;
        this.calendar = calendar;
        this.models = new ReportModels(state, snapshotDir);
        this.provenance = models.provenance();
        this.m = ReportMessages.forLocale(provenance.locale());
    }

    /** The ledger as of a date. */
    public Ledger ledger(LocalDate asOf) {
        return Ledger.of(state.get(FindingBook.class), state.get(RectificationBook.class), calendar, asOf);
    }

    /**
     * The 督办通知 to {@code addressee} about {@code items} (the unit's overdue items), issued on
     * {@code issued} with the final deadline {@code due}.
     */
    public GongwenModel supervision(String unit, List<Ledger.Item> items, LocalDate issued, LocalDate due, String number,
                                    String addressee, String authority, NoticeModel.Layout layout) {
        LocalDate noticeIssued = state.get(FindingBook.class).issuedOn(unit).orElseThrow();
        List<GongwenModel.Paragraph> body = new ArrayList<>();
        body.add(p(m.get("supervise.opening", m.date(noticeIssued), period(), m.date(issued),
                Integer.toString(items.size()))));
        int n = 0;
        List<List<String>> rows = new ArrayList<>();
        for (Ledger.Item i : items) {
            n++;
            body.add(GongwenModel.Paragraph.of(span(m.get("notice.item", m.ordinal(n)), GongwenModel.Face.HEADING),
                    GongwenModel.Span.body(sentence(problem(i)))));
            body.add(GongwenModel.Paragraph.of(span(m.get("supervise.original.label"), GongwenModel.Face.KAI),
                    GongwenModel.Span.body(i.returned() > 0 && !i.due().equals(i.originalDue())
                            ? m.get("supervise.original.returned", m.date(i.originalDue()), m.date(i.due()))
                            : m.get("supervise.original.value", m.date(i.due())))));
            body.add(GongwenModel.Paragraph.of(span(m.get("supervise.state.label"), GongwenModel.Face.KAI),
                    GongwenModel.Span.body(checkState(i))));
            body.add(GongwenModel.Paragraph.of(span(m.get("supervise.requirement.label"), GongwenModel.Face.KAI),
                    GongwenModel.Span.body(sentence(i.finding().requirement()))));
            rows.add(List.of(Integer.toString(n), sentence(problem(i)), sentence(i.finding().requirement()),
                    m.date(i.due()), m.date(due)));
        }
        body.add(p(m.get("supervise.closing", m.date(due))));
        if (!m.get("supervise.end").isBlank()) {
            body.add(p(m.get("supervise.end")));
        }
        GongwenModel.Table table = new GongwenModel.Table(null, new float[] {6, 34, 30, 15, 15},
                List.of(m.get("supervise.col.no"), m.get("supervise.col.problem"), m.get("supervise.col.requirement"),
                        m.get("supervise.col.original"), m.get("supervise.col.final")), rows);
        String title = m.get("supervise.title", authority, addressee);
        return new GongwenModel(provenance, number, authority, title, addressee, body,
                List.of(new GongwenModel.Attachment(m.get("supervise.attachment.title"), List.of(table))), issued,
                layout);
    }

    /** The 整改情况报告 as of {@code asOf}, dated {@code issued}, to {@code addressee}. */
    public GongwenModel statusReport(LocalDate asOf, LocalDate issued, String number, String title, String addressee,
                                     String authority, NoticeModel.Layout layout) {
        Ledger ledger = ledger(asOf);
        if (ledger.items().isEmpty()) {
            throw UserError.of("rectify.status.empty", asOf);
        }
        SessionInfo info = state.info();
        List<GongwenModel.Paragraph> body = new ArrayList<>();
        TreeSet<LocalDate> issueDates = new TreeSet<>(state.get(FindingBook.class).issuedDates().values());
        body.add(p(m.get("rectreport.opening", m.period(info.from(), info.to()), m.joinList(info.units().stream().filter(u -> !ledger.forUnit(u).isEmpty()).toList()),
                m.joinList(issueDates.stream().map(m::date).toList()), Integer.toString(ledger.items().size()),
                m.date(asOf))));
        int section = 0;
        body.add(heading(++section, "rectreport.h.overview"));
        body.add(p(m.get("rectreport.overview", counts(ledger.counts(null), ledger.items().size()))));
        body.add(heading(++section, "rectreport.h.units"));
        int u = 0;
        List<GongwenModel.Table> tables = new ArrayList<>();
        for (String unit : info.units()) {
            List<Ledger.Item> items = ledger.forUnit(unit);
            if (items.isEmpty()) {
                continue;
            }
            body.add(GongwenModel.Paragraph.of(span(m.get("rectreport.unit.label", m.ordinal(++u), unit),
                    GongwenModel.Face.KAI), GongwenModel.Span.body(m.get("rectreport.unit",
                    counts(ledger.counts(unit), items.size())))));
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Ledger.Item i : items) {
                rows.add(List.of(Integer.toString(++n), sentence(problem(i)),
                        i.lastReport() == null ? "—" : i.lastReport().measures(),
                        m.get("rectification.state." + i.state().code()),
                        i.closedOn().map(m::date).orElse("—"),
                        i.method().map(x -> m.get("rectification.method." + x.code())).orElse("—"),
                        keptFiles(i)));
            }
            tables.add(new GongwenModel.Table(unit, new float[] {5, 27, 24, 11, 13, 10, 10},
                    List.of(m.get("rectreport.col.no"), m.get("rectreport.col.problem"),
                            m.get("rectreport.col.measures"), m.get("rectreport.col.state"),
                            m.get("rectreport.col.closed"), m.get("rectreport.col.method"),
                            m.get("rectreport.col.files")), rows));
        }
        body.add(heading(++section, "rectreport.h.overdue"));
        List<Ledger.Item> overdue = ledger.overdue();
        if (overdue.isEmpty()) {
            body.add(p(m.get("rectreport.none")));
        }
        int n = 0;
        for (Ledger.Item i : overdue) {
            body.add(p(m.get("rectreport.overdue.item", Integer.toString(++n), i.unit(), strip(problem(i)),
                    m.date(i.due()))));
        }
        body.add(heading(++section, "rectreport.h.escalations"));
        List<RectificationBook.Escalated> escalations = state.get(RectificationBook.class).escalations().stream()
                .filter(e -> !e.on().isAfter(asOf)).toList();
        if (escalations.isEmpty()) {
            body.add(p(m.get("rectreport.none")));
        }
        n = 0;
        for (RectificationBook.Escalated e : escalations) {
            n++;
            body.add(p(e.to() == Escalation.SUPERVISE && e.number() != null
                    ? m.get("rectreport.escalation.supervise", Integer.toString(n), m.date(e.on()), e.unit(), e.number(),
                    m.date(e.due()))
                    : m.get("rectreport.escalation.other", Integer.toString(n), m.date(e.on()), e.unit(),
                    m.get("rectification.escalation." + e.to().code()), strip(e.note() == null ? "" : e.note()))));
        }
        body.add(heading(++section, "rectreport.h.next"));
        body.add(p(m.get("rectreport.next")));
        if (!m.get("rectreport.end").isBlank()) {
            body.add(p(m.get("rectreport.end")));
        }
        String t = title != null && !title.isBlank() ? title.strip()
                : m.get("rectreport.title", authority, m.get("rectreport.period",
                Integer.toString(info.from().getYear()), Integer.toString(info.from().getMonthValue())));
        return new GongwenModel(provenance, number, authority, t, addressee, body,
                List.of(new GongwenModel.Attachment(m.get("rectreport.attachment.title"), tables)), issued, layout);
    }

    /** {total, closed, lasting, in progress, overdue} as text for the overview sentences. */
    /**
     * The 佐证材料 of an item: the files the unit and the team kept with its rectification, then the
     * evidence attached to its finding (evidence add --finding, issue 25), each once, by name and
     * the first hex digits of its SHA-256; "—" when there is none.
     */
    private String keptFiles(Ledger.Item i) {
        java.util.LinkedHashMap<String, io.jicha.evidence.EvidenceFile> files = new java.util.LinkedHashMap<>();
        i.files().forEach(f -> files.putIfAbsent(f.sha256(), f));
        state.get(io.jicha.evidence.EvidenceBook.class).ofFinding(i.id())
                .forEach(e -> files.putIfAbsent(e.file().sha256(), e.file()));
        return files.isEmpty() ? "—" : String.join("\n", files.values().stream()
                .map(f -> f.name() + " " + f.shortHash()).toList());
    }

    private static Object[] counts(Map<ItemState, Integer> c, int total) {
        int closed = c.get(ItemState.CLOSED);
        int lasting = c.get(ItemState.LASTING);
        int overdue = c.get(ItemState.OVERDUE);
        return new Object[] {Integer.toString(total), Integer.toString(closed), Integer.toString(lasting),
                Integer.toString(total - closed - lasting - overdue), Integer.toString(overdue)};
    }

    /** The problem as the notice states it (the record and criterion taken out of a proposal's text). */
    private String problem(Ledger.Item i) {
        return models.noticeItem(i.finding(), i.due()).text();
    }

    private String checkState(Ledger.Item i) {
        if (i.lastCheck() != null && !i.lastCheck().passed()) {
            return m.get("supervise.state.returned", m.date(i.lastCheck().on()), strip(i.lastCheck().note()));
        }
        return i.lastReport() == null ? m.get("supervise.state.never") : m.get("supervise.state.reported");
    }

    private String period() {
        return m.get("rectreport.period", Integer.toString(state.info().from().getYear()),
                Integer.toString(state.info().from().getMonthValue()));
    }

    private GongwenModel.Paragraph heading(int n, String key) {
        return GongwenModel.Paragraph.of(span(m.get("notice.item", m.ordinal(n)) + m.get(key),
                GongwenModel.Face.HEADING));
    }

    private static GongwenModel.Paragraph p(String text) {
        return GongwenModel.Paragraph.of(GongwenModel.Span.body(text));
    }

    private static GongwenModel.Span span(String text, GongwenModel.Face face) {
        return new GongwenModel.Span(text, face);
    }

    /** Text ending as a sentence (one closing stop). */
    private String sentence(String s) {
        String t = strip(s);
        return t.isEmpty() ? t : t + ReportMessages.forLocale(m.locale()).get("report.fullStop");
    }

    /** Without trailing punctuation, to be set inside a sentence. */
    private static String strip(String s) {
        String t = s == null ? "" : s.strip();
        while (!t.isEmpty() && "。.，,；;、：:！!？?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
