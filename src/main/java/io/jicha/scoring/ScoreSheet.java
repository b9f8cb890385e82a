package io.jicha.scoring;

import io.jicha.rubric.Criterion;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A filled rubric: each criterion with its deduction, each section's subtotal, the total and the
 * grade. Sums are exact; no criterion, section or total goes below zero; a veto gives the failing
 * grade whatever the points.
 */
public record ScoreSheet(ScoreTarget target, Rubric rubric, List<Row> rows, List<SectionTotal> sections,
                         BigDecimal total, List<String> vetoes, String grade, Optional<ScoreBook.DoneMark> done) {

    /** One criterion of the sheet. */
    public record Row(Section section, Criterion criterion, BigDecimal deduction, boolean vetoed,
                      List<ScoreBook.Mark> marks) {

        public BigDecimal score() {
            return criterion.points().subtract(deduction).max(BigDecimal.ZERO);
        }
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
     * The score as shown on sheets, tables and reports: the total; "0（否决）" for a vetoed file
     * under {@code veto: zero}; "否决" under {@code veto: exclude}; the kept points under {@code keep}.
     */
    public String shownScore() {
        if (!vetoed() || rubric.vetoEffect() == io.jicha.rubric.VetoEffect.KEEP) {
            return io.jicha.rubric.Points.format(total);
        }
        return rubric.vetoEffect() == io.jicha.rubric.VetoEffect.ZERO ? "0（否决）" : "否决";
    }

    public BigDecimal deducted() {
        return rubric.total().subtract(total);
    }

    /** Computes the sheet of a target from its scoring (or an untouched sheet when there is none). */
    public static ScoreSheet of(ScoreTarget target, Rubric rubric, Optional<ScoreBook.Scoring> scoring) {
        List<Row> rows = new ArrayList<>();
        List<SectionTotal> sections = new ArrayList<>();
        List<String> vetoes = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Section s : rubric.sections()) {
            BigDecimal deductedInSection = BigDecimal.ZERO;
            for (Criterion c : s.criteria()) {
                List<ScoreBook.Mark> marks = scoring.map(x -> x.marks(c.code())).orElse(List.of());
                BigDecimal deduction = marks.stream().filter(m -> !m.veto()).map(ScoreBook.Mark::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add).min(c.points());
                boolean vetoed = marks.stream().anyMatch(ScoreBook.Mark::veto);
                if (vetoed) {
                    vetoes.add(c.code());
                }
                rows.add(new Row(s, c, deduction, vetoed, marks));
                deductedInSection = deductedInSection.add(deduction);
            }
            BigDecimal sectionScore = s.points().subtract(deductedInSection).max(BigDecimal.ZERO);
            sections.add(new SectionTotal(s, deductedInSection, sectionScore));
            total = total.add(sectionScore);
        }
        total = total.max(BigDecimal.ZERO);
        String grade = rubric.grade(total, !vetoes.isEmpty());
        return new ScoreSheet(target, rubric, List.copyOf(rows), List.copyOf(sections), total, List.copyOf(vetoes),
                grade, scoring.flatMap(ScoreBook.Scoring::done));
    }

    /** What is left to deduct on a criterion. */
    public BigDecimal remaining(String code) {
        return rows.stream().filter(r -> r.criterion().code().equals(code)).findFirst()
                .map(r -> r.criterion().points().subtract(r.deduction())).orElse(BigDecimal.ZERO);
    }
}
