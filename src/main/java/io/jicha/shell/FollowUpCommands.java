package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.rectification.RectificationBook;
import io.jicha.rectification.RectificationEvents;
import io.jicha.record.RecordKind;
import io.jicha.sampling.FollowUpComparisons;
import io.jicha.sampling.Planning;
import io.jicha.report.EvaluationWords;
import io.jicha.sampling.RateComparison;
import io.jicha.session.SessionState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** sample compare: a follow-up review's (回头看) failure rates against the review it follows. */
@Component
public class FollowUpCommands {

    private final ShellContext ctx;
    private final List<SampleOutcomes> outcomes;

    public FollowUpCommands(ShellContext ctx, List<SampleOutcomes> outcomes) {
        this.ctx = ctx;
        this.outcomes = outcomes;
    }

    @Command(name = {"sample", "compare"}, group = "Sampling",
            description = "Compare a unit's failure rate in the follow-up review with the review it follows (one-sided Fisher exact test)")
    public String compare(@Option(longName = "unit", description = "audited unit (default: every unit drawn in both)") String unit,
                          @Option(longName = "kind", description = "penalty-case or inspection-record (default: every kind drawn in both)") String kind,
                          @Option(longName = "confidence", description = "default 0.95") String confidence) {
        SessionState after = ctx.session().state();
        BigDecimal conf = confidence == null ? new BigDecimal("0.95") : Planning.parseRate("--confidence", confidence);
        RectificationEvents.Follows follows = after.get(RectificationBook.class).follows()
                .orElseThrow(() -> UserError.of("rectify.compare.not-follow-up"));
        SessionState before = ctx.workspace().open(follows.review()).state();
        if (unit != null) {
            after.info().requireUnit(unit);
        }
        RecordKind only = kind == null ? null : RecordKind.parse(kind);
        List<String> lines = new ArrayList<>();
        // in the session's language, as its report words the comparison
        EvaluationWords words = EvaluationWords.forSession(after.info().locale());
        for (RateComparison c : comparisons(before, after, unit, only, conf)) {
            lines.add(Texts.get("rectify.compare.line", c.unit(), c.kind().code(), c.failedBefore(), c.before(),
                    c.failedAfter(), c.after()) + "\n  " + words.comparison(c));
        }
        if (lines.isEmpty()) {
            throw UserError.of("rectify.compare.none", follows.review(), after.info().name(),
                    unit == null ? "—" : unit, only == null ? "—" : only.code());
        }
        return String.join("\n", lines);
    }

    /**
     * The comparisons of a follow-up review with the review it follows, at 95% as {@code sample
     * compare} makes them by default, for the review report (empty when the session follows none).
     */
    java.util.List<io.jicha.report.ReviewReportModel.FollowUp> forReport(SessionState after, String unit) {
        Optional<RectificationEvents.Follows> follows = after.get(RectificationBook.class).follows();
        if (follows.isEmpty()) {
            return List.of();
        }
        SessionState before = ctx.workspace().open(follows.get().review()).state();
        return io.jicha.report.ReportModels.followUp(comparisons(before, after, unit, null, new BigDecimal("0.95")),
                follows.get().review(), after.info().locale());
    }

    /** One comparison per unit and kind scored in both sessions (the rule: sampling/FollowUpComparisons). */
    List<RateComparison> comparisons(SessionState before, SessionState after, String unit, RecordKind kind,
                                     BigDecimal confidence) {
        return FollowUpComparisons.of(before, after, unit, kind, confidence,
                (state, id) -> outcomes.isEmpty() ? Optional.empty() : outcomes.get(0).failed(state, id));
    }
}
