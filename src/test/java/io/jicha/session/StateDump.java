package io.jicha.session;

import io.jicha.sampling.Evaluating;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jicha.finding.Deadline;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordKind;
import io.jicha.record.RecordsImported;
import io.jicha.rubric.LoadedRubric;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.SampleDrawn;
import io.jicha.sampling.Sampling;
import io.jicha.sampling.SamplingPlan;
import io.jicha.scoring.ReviewSummary;
import io.jicha.scoring.ScoreBook;
import io.jicha.scoring.ScoreSheet;
import io.jicha.scoring.ScoreTarget;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * The derived state of a session as a canonical, language-independent JSON text: what the
 * projections say after replaying the journal (session info, rubrics, populations, plan and draws
 * with their recomputation, every score sheet, every finding with its due date, the review
 * summary). No terminal text and no PDF: those change with the shell's language and the layouts;
 * this pins what an old journal must still mean.
 */
public final class StateDump {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper WRITER = new ObjectMapper();

    private StateDump() {
    }

    /** The dump of a session in a workspace folder, with LF line ends and a final newline. */
    public static String of(Session session) {
        return of(session.state(), session.snapshotDir(), WorkdayCalendarLoader.locate(session.dir().getParent()));
    }

    /**
     * The dump of a replayed state whose snapshots are in {@code snapshots} (any store of sessions
     * can give these), due dates by {@code calendar}.
     */
    public static String of(SessionState state, Path snapshots, WorkdayCalendar calendar) {
        ObjectNode root = F.objectNode();
        root.set("session", session(state));
        root.set("rubrics", rubrics(state));
        root.set("populations", populations(snapshots, state));
        root.set("sampling", sampling(snapshots, state));
        root.set("scores", scores(state));
        root.set("findings", findings(calendar, state));
        root.set("summary", summary(state));
        ObjectNode notes = reportNotes(state);
        if (!notes.isEmpty()) {
            // only journals with report notes (session.note's section, issue 14) have this key
            root.set("reportNotes", notes);
        }
        io.jicha.rectification.RectificationBook ledgerBook = state.get(io.jicha.rectification.RectificationBook.class);
        if (!ledgerBook.receipts().isEmpty() || !ledgerBook.escalations().isEmpty() || ledgerBook.follows().isPresent()
                || state.get(FindingBook.class).findings().stream().anyMatch(f -> ledgerBook.actions(f.id()).stream()
                .anyMatch(a -> !(a instanceof io.jicha.rectification.RectificationBook.Resolved)))) {
            // only journals with the ledger's events (issue 24) have this key
            root.set("rectification", rectification(calendar, state, ledgerBook));
        }
        ArrayNode evidence = evidence(state);
        if (!evidence.isEmpty()) {
            // only journals with evidence files (evidence.added, issue 25) have this key
            root.set("evidence", evidence);
        }
        ArrayNode claims = claims(state);
        if (!claims.isEmpty()) {
            // only journals with files held by their auditors (score.opened, issue 26) have this key
            root.set("claims", claims);
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return WRITER.writer(printer).writeValueAsString(root) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode session(SessionState state) {
        SessionInfo info = state.info();
        ObjectNode n = F.objectNode();
        n.put("name", info.name());
        n.put("from", info.from().toString());
        n.put("to", info.to().toString());
        strings(n.putArray("units"), info.units());
        strings(n.putArray("team"), info.team());
        n.put("locale", info.locale());
        n.put("finalized", state.finalized());
        n.put("events", state.events().size());
        n.put("head", state.headHash());
        return n;
    }

    private static ArrayNode rubrics(SessionState state) {
        ArrayNode a = F.arrayNode();
        for (LoadedRubric r : state.get(RubricBook.class).all()) {
            ObjectNode n = a.addObject();
            n.put("id", r.id());
            n.put("version", r.version());
            n.put("sha256", r.sha256());
            n.put("seq", r.seq());
            n.put("criteria", r.rubric().sections().stream().mapToInt(s -> s.criteria().size()).sum());
            n.put("total", plain(r.rubric().total()));
        }
        return a;
    }

    private static ArrayNode populations(Path snapshots, SessionState state) {
        PopulationBook book = state.get(PopulationBook.class);
        ArrayNode a = F.arrayNode();
        for (String unit : state.info().units()) {
            for (RecordKind kind : RecordKind.values()) {
                var imports = book.imports(unit, kind);
                if (imports.isEmpty()) {
                    continue;
                }
                ObjectNode n = a.addObject();
                n.put("unit", unit);
                n.put("kind", kind.code());
                n.put("count", book.count(unit, kind));
                n.put("loaded", book.population(snapshots, unit, kind).size());
                ArrayNode files = n.putArray("imports");
                for (RecordsImported r : imports) {
                    ObjectNode f = files.addObject();
                    f.put("file", r.fileName());
                    f.put("sha256", r.sha256());
                    f.put("format", r.recordFormat().name());
                    f.put("encoding", r.encoding());
                    f.put("rows", r.rows());
                    f.put("bytes", r.bytes());
                }
            }
        }
        return a;
    }

    private static ObjectNode sampling(Path snapshots, SessionState state) {
        DrawBook book = state.get(DrawBook.class);
        ObjectNode n = F.objectNode();
        SamplingPlan plan = book.plan().orElse(null);
        if (plan != null) {
            ObjectNode p = n.putObject("plan");
            p.put("confidence", plain(plan.confidence()));
            p.put("tolerable", plain(plan.tolerable()));
            p.put("expected", plain(plan.expected()));
            if (plan.population() != null) {
                p.put("population", plan.population());
            }
            p.put("model", plan.model().code());
            p.put("sampleSize", plan.sampleSize());
            p.put("toleratedDeviations", plan.toleratedDeviations());
        }
        Map<Long, Sampling.DrawCheck> checks = new java.util.HashMap<>();
        Sampling.verify(state, snapshots).forEach(c -> checks.put(c.entry().seq(), c));
        ArrayNode draws = n.putArray("draws");
        for (DrawBook.Entry e : book.all()) {
            SampleDrawn d = e.draw();
            ObjectNode o = draws.addObject();
            o.put("seq", e.seq());
            o.put("auditor", e.auditor());
            o.put("unit", d.unit());
            o.put("kind", d.recordKind().code());
            o.put("method", d.method().name());
            o.put("seed", d.seed());
            o.put("seedGenerated", d.seedGenerated());
            o.put("filter", d.filter().describe());
            if (d.stratifyBy() != null) {
                o.put("stratifyBy", d.stratifyBy());
            }
            ObjectNode allocation = o.putObject("allocation");
            new java.util.TreeMap<>(d.allocation()).forEach(allocation::put);
            strings(o.putArray("snapshots"), d.snapshots());
            o.put("populationSize", d.populationSize());
            o.put("populationFingerprint", d.populationFingerprint());
            strings(o.putArray("ids"), d.ids());
            o.put("current", e.current());
            if (e.replacedBy() != null) {
                o.put("replacedBy", e.replacedBy());
            }
            Sampling.DrawCheck check = checks.get(e.seq());
            o.put("recomputes", check != null && check.match());
        }
        return n;
    }

    /**
     * The ledger (issue 24) on each day something happened to it, and the receipts, escalations and
     * the review followed: states, due dates, closing dates and methods, measures and kept files.
     */
    private static ObjectNode rectification(WorkdayCalendar calendar, SessionState state,
                                            io.jicha.rectification.RectificationBook book) {
        ObjectNode out = F.objectNode();
        book.follows().ifPresent(f -> out.put("follows", f.review() + " #" + f.seq() + " " + f.head()));
        java.util.TreeSet<java.time.LocalDate> days = new java.util.TreeSet<>();
        state.get(FindingBook.class).findings().forEach(f -> book.actions(f.id()).forEach(a -> days.add(a.on())));
        book.receipts().forEach(r -> days.add(r.on()));
        book.escalations().forEach(e -> days.add(e.on()));
        ObjectNode byDay = out.putObject("ledger");
        for (java.time.LocalDate day : days) {
            ArrayNode items = byDay.putArray(day.toString());
            for (io.jicha.rectification.Ledger.Item i : io.jicha.rectification.Ledger.of(state.get(FindingBook.class),
                    book, calendar, day).items()) {
                ObjectNode n = items.addObject();
                n.put("id", i.id());
                n.put("state", i.state().code());
                n.put("due", String.valueOf(i.due()));
                i.closedOn().ifPresent(c -> n.put("closedOn", c.toString()));
                i.method().ifPresent(m -> n.put("method", m.code()));
                if (i.lastReport() != null) {
                    n.put("measures", i.lastReport().measures());
                }
                ArrayNode files = n.putArray("files");
                i.files().forEach(f -> files.add(f.sha256() + " " + f.name()));
            }
        }
        ArrayNode receipts = out.putArray("receipts");
        book.receipts().forEach(r -> receipts.add(r.on() + " " + r.unit() + " " + r.number() + " files="
                + r.files().size()));
        ArrayNode escalations = out.putArray("escalations");
        book.escalations().forEach(e -> escalations.add(e.on() + " " + e.unit() + " " + e.to().code() + " "
                + (e.number() == null ? e.note() : e.number() + " " + e.ids() + " due " + e.due() + " " + e.file())));
        return out;
    }

    /** Each attached evidence file: what was recorded of it and what it goes with. */
    private static ArrayNode evidence(SessionState state) {
        ArrayNode a = F.arrayNode();
        for (io.jicha.evidence.EvidenceBook.Item i : state.get(io.jicha.evidence.EvidenceBook.class).items()) {
            ObjectNode n = a.addObject();
            n.put("n", i.n());
            n.put("seq", i.seq());
            n.put("auditor", i.auditor());
            n.set("file", io.jicha.common.Json.MAPPER.valueToTree(i.file()));
            n.set("to", io.jicha.common.Json.MAPPER.valueToTree(i.added().to()));
            if (i.added().note() != null) {
                n.put("note", i.added().note());
            }
            n.put("on", i.added().on().toString());
        }
        return a;
    }

    private static ObjectNode reportNotes(SessionState state) {
        ReportNotes notes = state.get(ReportNotes.class);
        ObjectNode n = F.objectNode();
        for (ReportSection section : ReportSection.values()) {
            if (!notes.in(section).isEmpty()) {
                strings(n.putArray(section.code()), notes.in(section));
            }
        }
        return n;
    }

    /** Each file held (opened and not yet done or released): by whom, and whether it is their open file. */
    private static ArrayNode claims(SessionState state) {
        ArrayNode a = F.arrayNode();
        ScoreBook book = state.get(ScoreBook.class);
        for (ScoreBook.Claim c : book.claims()) {
            ObjectNode n = a.addObject();
            n.put("target", c.target().kind().code());
            n.put("unit", c.target().unit());
            if (!c.target().isUnitDocuments()) {
                n.put("id", c.target().id());
            }
            n.put("auditor", c.auditor());
            n.put("seq", c.seq());
            n.put("open", book.openBy(c.auditor()).filter(c.target()::equals).isPresent());
        }
        return a;
    }

    private static ArrayNode scores(SessionState state) {
        ArrayNode a = F.arrayNode();
        for (ScoreBook.Scoring s : state.get(ScoreBook.class).all()) {
            ScoreTarget t = s.target();
            // the rubric the file was scored against: the target's, or one chosen by applies_when (issue 12)
            ScoreSheet sheet = io.jicha.scoring.ScoringDecisions.sheet(state, t);
            ObjectNode n = a.addObject();
            n.put("target", t.kind().code());
            n.put("unit", t.unit());
            if (!t.isUnitDocuments()) {
                n.put("id", t.id());
            }
            n.put("rubric", s.rubric());
            ObjectNode deductions = n.putObject("deductions");
            for (ScoreSheet.Row row : sheet.rows()) {
                if (row.deduction().signum() != 0) {
                    deductions.put(row.criterion().code(), plain(row.deduction()));
                }
            }
            strings(n.putArray("vetoes"), sheet.vetoes());
            n.put("total", plain(sheet.total()));
            n.put("grade", sheet.grade());
            n.put("fails", sheet.fails());
            sheet.done().ifPresentOrElse(d -> {
                ObjectNode done = n.putObject("done");
                done.put("auditor", d.auditor());
                done.put("seq", d.seq());
                if (d.dayRecorded()) {
                    // only journals whose score events carry the review day (issue 14) have this key
                    done.put("on", d.on().toString());
                }
            }, () -> n.putNull("done"));
            n.put("amendments", s.history().stream().filter(h -> h.amendment() != null).count());
            n.put("historyLines", s.history().size());
        }
        return a;
    }

    private static ObjectNode findings(WorkdayCalendar calendar, SessionState state) {
        FindingBook book = state.get(FindingBook.class);
        ObjectNode n = F.objectNode();
        ObjectNode issued = n.putObject("noticesIssued");
        book.issuedDates().forEach((unit, date) -> issued.put(unit, date.toString()));
        if (!book.sentDocuments().isEmpty()) {
            // only journals with a version sent recorded (document.sent, issue 27) have this key
            ArrayNode sent = n.putArray("documentsSent");
            for (FindingBook.Sent s : book.sentDocuments()) {
                ObjectNode o = sent.addObject();
                o.put("unit", s.document().unit());
                o.put("kind", s.document().kind());
                o.put("sha256", s.document().file().sha256());
                o.put("name", s.document().file().name());
                o.put("mediaType", s.document().file().mediaType());
                o.put("date", s.document().date().toString());
                o.put("number", s.document().number());
                o.put("printed", s.document().printed());
                o.put("auditor", s.auditor());
            }
        }
        ArrayNode a = n.putArray("findings");
        for (Finding f : book.findings()) {
            ObjectNode o = a.addObject();
            o.put("id", f.id());
            o.put("unit", f.unit());
            o.put("recordId", f.recordId());
            o.put("criterion", f.criterionCode());
            if (f.criteria().stream().anyMatch(io.jicha.finding.CriterionRef::rubricRecorded)) {
                // (rubric id, version, code) of each criterion, since issue 22: written only when a journal records them
                ArrayNode refs = o.putArray("criteria");
                for (io.jicha.finding.CriterionRef ref : f.criteria()) {
                    ObjectNode r = refs.addObject();
                    r.put("record", ref.record());
                    r.put("rubric", ref.rubric());
                    r.put("version", ref.version());
                    r.put("code", ref.code());
                }
            }
            o.put("severity", f.severity().name());
            o.put("status", f.status().name());
            o.put("text", f.text());
            o.put("requirement", f.requirement());
            o.set("deadline", deadline(f.deadline()));
            o.put("defaultDeadline", f.defaultDeadline());
            o.put("due", book.dueDate(f, calendar).map(Object::toString).orElse(null));
            o.put("proposedBy", f.proposedBy());
            o.put("acceptedBy", f.acceptedBy());
            if (f.resolution() != null) {
                ObjectNode r = o.putObject("resolution");
                r.put("date", f.resolution().date().toString());
                r.put("evidence", f.resolution().evidence());
                r.put("auditor", f.resolution().auditor());
            }
            o.put("amended", f.amended());
            ArrayNode history = o.putArray("history");
            f.history().forEach(c -> history.add(c.seq() + " " + c.type()));
        }
        return n;
    }

    private static ObjectNode deadline(Deadline d) {
        if (d == null) {
            return null;
        }
        ObjectNode n = F.objectNode();
        if (d instanceof Deadline.Days days) {
            n.put("days", days.days());
        } else if (d instanceof Deadline.Workdays w) {
            n.put("workdays", w.days());
        } else if (d instanceof Deadline.Due due) {
            n.put("due", due.date().toString());
        }
        return n;
    }

    private static ArrayNode summary(SessionState state) {
        ArrayNode a = F.arrayNode();
        for (ReviewSummary.UnitResult u : ReviewSummary.of(state).units()) {
            ObjectNode n = a.addObject();
            n.put("unit", u.unit());
            ArrayNode kinds = n.putArray("kinds");
            for (ReviewSummary.KindResult k : u.kinds()) {
                ObjectNode o = kinds.addObject();
                o.put("kind", k.kind().code());
                o.put("drawn", k.drawn());
                o.put("reviewed", k.reviewed());
                o.put("mean", k.meanScore() == null ? null : plain(k.meanScore()));
                ObjectNode grades = o.putObject("grades");
                k.grades().forEach(grades::put);
                o.put("vetoed", k.vetoed());
                o.put("failed", k.failed());
                k.evaluation().ifPresent(e -> {
                    ObjectNode ev = o.putObject("evaluation");
                    ev.put("confidence", plain(e.confidence()));
                    ev.put("evaluated", e.evaluated());
                    ev.put("deviations", e.deviations());
                    // the binomial bound of the replayed counts, as every release before issue 12 reported it;
                    // since then jicha reports the exact bound for the population drawn from (a deliberate
                    // change of meaning, docs/sampling.md), checked by EvaluationTest and OldJournalReplayTest
                    ev.put("upperBoundPercent", plain(Evaluating.evaluate(e.confidence(), e.evaluated(), e.deviations())
                            .upperBoundPercent()));
                    ev.put("unevaluated", e.unevaluated());
                });
            }
            u.documents().ifPresent(d -> {
                ObjectNode docs = n.putObject("documents");
                docs.put("total", plain(d.total()));
                docs.put("grade", d.grade());
                docs.put("reviewed", d.reviewed());
            });
            ObjectNode bySeverity = n.putObject("findingsBySeverity");
            u.findings().forEach((s, count) -> bySeverity.put(s.name(), count));
        }
        return a;
    }

    private static void strings(ArrayNode a, Iterable<String> values) {
        values.forEach(a::add);
    }

    /** A number as plain text without trailing zeros: 97.5, 100, 0.9. */
    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
