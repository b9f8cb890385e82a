package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.finding.Severity;
import io.jicha.journal.Event;
import io.jicha.report.EvaluationWords;
import io.jicha.rubric.Points;
import io.jicha.scoring.ReviewDecisions;
import io.jicha.scoring.ReviewSummary;
import io.jicha.scoring.ScoreBook;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;
import io.jicha.session.integrity.HeadSigning;
import io.jicha.text.TextTable;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** session summary / finalize, and the scoring lines of 'session status'. */
@Component
public class ClosingCommands implements StatusContributor {

    private final ShellContext ctx;

    public ClosingCommands(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Command(name = {"session", "summary"}, group = "Session",
            description = "Per unit: files drawn and reviewed, mean score, grades, vetoes, findings, failure-rate bound")
    public String summary(@Option(longName = "xlsx", description = "also write the summary as an Excel workbook (.xlsx)") String xlsx,
                          @Option(longName = "force", description = "overwrite an existing file") Boolean force) {
        SessionState state = ctx.session().state();
        ReviewSummary summary = ReviewSummary.of(state);
        String wrote = xlsx == null ? ""
                : "\n" + SpreadsheetExport.write(state, xlsx, force, SpreadsheetExport.tables(state).reviewSummary(summary));
        TextTable t = new TextTable(Labels.headers("session.h.unit", "session.h.kind", "session.h.drawn", "session.h.reviewed",
                "session.h.mean", "session.h.grades", "session.h.vetoed", "session.h.failed"))
                .alignRight(2, 3, 4, 6, 7).maxColumnWidth(50);
        // the conclusions in the session's language, as its report words them
        EvaluationWords words = EvaluationWords.forSession(state.info().locale());
        StringBuilder sentences = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (ReviewSummary.UnitResult u : summary.units()) {
            for (ReviewSummary.KindResult k : u.kinds()) {
                t.row(u.unit(), k.kind().chinese(), k.drawn(), k.reviewed(),
                        k.meanScore() == null ? "—" : k.meanScore().toPlainString(),
                        k.grades().entrySet().stream().map(e -> e.getKey() + e.getValue()).collect(Collectors.joining(" ")),
                        k.vetoed(), k.failed());
                k.evaluation().ifPresent(e -> sentences.append("  ").append(words.unit(e, u.unit(), k.kind())).append('\n'));
            }
            u.documents().ifPresent(d -> other.append("  ").append(Texts.get(d.reviewed() ? "session.documents-line"
                    : "session.documents-line-not-done", u.unit(), Points.format(d.total()), Points.format(d.rubric().total()),
                    d.grade())).append('\n'));
            Map<Severity, Integer> f = u.findings();
            other.append("  ").append(Texts.get("session.findings-line", u.unit(),
                    f.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "))))
                    .append('\n');
        }
        String out = t.render();
        Map<String, String> rules = new java.util.LinkedHashMap<>();
        for (ReviewSummary.UnitResult u : summary.units()) {
            for (ReviewSummary.KindResult k : u.kinds()) {
                if (k.vetoEffect() != null) {
                    rules.putIfAbsent(k.kind().chinese(), Texts.get("session.summary.veto-rule", k.kind().chinese(),
                            // in the session's language, as the documents word it
                            io.jicha.report.ReportMessages.forLocale(java.util.Locale.forLanguageTag(state.info().locale()))
                                    .get(k.vetoEffect().key()), k.vetoEffect().code()));
                }
            }
        }
        if (!rules.isEmpty()) {
            out += "\n" + rules.values().stream().map(r -> "  " + r + "\n").collect(Collectors.joining());
        }
        for (ReviewSummary.CityResult c : summary.city()) {
            sentences.append("  ").append(words.together(c.evaluation(), c.units().size(), c.kind())).append('\n');
        }
        if (sentences.length() > 0) {
            out += "\n" + sentences;
        }
        return (out + "\n" + other).stripTrailing() + wrote;
    }

    /** The summary on the terminal only. */
    public String summary() {
        return summary(null, null);
    }

    @Command(name = {"session", "finalize"}, group = "Session",
            description = "Lock scores and findings; later changes only as amendments with a reason")
    public String finalizeReview(
            @Option(longName = "allow-incomplete", description = "finalize although drawn files are unreviewed") Boolean allowIncomplete,
            @Option(longName = "reason", description = "why (with --allow-incomplete)") String reason) {
        boolean allow = Boolean.TRUE.equals(allowIncomplete);
        String auditor = ctx.auditor();
        List<Event> written = ctx.session().append(auditor, state -> ReviewDecisions.finalizeReview(state, allow, reason));
        List<String> open = written.get(0).payloadAs(SessionEvents.Finalized.class).unreviewed();
        Event finalized = written.get(written.size() - 1);
        return (open.isEmpty() ? Texts.get("session.finalize.done")
                : Texts.get("session.finalize.done-incomplete", open.size(), reason)) + "\n"
                + Texts.get("session.finalized.head", finalized.hash()) + "\n"
                + signed(auditor, finalized, SessionEvents.SignedFor.FINALIZE);
    }

    @Override
    public List<String> statusLines(SessionState state) {
        ReviewSummary s = ReviewSummary.of(state);
        int drawn = 0;
        int reviewed = 0;
        for (ReviewSummary.UnitResult u : s.units()) {
            for (ReviewSummary.KindResult k : u.kinds()) {
                drawn += k.drawn();
                reviewed += k.reviewed();
            }
        }
        int amendments = state.get(ScoreBook.class).amendments().size();
        return List.of(Labels.line("session.l.scored", amendments > 0
                ? Texts.get("session.scored-amended", reviewed, drawn, amendments) : Texts.get("session.scored", reviewed, drawn)));
    }

    /** Signs the head (the hash of {@code head}) with the auditor's key and says so. */
    private String signed(String auditor, Event head, SessionEvents.SignedFor purpose) {
        SessionEvents.HeadSigned h = HeadSigning.sign(ctx.session(), ctx.keyFolder(), auditor, head.seq(), head.hash(),
                purpose);
        return Texts.get("session.signed", auditor, HeadSigning.fingerprint(h.publicKey()));
    }
}
