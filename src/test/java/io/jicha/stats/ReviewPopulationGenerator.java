package io.jicha.stats;

import io.jicha.stats.SyntheticUnits.Enterprise;
import io.jicha.stats.SyntheticUnits.Saving;
import io.jicha.stats.SyntheticUnits.Unit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.jicha.stats.SyntheticUnits.pick;

/**
 * Generates examples/suzhou-2016-review/data/: the populations of the October 2016 review of
 * 吴江区, 太仓市, 相城区 and 高新区 — each unit's on-site inspection records and penalty case files of
 * January–September 2016, synthetic, with the evidence columns the rubrics check (采样单, 影像取证,
 * 询问笔录 signed or not, ...). A few files in each unit lack evidence, so a review has something to
 * find. Seeded: the same seed writes the same bytes.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -o test-compile} then
 * {@code java -cp target/test-classes:target/classes io.jicha.stats.ReviewPopulationGenerator [outDir] [seed]}.
 */
public final class ReviewPopulationGenerator {

    public static final long SEED = 20161010L;
    public static final Path DEFAULT_DIR = Path.of("examples", "suzhou-2016-review", "data");

    static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate TO = LocalDate.of(2016, 9, 30);
    /** The day the review team arrives: cases not closed by then are still open in the files. */
    static final LocalDate REVIEW_START = LocalDate.of(2016, 10, 10);

    /** One unit's population sizes and how its files are saved. */
    record Plan(String unit, int inspections, int penaltyCases, Saving saving) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan("吴江区", 412, 46, Saving.UTF8_BOM_CRLF),
            new Plan("太仓市", 318, 34, Saving.GB18030_EXCEL),
            new Plan("相城区", 276, 29, Saving.UTF8_LF),
            new Plan("高新区", 295, 31, Saving.UTF8_BOM_CRLF));

    static final List<String> INSPECTION_HEADERS = List.of("编号", "检查日期", "企业名称", "行业", "检查类型",
            "检查人员", "出动人数", "检查内容", "发现问题", "现场采样", "采样单", "影像取证", "现场检查笔录",
            "行政处理书", "归档状态");
    static final List<String> PENALTY_HEADERS = List.of("案号", "立案日期", "企业名称", "行业", "案由", "承办人员",
            "现场检查笔录", "询问笔录", "采样单", "采样封样", "影像取证", "监测报告", "告知书送达日期", "听证",
            "罚款金额（元）", "决定日期", "决定书送达日期", "执行情况", "结案日期", "案件状态", "责令改正决定书",
            "重大案件类型");

    private static final List<String> CHECKS = List.of("环评及“三同时”执行情况", "污染防治设施运行情况",
            "在线监控设施运行情况", "危险废物规范化管理", "排污口规范化设置", "雨污分流及清下水排放");

    /** 案由, whether the case needs sampling evidence, and its fine range in 元. */
    private record CaseType(String text, boolean sampled, long minFine, long maxFine) {
    }

    private static final List<CaseType> CASE_TYPES = List.of(
            new CaseType("超过排放标准排放水污染物", true, 20_000, 300_000),
            new CaseType("超过排放标准排放大气污染物", true, 100_000, 500_000),
            new CaseType("建设项目未依法报批环境影响评价文件擅自开工建设", false, 50_000, 200_000),
            new CaseType("建设项目环境保护设施未经验收即投入生产", false, 30_000, 100_000),
            new CaseType("未按规定贮存危险废物", false, 20_000, 200_000),
            new CaseType("未按规定申报登记危险废物", false, 10_000, 100_000),
            new CaseType("不正常运行水污染防治设施", true, 20_000, 200_000),
            new CaseType("无组织排放废气未采取防治措施", false, 20_000, 200_000),
            new CaseType("通过暗管排放水污染物", true, 100_000, 500_000));

    private ReviewPopulationGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        generate(dir, seed).forEach(System.out::println);
    }

    /** Writes every unit's two files into {@code dir}; returns the file names written. */
    public static List<String> generate(Path dir, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> written = new ArrayList<>();
        for (Plan plan : PLANS) {
            Unit unit = SyntheticUnits.unit(plan.unit());
            List<Enterprise> register = SyntheticUnits.enterprises(unit, plan.inspections() / 2, rnd);
            List<String> roster = SyntheticUnits.officers(12, rnd);
            String inspections = unit.fileStem() + "-inspections.csv";
            String penalties = unit.fileStem() + "-penalties.csv";
            SyntheticUnits.writeCsv(dir.resolve(inspections), inspections(plan, unit, register, roster, rnd),
                    plan.saving());
            SyntheticUnits.writeCsv(dir.resolve(penalties), penalties(plan, unit, register, roster, rnd),
                    plan.saving());
            written.add(inspections);
            written.add(penalties);
        }
        return written;
    }

    private static List<List<String>> inspections(Plan plan, Unit unit, List<Enterprise> register,
                                                  List<String> roster, Random rnd) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < plan.inspections(); i++) {
            dates.add(SyntheticUnits.day(FROM, TO, rnd));
        }
        Collections.sort(dates);
        Saving s = plan.saving();
        List<List<String>> rows = new ArrayList<>();
        rows.add(INSPECTION_HEADERS);
        for (int i = 0; i < dates.size(); i++) {
            Enterprise e = register.get(rnd.nextInt(register.size()));
            LocalDate d = dates.get(i);
            int officers = rnd.nextInt(10) < 7 ? 2 : 3;
            boolean problem = rnd.nextInt(4) == 0;
            boolean sampled = problem ? rnd.nextInt(3) > 0 : rnd.nextInt(10) == 0;
            // about one sampled visit in eight has no sampling form in the file
            String samplingForm = !sampled ? "" : rnd.nextInt(8) == 0 ? "无" : "有";
            rows.add(List.of(
                    String.format("%s〔2016〕%04d号", unit.inspectionPrefix(), i + 1),
                    s.date(d), e.name(), e.industry(),
                    pick(rnd, "日常检查", "日常检查", "双随机抽查", "专项检查", "夜间检查"),
                    SyntheticUnits.team(roster, officers, rnd), Integer.toString(officers),
                    CHECKS.get(rnd.nextInt(CHECKS.size())),
                    problem ? "是" : "否",
                    sampled ? "是" : "否",
                    samplingForm,
                    rnd.nextInt(7) == 0 ? "无" : "有",
                    rnd.nextInt(15) == 0 ? "未签名" : "已签名",
                    problem && rnd.nextBoolean() ? "1" : "0",
                    d.isAfter(LocalDate.of(2016, 9, 15)) && rnd.nextBoolean() ? "未归档" : "已归档"));
        }
        return rows;
    }

    private static List<List<String>> penalties(Plan plan, Unit unit, List<Enterprise> register,
                                                List<String> roster, Random rnd) {
        List<LocalDate> filed = new ArrayList<>();
        for (int i = 0; i < plan.penaltyCases(); i++) {
            filed.add(SyntheticUnits.day(FROM, TO, rnd));
        }
        Collections.sort(filed);
        Saving s = plan.saving();
        List<List<String>> rows = new ArrayList<>();
        rows.add(PENALTY_HEADERS);
        for (int i = 0; i < filed.size(); i++) {
            Enterprise e = register.get(rnd.nextInt(register.size()));
            CaseType type = CASE_TYPES.get(rnd.nextInt(CASE_TYPES.size()));
            LocalDate f = filed.get(i);
            LocalDate notice = f.plusDays(12 + rnd.nextInt(30));
            boolean hearing = rnd.nextInt(6) == 0;
            LocalDate decision = notice.plusDays((hearing ? 20 : 5) + rnd.nextInt(15));
            LocalDate served = decision.plusDays(1 + rnd.nextInt(6));
            LocalDate closed = served.plusDays(15 + rnd.nextInt(60));
            long steps = (type.maxFine() - type.minFine()) / 1000;
            long fine = type.minFine() + 1000 * (long) (rnd.nextDouble() * rnd.nextDouble() * steps);
            fine = fine >= 100_000 ? fine / 10_000 * 10_000 : fine;
            boolean noticed = notice.isBefore(REVIEW_START);
            boolean decided = decision.isBefore(REVIEW_START);
            boolean wasServed = served.isBefore(REVIEW_START);
            boolean isClosed = closed.isBefore(REVIEW_START);
            String execution = !wasServed ? ""
                    : isClosed ? pick(rnd, "已缴纳", "已缴纳", "已缴纳", "申请法院强制执行后缴纳")
                    : pick(rnd, "未缴纳（在缴款期内）", "分期缴纳", "申请法院强制执行");
            String status = isClosed ? "已结案" : wasServed ? "执行中" : decided ? "决定待送达"
                    : noticed ? "告知" : "调查取证";
            // evidence gaps, rare, so that some drawn files fail on a veto
            String inquiry = rnd.nextInt(12) == 0 ? "未签名" : "已签名";
            String samplingForm = !type.sampled() ? "" : rnd.nextInt(9) == 0 ? "无" : "有";
            String sealed = !type.sampled() ? "" : rnd.nextInt(10) == 0 ? "无" : "有";
            String major = rnd.nextInt(20) == 0 ? pick(rnd, "查封、扣押", "限产、停产", "查封、扣押；行政拘留") : "";
            if (type.text().equals("通过暗管排放水污染物")) {
                major = "查封、扣押；行政拘留";
            }
            rows.add(List.of(
                    String.format("%s〔2016〕%d号", unit.penaltyPrefix(), i + 1),
                    s.date(f), e.name(), e.industry(), type.text(),
                    SyntheticUnits.team(roster, 2, rnd),
                    rnd.nextInt(20) == 0 ? "未签名" : "已签名",
                    inquiry, samplingForm, sealed,
                    rnd.nextInt(8) == 0 ? "无" : "有",
                    type.sampled() ? (rnd.nextInt(10) == 0 ? "无" : "有") : "",
                    noticed ? s.date(notice) : "",
                    !noticed ? "" : hearing ? "已申请并举行" : "未申请",
                    decided ? Long.toString(fine) : "",
                    decided ? s.date(decision) : "",
                    wasServed ? s.date(served) : "",
                    execution,
                    isClosed ? s.date(closed) : "",
                    status,
                    "1",
                    major));
        }
        return rows;
    }
}
