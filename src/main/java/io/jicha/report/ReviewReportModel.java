package io.jicha.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the review report (稽查报告) prints, as plain data: the renderer computes nothing
 * but the chart's score bands. Points are exact decimals; texts are printed as given.
 * {@code conclusions} are the sentences for all units together, one per record kind ("在90%的置信
 *水平下，全市行政处罚案卷的不合格率不超过…"), already worded.
 */
public record ReviewReportModel(
        Provenance provenance,
        String title,
        LocalDate from,
        LocalDate to,
        List<String> units,
        List<RubricRef> rubrics,
        List<DrawSummary> draws,
        List<UnitResult> results,
        List<ReviewedFile> files,
        List<UnitDocumentReview> unitDocuments,
        List<FindingEntry> findings,
        List<String> amendments,
        List<String> conclusions) {

    /** A report without conclusions across units. */
    public ReviewReportModel(Provenance provenance, String title, LocalDate from, LocalDate to, List<String> units,
                             List<RubricRef> rubrics, List<DrawSummary> draws, List<UnitResult> results,
                             List<ReviewedFile> files, List<UnitDocumentReview> unitDocuments,
                             List<FindingEntry> findings, List<String> amendments) {
        this(provenance, title, from, to, units, rubrics, draws, results, files, unitDocuments, findings, amendments,
                List.of());
    }

    public ReviewReportModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
        units = List.copyOf(units);
        rubrics = List.copyOf(rubrics);
        draws = List.copyOf(draws);
        results = List.copyOf(results);
        files = List.copyOf(files);
        unitDocuments = List.copyOf(unitDocuments);
        findings = List.copyOf(findings);
        amendments = List.copyOf(amendments);
        conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
    }

    /** A rubric used in the review, pinned by the hash of its file. */
    public record RubricRef(String id, String version, String title, String sha256) {
        public RubricRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(sha256, "sha256");
            title = title == null ? "" : title;
        }
    }

    /**
     * One sample draw: what was drawn from (population size, filters as readable text, the
     * population's sha256 fingerprint), how (method name, seed) and how many.
     */
    public record DrawSummary(String unit, String kind, String method, String filters, int populationSize,
                              int sampleSize, String seed, String populationFingerprint) {
        public DrawSummary {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(seed, "seed");
            Objects.requireNonNull(populationFingerprint, "populationFingerprint");
            filters = filters == null ? "" : filters;
            if (populationSize < 0 || sampleSize < 0 || sampleSize > populationSize) {
                throw new IllegalArgumentException("sample " + sampleSize + " of population " + populationSize);
            }
        }
    }

    /**
     * A unit's results: files reviewed, mean score, count per grade (in display order), vetoed
     * files, the failure-rate upper-bound sentence (already worded) and every score for the chart.
     */
    public record UnitResult(String unit, int filesReviewed, BigDecimal meanScore, Map<String, Integer> gradeCounts,
                             int vetoCount, String failureRateSentence, List<BigDecimal> scores, String vetoRule) {

        /** Without a statement of how vetoed files were counted. */
        public UnitResult(String unit, int filesReviewed, BigDecimal meanScore, Map<String, Integer> gradeCounts,
                          int vetoCount, String failureRateSentence, List<BigDecimal> scores) {
            this(unit, filesReviewed, meanScore, gradeCounts, vetoCount, failureRateSentence, scores, "");
        }

        public UnitResult {
            vetoRule = vetoRule == null ? "" : vetoRule;
            Objects.requireNonNull(unit, "unit");
            gradeCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gradeCounts));
            scores = List.copyOf(scores);
            failureRateSentence = failureRateSentence == null ? "" : failureRateSentence;
            if (filesReviewed < 0 || vetoCount < 0) {
                throw new IllegalArgumentException("negative count for " + unit);
            }
        }
    }

    /** One row of the table of reviewed files. */
    public record ReviewedFile(String unit, String id, String enterprise, BigDecimal score, String grade,
                               String auditor, String scoreText) {

        /** A file whose score is shown as its points. */
        public ReviewedFile(String unit, String id, String enterprise, BigDecimal score, String grade, String auditor) {
            this(unit, id, enterprise, score, grade, auditor, null);
        }

        public ReviewedFile {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(score, "score");
            enterprise = enterprise == null ? "" : enterprise;
            grade = grade == null ? "" : grade;
            auditor = auditor == null ? "" : auditor;
            scoreText = scoreText == null ? score.stripTrailingZeros().toPlainString() : scoreText;
        }
    }

    /** The review of a unit's own documents (plans, ledgers): score, grade and each deduction as text. */
    public record UnitDocumentReview(String unit, BigDecimal score, String grade, List<String> deductions) {
        public UnitDocumentReview {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(score, "score");
            grade = grade == null ? "" : grade;
            deductions = List.copyOf(deductions);
        }
    }

    /** A finding for a unit with its requirement and deadline, the deadline already worded. */
    public record FindingEntry(String unit, int number, String text, String requirement, String deadline) {
        public FindingEntry {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(text, "text");
            if (number < 1) {
                throw new IllegalArgumentException("finding number " + number + " < 1");
            }
            requirement = requirement == null ? "" : requirement;
            deadline = deadline == null ? "" : deadline;
        }
    }
}
