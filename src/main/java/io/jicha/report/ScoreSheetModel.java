package io.jicha.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The filled score sheet (评查表) of one case file, as on the paper form: per section its
 * criteria with points, deduction, note and auditor, the section subtotal, then the total,
 * grade, failed veto criteria, the auditor and the date.
 */
public record ScoreSheetModel(
        Provenance provenance,
        String unit,
        String recordId,
        String enterprise,
        String rubricTitle,
        String rubricVersion,
        List<Section> sections,
        BigDecimal total,
        BigDecimal maxTotal,
        String grade,
        List<String> vetoLines,
        String auditor,
        LocalDate date,
        String totalText,
        String vetoRule,
        List<String> evidence) {

    /** A sheet without evidence lines (files kept with the case file, issue 25). */
    public ScoreSheetModel(Provenance provenance, String unit, String recordId, String enterprise, String rubricTitle,
                           String rubricVersion, List<Section> sections, BigDecimal total, BigDecimal maxTotal,
                           String grade, List<String> vetoLines, String auditor, LocalDate date, String totalText,
                           String vetoRule) {
        this(provenance, unit, recordId, enterprise, rubricTitle, rubricVersion, sections, total, maxTotal, grade,
                vetoLines, auditor, date, totalText, vetoRule, List.of());
    }

    /** The same sheet listing {@code lines} as its evidence (name, time taken, hash prefix of each file). */
    public ScoreSheetModel withEvidence(List<String> lines) {
        return new ScoreSheetModel(provenance, unit, recordId, enterprise, rubricTitle, rubricVersion, sections, total,
                maxTotal, grade, vetoLines, auditor, date, totalText, vetoRule, lines);
    }

    /** A sheet whose total is shown as its points, without a veto rule statement. */
    public ScoreSheetModel(Provenance provenance, String unit, String recordId, String enterprise, String rubricTitle,
                           String rubricVersion, List<Section> sections, BigDecimal total, BigDecimal maxTotal,
                           String grade, List<String> vetoLines, String auditor, LocalDate date) {
        this(provenance, unit, recordId, enterprise, rubricTitle, rubricVersion, sections, total, maxTotal, grade,
                vetoLines, auditor, date, null, null);
    }

    public ScoreSheetModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(rubricTitle, "rubricTitle");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(maxTotal, "maxTotal");
        Objects.requireNonNull(date, "date");
        enterprise = enterprise == null ? "" : enterprise;
        rubricVersion = rubricVersion == null ? "" : rubricVersion;
        grade = grade == null ? "" : grade;
        auditor = auditor == null ? "" : auditor;
        sections = List.copyOf(sections);
        vetoLines = List.copyOf(vetoLines);
        totalText = totalText == null ? total.stripTrailingZeros().toPlainString() : totalText;
        vetoRule = vetoRule == null ? "" : vetoRule;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A rubric section (e.g. 实体评查) with its rows, maximum points and subtotal scored. */
    public record Section(String name, List<Row> rows, BigDecimal maxPoints, BigDecimal subtotal) {
        public Section {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(maxPoints, "maxPoints");
            Objects.requireNonNull(subtotal, "subtotal");
            rows = List.copyOf(rows);
        }
    }

    /** What a row is: a scored criterion, a criterion marked 不适用 (nothing deducted), or a bonus item (加分). */
    public enum RowKind { SCORED, NOT_APPLICABLE, BONUS }

    /**
     * One criterion: its points, the deduction taken (zero if none), the note and who scored it. A
     * bonus row's {@code deduction} is the part of its points not awarded (shown as no deduction).
     */
    public record Row(String criterion, BigDecimal points, BigDecimal deduction, String note, String auditor,
                      RowKind kind) {

        public Row(String criterion, BigDecimal points, BigDecimal deduction, String note, String auditor) {
            this(criterion, points, deduction, note, auditor, RowKind.SCORED);
        }

        public Row {
            kind = kind == null ? RowKind.SCORED : kind;
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(deduction, "deduction");
            if (deduction.signum() < 0) {
                throw new IllegalArgumentException("negative deduction on " + criterion);
            }
            note = note == null ? "" : note;
            auditor = auditor == null ? "" : auditor;
        }

        /** Points kept: points minus deduction, never below zero. */
        public BigDecimal score() {
            BigDecimal s = points.subtract(deduction);
            return s.signum() < 0 ? BigDecimal.ZERO : s;
        }
    }

    /**
     * The sheet's title by kind of file, from its rubric's title: "…评查标准" → "…评查表" (环境行政处罚案卷评查表,
     * 现场监察记录评查表, 查封扣押案卷评查表; the words are the bundle's {@code sheet.title.rubricSuffix} and
     * {@code sheet.title.ofRubric}); empty when the rubric's title does not end so (the default title then).
     */
    public java.util.Optional<String> sheetTitle(ReportMessages messages) {
        String suffix = messages.get("sheet.title.rubricSuffix");
        if (rubricTitle == null || !rubricTitle.endsWith(suffix) || rubricTitle.length() == suffix.length()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(messages.get("sheet.title.ofRubric",
                rubricTitle.substring(0, rubricTitle.length() - suffix.length())));
    }
}
