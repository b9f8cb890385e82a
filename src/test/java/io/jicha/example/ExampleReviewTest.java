package io.jicha.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.jicha.finding.Deadline;
import io.jicha.finding.WorkdayCalendar;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.session.ReportSection;
import io.jicha.support.JichaProcess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs examples/suzhou-2016-review/review.jicha once, in a child JVM with a temporary workspace
 * and its PDFs written to a temporary folder, and checks the outcome against what the script's
 * own lines imply: the summary from its deduct/veto lines and the rubric YAML, the findings and
 * their deadlines in the PDFs.
 */
@Tag("process")
class ExampleReviewTest {

    @TempDir
    static Path dir;

    static Path out;
    static List<String> script;
    static JichaProcess.Result run;
    static JichaProcess jicha;

    @BeforeAll
    static void runTheExample() throws Exception {
        script = Files.readAllLines(ReviewScriptGenerator.SCRIPT, StandardCharsets.UTF_8);
        out = dir.resolve("out");
        Files.createDirectories(out);
        List<String> rewritten = script.stream().map(l -> l.replace(ReviewScriptGenerator.OUT + "/", out + "/")).toList();
        // as on a fresh machine: no font folder to search, so the PDFs use the subsets in the jar
        Path noFonts = Files.createDirectories(dir.resolve("no-fonts"));
        jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_FONT_ROOTS", noFonts.toString()));
        run = jicha.script(dir.resolve("review.jicha"), rewritten);
    }

    @Test
    void theCommittedScriptIsWhatTheGeneratorWritesFromTheData() throws Exception {
        assertThat(ReviewScriptGenerator.generate(Path.of("."))).isEqualTo(script);
    }

    @Test
    void everyStepSucceedsAndTheOutputEndsWithThePdfPaths() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("jicha:");
        List<String> wrote = run.out().lines().filter(l -> l.startsWith("wrote ")).toList();
        assertThat(wrote).hasSize(22);   // issue 23: and the follow-up's report
        assertThat(wrote).contains("wrote " + out.resolve("review-report.pdf"));
        assertThat(wrote).anyMatch(l -> l.startsWith("wrote " + out.resolve("sheet-")));
        // issue 27: the four notices and the report again, each also as .docx
        assertThat(wrote.stream().filter(l -> l.endsWith(".docx"))).hasSize(5);
        assertThat(wrote).contains("wrote " + out.resolve("review-report.docx"));
        // the rectification ledger's follow-up (issue 24) ends the script with what it wrote
        assertThat(wrote.get(wrote.size() - 2)).isEqualTo("wrote " + out.resolve("rectification-2016-12-31.pdf"));
        // issue 23: then the follow-up's review report, which compares it with the review it follows
        assertThat(wrote.get(wrote.size() - 1)).isEqualTo("wrote " + out.resolve("followup-report.pdf"));
        assertThat(wrote).contains("wrote " + out.resolve("ledger-2016-12-31.xlsx"))
                .anyMatch(l -> l.startsWith("wrote " + out.resolve("supervise-gaoxin.pdf") + " (6 overdue items"));
        // issue 25: the evidence annexes, and fsck re-hashing the evidence
        assertThat(wrote).contains("wrote " + out.resolve("evidence-F-003.pdf"), "wrote " + out.resolve("evidence-wujiang.pdf"));
        assertThat(run.out()).contains("re-hashed 4 evidence files");
    }

    @Test
    void withoutSystemFontsTheSubstitutionIsSaidOnceAndEveryFontIsEmbedded() throws Exception {
        assertThat(run.err().lines().filter(l -> l.contains("fonts substituted") || l.contains("字体替代")))
                .singleElement().asString().contains("NotoSerifSC-Regular-jicha.otf");
        try (var pdfs = Files.list(out)) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    for (var page : doc.getPages()) {
                        for (var name : page.getResources().getFontNames()) {
                            var font = page.getResources().getFont(name);
                            var descendant = ((org.apache.pdfbox.pdmodel.font.PDType0Font) font).getDescendantFont();
                            var descriptor = descendant.getFontDescriptor();
                            assertThat(descriptor.getFontFile3() != null || descriptor.getFontFile2() != null)
                                    .as(pdf + " " + font.getName() + " embedded").isTrue();
                        }
                    }
                }
            }
        }
        // issue 23 item 10: each substitute keeps its role visible, and the PDF says what stood in for what
        for (String name : List.of("notice-wujiang.pdf", "supervise-gaoxin.pdf", "rectification-2016-12-31.pdf")) {
            Path pdf = out.resolve(name);
            String fonts = poppler("pdffonts", pdf);
            assertThat(fonts).as(name).contains("+NotoSerifCJKsc-Bold", "+JichaKai-Regular", "+NotoSerifCJKsc-Regular",
                    "+NotoSansCJKsc-Bold");
            assertThat(fonts.lines().filter(l -> l.contains("+")).toList()).as(name + ": embedded subsets")
                    .allMatch(l -> l.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
            assertThat(poppler("pdfinfo", pdf, "-custom").lines().filter(l -> l.startsWith("JichaFontSubstitution:"))
                    .map(l -> l.substring("JichaFontSubstitution:".length()).strip())).as(name).containsExactly(
                    "小标宋=NotoSerifSC-Bold-jicha.otf (bundled); 仿宋=NotoSerifSC-Regular-jicha.otf (bundled); "
                    + "黑体=NotoSansSC-Bold-jicha.otf (bundled); 楷体=JichaKai-Regular.ttf (bundled)");
        }
    }

    private static String poppler(String tool, Path pdf, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(List.of(options));
        command.add(pdf.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(tool + " " + pdf + ": " + text).isZero();
        return text;
    }

    /**
     * The same journal gives the same bytes: the review report written again by two other processes.
     * (The script's own copy was written before the rectification ledger's events, issue 24, moved the
     * journal head that every PDF prints; the 整改情况报告, written last, is compared with it too.)
     */
    @Test
    void theReviewReportWrittenAgainIsByteIdentical() throws Exception {
        // the script appends evidence after writing its report (issue 25), so the report is written
        // twice from the finished journal, by two processes, and the two are compared
        Path again = dir.resolve("again.pdf");
        Path third = dir.resolve("third.pdf");
        for (Path p : List.of(again, third)) {
            JichaProcess.Result r = jicha.run("report", "review", "--title", "苏州市2016年10月环境监察稽查报告",
                    "--authority", "苏州市环境保护局", "--date", "2016-10-20", "--out", p.toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(Files.readAllBytes(third)).isEqualTo(Files.readAllBytes(again));
        assertThat(text(again).replaceAll("[0-9a-f]{12,64}", "")).as("the same report but for the journal head")
                .isEqualTo(text(out.resolve("review-report.pdf")).replaceAll("[0-9a-f]{12,64}", ""));
        Path report = dir.resolve("rectification-again.pdf");
        JichaProcess.Result r = jicha.run("report", "rectification", "--as-of", "2016-12-31", "--number", "苏环稽〔2016〕35号",
                "--authority", "苏州市环境保护局", "--addressee", "江苏省环境保护厅", "--signer", "王建国", "--title",
                "苏州市环境保护局关于2016年10月环境监察稽查发现问题整改情况的报告", "--out", report.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(report)).isEqualTo(Files.readAllBytes(out.resolve("rectification-2016-12-31.pdf")));
    }

    @Test
    void theLedgerOnTheLastDayOf2016ShowsEveryStateAndTheFollowUpItsComparison() {
        String status = run.out().substring(run.out().indexOf("» rectify status --on 2016-12-31"));
        status = status.substring(0, status.indexOf("\n» ", 5));
        for (String state : List.of("pending", "reported", "closed", "returned", "overdue", "extended", "lasting")) {
            assertThat(status).as(state).containsPattern("F-[0-9]{3} +\\S+ +" + state + " ");
        }
        assertThat(run.out()).contains("相城区 penalty-case: 2 of 7 failed in the review, 0 of 8 in the follow-up")
                .contains("不合格率由 28.6%（2/7）降至 0.0%（0/8），在 95% 置信水平上差异不显著（单侧 Fisher 精确检验 p = 0.200）");
    }

    @Test
    void everyDrawReverifiesFromItsSnapshots() {
        assertThat(run.out()).contains("all 8 draws match").doesNotContain("MISMATCH");
    }

    @Test
    void fsckFindsNoFaultAndAJournalCutBackPastTheFinalizedHeadIsCaught() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("head ([0-9a-f]{64}): keep this receipt").matcher(run.out());
        assertThat(m.find()).as("session finalize prints its head").isTrue();
        String finalized = m.group(1);
        JichaProcess.Result fsck = new JichaProcess(dir.resolve("ws")).run("session", "fsck");
        assertThat(fsck.exit()).as(fsck.out() + fsck.err()).isZero();
        assertThat(fsck.out()).contains("8 draws").contains("5 signatures").contains("no faults");

        // a copy of the workspace, its journal cut back to just before the finalize event
        Path copy = dir.resolve("ws-cut");
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("ws"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(dir.resolve("ws").relativize(f).toString()));
            }
        }
        Path journal;
        try (java.util.stream.Stream<Path> files = Files.walk(copy)) {
            journal = files.filter(f -> f.getFileName().toString().equals("journal.jsonl"))
                    .filter(f -> f.getParent().getFileName().toString().equals("suzhou-2016-review")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).contains("\"hash\":\"" + finalized + "\"")) {
            at++;
        }
        JichaProcess cut = new JichaProcess(copy);
        JichaProcess.Result kept = cut.run("journal", "verify", "--head", finalized.substring(0, 16));
        assertThat(kept.exit()).isZero();
        assertThat(kept.out()).contains("is event #" + (at + 1) + "; " + (lines.size() - at - 1) + " events follow it");

        Files.write(journal, lines.subList(0, at), StandardCharsets.UTF_8);
        assertThat(cut.run("journal", "verify").exit()).as("the chain alone still verifies").isZero();
        JichaProcess.Result caught = cut.run("journal", "verify", "--head", finalized);
        assertThat(caught.exit()).isEqualTo(1);
        assertThat(caught.err().strip()).contains("is not in the chain").doesNotContain("\n");
    }

    // ---- the summary, computed from the script and the rubrics

    record Criterion(BigDecimal points, String deduction) {
    }

    record FileScore(String unit, String kind, BigDecimal total, boolean vetoed) {

        /**
         * The score the means count: the shipped penalty rubrics declare veto: exclude (a vetoed file is left
         * out), the inspection rubric veto: zero (docs/rubric-format.md).
         */
        BigDecimal counted() {
            if (!vetoed) {
                return total;
            }
            return kind.equals("penalty-case") ? null : BigDecimal.ZERO;
        }
    }

    /** Every reviewed file's unit, kind, total and veto, from the script's own deduct/veto lines and the rubric YAML. */
    private static List<FileScore> fileScores() throws Exception {
        Map<String, String[]> drawnAs = drawnFiles(run.out());
        Map<String, Map<String, Criterion>> rubrics = Map.of(
                "penalty-case", criteria("rubrics/penalty-case.yaml"),
                "seizure-case", criteria("rubrics/seizure-case.yaml"),
                "inspection-record", criteria("rubrics/inspection-record.yaml"));
        Map<String, Criterion> bonusItems = bonus("rubrics/seizure-case.yaml");
        List<FileScore> files = new ArrayList<>();
        String open = null;
        String rubric = null;
        boolean seized = false;
        Map<String, BigDecimal> deducted = new TreeMap<>();
        BigDecimal notApplicable = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        boolean vetoed = false;
        for (String line : reviewPart()) {
            if (line.startsWith("# ")) {
                seized = line.contains("按 seizure-case 评查标准");   // the generator says which rubric applies_when chose
            }
            List<String> w = words(line);
            if (w.size() < 2 || !w.get(0).equals("score")) {
                continue;
            }
            switch (w.get(1)) {
                case "open" -> {
                    open = w.get(2);
                    rubric = seized ? "seizure-case" : drawnAs.get(open)[1];
                    deducted.clear();
                    notApplicable = BigDecimal.ZERO;
                    bonus = BigDecimal.ZERO;
                    vetoed = false;
                }
                case "veto" -> vetoed = true;
                case "na" -> notApplicable = notApplicable.add(rubrics.get(rubric).get(w.get(2)).points());
                case "bonus" -> bonus = bonus.add(bonusItems.get(w.get(2)).points());
                case "deduct" -> {
                    Criterion c = rubrics.get(rubric).get(w.get(2));
                    BigDecimal amount;
                    if (option(w, "--points") != null) {
                        amount = new BigDecimal(option(w, "--points"));
                    } else {
                        BigDecimal times = new BigDecimal(option(w, "--times"));
                        amount = c.deduction().equals("all") ? c.points() : times.multiply(new BigDecimal(c.deduction()));
                    }
                    deducted.merge(w.get(2), amount, BigDecimal::add);
                    deducted.computeIfPresent(w.get(2), (k, v) -> v.min(c.points()));
                }
                case "done" -> {
                    BigDecimal hundred = new BigDecimal(100);
                    BigDecimal total = hundred.subtract(notApplicable);
                    for (BigDecimal d : deducted.values()) {
                        total = total.subtract(d);
                    }
                    if (notApplicable.signum() > 0) {   // rescaled to the applicable points, 0.1 half up
                        total = total.multiply(hundred).divide(hundred.subtract(notApplicable), 1, RoundingMode.HALF_UP);
                    }
                    total = total.add(bonus.min(new BigDecimal(5))).min(hundred);
                    files.add(new FileScore(drawnAs.get(open)[0], drawnAs.get(open)[1], total, vetoed));
                }
                default -> {
                }
            }
        }
        assertThat(files).hasSize(drawnAs.size());
        return files;
    }

    @Test
    void theSummaryIsWhatTheScriptsDeductionsImply() throws Exception {
        List<FileScore> files = fileScores();
        assertThat(files.stream().filter(FileScore::vetoed).count()).isGreaterThan(0);
        assertThat(files.stream().filter(f -> !f.vetoed() && f.total().compareTo(new BigDecimal(100)) == 0).count())
                .isGreaterThan(0);

        String summary = section(run.out(), "» session summary");
        for (String unit : List.of("吴江区", "太仓市", "相城区", "高新区")) {
            for (String kind : List.of("penalty-case", "inspection-record")) {
                List<FileScore> mine = files.stream().filter(f -> f.unit().equals(unit) && f.kind().equals(kind)).toList();
                List<BigDecimal> counted = mine.stream().map(FileScore::counted).filter(java.util.Objects::nonNull).toList();
                BigDecimal mean = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP);
                Map<String, Integer> grades = new LinkedHashMap<>();
                for (String g : List.of("优秀", "良好", "合格", "不合格")) {
                    grades.put(g, 0);
                }
                for (FileScore f : mine) {
                    grades.merge(grade(f), 1, Integer::sum);
                }
                long vetoes = mine.stream().filter(FileScore::vetoed).count();
                long failed = mine.stream().filter(f -> grade(f).equals("不合格")).count();
                String chinese = kind.equals("penalty-case") ? "行政处罚案卷" : "现场监察记录";
                List<String> expected = new ArrayList<>(List.of(unit, chinese, String.valueOf(mine.size()),
                        String.valueOf(mine.size()), mean.toPlainString()));
                grades.forEach((g, n) -> expected.add(g + n));
                expected.add(String.valueOf(vetoes));
                expected.add(String.valueOf(failed));
                String row = summary.lines().filter(l -> l.startsWith(unit) && l.contains(chinese)).findFirst().orElseThrow();
                assertThat(row.strip().split("\\s+")).as(row).containsExactlyElementsOf(expected);
            }
        }
    }

    private static String grade(FileScore f) {
        if (f.vetoed()) {
            return "不合格";
        }
        int t = f.total().intValue();
        return f.total().compareTo(new BigDecimal(90)) >= 0 ? "优秀" : t >= 80 ? "良好" : t >= 60 ? "合格" : "不合格";
    }

    /** id → {unit, kind} from the ids each 'sample draw' printed. */
    private static Map<String, String[]> drawnFiles(String output) {
        Map<String, String[]> drawn = new LinkedHashMap<>();
        String[] current = null;
        for (String line : output.lines().toList()) {
            if (line.startsWith("» ")) {
                List<String> w = words(line.substring(2));
                current = w.size() > 1 && w.get(0).equals("sample") && w.get(1).equals("draw")
                        ? new String[]{option(w, "--unit"), option(w, "--kind")} : null;
            } else if (current != null && line.matches(".+〔2016〕\\d+号")) {
                drawn.put(line.strip(), current);
            }
        }
        return drawn;
    }

    private static Map<String, Criterion> criteria(String file) throws Exception {
        JsonNode root = new YAMLMapper().readTree(Path.of(file).toFile());
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (JsonNode s : root.get("sections")) {
            for (JsonNode c : s.get("criteria")) {
                out.put(c.get("code").asText(), new Criterion(new BigDecimal(c.get("points").asText()),
                        c.has("deduction") ? c.get("deduction").asText() : "all"));
            }
        }
        return out;
    }

    private static Map<String, Criterion> bonus(String file) throws Exception {
        JsonNode root = new YAMLMapper().readTree(Path.of(file).toFile());
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (JsonNode c : root.get("bonus").get("criteria")) {
            out.put(c.get("code").asText(), new Criterion(new BigDecimal(c.get("points").asText()), "all"));
        }
        return out;
    }

    // ---- the review report as a 稽查报告

    @Test
    void theReportFollowsTheStructureOfAFiledReportWithTheTeamsText() throws Exception {
        // without the page footers: a paragraph of the team's may run on to the next page
        String report = text(out.resolve("review-report.pdf")).replaceAll("第\\d+页共\\d+页(日志[0-9a-f]{12})?", "");
        List<String> order = new ArrayList<>(List.of("一、基本情况", "2016年10月10日至2016年10月13日逐份评查"));
        order.addAll(teamText(ReportSection.BASIS));
        order.add("二、主要做法和成效");
        order.addAll(teamText(ReportSection.PRACTICES));
        order.addAll(List.of("三、评查结果", "（一）各单位评查结果", "（二）抽样结论", "（三）单位资料审查", "（四）得分分布",
                "四、存在的主要问题", "【一票否决】", "典型案例", "五、整改要求"));
        order.addAll(teamText(ReportSection.REQUIREMENTS));
        order.add("六、下一步工作");
        order.addAll(teamText(ReportSection.NEXT_STEPS));
        order.addAll(List.of("苏州市环境保护局2016年10月20日", "稽查组成员签字", "附表抽查文件评查结果", "附录：抽样方法与复核",
                "（四）稽查日志"));
        int at = -1;
        for (String part : order) {
            int next = report.indexOf(flat(part), at + 1);
            assertThat(next).as(part + " after what comes before it").isGreaterThan(at);
            at = next;
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve("review-report.pdf").toFile())) {
            String cover = new PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(doc);
            assertThat(flat(cover)).contains("苏州市2016年10月环境监察稽查报告").doesNotContain("suzhou-2016-review")
                    .doesNotContain("稽查会话");
        }
    }

    @Test
    void theCrossUnitTableIsWhatTheScriptsScoresImply() throws Exception {
        List<FileScore> files = fileScores();
        List<String> rows = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.resolve("review-report.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.getText(doc).lines().map(String::strip)
                    .filter(l -> l.matches("(吴江区|太仓市|相城区|高新区)(\\s+\\S+){7}") && l.contains("%")).forEach(rows::add);
        }
        List<String> expected = new ArrayList<>();
        for (String kind : List.of("penalty-case", "inspection-record")) {
            Map<String, BigDecimal> means = new LinkedHashMap<>();
            for (ReviewScriptGenerator.Unit u : ReviewScriptGenerator.UNITS) {
                List<FileScore> mine = files.stream().filter(f -> f.unit().equals(u.name()) && f.kind().equals(kind)).toList();
                // the mean by the rubrics' declared veto effects (FileScore.counted)
                List<BigDecimal> counted = mine.stream().map(FileScore::counted).filter(java.util.Objects::nonNull).toList();
                means.put(u.name(), counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP));
            }
            // the rank: 合格率 first (higher first), then vetoed files (fewer first), then the mean (higher first)
            Map<String, BigDecimal[]> keys = new java.util.HashMap<>();
            for (ReviewScriptGenerator.Unit u : ReviewScriptGenerator.UNITS) {
                List<FileScore> mine = files.stream().filter(f -> f.unit().equals(u.name()) && f.kind().equals(kind)).toList();
                long failed = mine.stream().filter(f -> grade(f).equals("不合格")).count();
                keys.put(u.name(), new BigDecimal[]{new BigDecimal(percent(mine.size() - failed, mine.size()).replace("%", "")),
                        BigDecimal.valueOf(-mine.stream().filter(FileScore::vetoed).count()), means.get(u.name())});
            }
            java.util.Comparator<BigDecimal[]> better = java.util.Comparator.<BigDecimal[], BigDecimal>comparing(k -> k[0])
                    .thenComparing(k -> k[1]).thenComparing(k -> k[2]);
            for (ReviewScriptGenerator.Unit u : ReviewScriptGenerator.UNITS) {
                List<FileScore> mine = files.stream().filter(f -> f.unit().equals(u.name()) && f.kind().equals(kind)).toList();
                long failed = mine.stream().filter(f -> grade(f).equals("不合格")).count();
                long good = mine.stream().filter(f -> List.of("优秀", "良好").contains(grade(f))).count();
                BigDecimal mean = means.get(u.name());
                long rank = 1 + keys.values().stream().filter(k -> better.compare(k, keys.get(u.name())) > 0).count();
                expected.add(String.join(" ", u.name(), String.valueOf(mine.size()), String.valueOf(mine.size()),
                        percent(mine.size() - failed, mine.size()), percent(good, mine.size()), plain(mean),
                        String.valueOf(mine.stream().filter(FileScore::vetoed).count()), String.valueOf(rank)));
            }
        }
        assertThat(rows.stream().map(r -> String.join(" ", r.split("\\s+"))).toList()).containsExactlyElementsOf(expected);
        // the issue's case: 吴江区 (a vetoed file, 87.5%) no longer ranks above 高新区 (no veto, 100%) for penalty cases
        assertThat(rows.get(3)).startsWith("高新区").endsWith(" 2");
        assertThat(rows.get(0)).startsWith("吴江区").endsWith(" 3");
    }

    @Test
    void noPageOfTheReportEndsOnAHeading() throws Exception {
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|附录|附表).*");
        try (PDDocument doc = Loader.loadPDF(out.resolve("review-report.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<String> lines = stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .filter(l -> !l.matches("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页|日志\\s+[0-9a-f]{12}")).toList();
                assertThat(lines.get(lines.size() - 1)).as("last line of page %d", p).doesNotMatch(heading);
            }
        }
    }

    @Test
    void scoreSheetAndReportPrintTheDaysTheFilesWereReviewed() throws Exception {
        String sheetLine = script.stream().filter(l -> l.startsWith("report sheet ")).findFirst().orElseThrow();
        String sheetId = words(sheetLine).get(2);
        int open = script.indexOf(script.stream().filter(l -> l.startsWith("score open " + sheetId + " ")).findFirst().orElseThrow());
        String done = script.subList(open, script.size()).stream().filter(l -> l.startsWith("score done")).findFirst().orElseThrow();
        LocalDate day = LocalDate.parse(option(words(done), "--on"));
        assertThat(day).isBetween(LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13));
        String sheet = text(out.resolve(Path.of(option(words(sheetLine), "--out")).getFileName()));
        assertThat(sheet).contains("评查日期：" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
        String report = text(out.resolve("review-report.pdf"));
        String table = report.substring(report.indexOf("附表抽查文件评查结果"));
        String row = table.substring(table.indexOf(flat(sheetId)));
        String nextDate = row.substring(0, row.indexOf("日") + 1);
        assertThat(nextDate).as("the row of " + sheetId + " in the table of files")
                .endsWith(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
    }

    /**
     * Each notice states the days its own unit's files and documents were reviewed (the --on of the
     * score done after each score open of the unit, read from the script), not the session's period.
     */
    @Test
    void eachNoticePrintsItsOwnUnitsReviewDays() throws Exception {
        Map<String, java.util.TreeSet<LocalDate>> days = new java.util.HashMap<>();
        String unit = null;
        for (String line : script) {
            if (line.startsWith("session new ") && !days.isEmpty()) {
                break; // the follow-up review (回头看, issue 24) is another session with notices of its own
            }
            if (line.startsWith("score open ")) {
                unit = option(words(line), "--unit");
            } else if (line.startsWith("review unit ")) { // a unit's own documents
                unit = words(line).get(2);
            } else if ((line.startsWith("score done") || line.startsWith("review done")) && unit != null) {
                days.computeIfAbsent(unit, u -> new java.util.TreeSet<>()).add(LocalDate.parse(option(words(line), "--on")));
                unit = null;
            }
        }
        assertThat(days.get("相城区")).as("the issue's case").containsExactly(LocalDate.of(2016, 10, 12), LocalDate.of(2016, 10, 13));
        for (ReviewScriptGenerator.Unit u : ReviewScriptGenerator.UNITS) {
            LocalDate first = days.get(u.name()).first();
            LocalDate last = days.get(u.name()).last();
            String notice = text(out.resolve("notice-" + u.file() + ".pdf"));
            assertThat(notice).as(u.name()).contains("于" + first.getYear() + "年" + first.getMonthValue() + "月"
                    + first.getDayOfMonth() + "日至" + last.getYear() + "年" + last.getMonthValue() + "月" + last.getDayOfMonth() + "日");
        }
    }

    /** A date as the documents print it. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");

    /**
     * No document number or date is broken across lines in any PDF of the example, nor in the notice
     * in 信函式 and in the plain form: each PDF is read back with poppler's pdftotext, and every case
     * number of the script (吴环罚字〔2016〕28号 …, the notices' numbers) and every date found in its text
     * with the line breaks removed must also be found as often within single lines.
     */
    @Test
    void noCaseNumberOrDateIsBrokenAcrossLinesInAnyPdf() throws Exception {
        java.util.Set<String> numbers = new java.util.TreeSet<>();
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("[^\\s\"]+〔\\d{4}〕\\d+号");
        script.forEach(line -> number.matcher(line).results().forEach(r -> numbers.add(r.group())));
        assertThat(numbers).contains("吴环罚字〔2016〕28号", "苏环稽〔2016〕21号").hasSizeGreaterThan(60);
        List<Path> pdfs = new ArrayList<>();
        try (var files = Files.list(out)) {
            files.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
        }
        // the other forms from a copy of the workspace: a reprint in another form is recorded (notice.reprinted),
        // and the other tests read the example's own journal
        Path forms = dir.resolve("ws-forms");
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("ws"))) {
            for (Path f : files.toList()) {
                Files.copy(f, forms.resolve(dir.resolve("ws").relativize(f).toString()));
            }
        }
        JichaProcess inCopy = new JichaProcess(forms, Map.of("JICHA_FONT_ROOTS", dir.resolve("no-fonts").toString()));
        for (String form : List.of("letter", "plain")) {
            Path pdf = dir.resolve("notice-wujiang-" + form + ".pdf");
            JichaProcess.Result r = inCopy.run("report", "notice", "--unit", "吴江区", "--issued", "2016-10-20",
                    "--number", "苏环稽〔2016〕21号", "--authority", "苏州市环境保护局", "--form", form, "--out", pdf.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            pdfs.add(pdf);
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(8);
        int checked = 0;
        int junctions = 0;
        for (Path pdf : pdfs) {
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
            String raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("pdftotext " + pdf).isZero();
            List<String> lines = raw.lines().map(l -> l.replaceAll("\\s+", "")).toList();
            String joined = String.join("", lines);
            Map<String, Integer> whole = new TreeMap<>();
            Map<String, Integer> inLines = new TreeMap<>();
            java.util.Set<String> tokens = new java.util.TreeSet<>(numbers);
            DATE.matcher(joined).results().forEach(r -> tokens.add(r.group()));
            for (String t : tokens) {
                int all = occurrences(joined, t);
                if (all > 0) {
                    whole.put(t, all);
                    inLines.put(t, lines.stream().mapToInt(l -> occurrences(l, t)).sum());
                }
            }
            assertThat(inLines).as(pdf.getFileName() + ": numbers and dates each on one line").isEqualTo(whole);
            checked += whole.size();
            // a token the text above misses (pdftotext reads a table's cells across each other): the lines as
            // drawn (PDFBox, content order: a cell's lines one after the other), and pdftotext's; no line may end
            // where a document number or a date goes on at the start of the next, at any position of the break
            List<String> broken = new ArrayList<>();
            for (List<String> order : List.of(drawnLines(pdf), lines)) {
                for (int i = 0; i + 1 < order.size(); i++) {
                    broken.addAll(brokenAt(order.get(i), order.get(i + 1)));
                    junctions++;
                }
            }
            assertThat(broken).as(pdf.getFileName() + ": a number or date broken across lines").isEmpty();
        }
        assertThat(checked).as("numbers and dates checked").isGreaterThan(100);
        assertThat(junctions).as("line ends looked at").isGreaterThan(1000);
    }

    /** The lines of a PDF in the order they are drawn, blanks removed. */
    private static List<String> drawnLines(Path pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(doc).lines().map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
        }
    }

    /**
     * The numbers and dates a line end between {@code a} and {@code b} would break: a date broken anywhere, a
     * 文号 broken anywhere from its 〔 on (its prefix cannot be told from the word before it).
     */
    static List<String> brokenAt(String a, String b) {
        String tail = a.substring(Math.max(0, a.length() - 24));
        String head = b.substring(0, Math.min(b.length(), 24));
        int at = tail.length();
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = BROKEN.matcher(tail + head);
        while (m.find()) {
            boolean number = m.start("rest") >= 0;
            if (number ? m.start("rest") <= at && m.end() > at : m.start() < at && m.end() > at) {
                found.add(tail + " | " + head);
            }
        }
        return found;
    }

    @Test
    void brokenNumbersAndDatesAreFoundAtAnyPosition() {
        assertThat(brokenAt("印发制度（吴环〔2016〕90", "号），10月以来")).hasSize(1);
        assertThat(brokenAt("印发制度（吴环", "〔2016〕90号）")).hasSize(1);
        assertThat(brokenAt("印发制度（吴环〔", "2016〕90号）")).hasSize(1);
        assertThat(brokenAt("于2016年11月", "21日前完成")).hasSize(1);
        assertThat(brokenAt("于2016年", "11月21日前")).hasSize(1);
        assertThat(brokenAt("于2016年1", "1月")).hasSize(1);
        assertThat(brokenAt("苏州市环境保护局文件", "苏环稽〔2016〕24号")).isEmpty();
        assertThat(brokenAt("苏州市环境保护局", "2016年10月20日")).isEmpty();
        assertThat(brokenAt("（吴环〔2016〕90号）", "10月以来")).isEmpty();
    }

    /**
     * What must never be broken, looked for across each line end: a 文号 (prefix, 〔year〕, number, 号) and a
     * date (2016年11月21日, 2016年11月, 11月21日), defined here apart from the code's own rule.
     */
    private static final java.util.regex.Pattern BROKEN = java.util.regex.Pattern.compile(
            "[\\p{IsHan}A-Za-z]{1,8}(?<rest>[〔\\[]\\d{4}[〕\\]]\\d+号)|\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}月\\d{1,2}日");

    private static int occurrences(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }

    private static List<String> teamText(ReportSection section) {
        return ReviewScriptGenerator.TEAM_TEXT.stream().filter(t -> ReportSection.parse(t[0]).orElseThrow() == section)
                .map(t -> flat(t[1])).toList();
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    // ---- the PDFs

    /**
     * The four notices are 文件式 公文 (GB/T 9704-2012): the red mark, the title "…关于…的通知", the
     * attachment 问题清单, the 版记 with 抄送/印发 on the last, even page, and the signature never alone
     * on its page.
     */
    @Test
    void eachNoticeIsAFileFormPublicDocumentWithAttachmentAndRecord() throws Exception {
        for (ReviewScriptGenerator.Unit u : ReviewScriptGenerator.UNITS) {
            try (PDDocument doc = Loader.loadPDF(out.resolve("notice-" + u.file() + ".pdf").toFile())) {
                int pages = doc.getNumberOfPages();
                assertThat(pages % 2).as(u.name()).isZero();
                assertThat(pageText(doc, 1)).startsWith("苏州市环境保护局文件" + flat(u.notice()))
                        .contains("苏州市环境保护局关于" + u.name());
                String all = text(out.resolve("notice-" + u.file() + ".pdf"));
                assertThat(all).contains("附件：问题清单", "涉及案卷", "评查标准")
                        .as("problems first, not '<criterion>——<what was seen>'").doesNotContain("——");
                assertThat(pageText(doc, pages)).contains("抄送：江苏省环境保护厅。", "苏州市环境保护局办公室2016年10月20日印发");
                for (int p = 1; p <= pages; p++) {
                    String page = pageText(doc, p);
                    if (page.contains("苏州市环境保护局2016年10月20日") && !page.contains("印发")) {
                        String before = page.substring(0, page.indexOf("苏州市环境保护局2016年10月20日"));
                        assertThat(before).as(u.name() + ": text on the signature page " + p).contains("附件：问题清单");
                    }
                }
            }
        }
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return flat(stripper.getText(doc).replaceAll("—\\s*\\d+\\s*—", ""));
    }

    /** A finding the notice must hold: its unit, a text it contains, and its deadline. */
    record Expected(String unit, String text, Deadline deadline) {
    }

    @Test
    void eachPdfHoldsItsUnitsFindingsAndTheirDeadlinesAsDates() throws Exception {
        WorkdayCalendar calendar = WorkdayCalendarLoader.locate(dir.resolve("ws"));
        LocalDate issued = LocalDate.parse(ReviewScriptGenerator.ISSUED);
        List<Expected> findings = expectedFindings();
        assertThat(findings).hasSizeGreaterThan(8);

        String report = text(out.resolve("review-report.pdf"));
        assertThat(report).as("labels read as Chinese").contains("行政处罚案卷得分分布").doesNotContain("案卷案卷")
                .doesNotContain("none").doesNotContain("评查案卷9件");
        for (ReviewScriptGenerator.Unit u : ReviewScriptGenerator.UNITS) {
            assertThat(report).contains(u.name());
            String notice = text(out.resolve("notice-" + u.file() + ".pdf"));
            assertThat(notice).contains(u.name()).contains(flat(u.notice())).contains("苏州市环境保护局");
            assertThat(notice).contains("根据环境监察稽查工作安排");
            for (Expected f : findings) {
                if (!f.unit().equals(u.name())) {
                    continue;
                }
                LocalDate due = f.deadline().resolve(issued, calendar);
                // the notice states the problem without the record prefix; the record is in 涉及案卷
                assertThat(notice).as(u.name() + " notice").contains(flat(f.text().replaceFirst("^[^：]*号：", "")))
                        .contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
                // issue 23: the report says it as prose, what was seen without the criterion's text before it
                String seen = f.text().contains("——") ? f.text().substring(f.text().indexOf("——") + 2)
                        : f.text().replaceFirst("^([^：]*号)：", "$1");
                assertThat(report).as("review report, written after the notices").contains(flat(seen))
                        .contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
            }
            List<String> own = findings.stream().filter(f -> f.unit().equals(u.name())).map(Expected::text).toList();
            for (Expected f : findings) {
                if (!own.contains(f.text())) {
                    assertThat(notice).as(u.name() + " notice holds only its own findings").doesNotContain(flat(f.text()));
                }
            }
        }
        String sheetLine = script.stream().filter(l -> l.startsWith("report sheet ")).findFirst().orElseThrow();
        String sheetId = words(sheetLine).get(2);
        Path sheet = out.resolve(Path.of(option(words(sheetLine), "--out")).getFileName());
        assertThat(text(sheet)).contains(flat(sheetId)).contains("吴江区");
        // the sheet's file is vetoed: under the penalty rubric's veto: exclude its total reads 否决, and the rule is stated
        assertThat(text(sheet)).contains("总分100否决").contains("不合格").contains("否决卷不再评分，不计入平均分，计为不合格");
        // the units together: the exact stratified bounds (ExactStratifiedBoundTest), with the plan and the method
        assertThat(report).contains("被稽查单位合计（4个单位）行政处罚案卷140卷，抽查29卷，不合格3卷；以90%的置信度，"
                        + "不合格案卷不超过26卷（18.6%），低于可容忍不合格率25%。")
                .contains("被稽查单位合计（4个单位）现场监察记录1301份，抽查36份，不合格0份；以90%的置信度，"
                        + "不合格记录不超过92份（7.1%），低于可容忍不合格率25%。")
                .contains("抽样方案为置信度90%，可容忍不合格率25%").contains("Wendell").doesNotContain("全市行政处罚")
                .contains("否决卷不再评分，不计入平均分，计为不合格")
                .contains("太仓市行政处罚案卷的不合格率不超过23.5%（34卷中至多8卷不合格；抽查7卷，不合格0卷），在可容忍不合格率25%以内");
        // a grouped finding lists its files under it in the notice
        String wujiang = text(out.resolve("notice-wujiang.pdf"));
        assertThat(wujiang).contains("涉及案卷：");
    }

    /**
     * The accepted and added findings, from the script alone: deductions and vetoes propose F-001,
     * F-002 … in order, 'finding add' takes the next number; 'finding accept' keeps the proposal's
     * note unless it gives --text; deadlines as given, else the rubric's default for the severity.
     */
    private static List<Expected> expectedFindings() {
        record Proposal(String unit, String note, boolean veto) {
        }
        List<Proposal> proposals = new ArrayList<>();
        List<Expected> findings = new ArrayList<>();
        String unit = null;
        for (String line : reviewPart()) {
            List<String> w = words(line);
            if (w.size() < 2) {
                continue;
            }
            String verb = w.get(0) + " " + w.get(1);
            switch (verb) {
                case "score open" -> unit = option(w, "--unit");
                case "review unit" -> unit = w.get(2);
                case "score deduct", "score veto", "review deduct", "review veto" ->
                        proposals.add(new Proposal(unit, option(w, "--note"), w.get(1).equals("veto")));
                case "finding add" -> {
                    proposals.add(null);
                    findings.add(new Expected(option(w, "--unit"), option(w, "--text"), deadline(w, null)));
                }
                case "finding group" -> {
                    // one new finding for the grouped proposals; the notice lists their files under it
                    Proposal first = proposals.get(Integer.parseInt(w.get(2).split(",")[0].substring(2)) - 1);
                    proposals.add(null);
                    findings.add(new Expected(first.unit(), option(w, "--text"), deadline(w, null)));
                }
                case "finding accept" -> {
                    Proposal p = proposals.get(Integer.parseInt(w.get(2).substring(2)) - 1);
                    String text = option(w, "--text") != null ? option(w, "--text") : p.note();
                    String severity = option(w, "--severity") != null ? option(w, "--severity") : p.veto() ? "严重" : "一般";
                    findings.add(new Expected(p.unit(), text, deadline(w, severity)));
                }
                default -> {
                }
            }
        }
        return findings;
    }

    /** The deadline options of a line, else the rubrics' default for the severity (一般 30 days, 较重 15 and 严重 10 working days). */
    private static Deadline deadline(List<String> w, String severity) {
        if (option(w, "--days") != null) {
            return new Deadline.Days(Integer.parseInt(option(w, "--days")));
        }
        if (option(w, "--workdays") != null) {
            return new Deadline.Workdays(Integer.parseInt(option(w, "--workdays")));
        }
        if (option(w, "--due") != null) {
            return new Deadline.Due(LocalDate.parse(option(w, "--due")));
        }
        return switch (severity) {
            case "严重" -> new Deadline.Workdays(10);
            case "较重" -> new Deadline.Workdays(15);
            default -> new Deadline.Days(30);
        };
    }

    // ---- helpers

    /** The PDF's text with line breaks, spaces and page-number footers (—2—) taken out. */
    private static String text(Path pdf) throws Exception {
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return flat(new PDFTextStripper().getText(doc).replaceAll("—\\s*\\d+\\s*—", ""));
        }
    }

    // ---- issue 23: the report as a bureau's 报告, and the 回头看 in the follow-up's report

    /** The report's text before its appendix, without the page footers. */
    private static String body(String report) {
        return report.substring(0, report.indexOf("附录：抽样方法与复核")).replaceAll("日志[0-9a-f]{12}", "");
    }

    @Test
    void theReportsBodyCarriesNoTechnicalMarksAndCountsFilesByKind() throws Exception {
        String report = text(out.resolve("review-report.pdf"));
        String body = body(report);
        assertThat(body).doesNotContainPattern("[A-H][0-9]+−[0-9]").doesNotContain("suzhou-2016-review")
                .doesNotContain("sha256").doesNotContain("SHA-256").doesNotContain("jicha").doesNotContain("——")
                .doesNotContainPattern("(?=[0-9a-f]*[a-f])[0-9a-f]{12}");
        assertThat(body.replace("文件数", "")).as("the charts count 卷 and 份").doesNotContain("件数").contains("卷数").contains("份数");
        assertThat(java.util.regex.Pattern.compile("[0-9]+件").matcher(body).results().map(java.util.regex.MatchResult::group)
                .toList()).as("件 beside a count of files").isEmpty();
        assertThat(body).contains("吴江区评查8卷").contains("吴江区评查9份").contains("（单位：卷）").contains("（单位：份）");
        // the codes with their points, the hashes and the session's name are in the appendix
        String appendix = report.substring(report.indexOf("附录：抽样方法与复核"));
        assertThat(appendix).contains("B3−5").contains("suzhou-2016-review").containsPattern("[0-9a-f]{64}");
        // 整改要求 as prose per unit: 吴江区's finding on a criterion says what was seen, then the criterion in words
        assertThat(body).contains("双随机抽查第二、三季度的抽查结果未在网站公开，不符合“双随机抽查有抽取过程和结果记录，"
                + "并按规定公开”的要求。应按季度公开双随机抽查结果，补公开第二、三季度结果，于2016年11月10日前完成整改。");
    }

    @Test
    void theReportHasOneScoreChartPerKindOfFile() throws Exception {
        int charts = 0;
        try (PDDocument doc = Loader.loadPDF(out.resolve("review-report.pdf").toFile())) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f
                            && f.getBBox().getWidth() == 420f) {
                        charts++;
                    }
                }
            }
        }
        assertThat(charts).as("one chart for 行政处罚案卷 and one for 现场监察记录, not one per unit and kind").isEqualTo(2);
        String report = text(out.resolve("review-report.pdf"));
        assertThat(report).contains("行政处罚案卷得分分布（4个单位，共29卷）").contains("现场监察记录得分分布（4个单位，共36份）")
                .doesNotContain("吴江区行政处罚案卷得分分布");
    }

    @Test
    void theBodyIsThreeHaoOnTheGrid() throws Exception {
        // pdftotext -bbox: the words' heights on the first body page are 16 pt, their lines a 1/22 of 225 mm apart
        Process p = new ProcessBuilder("pdftotext", "-bbox", "-f", "2", "-l", "2", out.resolve("review-report.pdf").toString(), "-")
                .redirectErrorStream(true).start();
        String xml = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>").matcher(xml);
        java.util.TreeSet<Double> tops = new java.util.TreeSet<>();
        int words = 0;
        while (w.find()) {
            double height = Double.parseDouble(w.group(4)) - Double.parseDouble(w.group(2));
            if (w.group(5).codePointAt(0) >= 0x4E00 && Math.abs(height - 16) < 2.5) {
                tops.add(Math.rint(Double.parseDouble(w.group(4)) * 10) / 10);   // the baseline side of the box
                words++;
            }
        }
        assertThat(words).isGreaterThan(10);
        double pitch = 225 * 72 / 25.4 / 22;
        double first = tops.first();
        for (double y : tops) {
            double lines = (y - first) / pitch;
            assertThat(Math.abs(lines - Math.rint(lines))).as("line at %s", y).isLessThan(0.03);
        }
        assertThat(tops.size()).isBetween(15, 22);
    }

    @Test
    void theFollowUpsReportComparesItWithTheReviewItFollows() throws Exception {
        String report = text(out.resolve("followup-report.pdf"));
        // what sample compare prints (2/7 → 0/8, one-sided Fisher exact p = 0.200, not significant), in the body
        String body = body(report);
        assertThat(body).contains("与原稽查的比较（回头看）")
                .contains("相城区行政处罚案卷：不合格率由28.6%（2/7）降至0.0%（0/8），在95%置信水平上差异不显著（单侧Fisher精确检验p=0.200）。");
        String compare = run.out().substring(run.out().indexOf("» sample compare"));
        assertThat(flat(compare)).contains("不合格率由28.6%（2/7）降至0.0%（0/8）");
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String section(String output, String command) {
        int start = output.indexOf(command);
        int end = output.indexOf("\n» ", start + 1);
        return output.substring(start, end < 0 ? output.length() : end);
    }

    /** The script's review, before the rectification ledger's follow-up (issue 24) that ends it. */
    static List<String> reviewPart() {
        int end = 0;
        while (end < script.size() && !script.get(end).startsWith("# 10. ")) {
            end++;
        }
        return script.subList(0, end);
    }

    /** A script line as words: spaces separate, double quotes group. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        if (line.isBlank() || line.startsWith("#")) {
            return words;
        }
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(b.toString());
                }
                b.setLength(0);
                any = false;
            } else {
                b.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(b.toString());
        }
        return words;
    }

    static String option(List<String> words, String name) {
        int i = words.indexOf(name);
        return i < 0 || i + 1 >= words.size() ? null : words.get(i + 1);
    }
}
