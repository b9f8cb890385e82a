package io.jicha.report;

import io.jicha.common.Hashes;
import io.jicha.session.ReportSection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** View models shaped like the Suzhou review of October 2016 (吴江区, 太仓市, 相城区, 高新区). */
public final class ReportFixtures {

    public static final List<String> UNITS = List.of("吴江区", "太仓市", "相城区", "高新区");
    public static final List<String> TEAM = List.of("张建华", "李明", "王晓燕");
    public static final LocalDate FROM = LocalDate.of(2016, 10, 10);
    public static final LocalDate TO = LocalDate.of(2016, 10, 13);
    public static final String HEAD = Hashes.sha256Hex("journal head");

    private static final String[] ENTERPRISES = {"苏州市吴江区盛泽印染有限公司", "太仓港协鑫发电有限公司",
            "苏州相城经济开发区电镀中心", "苏州高新区金属表面处理有限公司", "江苏永鼎股份有限公司",
            "苏州工业园区化工原料厂", "苏州市道合五金加工厂", "常熟市碧溪新区污水处理厂"};
    private static final String[] FINDINGS = {
            "现场监察记录未载明企业污染治理设施运行情况，检查内容不完整。",
            "部分行政处罚案卷缺少采样单，采样封样记录与监测报告编号不一致。",
            "调查询问笔录未由被询问人逐页签字确认，证据效力存在瑕疵。",
            "行政处罚告知书送达回证日期早于告知书落款日期，程序不规范。",
            "环境监察年度工作计划未按双随机要求确定抽查比例和频次。",
            "影像取证资料未与案卷一并归档，无法核对现场情况。"};
    private static final String[] REQUIREMENTS = {
            "完善现场监察记录格式，逐项记载检查内容，并对本年度记录进行自查。",
            "规范采样单填写和采样封样程序，确保证据链完整。",
            "对询问笔录签字确认问题开展专项整改，补正相关案卷。",
            "严格执行送达程序，核对文书日期，建立案卷审核制度。"};

    /** The time of the fixtures' journal's last event. */
    static final java.time.Instant AS_OF = java.time.Instant.parse("2016-10-20T09:30:00Z");

    private ReportFixtures() {
    }

    public static Provenance provenance(Locale locale) {
        return new Provenance("suzhou-2016-10", TEAM, HEAD, locale, AS_OF);
    }

    public static ReviewReportModel review(int filesPerUnit, int findingCount) {
        List<ReviewReportModel.RubricRef> rubrics = List.of(
                new ReviewReportModel.RubricRef("penalty-case", "2016.1", "行政处罚案卷评查标准",
                        Hashes.sha256Hex("penalty-case.yaml")),
                new ReviewReportModel.RubricRef("inspection-record", "2016.1", "现场监察记录评查标准",
                        Hashes.sha256Hex("inspection-record.yaml")));
        List<ReviewReportModel.DrawSummary> draws = new ArrayList<>();
        List<ReviewReportModel.UnitResult> results = new ArrayList<>();
        List<ReviewReportModel.ReviewedFile> files = new ArrayList<>();
        List<ReviewReportModel.UnitDocumentReview> docs = new ArrayList<>();
        int u = 0;
        for (String unit : UNITS) {
            u++;
            draws.add(new ReviewReportModel.DrawSummary(unit, "行政处罚案卷", "hash",
                    "立案日期 2016-01-01 至 2016-09-30", 120 + u * 17, filesPerUnit,
                    "20161010-" + u, Hashes.sha256Hex("population " + unit)));
            List<BigDecimal> scores = new ArrayList<>();
            for (int i = 0; i < filesPerUnit; i++) {
                BigDecimal score = BigDecimal.valueOf(55 + (i * 7 + u * 3) % 45).add(i % 2 == 0
                        ? new BigDecimal("0.5") : BigDecimal.ZERO);
                scores.add(score);
                files.add(new ReviewReportModel.ReviewedFile(unit, String.format("%s-2016-%03d", "CF" + u, i + 1),
                        ENTERPRISES[(i + u) % ENTERPRISES.length], score, grade(score), TEAM.get(i % TEAM.size()),
                        FROM.plusDays(i % 4)));
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String g : List.of("优秀", "良好", "合格", "不合格")) {
                grades.put(g, (int) scores.stream().filter(s -> grade(s).equals(g)).count());
            }
            BigDecimal mean = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(Math.max(1, scores.size())), 1, java.math.RoundingMode.HALF_UP);
            // labelled as ReportModels labels them: unit and kind of file
            results.add(new ReviewReportModel.UnitResult(unit + " 行政处罚案卷", filesPerUnit, mean, grades, u % 2,
                    "按 95% 置信度，该单位不合格案卷比例的上限为 " + (10 + u * 3) + "%。", scores));
            docs.add(new ReviewReportModel.UnitDocumentReview(unit, new BigDecimal("92.5"), "优秀",
                    List.of(new ReviewReportModel.Deduction("D1", "建立预防与处置跨界污染协调联动工作机制，有正式文件",
                                    new BigDecimal("2.5"), false, "预防与处置跨界污染协调联动工作机制未见书面文件"),
                            new ReviewReportModel.Deduction("B1", "建立工业污染源现场监察台账，一企一档",
                                    new BigDecimal("5"), false, "工业污染源现场环境监察台账未按月装订"))));
        }
        List<ReviewReportModel.FindingEntry> findings = new ArrayList<>();
        for (int i = 0; i < findingCount; i++) {
            String unit = UNITS.get(i % UNITS.size());
            findings.add(new ReviewReportModel.FindingEntry(unit, i / UNITS.size() + 1, FINDINGS[i % FINDINGS.length],
                    REQUIREMENTS[i % REQUIREMENTS.length], "2016年11月" + (14 + i % 10) + "日"));
        }
        List<ReviewReportModel.UnitRow> rows = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            rows.add(new ReviewReportModel.UnitRow(UNITS.get(i), filesPerUnit, filesPerUnit,
                    filesPerUnit == 0 ? null : new BigDecimal("87.5"), filesPerUnit == 0 ? null : new BigDecimal("41.7"),
                    results.get(i).meanScore(), i % 2, i + 1));
        }
        List<ReviewReportModel.ProblemGroup> problems = List.of(
                new ReviewReportModel.ProblemGroup("行政处罚案卷", "A3", "违法事实证据确凿", true, List.of("吴江区"),
                        List.of("吴环罚字〔2016〕45号（吴江区）：卷内缺少采样单"), List.of("吴环罚字〔2016〕45号")),
                new ReviewReportModel.ProblemGroup("行政处罚案卷", "B1", "立案审批表填写完整", false,
                        List.of("吴江区", "太仓市"), List.of("CF1-2016-001（吴江区）：未填写案件来源",
                        "CF2-2016-002（太仓市）：未填写案件来源"), List.of("CF1-2016-001", "CF2-2016-002", "CF2-2016-003")),
                // enough document numbers of different lengths that lines must break between them
                new ReviewReportModel.ProblemGroup("现场监察记录", "E1", "现场照片能反映检查情况", false,
                        List.of("吴江区", "太仓市", "相城区", "高新区"), List.of(),
                        java.util.stream.IntStream.rangeClosed(1, 23).mapToObj(i -> (i % 3 == 0 ? "苏新环罚字〔2016〕" : i % 3 == 1
                                ? "吴江环监〔2016〕0" : "太环罚字〔2016〕") + (i * 37 % 300) + "号").toList()));
        Map<ReportSection, List<String>> notes = new java.util.EnumMap<>(ReportSection.class);
        notes.put(ReportSection.BASIS, List.of("本次稽查是全市环境执法大练兵活动的一项工作。"));
        notes.put(ReportSection.PRACTICES, List.of("各单位深化精细化执法，做到不缺项、不漏项。"));
        notes.put(ReportSection.NEXT_STEPS, List.of("市局将对整改情况进行复查。"));
        ReviewReportModel.Overview overview = new ReviewReportModel.Overview(List.of(
                new ReviewReportModel.KindCount("行政处罚案卷", draws.stream().mapToInt(ReviewReportModel.DrawSummary::populationSize).sum(),
                        filesPerUnit * UNITS.size(), filesPerUnit * UNITS.size())), UNITS.size(), FROM, TO);
        // one chart for the kind across the units, as ReportModels makes it (issue 23)
        List<ReviewReportModel.UnitResult> perUnit = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            var r = results.get(i);
            perUnit.add(new ReviewReportModel.UnitResult(UNITS.get(i), r.filesReviewed(), r.meanScore(), r.gradeCounts(),
                    r.vetoCount(), r.failureRateSentence(), r.scores(), r.vetoCount() > 0 ? "否决卷不计入平均分，计为不合格" : ""));
        }
        return new ReviewReportModel(provenance(Locale.SIMPLIFIED_CHINESE), "苏州市环境监察稽查报告", FROM, TO,
                UNITS, "苏州市环境保护局", LocalDate.of(2016, 10, 20), overview, notes, rubrics, draws,
                List.of(new ReviewReportModel.KindTable("行政处罚案卷", rows)),
                results.stream().map(ReviewReportModel.UnitResult::failureRateSentence).toList(), results, files, docs,
                problems, findings, List.of("2016-10-12 09:41 李明 更正 CF2-2016-004 第 3.2 项扣分 2 → 1（复核询问笔录）"),
                List.of(), List.of(), List.of(new ReviewReportModel.KindChart("行政处罚案卷", "卷", perUnit)), List.of());
    }

    /** The model with other findings and locale, the rest as given. */
    public static ReviewReportModel with(ReviewReportModel m, Provenance provenance, String title,
                                         List<ReviewReportModel.FindingEntry> findings) {
        return new ReviewReportModel(provenance, title, m.from(), m.to(), m.units(), m.authority(), m.reportDate(),
                m.overview(), m.notes(), m.rubrics(), m.draws(), m.kindTables(), m.conclusions(), m.results(), m.files(),
                m.unitDocuments(), m.problems(), findings, m.amendments(), m.sent(), m.sampling(), m.charts(), m.followUp());
    }

    static String grade(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优秀";
        }
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良好";
        }
        return score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "合格" : "不合格";
    }

    public static NoticeModel notice(Locale locale, int findingCount) {
        List<NoticeModel.Item> items = new ArrayList<>();
        for (int i = 0; i < findingCount; i++) {
            items.add(new NoticeModel.Item(FINDINGS[i % FINDINGS.length], REQUIREMENTS[i % REQUIREMENTS.length],
                    LocalDate.of(2016, 11, 14).plusDays(i * 3L), false, List.of("吴环罚字〔2016〕" + (40 + i) + "号"),
                    "A" + (i + 1) + " 证据确凿"));
        }
        return new NoticeModel(provenance(locale), "苏环稽〔2016〕3号", "吴江区环境保护局",
                "2016年环境执法大练兵监察稽查", FROM, TO, items, "苏州市环境保护局", LocalDate.of(2016, 10, 20),
                new NoticeModel.Layout(NoticeModel.Form.FILE, true, null, List.of("江苏省环境保护厅"), null, null));
    }

    public static ScoreSheetModel sheet() {
        var s1 = new ScoreSheetModel.Section("实体评查", List.of(
                new ScoreSheetModel.Row("1.1 违法事实认定清楚，证据确凿", new BigDecimal("20"), new BigDecimal("2"),
                        "采样单缺少采样人签字", "李明"),
                new ScoreSheetModel.Row("1.2 适用法律法规正确", new BigDecimal("15"), BigDecimal.ZERO, "", "李明"),
                new ScoreSheetModel.Row("1.3 处罚裁量适当", new BigDecimal("15"), new BigDecimal("1.5"),
                        "裁量说明未载明从轻理由", "李明"),
                new ScoreSheetModel.Row("1.4 程序合法（立案、调查取证、告知、听证、决定、送达）", new BigDecimal("20"),
                        BigDecimal.ZERO, "", "王晓燕")),
                new BigDecimal("70"), new BigDecimal("66.5"));
        var s2 = new ScoreSheetModel.Section("卷面评查", List.of(
                new ScoreSheetModel.Row("2.1 案卷材料齐全、排列有序", new BigDecimal("10"), new BigDecimal("2"),
                        "影像取证资料未归档", "王晓燕"),
                new ScoreSheetModel.Row("2.2 文书填写规范、字迹清楚", new BigDecimal("10"), BigDecimal.ZERO, "", "王晓燕"),
                new ScoreSheetModel.Row("2.3 卷内目录、页码完整", new BigDecimal("10"), new BigDecimal("0.5"),
                        "页码有涂改", "王晓燕")),
                new BigDecimal("30"), new BigDecimal("27.5"));
        return new ScoreSheetModel(provenance(Locale.SIMPLIFIED_CHINESE), "吴江区", "CF1-2016-007",
                "苏州市吴江区盛泽印染有限公司", "行政处罚案卷评查标准", "2016.1", List.of(s1, s2), new BigDecimal("94"),
                new BigDecimal("100"), "优秀", List.of(), "李明、王晓燕", LocalDate.of(2016, 10, 11));
    }

    public static SummaryTableModel summary() {
        List<String> units = List.of("吴江区", "太仓市", "相城区", "高新区");
        List<SummaryTableModel.Row> rows = new ArrayList<>();
        rows.add(row("1", null, "检查企业（厂次）", "1021", "876", "1005", "857"));
        rows.add(row("2", null, "出动执法人员（人次）", "2530", "2211", "2498", "2130"));
        rows.add(row("3", null, "立案查处环境违法行为（件）", "25", "21", "24", "20"));
        rows.add(row("4", null, "罚款金额（万元）", "230.5", "190.3", "221.6", "172"));
        rows.add(row("5", null, "下发行政处理书（件）", "90", "77", "85", "76"));
        rows.add(row("6", null, "责令改正违法行为决定书（件）", "8", "6", "8", "6"));
        rows.add(row("7", "重大案件", "实施按日连续处罚（件）", "1", "0", "0", "0"));
        rows.add(row("", "重大案件", "查封/扣押（件）", "2", "1", "2", "1"));
        rows.add(row("", "重大案件", "限产/停产（件）", "1", "1", "1", "0"));
        rows.add(row("", "重大案件", "移送公安部门涉嫌环境污染犯罪案件（件）", "0", "0", "0", "0"));
        rows.add(row("", "重大案件", "行政拘留案件（件）", "1", "0", "1", "0"));
        rows.add(row("", "重大案件", "合计", "5", "2", "4", "1"));
        return new SummaryTableModel(provenance(Locale.SIMPLIFIED_CHINESE), "苏州市执法大练兵情况汇总表",
                "2016年10月", units, rows);
    }

    private static SummaryTableModel.Row row(String number, String group, String label, String... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (String s : values) {
            total = total.add(new BigDecimal(s));
        }
        return new SummaryTableModel.Row(number, group, label, List.of(values), total.toPlainString());
    }
}
