package io.jicha.sampling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bound on the failures of a population made of strata, each drawn from separately (the units of a
 * city, or the strata of a stratified draw), each stratum weighted by its population: the total
 * number of failing files is at most the sum of each stratum's exact hypergeometric bound, each taken
 * at confidence 1 − (1 − confidence) / H, H being the number of strata that were sampled and not
 * evaluated in full (Bonferroni). A stratum evaluated in full contributes its exact count and spends no
 * risk; a stratum with nothing evaluated contributes its whole population. By the union bound the
 * chance that any stratum exceeds its bound is at most 1 − confidence, so the sum holds at the stated
 * confidence: conservative (never claims too much), exact for a single stratum. See docs/sampling.md.
 */
public final class StratifiedEvaluating {

    /** One stratum: its population, the files evaluated in it and how many of them failed. */
    public record Stratum(String name, int population, int evaluated, int deviations) {
        public Stratum {
            Objects.requireNonNull(name, "name");
            if (population < 1 || evaluated < 0 || evaluated > population || deviations < 0 || deviations > evaluated) {
                throw new IllegalArgumentException("bad stratum " + name + ": " + deviations + "/" + evaluated + " of "
                        + population);
            }
        }

        /** The stratum of the drawn {@code ids}, counting those reviewed and those failed ({@code failed}: id → failed). */
        public static Stratum of(String name, int population, List<String> ids, Map<String, Boolean> failed) {
            int[] counts = Evaluating.count(ids, failed);
            return new Stratum(name, population, counts[0], counts[1]);
        }

        boolean census() {
            return evaluated == population;
        }
    }

    private StratifiedEvaluating() {
    }

    /** The evaluation of all strata together; a single stratum is evaluated exactly. */
    public static Evaluation evaluate(BigDecimal confidence, List<Stratum> strata, int unevaluated) {
        Evaluating.checkConfidence(confidence);
        int evaluated = strata.stream().mapToInt(Stratum::evaluated).sum();
        if (evaluated < 1) {
            return Evaluating.evaluate(confidence, 0, 0, null); // refuses: nothing scored yet
        }
        if (strata.size() == 1) {
            Stratum s = strata.get(0);
            Evaluation e = Evaluating.evaluate(confidence, s.evaluated(), s.deviations(), s.population());
            return new Evaluation(e.confidence(), e.evaluated(), e.deviations(), e.observedRate(), e.upperBound(),
                    unevaluated, e.method(), e.population(), e.upperCount(), null);
        }
        long sampled = strata.stream().filter(s -> !s.census() && s.evaluated() > 0).count();
        BigDecimal each = sampled == 0 ? confidence : BigDecimal.ONE.subtract(
                BigDecimal.ONE.subtract(confidence).divide(BigDecimal.valueOf(sampled), MathContext.DECIMAL64));
        int population = 0;
        int upper = 0;
        int deviations = 0;
        double estimated = 0;
        boolean census = true;
        for (Stratum s : strata) {
            population += s.population();
            deviations += s.deviations();
            if (s.census()) {
                upper += s.deviations();
            } else if (s.evaluated() == 0) {
                upper += s.population();
                census = false;
            } else {
                upper += Evaluating.hypergeometricUpper(s.deviations(), s.evaluated(), s.population(), each);
                census = false;
            }
            if (s.evaluated() > 0) {
                estimated += (double) s.population() * s.deviations() / s.evaluated();
            }
        }
        double observed = estimated / population;
        return new Evaluation(confidence, evaluated, deviations, observed, (double) upper / population, unevaluated,
                census ? Evaluation.Method.CENSUS : Evaluation.Method.STRATIFIED, population, upper, null);
    }
}
