package io.jicha.sampling;

import io.jicha.common.UserError;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Evaluation (what can we conclude?): counts the failed files of a draw and bounds the
 * population's deviation rate from above with the exact one-sided Clopper-Pearson limit.
 */
public final class Evaluating {

    private Evaluating() {
    }

    /** From counts: deviations found among evaluated files. */
    public static Evaluation evaluate(BigDecimal confidence, int evaluated, int deviations) {
        if (confidence.signum() <= 0 || confidence.compareTo(BigDecimal.ONE) >= 0) {
            throw UserError.of("sample.confidence-must-between-0-1", confidence.toPlainString());
        }
        if (evaluated < 1) {
            throw UserError.of("sample.scored-files-yet-score-drawn");
        }
        double upper = Probabilities.clopperPearsonUpper(deviations, evaluated, confidence.doubleValue());
        return new Evaluation(confidence, evaluated, deviations, (double) deviations / evaluated, upper, 0);
    }

    /**
     * From the outcomes of a draw's files: {@code failed} maps a drawn id to true (fails) or
     * false (passes); drawn ids without an outcome are counted as not yet evaluated and left out.
     */
    public static Evaluation evaluate(BigDecimal confidence, List<String> drawnIds, Map<String, Boolean> failed) {
        int evaluated = 0;
        int deviations = 0;
        for (String id : drawnIds) {
            Boolean f = failed.get(id);
            if (f != null) {
                evaluated++;
                if (f) {
                    deviations++;
                }
            }
        }
        Evaluation e = evaluate(confidence, evaluated, deviations);
        return new Evaluation(e.confidence(), e.evaluated(), e.deviations(), e.observedRate(), e.upperBound(),
                drawnIds.size() - evaluated);
    }
}
