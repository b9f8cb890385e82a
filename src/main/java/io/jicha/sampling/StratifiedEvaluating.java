package io.jicha.sampling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bound on the failures of a population made of strata, each drawn from separately (the units of a
 * review, or the strata of a stratified draw), each stratum weighted by its population. The bound is
 * exact ({@link ExactStratifiedBound}: the exact test of the estimated total inverted, the largest
 * Σ D_h it keeps); a stratum with nothing evaluated adds its whole population. When the exact search
 * would be too large, {@link #conservative} is used and the evaluation says so (method
 * {@link Evaluation.Method#STRATIFIED}).
 *
 * <p>The conservative bound: the total
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

    /**
     * The evaluation of all strata together, exact (method {@link Evaluation.Method#STRATIFIED_EXACT}),
     * or conservative when the exact search is too large; a single stratum is evaluated exactly.
     */
    public static Evaluation evaluate(BigDecimal confidence, List<Stratum> strata, int unevaluated) {
        Evaluation conservative = conservative(confidence, strata, unevaluated);
        if (strata.size() == 1 || conservative.method() == Evaluation.Method.CENSUS) {
            return conservative;
        }
        List<ExactStratifiedBound.Cell> cells = new java.util.ArrayList<>();
        int unreviewed = 0;
        for (Stratum s : strata) {
            if (s.evaluated() == 0) {
                unreviewed += s.population();
            } else {
                cells.add(new ExactStratifiedBound.Cell(s.population(), s.evaluated(), s.deviations()));
            }
        }
        java.util.OptionalInt exact;
        if (cells.size() == 1) {
            ExactStratifiedBound.Cell c = cells.get(0);
            exact = java.util.OptionalInt.of(c.sample() == c.population() ? c.failures()
                    : Evaluating.hypergeometricUpper(c.failures(), c.sample(), c.population(), confidence));
        } else {
            exact = ExactStratifiedBound.upper(cells, confidence.doubleValue());
        }
        if (exact.isEmpty()) {
            return conservative;
        }
        int upper = exact.getAsInt() + unreviewed;
        return new Evaluation(confidence, conservative.evaluated(), conservative.deviations(),
                conservative.observedRate(), (double) upper / conservative.population(), unevaluated,
                Evaluation.Method.STRATIFIED_EXACT, conservative.population(), upper, null);
    }

    /**
     * The conservative (Bonferroni) evaluation of all strata together; a single stratum is evaluated
     * exactly. Used when the exact search is too large.
     */
    public static Evaluation conservative(BigDecimal confidence, List<Stratum> strata, int unevaluated) {
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
