package io.jicha.scoring;

import io.jicha.rubric.Criterion;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.Section;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A filled rubric: each criterion with its deduction, each section's subtotal, the total and the
 * grade. Sums are exact; no criterion, section or total goes below zero; a veto gives the failing
 * grade whatever the points.
 */
public record ScoreSheet(ScoreTarget target, Rubric rubric, List<Row> rows, List<SectionTotal> sections,
                         BigDecimal total, List<String> vetoes, String grade, Optional<ScoreBook.DoneMark> done,
                         BigDecimal kept, BigDecimal applicable, BigDecimal bonus, List<Row> bonusRows) {

    /** One criterion of the sheet; a criterion marked 不适用 keeps and loses nothing. */
    public record Row(Section section, Criterion criterion, BigDecimal deduction, boolean vetoed,
                      List<ScoreBook.Mark> marks, boolean notApplicable) {

        public Row(Section section, Criterion criterion, BigDecimal deduction, boolean vetoed, List<ScoreBook.Mark> marks) {
            this(section, criterion, deduction, vetoed, marks, false);
        }

        public BigDecimal score() {
            return notApplicable ? BigDecimal.ZERO : criterion.points().subtract(deduction).max(BigDecimal.ZERO);
        }
    }

    /** Whether some criterion was marked not applicable (the total is then rescaled). */
    public boolean rescaled() {
        return applicable.compareTo(rubric.total()) != 0;
    }

    /** A section's points, what was deducted in it, and what is left. */
    public record SectionTotal(Section section, BigDecimal deducted, BigDecimal score) {
    }

    public boolean vetoed() {
        return !vetoes.isEmpty();
    }

    public boolean reviewed() {
        return done.isPresent();
    }

    /** Whether the file fails: vetoed, or in the rubric's lowest grade band. */
    public boolean fails() {
        return vetoed() || grade.equals(rubric.failGrade());
    }

    /**
     * The score the file counts with in means, charts and tables, by the rubric's declared veto
     * effect: its total when not vetoed (or under {@code keep}), 0 under {@code zero}, nothing under
     * {@code exclude} (a vetoed file is not scored further).
     */
    public Optional<BigDecimal> counted() {
        if (!vetoed()) {
            return Optional.of(total);
        }
        return switch (rubric.vetoEffect()) {
            case KEEP -> Optional.of(total);
            case ZERO -> Optional.of(BigDecimal.ZERO);
            case EXCLUDE -> Optional.empty();
        };
    }

    /**
     * What the score shows on sheets, tables and reports, as a typed value (the words are the bundles'):
     * the total ({@link Shown#POINTS}); for a vetoed file 0 and the veto under {@code veto: zero}
     * ({@link Shown#ZERO_VETOED}, "0（否决）"), the veto alone under {@code veto: exclude}
     * ({@link Shown#VETOED}, "否决"); the kept points under {@code keep}.
     */
    public Shown shown() {
        if (!vetoed() || rubric.vetoEffect() == io.jicha.rubric.VetoEffect.KEEP) {
            return Shown.POINTS;
        }
        return rubric.vetoEffect() == io.jicha.rubric.VetoEffect.ZERO ? Shown.ZERO_VETOED : Shown.VETOED;
    }

    /** How a sheet's score is shown: its points, or the veto in their place (see {@link #shown()}). */
    public enum Shown {
        POINTS, ZERO_VETOED, VETOED;

        /** The key of its words in the score (terminal) and report (document) bundles; null for the points. */
        public String key() {
            return switch (this) {
                case POINTS -> null;
                case ZERO_VETOED -> "score.shown.zero-vetoed";
                case VETOED -> "score.shown.vetoed";
            };
        }
    }

    public BigDecimal deducted() {
        return rubric.total().subtract(total);
    }

    /**
     * Computes the sheet of a target from its scoring (or an untouched sheet when there is none). A
     * criterion's deductions are capped at its points and a section never goes below zero. The points
     * kept on the applicable criteria are rescaled to the rubric's total when some criteria were marked
     * 不适用: total = kept × total ÷ (total − the not-applicable criteria's points), to 0.1 half up
     * (按适用项满分折算). Then the bonus items: their points, at most the rubric's bonus cap, are added,
     * and the total is capped at the rubric's total unless the rubric allows more (above_total).
     */
    public static ScoreSheet of(ScoreTarget target, Rubric rubric, Optional<ScoreBook.Scoring> scoring) {
        List<Row> rows = new ArrayList<>();
        List<SectionTotal> sections = new ArrayList<>();
        List<String> vetoes = new ArrayList<>();
        BigDecimal kept = BigDecimal.ZERO;
        BigDecimal notApplicable = BigDecimal.ZERO;
        for (Section s : rubric.sections()) {
            BigDecimal deductedInSection = BigDecimal.ZERO;
            BigDecimal naInSection = BigDecimal.ZERO;
            for (Criterion c : s.criteria()) {
                List<ScoreBook.Mark> marks = scoring.map(x -> x.marks(c.code())).orElse(List.of());
                boolean na = marks.stream().anyMatch(m -> m.kind() == ScoreBook.Mark.Kind.NOT_APPLICABLE);
                BigDecimal deduction = na ? BigDecimal.ZERO : marks.stream().filter(ScoreBook.Mark::deduction)
                        .map(ScoreBook.Mark::points).reduce(BigDecimal.ZERO, BigDecimal::add).min(c.points());
                boolean vetoed = marks.stream().anyMatch(ScoreBook.Mark::veto);
                if (vetoed) {
                    vetoes.add(c.code());
                }
                rows.add(new Row(s, c, deduction, vetoed, marks, na));
                deductedInSection = deductedInSection.add(deduction);
                if (na) {
                    naInSection = naInSection.add(c.points());
                }
            }
            BigDecimal sectionScore = s.points().subtract(naInSection).subtract(deductedInSection).max(BigDecimal.ZERO);
            sections.add(new SectionTotal(s, deductedInSection, sectionScore));
            kept = kept.add(sectionScore);
            notApplicable = notApplicable.add(naInSection);
        }
        BigDecimal applicable = rubric.total().subtract(notApplicable);
        BigDecimal total = kept;
        if (notApplicable.signum() > 0) {
            total = applicable.signum() == 0 ? rubric.total()
                    : kept.multiply(rubric.total()).divide(applicable, 1, RoundingMode.HALF_UP);
        }
        BigDecimal bonus = BigDecimal.ZERO;
        List<Row> bonusRows = new ArrayList<>();
        if (rubric.bonus() != null) {
            for (Criterion c : rubric.bonus().criteria()) {
                List<ScoreBook.Mark> marks = scoring.map(x -> x.marks(c.code())).orElse(List.of()).stream()
                        .filter(m -> m.kind() == ScoreBook.Mark.Kind.BONUS).toList();
                BigDecimal awarded = marks.stream().map(ScoreBook.Mark::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .min(c.points());
                bonusRows.add(new Row(null, c, awarded, false, marks, false));
                bonus = bonus.add(awarded);
            }
            bonus = bonus.min(rubric.bonus().cap());
            total = total.add(bonus);
            if (!rubric.bonus().aboveTotal()) {
                total = total.min(rubric.total());
            }
        }
        total = total.max(BigDecimal.ZERO);
        String grade = rubric.grade(total, !vetoes.isEmpty());
        return new ScoreSheet(target, rubric, List.copyOf(rows), List.copyOf(sections), total, List.copyOf(vetoes),
                grade, scoring.flatMap(ScoreBook.Scoring::done), kept, applicable, bonus, List.copyOf(bonusRows));
    }

    /** What is left to deduct on a criterion. */
    public BigDecimal remaining(String code) {
        return rows.stream().filter(r -> r.criterion().code().equals(code)).findFirst()
                .map(r -> r.criterion().points().subtract(r.deduction())).orElse(BigDecimal.ZERO);
    }
}
