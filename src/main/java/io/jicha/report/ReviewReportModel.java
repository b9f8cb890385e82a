package io.jicha.report;

import io.jicha.session.ReportSection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the review report (稽查报告) prints, as plain data: the renderer computes nothing
 * but the chart's score bands. Points and rates are exact decimals; texts are printed as given.
 *
 * <p>{@code conclusions} are the sentences 三、评查结果 states after the table: the sampling
 * conclusion per unit and kind, and any conclusion across units (one per record kind, all units
 * together: ReviewSummary.CityResult), in the order given.
 *
 * <p>The parts follow a filed 稽查报告: {@code overview} and the team's notes make 一、基本情况;
 * notes make 二、主要做法和成效; {@code kindTables}, {@code conclusions}, {@code unitDocuments} and
 * the per-unit {@code results} make 三、评查结果; {@code problems} (grouped across units) make
 * 四、存在的主要问题; notes and {@code findings} make 五、整改要求; notes make 六、下一步工作;
 * then the signing {@code authority} and {@code reportDate} (null: left blank to be written by
 * hand), the table of {@code files}, and the appendix (rubrics, draws, journal head, amendments).
 * {@code sent} are the versions of the units' notices actually sent, cited under 五、整改要求.
 */
public record ReviewReportModel(
        Provenance provenance,
        String title,
        LocalDate from,
        LocalDate to,
        List<String> units,
        String authority,
        LocalDate reportDate,
        Overview overview,
        Map<ReportSection, List<String>> notes,
        List<RubricRef> rubrics,
        List<DrawSummary> draws,
        List<KindTable> kindTables,
        List<String> conclusions,
        List<UnitResult> results,
        List<ReviewedFile> files,
        List<UnitDocumentReview> unitDocuments,
        List<ProblemGroup> problems,
        List<FindingEntry> findings,
        List<String> amendments,
        List<SentDocument> sent,
        List<SamplingBasis> sampling,
        List<KindChart> charts,
        List<FollowUp> followUp) {

    /** Without the charts per kind of file and without a comparison with an earlier review. */
    public ReviewReportModel(Provenance provenance, String title, LocalDate from, LocalDate to, List<String> units,
                             String authority, LocalDate reportDate, Overview overview,
                             Map<ReportSection, List<String>> notes, List<RubricRef> rubrics, List<DrawSummary> draws,
                             List<KindTable> kindTables, List<String> conclusions, List<UnitResult> results,
                             List<ReviewedFile> files, List<UnitDocumentReview> unitDocuments,
                             List<ProblemGroup> problems, List<FindingEntry> findings, List<String> amendments,
                             List<SentDocument> sent, List<SamplingBasis> sampling) {
        this(provenance, title, from, to, units, authority, reportDate, overview, notes, rubrics, draws, kindTables,
                conclusions, results, files, unitDocuments, problems, findings, amendments, sent, sampling,
                List.of(), List.of());
    }

    /** The same report with the comparison with the review this one follows (回头看). */
    public ReviewReportModel withFollowUp(List<FollowUp> comparisons) {
        return new ReviewReportModel(provenance, title, from, to, units, authority, reportDate, overview, notes,
                rubrics, draws, kindTables, conclusions, results, files, unitDocuments, problems, findings, amendments,
                sent, sampling, charts, comparisons);
    }

    /**
     * One kind of file across the units, for its one score chart (issue 23: one chart per kind
     * instead of one per unit): the kind, the word counting its files (卷 for 案卷, 份 for
     * 现场监察记录; empty in English) and each unit's results for that kind (unit = the unit's name).
     */
    public record KindChart(String kind, String measure, List<UnitResult> units) {
        public KindChart {
            Objects.requireNonNull(kind, "kind");
            measure = measure == null ? "" : measure;
            units = List.copyOf(units);
        }

        /** Every unit's scores together. */
        public List<BigDecimal> scores() {
            return units.stream().flatMap(u -> u.scores().stream()).toList();
        }
    }

    /**
     * A unit's failure rate in this review against the review it follows (回头看, {@code sample
     * compare}): failed and scored files before and after and the sentence with the one-sided
     * Fisher exact test's verdict, already worded.
     */
    public record FollowUp(String unit, String kind, String earlierReview, int failedBefore, int before,
                           int failedAfter, int after, String sentence) {
        public FollowUp {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sentence, "sentence");
            earlierReview = earlierReview == null ? "" : earlierReview;
        }
    }

    /** A report that cites no version sent and leaves out the plan and method across units. */
    public ReviewReportModel(Provenance provenance, String title, LocalDate from, LocalDate to, List<String> units,
                             String authority, LocalDate reportDate, Overview overview,
                             Map<ReportSection, List<String>> notes, List<RubricRef> rubrics, List<DrawSummary> draws,
                             List<KindTable> kindTables, List<String> conclusions, List<UnitResult> results,
                             List<ReviewedFile> files, List<UnitDocumentReview> unitDocuments,
                             List<ProblemGroup> problems, List<FindingEntry> findings, List<String> amendments) {
        this(provenance, title, from, to, units, authority, reportDate, overview, notes, rubrics, draws, kindTables,
                conclusions, results, files, unitDocuments, problems, findings, amendments, List.of(), List.of(),
                List.of(), List.of());
    }

    public ReviewReportModel {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(overview, "overview");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
        authority = authority == null ? "" : authority;
        units = List.copyOf(units);
        EnumMap<ReportSection, List<String>> n = new EnumMap<>(ReportSection.class);
        notes.forEach((k, v) -> n.put(k, List.copyOf(v)));
        notes = Collections.unmodifiableMap(n);
        rubrics = List.copyOf(rubrics);
        draws = List.copyOf(draws);
        kindTables = List.copyOf(kindTables);
        conclusions = List.copyOf(conclusions);
        results = List.copyOf(results);
        files = List.copyOf(files);
        unitDocuments = List.copyOf(unitDocuments);
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
        amendments = List.copyOf(amendments);
        sent = sent == null ? List.of() : List.copyOf(sent);
        sampling = sampling == null ? List.of() : List.copyOf(sampling);
        charts = charts == null ? List.of() : List.copyOf(charts);
        followUp = followUp == null ? List.of() : List.copyOf(followUp);
    }

    /**
     * The word counting files of a kind (卷, 份), from its chart; when unknown, the bundle's
     * {@code report.measure.default} (份, nothing in English).
     */
    public String measure(String kind) {
        return charts.stream().filter(c -> c.kind().equals(kind)).map(KindChart::measure).findFirst()
                .orElseGet(() -> ReportMessages.forLocale(provenance.locale()).get("report.measure.default"));
    }

    /** The report's parts in order, as both the PDF and the .docx set them (one home for its structure). */
    public java.util.List<ReviewReportOutline.Block> outline() {
        return ReviewReportOutline.of(this);
    }

    /** The versions sent of a unit's documents (report issued), in the order given. */
    public List<SentDocument> sent(String unit) {
        return sent.stream().filter(d -> d.unit().equals(unit)).toList();
    }

    /**
     * The version of a unit's document actually sent ({@code report issued}): which document, the
     * file's name and SHA-256, the day sent and its document number as sent (may be null).
     */
    public record SentDocument(String unit, String kind, String file, String sha256, LocalDate date, String number) {
        public SentDocument {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(date, "date");
        }
    }


    /**
     * The plan and the method behind the conclusion for one record kind across units, for the
     * appendix: the plans' confidence, tolerable and expected rates and model (null when the draws'
     * plans differ or there is none), the units, files in their populations, sampled, failed, the
     * bound (a number of files) and how it was found ({@code method}: the name of
     * io.jicha.sampling.Evaluation.Method, lower case: stratified_exact, stratified, census) and the
     * word counting its files (卷, 份; empty in English).
     */
    public record SamplingBasis(String kind, BigDecimal confidence, BigDecimal tolerable, BigDecimal expected,
                                String model, int units, int population, int sampled, int failed, int upper,
                                String method, String measure) {
        public SamplingBasis {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(confidence, "confidence");
            Objects.requireNonNull(method, "method");
            measure = measure == null ? "" : measure;
        }
    }

    /** The team's paragraphs for a section (empty when none). */
    public List<String> notes(ReportSection section) {
        return notes.getOrDefault(section, List.of());
    }

    /**
     * What the review covered, computed from the session: per record kind the files in the
     * populations drawn from, drawn and reviewed; the units whose own documents were reviewed; the
     * first and last day files were reviewed (null when nothing is reviewed yet).
     */
    public record Overview(List<KindCount> kinds, int unitDocumentsReviewed, LocalDate firstReviewDay,
                           LocalDate lastReviewDay) {
        public Overview {
            kinds = List.copyOf(kinds);
        }

        public int drawn() {
            return kinds.stream().mapToInt(KindCount::drawn).sum();
        }

        public int reviewed() {
            return kinds.stream().mapToInt(KindCount::reviewed).sum();
        }
    }

    /** One record kind across the units: population, drawn, reviewed. */
    public record KindCount(String kind, int population, int drawn, int reviewed) {
        public KindCount {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The results of one record kind, one row per unit. */
    public record KindTable(String kind, List<UnitRow> rows) {
        public KindTable {
            Objects.requireNonNull(kind, "kind");
            rows = List.copyOf(rows);
        }
    }

    /**
     * A unit's row of a kind's results: files drawn and reviewed, 合格率 and 优良率 in percent (one
     * decimal; null when nothing is reviewed), mean score, vetoed files and the rank by mean score
     * among the units (equal means share a rank; 0 when nothing is reviewed).
     */
    public record UnitRow(String unit, int drawn, int reviewed, BigDecimal passRate, BigDecimal goodRate,
                          BigDecimal meanScore, int vetoed, int rank) {
        public UnitRow {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * A problem found across units: a criterion of a rubric (or of the units' own documents) that
     * lost points or was vetoed, in how many files, in which units, with typical cases (a file and
     * what the auditor saw) and every file it was found in.
     */
    public record ProblemGroup(String kind, String criterion, String text, boolean veto, List<String> units,
                               List<String> typicalCases, List<String> files) {
        public ProblemGroup {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(text, "text");
            units = List.copyOf(units);
            typicalCases = List.copyOf(typicalCases);
            files = List.copyOf(files);
        }
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
                              int sampleSize, String seed, String populationFingerprint, List<LedgerVersion> ledger) {

        /** A draw from a ledger imported only once: nothing to say about versions. */
        public DrawSummary(String unit, String kind, String method, String filters, int populationSize,
                           int sampleSize, String seed, String populationFingerprint) {
            this(unit, kind, method, filters, populationSize, sampleSize, seed, populationFingerprint, List.of());
        }

        public DrawSummary {
            ledger = ledger == null ? List.of() : List.copyOf(ledger);
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
     * The version of a re-imported ledger a draw was made from (issue 26; 1 for the first import) and the file
     * imported; a draw's {@code ledger} is empty when its ledger was imported only once.
     */
    public record LedgerVersion(int version, String fileName) {
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

    /** One row of the table of reviewed files, with the day it was reviewed. */
    public record ReviewedFile(String unit, String id, String enterprise, BigDecimal score, String grade,
                               String auditor, LocalDate reviewedOn, String scoreText) {

        /** A file whose score is shown as its points. */
        public ReviewedFile(String unit, String id, String enterprise, BigDecimal score, String grade, String auditor,
                            LocalDate reviewedOn) {
            this(unit, id, enterprise, score, grade, auditor, reviewedOn, null);
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

    /** The review of a unit's own documents (plans, ledgers): score, grade and each deduction. */
    public record UnitDocumentReview(String unit, BigDecimal score, String grade, List<Deduction> deductions) {
        public UnitDocumentReview {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(score, "score");
            grade = grade == null ? "" : grade;
            deductions = List.copyOf(deductions);
        }
    }

    /**
     * One deduction of a unit's own documents, as typed values: the criterion's code and text, the points
     * lost ({@code null} when the criterion was vetoed) and what the auditor noted. The body of the report
     * says only the note; the appendix says the code and the points or the veto as well.
     */
    public record Deduction(String code, String criterion, BigDecimal points, boolean veto, String note) {
        public Deduction {
            Objects.requireNonNull(code, "code");
            if (!veto) {
                Objects.requireNonNull(points, "points");
            }
            criterion = criterion == null ? "" : criterion;
            note = note == null ? "" : note;
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
