package io.jicha.stats;

import io.jicha.stats.SyntheticUnits.Enterprise;
import io.jicha.stats.SyntheticUnits.Saving;
import io.jicha.stats.SyntheticUnits.Unit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.jicha.stats.SyntheticUnits.pick;

/**
 * Generates examples/suzhou-2016-10/: synthetic inspection records and penalty cases of
 * Suzhou's ten units for October 2016 whose enforcement summary reproduces the city's
 * published October 2016 table (苏州市执法大练兵情况汇总表). Seeded: the same seed writes the same bytes.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -o test-compile} then
 * {@code java -cp target/test-classes:target/classes io.jicha.stats.ExampleMonthGenerator [outDir] [seed]}.
 */
public final class ExampleMonthGenerator {

    public static final long SEED = 20161031L;
    public static final Path DEFAULT_DIR = Path.of("examples", "suzhou-2016-10");

    private static final LocalDate OCT_1 = LocalDate.of(2016, 10, 1);
    private static final LocalDate OCT_31 = LocalDate.of(2016, 10, 31);

    /** A case the background report describes or the table's major-case lines need. */
    record SpecialCase(String industry, String enterprise, String caseType, String majorKinds, Long fineYuan) {
    }

    /**
     * What one unit's month must add up to. The city totals are the sums of these; the split
     * between units is ours: the report publishes no unit's own figures. (Its 402 visits, 880
     * officers and "近96万元" for 常熟市 are those of the town-level comprehensive enforcement
     * bureaus, 各镇、板块综合执法局, not of 常熟市 as a unit of this table; see docs/stats.md.)
     */
    record UnitPlan(String unit, int visits, int officers, int cases, long finesYuan, int adminDecisions,
                    int correctionOrders, Saving saving, boolean finesInWan, List<SpecialCase> special) {
    }

    static final List<UnitPlan> PLANS = List.of(
            new UnitPlan("张家港市", 520, 1330, 12, 1_185_000, 45, 3, Saving.UTF8_BOM_CRLF, false, List.of(
                    new SpecialCase("化工", "张家港保税区瑞丰化工有限公司", "篡改、伪造自动监测数据", "行政拘留", null),
                    new SpecialCase("化工", "张家港市金港宏源精细化工有限公司", "通过雨水管网排放水污染物（十字港河水发黑）", "", null),
                    new SpecialCase("金属制品", "张家港保税区恒达金属制品有限公司", "通过雨水管网排放水污染物（十字港河水发黑）", "", null))),
            new UnitPlan("常熟市", 430, 1040, 9, 1_012_000, 22, 9, Saving.UTF8_BOM_CRLF, false, List.of(
                    new SpecialCase("电镀", null, "超过排放标准排放含重金属废水", "查封、扣押；限产、停产", null),
                    new SpecialCase("污水处理厂", null, "不正常运行水污染防治设施", "", null))),
            new UnitPlan("太仓市", 310, 775, 7, 623_000, 27, 2, Saving.GB18030_EXCEL, false, List.of(
                    new SpecialCase("化工", null, "超过排放标准排放大气污染物", "限产、停产", null))),
            new UnitPlan("昆山市", 612, 1460, 15, 1_598_000, 58, 4, Saving.UTF8_BOM_CRLF, true, List.of(
                    new SpecialCase("电镀", null, "通过暗管排放含重金属废水", "查封、扣押；行政拘留", null),
                    new SpecialCase("电子", null, "不正常运行水污染防治设施", "查封扣押", null))),
            new UnitPlan("吴江区", 560, 1400, 13, 1_286_000, 50, 3, Saving.UTF8_LF, false, List.of(
                    new SpecialCase("印染", "吴江市盛泽鑫达印染有限公司", "超过排放标准排放水污染物，责令改正后拒不改正", "按日连续处罚", 800_000L),
                    new SpecialCase("印染", null, "未经环评审批擅自建设印染生产线并投入生产", "查封/扣押", null))),
            new UnitPlan("吴中区", 380, 950, 9, 714_000, 33, 2, Saving.UTF8_BOM_CRLF, false, List.of(
                    new SpecialCase("金属制品", null, "无组织排放废气未采取防治措施", "查封扣押", null))),
            new UnitPlan("相城区", 290, 720, 7, 489_000, 25, 1, Saving.UTF8_LF, false, List.of(
                    new SpecialCase("纺织", null, "超过排放标准排放水污染物", "限产/停产", null))),
            new UnitPlan("姑苏区", 150, 360, 4, 126_000, 12, 1, Saving.UTF8_BOM_CRLF, false, List.of(
                    new SpecialCase("五金加工", "姑苏区道合五金加工厂", "未按要求贮存危险废物（废切削液），造成切削液流失", "", null))),
            new UnitPlan("工业园区", 290, 740, 8, 687_000, 30, 2, Saving.UTF8_LF, false, List.of(
                    new SpecialCase("电子", null, "危险废物贮存场所不符合规定", "查封、扣押", null))),
            new UnitPlan("高新区", 217, 594, 6, 424_000, 26, 1, Saving.UTF8_LF, false, List.of()));

    private static final List<String> CASE_TYPES = List.of(
            "超过排放标准排放水污染物", "超过排放标准排放大气污染物", "建设项目未依法报批环境影响评价文件擅自开工建设",
            "建设项目环境保护设施未经验收即投入生产", "未按规定贮存危险废物", "未按规定申报登记危险废物",
            "不正常运行大气污染防治设施", "无组织排放废气未采取防治措施", "未取得排污许可证排放污染物",
            "擅自拆除、闲置水污染防治设施");
    private static final List<String> FINDINGS = List.of(
            "未发现环境违法行为", "污染防治设施正常运行", "在线监控设备运行正常", "已督促完善环境管理台账",
            "雨污分流规范", "危险废物贮存规范");

    private ExampleMonthGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        List<String> written = generate(dir, seed);
        written.forEach(System.out::println);
    }

    /** Writes every unit's two files into {@code dir}; returns the file names written. */
    public static List<String> generate(Path dir, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> written = new ArrayList<>();
        for (UnitPlan plan : PLANS) {
            Unit unit = SyntheticUnits.unit(plan.unit());
            List<Enterprise> register = SyntheticUnits.enterprises(unit, plan.visits() * 3 / 5, rnd);
            List<String> roster = SyntheticUnits.officers(16, rnd);
            String inspections = inspectionsFile(unit);
            String penalties = penaltiesFile(unit);
            SyntheticUnits.writeCsv(dir.resolve(inspections), inspections(plan, unit, register, roster, rnd),
                    plan.saving());
            SyntheticUnits.writeCsv(dir.resolve(penalties), penalties(plan, unit, register, roster, rnd),
                    plan.saving());
            written.add(inspections);
            written.add(penalties);
        }
        return written;
    }

    static String inspectionsFile(Unit unit) {
        return unit.fileStem() + "-inspections.csv";
    }

    static String penaltiesFile(Unit unit) {
        return unit.fileStem() + "-penalties.csv";
    }

    private static List<List<String>> inspections(UnitPlan plan, Unit unit, List<Enterprise> register,
                                                  List<String> roster, Random rnd) {
        int n = plan.visits();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dates.add(SyntheticUnits.day(OCT_1, OCT_31, rnd));
        }
        Collections.sort(dates);
        // every visit has two officers; the rest of the unit's officer total is spread, at most five a visit
        int[] officers = new int[n];
        java.util.Arrays.fill(officers, 2);
        for (int extra = plan.officers() - 2 * n; extra > 0; ) {
            int i = rnd.nextInt(n);
            if (officers[i] < 5) {
                officers[i]++;
                extra--;
            }
        }
        Set<Integer> withDecision = chooseIndices(n, plan.adminDecisions(), rnd);
        int firstNumber = 2400 + rnd.nextInt(2000);

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("编号", "检查日期", "企业名称", "行业", "检查类型", "检查人员", "出动人数", "检查情况", "行政处理书"));
        for (int i = 0; i < n; i++) {
            Enterprise e = register.get(rnd.nextInt(register.size()));
            LocalDate d = dates.get(i);
            String type = d.getDayOfMonth() <= 7 ? "节假日检查"
                    : pick(rnd, "日常检查", "日常检查", "双随机抽查", "专项检查", "专项检查", "夜间检查");
            boolean decision = withDecision.contains(i);
            rows.add(List.of(
                    String.format("%s〔2016〕%04d号", unit.inspectionPrefix(), firstNumber + i),
                    plan.saving().date(d),
                    e.name(), e.industry(), type,
                    SyntheticUnits.team(roster, officers[i], rnd),
                    Integer.toString(officers[i]),
                    decision ? "发现环境问题，责令限期整改" : FINDINGS.get(rnd.nextInt(FINDINGS.size())),
                    decision ? "1" : "0"));
        }
        return rows;
    }

    /** A penalty case before it is written: dates, fine and documents decided. */
    private record PlannedCase(LocalDate filed, LocalDate decided, String enterprise, String industry,
                               String caseType, String majorKinds, Long fineYuan, boolean correctionOrder) {
    }

    private static List<List<String>> penalties(UnitPlan plan, Unit unit, List<Enterprise> register,
                                                List<String> roster, Random rnd) {
        List<PlannedCase> cases = new ArrayList<>();
        // cases filed in September and decided in October: their fines count in October, the cases do not
        int september = plan.unit().equals("姑苏区") ? 1 : 2;
        int pending = Math.max(1, plan.cases() / 5);
        int decidedInOctober = plan.cases() - pending;
        Set<Integer> corrections = chooseIndices(plan.cases(), plan.correctionOrders(), rnd);

        // decisions in October: the filed-and-decided October cases, then the September ones
        List<Long> fixed = new ArrayList<>();
        int open = 0;
        for (int i = 0; i < decidedInOctober; i++) {
            Long f = i < plan.special().size() ? plan.special().get(i).fineYuan() : null;
            if (f == null) {
                open++;
            } else {
                fixed.add(f);
            }
        }
        open += september;
        long fixedSum = fixed.stream().mapToLong(Long::longValue).sum();
        long[] fines = SyntheticUnits.split(plan.finesYuan() - fixedSum, open, 10_000, 1_000, rnd);
        int nextFine = 0;

        for (int i = 0; i < plan.cases(); i++) {
            boolean decided = i < decidedInOctober;
            LocalDate filed = decided ? OCT_1.plusDays(3 + rnd.nextInt(14)) : SyntheticUnits.day(OCT_1, OCT_31, rnd);
            LocalDate decision = decided ? filed.plusDays(5 + rnd.nextInt(9)) : null;
            SpecialCase sc = i < plan.special().size() ? plan.special().get(i) : null;
            Enterprise e = register.get(rnd.nextInt(register.size()));
            String industry = sc != null ? sc.industry() : e.industry();
            String enterprise = sc == null ? e.name()
                    : sc.enterprise() != null ? sc.enterprise()
                    : SyntheticUnits.enterpriseName(unit, sc.industry(), rnd);
            Long fine = !decided ? null : sc != null && sc.fineYuan() != null ? sc.fineYuan() : fines[nextFine++];
            cases.add(new PlannedCase(filed, decision, enterprise, industry,
                    sc != null ? sc.caseType() : CASE_TYPES.get(rnd.nextInt(CASE_TYPES.size())),
                    sc != null ? sc.majorKinds() : "", fine, corrections.contains(i)));
        }
        for (int i = 0; i < september; i++) {
            Enterprise e = register.get(rnd.nextInt(register.size()));
            LocalDate filed = LocalDate.of(2016, 9, 1).plusDays(rnd.nextInt(26));
            LocalDate decision = OCT_1.plusDays(9 + rnd.nextInt(18));
            // a correction order issued in September: it must not count in October
            cases.add(new PlannedCase(filed, decision, e.name(), e.industry(),
                    CASE_TYPES.get(rnd.nextInt(CASE_TYPES.size())), "", fines[nextFine++], true));
        }
        if (nextFine != fines.length) {
            throw new IllegalStateException(plan.unit() + ": " + (fines.length - nextFine) + " fines unused");
        }
        cases.sort(Comparator.comparing(PlannedCase::filed));

        int firstNumber = 60 + rnd.nextInt(80);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("案号", "立案日期", "企业名称", "行业", "案由", "承办人员",
                plan.finesInWan() ? "罚款金额（万元）" : "罚款金额（元）", "决定日期", "责令改正决定书",
                "重大案件类型", "案件状态"));
        for (int i = 0; i < cases.size(); i++) {
            PlannedCase c = cases.get(i);
            String fine = c.fineYuan() == null ? ""
                    : plan.finesInWan()
                    ? new java.math.BigDecimal(c.fineYuan()).movePointLeft(4).stripTrailingZeros().toPlainString()
                    : Long.toString(c.fineYuan());
            String status = c.decided() == null ? pick(rnd, "调查取证", "案件审查", "告知听证")
                    : c.filed().getMonthValue() == 9 ? pick(rnd, "执行中", "已结案") : "已送达决定书";
            rows.add(List.of(
                    String.format("%s〔2016〕%d号", unit.penaltyPrefix(), firstNumber + i),
                    plan.saving().date(c.filed()), c.enterprise(), c.industry(), c.caseType(),
                    SyntheticUnits.team(roster, 2, rnd), fine, plan.saving().date(c.decided()),
                    c.correctionOrder() ? "1" : "0", c.majorKinds(), status));
        }
        return rows;
    }

    private static Set<Integer> chooseIndices(int n, int k, Random rnd) {
        if (k > n) {
            throw new IllegalArgumentException(k + " of " + n);
        }
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < k) {
            chosen.add(rnd.nextInt(n));
        }
        return chosen;
    }
}
