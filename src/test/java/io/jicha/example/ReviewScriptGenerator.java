package io.jicha.example;

import io.jicha.common.Hashes;
import io.jicha.record.CaseRecord;
import io.jicha.record.Columns;
import io.jicha.record.ImportProgress;
import io.jicha.record.Population;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordDates;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Planning;
import io.jicha.sampling.Sampling;
import io.jicha.sampling.SamplingPlan;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code examples/suzhou-2016-review/review.jicha}, the example review script. The drawn ids
 * depend on the seeds, so the generator draws exactly as jicha does (it imports the example files
 * into a throw-away session and draws with {@link Sampling#draw}), then writes one scoring block
 * per drawn file from the file's own evidence columns (unsigned records, missing sampling forms,
 * photos, hearing notice, time limits). Finding ids are numbered in the order deductions and
 * vetoes propose them (F-001, F-002 …), as the finding capability numbers them.
 *
 * <p>From the repository root: {@code ./mvnw -q -o test-compile && java -cp
 * target/test-classes:target/classes io.jicha.example.ReviewScriptGenerator}. Same data, same script.
 */
public final class ReviewScriptGenerator {

    static final Path EXAMPLE = Path.of("examples", "suzhou-2016-review");
    static final Path SCRIPT = EXAMPLE.resolve("review.jicha");
    static final String OUT = "examples/suzhou-2016-review/out";
    static final String ISSUED = "2016-10-20";

    /** A unit of the review: its name, the file prefix, the pinyin used in output names, its auditor. */
    record Unit(String name, String file, String auditor, String notice, LocalDate penaltiesOn,
                LocalDate inspectionsOn, LocalDate documentsOn) {
    }

    /**
     * The units, who reviews them and on which days of 10–13 October: 张三 takes 吴江区 and 王五
     * 高新区 on the first two days, 李四 太仓市 then 相城区; 王五 reads the units' own documents
     * on the last two days.
     */
    static final List<Unit> UNITS = List.of(
            new Unit("吴江区", "wujiang", "张三", "苏环稽〔2016〕21号", day(10), day(11), day(12)),
            new Unit("太仓市", "taicang", "李四", "苏环稽〔2016〕22号", day(10), day(11), day(12)),
            new Unit("相城区", "xiangcheng", "李四", "苏环稽〔2016〕23号", day(12), day(13), day(13)),
            new Unit("高新区", "gaoxin", "王五", "苏环稽〔2016〕24号", day(10), day(11), day(13)));

    private static LocalDate day(int october) {
        return LocalDate.of(2016, 10, october);
    }

    static final BigDecimal CONFIDENCE = new BigDecimal("0.90");
    static final BigDecimal TOLERABLE = new BigDecimal("0.25");

    /** One scoring action on a file or a unit's documents: deduct, veto, na (不适用) or bonus. */
    record Mark(String code, boolean veto, Integer times, String points, String note, String action) {

        Mark(String code, boolean veto, Integer times, String points, String note) {
            this(code, veto, times, points, note, veto ? "veto" : "deduct");
        }

        static Mark na(String code, String note) {
            return new Mark(code, false, null, null, note, "na");
        }

        static Mark bonus(String code, String note) {
            return new Mark(code, false, null, null, note, "bonus");
        }

        /** Whether it proposes a finding (deductions and vetoes do). */
        boolean proposes() {
            return action.equals("deduct") || action.equals("veto");
        }

        String line(String verb, LocalDate on) {
            StringBuilder b = new StringBuilder(verb).append(' ').append(action).append(' ').append(code);
            if (times != null) {
                b.append(" --times ").append(times);
            }
            if (points != null) {
                b.append(" --points ").append(points);
            }
            return b.append(" --note \"").append(note).append('"').append(" --on ").append(on).toString();
        }
    }

    /** A proposed finding the script refers to by its id. */
    record Proposed(String id, String unit, String recordId, Mark mark) {
    }

    private final List<String> lines = new ArrayList<>();
    private int findingNumber = 0;
    private final java.util.Set<String> seizedIds = new java.util.HashSet<>();
    private final Map<String, List<Proposed>> proposed = new LinkedHashMap<>();
    private final Map<String, List<CaseRecord>> drawnPenalties = new LinkedHashMap<>();
    private final Map<String, List<CaseRecord>> drawnInspections = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<String> script = generate(root);
        Files.write(root.resolve(SCRIPT), script, StandardCharsets.UTF_8);
        System.out.println("wrote " + root.resolve(SCRIPT) + " (" + script.size() + " lines)");
    }

    /** The script's lines, for the example files under {@code root}. */
    public static List<String> generate(Path root) throws IOException {
        Path temp = Files.createTempDirectory("jicha-example-gen");
        try {
            return new ReviewScriptGenerator().write(root, temp);
        } finally {
            try (Stream<Path> walk = Files.walk(temp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<String> write(Path root, Path workspace) {
        Session session = new Workspace(workspace).create(new SessionInfo("suzhou-2016-review",
                LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13), UNITS.stream().map(Unit::name).toList(),
                List.of("张三", "李四", "王五"), "zh-CN", null), "张三");
        header();
        line("# 1. 开始稽查：会话、评查人、评查标准");
        line("session new --name suzhou-2016-review --period 2016-10-10..2016-10-13 --units 吴江区,太仓市,相城区,高新区 --team 张三,李四,王五");
        line("auditor use 张三");
        line("rubric load rubrics/penalty-case.yaml");
        line("rubric load rubrics/seizure-case.yaml");
        line("rubric load rubrics/inspection-record.yaml");
        line("rubric load rubrics/unit-documents.yaml");
        line("");
        line("# 2. 导入四个单位 2016年1–9月的案卷和现场监察记录（太仓市的 CSV 是 Excel 存的 GB18030）");
        for (Unit u : UNITS) {
            for (RecordKind kind : List.of(RecordKind.INSPECTION_RECORD, RecordKind.PENALTY_CASE)) {
                Path file = root.resolve(dataFile(u, kind));
                RecordImport.importFile(session, "张三", file, u.name(), kind, null, ImportProgress.NONE);
                line("records import " + dataFile(u, kind) + " --unit " + u.name() + " --kind " + kind.code());
            }
        }
        line("records count --unit 太仓市 --kind penalty-case");
        line("");
        line("# 3. 抽样：先定样本量（属性抽样，置信度 90%，可容忍偏差率 25%），再按单位、按种类抽取");
        line("#    现场监察记录每个单位有数百份：二项分布模型");
        SamplingPlan inspectionPlan = Planning.plan(CONFIDENCE, TOLERABLE, BigDecimal.ZERO, null);
        line("sample plan --confidence 0.90 --tolerable 0.25");
        for (Unit u : UNITS) {
            drawnInspections.put(u.name(), draw(session, u, RecordKind.INSPECTION_RECORD, inspectionPlan.sampleSize()));
            line("sample draw --unit " + u.name() + " --kind inspection-record --plan --seed " + seed(u));
        }
        line("#    行政处罚案卷每个单位只有三四十份：给出总体数，用超几何分布模型，样本量更小");
        for (Unit u : UNITS) {
            int population = session.state().get(PopulationBook.class).count(u.name(), RecordKind.PENALTY_CASE);
            SamplingPlan plan = Planning.plan(CONFIDENCE, TOLERABLE, BigDecimal.ZERO, population);
            line("sample plan --confidence 0.90 --tolerable 0.25 --population " + population);
            drawnPenalties.put(u.name(), draw(session, u, RecordKind.PENALTY_CASE, plan.sampleSize()));
            line("sample draw --unit " + u.name() + " --kind penalty-case --plan --seed " + seed(u));
        }
        line("session status");
        line("");
        line("# 4. 评分：组长张三查吴江区，李四查太仓市和相城区，王五查高新区；每份抽中的案卷/记录逐项扣分，");
        line("#    依据是文件本身的证据（笔录签名、采样单、影像取证、听证告知、办案时限……）");
        String acting = "张三";
        for (Unit u : UNITS) {
            if (!u.auditor().equals(acting)) {
                acting = u.auditor();
                line("auditor use " + acting);
            }
            line("");
            line("## " + u.name() + "（" + u.auditor() + "）：行政处罚案卷");
            for (CaseRecord r : drawnPenalties.get(u.name())) {
                scoreFile(u, r, seized(r) ? seizureMarks(r) : penaltyMarks(r), u.penaltiesOn());
            }
            line("## " + u.name() + "（" + u.auditor() + "）：现场监察记录");
            for (CaseRecord r : drawnInspections.get(u.name())) {
                scoreFile(u, r, inspectionMarks(r), u.inspectionsOn());
            }
        }
        line("sample show --unit 吴江区");
        line("");
        line("# 5. 查阅各单位资料（年度计划、监察台账、案件台账、跨界污染协调机制）");
        reviewDocuments();
        line("");
        line("# 6. 问题：评分时每处扣分、否决都提出了一条待定问题（F-001 起按顺序编号）；");
        line("#    一票否决的逐条采纳，同类的一般扣分合并为一条直接写的问题，其余不进整改通知书");
        line("auditor use 张三");
        for (Unit u : UNITS) {
            findings(u);
        }
        line("finding list --status accepted");
        line("");
        line("# 7. 稽查组为稽查报告写的文字（基本情况、主要做法和成效、整改要求、下一步工作），记入日志；");
        line("#    其余部分（抽查多少、结果、问题归并）由日志算出");
        teamText();
        line("");
        line("# 8. 汇总、定稿、复核抽样");
        line("session summary");
        line("sample evaluate --unit 吴江区");
        line("session finalize");
        line("sample verify");
        line("journal verify");
        line("");
        line("# 9. 出文书：先发四份整改通知（文件式公文，附问题清单和版记；发文日起算的整改期限从此成为日期），再写稽查报告和一份评查表；");
        line("#    都写到 " + OUT + "/");
        for (Unit u : UNITS) {
            line("report notice --unit " + u.name() + " --issued " + ISSUED + " --number \"" + u.notice()
                    + "\" --authority \"苏州市环境保护局\" --cc \"江苏省环境保护厅\" --out " + OUT + "/notice-" + u.file()
                    + ".pdf --force");
        }
        line("report review --title \"苏州市2016年10月环境监察稽查报告\" --authority \"苏州市环境保护局\" --date " + ISSUED
                + " --out " + OUT + "/review-report.pdf --force");
        CaseRecord sheet = sheetRecord();
        line("report sheet " + sheet.id() + " --out " + OUT + "/sheet-" + sheetName(sheet) + ".pdf --force");
        evidence();
        line("");
        line("# issue 27: 同样的四份整改通知和稽查报告，另写成可编辑的 Word 文档（.docx，公文版式），供科室修改、领导签发");
        for (Unit u : UNITS) {
            line("report notice --unit " + u.name() + " --issued " + ISSUED + " --number \"" + u.notice()
                    + "\" --authority \"苏州市环境保护局\" --cc \"江苏省环境保护厅\" --out " + OUT + "/notice-" + u.file()
                    + ".pdf --docx " + OUT + "/notice-" + u.file() + ".docx --force");
        }
        line("report review --title \"苏州市2016年10月环境监察稽查报告\" --authority \"苏州市环境保护局\" --date " + ISSUED
                + " --out " + OUT + "/review-report.pdf --docx " + OUT + "/review-report.docx --force");
        line("");
        followUp();
        return List.copyOf(lines);
    }

    /**
     * Issue 24: the rectification ledger after the notices (整改报告 in November–December 2016, checks
     * passed and failed, one item closed as lasting, one extended, a 督办通知 and a 约谈 for 高新区), a
     * follow-up review (回头看) of 相城区 in March 2017 compared with the review, and, back in the review,
     * the ledger as of 2016-12-31 (every state at least once), the 督办通知 and the 整改情况报告.
     */
    private void followUp() {
        line("# 10. 整改跟踪（issue 24）：各单位11—12月报送整改报告和整改措施，稽查组书面核查或现场复查后销号或退回，");
        line("#     吴江区一项按长期坚持销号，太仓市一项批准延期；高新区逾期未整改，先发督办通知，再约谈");
        line("auditor use 张三");
        line("rectify receive --unit 相城区 --on 2016-11-03 --number \"相环〔2016〕76号\"");
        line("rectify report --all --unit 相城区 --on 2016-11-03 --measures \"补齐卷内材料，重大案件重新核查证据，组织全体执法人员学习评查标准\"");
        line("rectify receive --unit 吴江区 --on 2016-11-02 --number \"吴环〔2016〕88号\"");
        line("rectify report F-003 --on 2016-11-02 --measures \"重新调取在线监测数据和监测报告补入卷宗，对办案人员进行通报批评\"");
        line("rectify report F-082 --on 2016-11-02 --measures \"在区局网站公开第二、三季度双随机抽查结果，建立按季度公开制度\"");
        line("rectify report F-083 --on 2016-11-02 --measures \"印发重大案件证据集体讨论制度（吴环〔2016〕90号），10月以来的重大案件均形成会议记录\"");
        line("rectify report F-084 --on 2016-11-02 --measures \"与相城区签订环境执法联合检查协议\"");
        line("rectify extend F-087 --on 2016-11-08 --due 2017-01-20 --reason \"需对2016年全部监察记录逐份核对并更正汇总表，工作量大\"");
        line("rectify report F-085 --on 2016-11-09 --measures \"完成上半年计划执行情况总结并报市局\"");
        line("rectify report F-086 --on 2016-11-09 --measures \"建立查封扣押、移送公安案件专门台账\"");
        line("auditor use 李四");
        line("rectify check F-003 --on 2016-11-09 --by 现场 --passed --note \"调阅补正后的卷宗，监测报告与在线监测数据一致\"");
        line("rectify check F-082 --on 2016-11-09 --by 书面 --passed --note \"区局网站已公开第二、三季度抽查结果\"");
        line("rectify lasting F-083 --on 2016-11-09 --note \"重大案件证据集体讨论制度（吴环〔2016〕90号）长期执行，每季度抽查会议记录\"");
        line("rectify check F-084 --on 2016-11-09 --by 书面 --failed --due 2016-12-15 --note \"仅与相城区签订协议，未与苏州工业园区、浙江嘉兴等相邻地区建立信息通报\"");
        line("rectify check F-051 --on 2016-11-10 --by 现场 --passed --note \"补充采样单和监测报告，证据链完整\"");
        line("rectify check F-052 --on 2016-11-10 --by 现场 --passed --note \"重新调查取证后依法重新作出处罚决定\"");
        line("rectify check F-088 --on 2016-11-10 --by 书面 --passed --note \"监察记录已按月归档，汇总表已更正\"");
        line("rectify check F-085 --on 2016-11-16 --by 书面 --passed --note \"半年总结已报市局\"");
        line("rectify check F-086 --on 2016-11-16 --by 现场 --passed --note \"现场查看专门台账，与案卷一致\"");
        line("rectify receive --unit 太仓市 --on 2016-11-18 --number \"太环〔2016〕112号\"");
        line("rectify report F-092 --on 2016-11-18 --measures \"逐卷补齐卷内目录、页码、立案审批表和企业基本信息\"");
        line("rectify report F-093 --on 2016-11-18 --measures \"对两起案件补下达行政处理书并复查整改情况\"");
        line("rectify report F-094 --on 2016-11-18 --measures \"修订调查报告和处罚决定书格式文本，写明裁量理由、履行方式和期限\"");
        line("rectify report F-095 --on 2016-11-18 --measures \"现场检查配备执法记录仪，照片录像随记录归档\"");
        line("rectify report F-096 --on 2016-11-18 --measures \"组织“四项检查”专题培训，修订现场检查记录表\"");
        line("rectify report F-098 --on 2016-11-18 --measures \"逐卷补齐卷内目录、页码、立案审批表和企业基本信息\"");
        line("rectify report F-099 --on 2016-11-18 --measures \"现场检查配备执法记录仪，照片录像随记录归档\"");
        line("rectify report F-100 --on 2016-11-18 --measures \"修订现场检查记录表，按“四项检查”逐项记录\"");
        line("rectify report F-101 --on 2016-11-18 --measures \"对三起案件补下达行政处理书并复查整改情况\"");
        line("rectify check F-089 --on 2016-11-22 --by 现场 --passed --note \"抽查5起案件，采样单、封样和影像资料齐全\"");
        line("rectify check F-090 --on 2016-11-22 --by 现场 --passed --note \"预案已印发，2016年11月15日组织跨界污染应急演练\"");
        line("rectify check F-092 --on 2016-11-25 --by 书面 --passed --note \"补正后的卷宗目录、页码齐全\"");
        line("rectify check F-093 --on 2016-11-25 --by 书面 --passed --note \"行政处理书已补下达，复查记录在卷\"");
        line("rectify check F-094 --on 2016-11-25 --by 书面 --passed --note \"格式文本已修订并使用\"");
        line("rectify check F-095 --on 2016-11-25 --by 书面 --passed --note \"11月以来的现场检查均附照片\"");
        line("rectify check F-096 --on 2016-11-25 --by 书面 --passed --note \"培训签到表和新记录表在卷\"");
        line("rectify check F-098 --on 2016-11-25 --by 书面 --passed --note \"补正后的卷宗目录、页码齐全\"");
        line("rectify check F-099 --on 2016-11-25 --by 书面 --passed --note \"11月以来的现场检查均附照片\"");
        line("rectify check F-101 --on 2016-11-25 --by 书面 --passed --note \"行政处理书已补下达，复查记录在卷\"");
        line("rectify check F-103 --on 2016-11-25 --by 书面 --passed --note \"11月以来的现场检查均附照片\"");
        line("rectify check F-104 --on 2016-11-25 --by 书面 --passed --note \"格式文本已修订并使用\"");
        line("rectify check F-105 --on 2016-11-25 --by 书面 --passed --note \"补正后的卷宗目录、页码齐全\"");
        line("rectify check F-106 --on 2016-11-25 --by 书面 --passed --note \"新记录表已使用\"");
        line("rectify check F-100 --on 2016-12-06 --by 现场 --failed --due 2017-01-10 --note \"复查3家企业，现场检查记录仍未按“四项检查”逐项记录\"");
        line("rectify receive --unit 高新区 --on 2016-12-16 --number \"苏新环〔2016〕58号\"");
        line("rectify report F-108 --on 2016-12-16 --measures \"修订调查报告和处罚决定书格式文本\"");
        line("rectify report F-109 --on 2016-12-16 --measures \"逐卷补齐卷内目录、页码和立案审批表\"");
        line("rectify report F-110 --on 2016-12-16 --measures \"对两起案件补下达行政处理书\"");
        line("rectify report F-111 --on 2016-12-16 --measures \"组织“四项检查”专题培训\"");
        line("rectify report F-112 --on 2016-12-16 --measures \"现场检查配备执法记录仪\"");
        line("rectify report F-097 --on 2016-12-20 --measures \"组织全体执法人员学习稽查评分结果，自查2016年全部案卷\"");
        line("rectify report F-102 --on 2016-12-20 --measures \"组织全体执法人员学习稽查评分结果，自查2016年全部案卷\"");
        line("rectify check F-108 --on 2016-12-22 --by 书面 --passed --note \"格式文本已修订并使用\"");
        line("rectify check F-109 --on 2016-12-22 --by 书面 --passed --note \"补正后的卷宗目录、页码齐全\"");
        line("rectify check F-110 --on 2016-12-22 --by 书面 --passed --note \"行政处理书已补下达\"");
        line("rectify check F-111 --on 2016-12-22 --by 书面 --passed --note \"培训签到表在卷\"");
        line("rectify check F-112 --on 2016-12-22 --by 书面 --passed --note \"12月以来的现场检查均附照片\"");
        line("rectify escalate --unit 高新区 --on 2016-12-28 --to 约谈 --note \"约谈高新区环保局分管负责人，要求2017年1月15日前完成电镀集中区企业一企一档\"");
        line("rectify check F-097 --on 2016-12-28 --by 书面 --passed --note \"学习记录和自查台账在卷\"");
        line("");
        line("# 11. 回头看（2017年3月）：新建一个稽查任务跟进原稽查，抽查相城区整改期限后的行政处罚案卷，与原稽查比较不合格率");
        line("auditor use 张三");
        line("session new --name suzhou-2017-followup --period 2017-03-13..2017-03-14 --units 相城区 --team 张三,李四 --follows suzhou-2016-review");
        line("rubric load rubrics/penalty-case.yaml");
        line("records import examples/suzhou-2016-review/data/followup-xiangcheng-penalties.csv --unit 相城区 --kind penalty-case");
        line("sample draw --unit 相城区 --kind penalty-case --size 8 --seed 2017-03-13-相城区");
        line("score open 相环罚字〔2017〕1号 --unit 相城区");
        line("score done --on 2017-03-13");
        line("score open 相环罚字〔2017〕3号 --unit 相城区");
        line("score done --on 2017-03-13");
        line("score open 相环罚字〔2017〕7号 --unit 相城区");
        line("score done --on 2017-03-13");
        line("score open 相环罚字〔2017〕6号 --unit 相城区");
        line("score done --on 2017-03-13");
        line("score open 相环罚字〔2017〕4号 --unit 相城区");
        line("score deduct C6 --times 1 --note \"卷内无现场照片\" --on 2017-03-14");
        line("score done --on 2017-03-14");
        line("score open 相环罚字〔2017〕8号 --unit 相城区");
        line("score deduct C6 --times 1 --note \"卷内无现场照片\" --on 2017-03-14");
        line("score done --on 2017-03-14");
        line("score open 相环罚字〔2017〕5号 --unit 相城区");
        line("score done --on 2017-03-14");
        line("score open 相环罚字〔2017〕2号 --unit 相城区");
        line("score done --on 2017-03-14");
        line("sample compare --unit 相城区 --kind penalty-case");
        line("");
        line("# 12. 回到原稽查：截至2016年12月31日的整改台账（每种状态都有），写出高新区的督办通知（2016年12月5日）、台账表格和整改情况报告");
        line("session open suzhou-2016-review");
        line("report supervise --unit 高新区 --issued 2016-12-05 --number \"苏环稽〔2016〕31号\" --due 2016-12-20 --authority \"苏州市环境保护局\" --cc \"江苏省环境保护厅\" --out " + OUT + "/supervise-gaoxin.pdf --force");
        line("rectify status --on 2016-12-31");
        line("rectify list --on 2016-12-31 --xlsx " + OUT + "/ledger-2016-12-31.xlsx --force");
        line("report rectification --as-of 2016-12-31 --number \"苏环稽〔2016〕35号\" --authority \"苏州市环境保护局\" --addressee \"江苏省环境保护厅\" --signer 王建国 --title \"苏州市环境保护局关于2016年10月环境监察稽查发现问题整改情况的报告\" --out " + OUT + "/rectification-2016-12-31.pdf --force");
        line("");
        line("# 13. 问题 23：回头看的稽查报告，正文写入与原稽查的比较（即 sample compare 的结论）");
        line("session open suzhou-2017-followup");
        line("report review --title \"苏州市2017年3月相城区环境监察稽查（回头看）报告\" --authority \"苏州市环境保护局\" --date 2017-03-20 --out " + OUT + "/followup-report.pdf --force");
        line("session open suzhou-2016-review");

    }

    /** The team's own paragraphs, after the Suzhou report of October 2016 (../shared/background). */
    static final List<String[]> TEAM_TEXT = List.of(
            new String[]{"基本情况", "本次稽查是全市环境执法大练兵活动的一项工作。工作组查阅了被稽查单位的环境监察年度工作计划、"
                    + "工业污染源现场环境监察相关台账资料、环境违法案件现场调查取证相关台账资料和预防与处置跨界污染协调联动工作机制建立等资料，"
                    + "并随机抽取工业污染源现场监察记录和行政处罚案卷逐份评分。"},
            new String[]{"主要做法和成效", "各单位结合环保大练兵活动，开展双随机抽查和重点行业专项检查，深化精细化执法，"
                    + "对企业建设项目环评制度落实、在线监控运行、污染治理设施运行和污染物达标排放情况进行全面检查，做到不缺项、不漏项。"},
            new String[]{"主要做法和成效", "各单位加强案件证据收集，对环境违法案件的证据收集开展集体讨论，"
                    + "将填写采样单、采样封样、影像取证等工作制度化，执法的规范性和案卷的完整性有所提升。"},
            new String[]{"整改要求", "针对稽查中发现的问题，工作组已向各被稽查单位印发整改通知书。各单位应在规定时间内落实整改，"
                    + "对一票否决的案卷重新核查证据，并将整改情况书面报送市局。"},
            new String[]{"下一步工作", "市局将在整改期限届满后对各单位的整改情况进行复查，对一票否决的案卷逐件跟踪。"},
            new String[]{"下一步工作", "结合环境执法大练兵活动，市局将在官网专栏和《苏州日报》“环境执法大练兵”专栏通报本次稽查发现的典型问题，"
                    + "组织各市、区举一反三自查2016年全部案卷，进一步规范全市环境执法和行政处罚工作。"});

    private void teamText() {
        for (String[] t : TEAM_TEXT) {
            line("session note --section " + t[0] + " \"" + t[1] + "\"");
        }
    }

    private void header() {
        line("# 苏州市环境保护局 2016年10月10日至13日对吴江区、太仓市、相城区和高新区的环境监察稽查（示例）");
        line("#");
        line("# 从仓库根目录运行（路径都相对于根目录）：");
        line("#   JICHA_WORKSPACE=$(mktemp -d) LC_ALL=C.UTF-8 java -jar target/jicha.jar @examples/suzhou-2016-review/review.jicha");
        line("# 本文件由 src/test/java/io/jicha/example/ReviewScriptGenerator.java 生成：抽中的编号取决于种子，");
        line("# 评分取决于抽中文件的证据列。改数据或种子后重新生成，不要手改。");
        line("");
    }

    static String dataFile(Unit u, RecordKind kind) {
        return EXAMPLE.resolve("data").resolve(u.file() + (kind == RecordKind.PENALTY_CASE ? "-penalties.csv" : "-inspections.csv"))
                .toString().replace('\\', '/');
    }

    static String seed(Unit u) {
        return "2016-10-10-" + u.name();
    }

    private static List<CaseRecord> draw(Session session, Unit u, RecordKind kind, int size) {
        Sampling.Drawn drawn = Sampling.draw(session, "张三", new DrawRequest(u.name(), kind, DrawMethod.HASH, seed(u),
                size, false, RecordFilter.NONE, null, false, null));
        Population p = session.state().get(PopulationBook.class).population(session.snapshotDir(), u.name(), kind);
        return drawn.draw().ids().stream().map(id -> p.record(p.indexOf(id))).toList();
    }

    // ---- scoring from the evidence columns

    private void scoreFile(Unit u, CaseRecord r, List<Mark> marks, LocalDate on) {
        long deductions = marks.stream().filter(Mark::proposes).count();
        String what = deductions == 0 ? "材料齐全，未扣分"
                : marks.stream().anyMatch(Mark::veto) ? "一票否决" : "扣分 " + deductions + " 项";
        line("# " + r.id() + " " + attr(r, Columns.ENTERPRISE) + "（" + attr(r, Columns.INDUSTRY) + "）：" + what
                + (seized(r) ? "（查封、扣押案卷，按 seizure-case 评查标准）" : ""));
        line("score open " + r.id() + " --unit " + u.name());
        if (seized(r)) {
            seizedIds.add(r.id());
        }
        for (Mark m : marks) {
            line(m.line("score", on));
            if (m.proposes()) {
                propose(u.name(), r.id(), m);
            }
        }
        line("score done --on " + on);
    }

    /** A case file with 查封、扣押 among its 重大案件类型: scored against rubrics/seizure-case.yaml (applies_when). */
    static boolean seized(CaseRecord r) {
        List<String> kinds = Columns.listItems(attr(r, Columns.MAJOR_KINDS));
        return kinds.contains("查封") && kinds.contains("扣押");
    }

    /**
     * A seized file against the 查封、扣押 rubric: the same evidence, its criteria (a range deduction for the
     * site record, C3), its not-applicable items (no extension of the period: D2; no testing: D3; not yet
     * released: E2) and its bonus item for a case also referred for administrative detention (J1).
     */
    static List<Mark> seizureMarks(CaseRecord r) {
        List<Mark> marks = new ArrayList<>();
        penaltyMarks(r).stream().filter(Mark::veto).forEach(marks::add);
        if ("未签名".equals(attr(r, "现场检查笔录"))) {
            marks.add(new Mark("C3", false, null, "2", "查封现场笔录无当事人签名，也未注明拒签情况"));
        }
        if ("无".equals(attr(r, "影像取证"))) {
            marks.add(new Mark("C5", false, 1, null, "未以照片或录像记录查封、扣押过程"));
        }
        LocalDate decided = date(r, Columns.DECISION_DATE);
        if (decided != null && ChronoUnit.DAYS.between(r.date(), decided) > 90) {
            marks.add(new Mark("D4", false, null, "2", "查封、扣押后历时" + ChronoUnit.DAYS.between(r.date(), decided)
                    + "日才作出处罚决定"));
        }
        if (slip(r) % 3 == 0) {
            marks.add(new Mark("E1", false, null, "0.5", "卷内目录页码不全"));
        }
        if (slip(r) % 2 == 0) {
            marks.add(new Mark("B2", false, null, "1", "查封、扣押决定书未写明申请行政复议或提起行政诉讼的期限"));
        }
        marks.add(Mark.na("D2", "未延长查封、扣押期限"));
        if (attr(r, "采样单").isEmpty()) {
            marks.add(Mark.na("D3", "未进行检测、检验"));
        }
        if (!"已结案".equals(attr(r, "status"))) {
            marks.add(Mark.na("E2", "尚未解除查封、扣押"));
        }
        if (Columns.listItems(attr(r, Columns.MAJOR_KINDS)).contains("行政拘留")) {
            marks.add(Mark.bonus("J1", "已移送公安机关适用行政拘留"));
        }
        if ("已结案".equals(attr(r, "status"))) {
            marks.add(Mark.bonus("J2", "解除查封前复查，确认违法行为已整改到位"));
        }
        return marks;
    }

    private void propose(String unit, String recordId, Mark m) {
        String id = String.format("F-%03d", ++findingNumber);
        proposed.computeIfAbsent(unit, k -> new ArrayList<>()).add(new Proposed(id, unit, recordId, m));
    }

    static String attr(CaseRecord r, String name) {
        return r.attributes().getOrDefault(name, "");
    }

    /** 0..255 from the id: a stable stand-in for the small slips the data has no column for. */
    static int slip(CaseRecord r) {
        return Integer.parseInt(Hashes.sha256Hex(r.id()).substring(0, 2), 16);
    }

    static List<Mark> penaltyMarks(CaseRecord r) {
        List<Mark> marks = new ArrayList<>();
        boolean inquiryUnsigned = "未签名".equals(attr(r, "询问笔录"));
        boolean noSamplingForm = "无".equals(attr(r, "采样单"));
        if (inquiryUnsigned && noSamplingForm) {
            marks.add(new Mark("A3", true, null, null, "询问笔录无被询问人签名，监测报告无对应采样单，违法事实证据不足"));
        } else if (inquiryUnsigned) {
            marks.add(new Mark("A3", true, null, null, "询问笔录无被询问人签名，违法事实的关键证据不能采信"));
        } else if (noSamplingForm) {
            marks.add(new Mark("A3", true, null, null, "卷内缺少采样单，超标排放的监测数据来源无法印证"));
        }
        if ("未签名".equals(attr(r, "现场检查笔录"))) {
            marks.add(new Mark("C1", false, 2, null, "现场检查笔录无当事人签名，也未注明拒签情况"));
        }
        if ("无".equals(attr(r, "采样封样"))) {
            marks.add(new Mark("C5", false, 1, null, "样品未当场封存，卷内无封条记录"));
        }
        if ("无".equals(attr(r, "影像取证"))) {
            marks.add(new Mark("C6", false, 3, null, "卷内无现场照片或录像"));
        }
        if ("无".equals(attr(r, "监测报告"))) {
            marks.add(new Mark("C7", false, 2, null, "卷内只有监测数据复印件，无加盖印章的监测报告"));
        }
        long fine = fineYuan(r);
        if (attr(r, "听证").isEmpty() && !attr(r, "告知书送达日期").isEmpty() && fine >= 50_000) {
            marks.add(new Mark("E2", false, 1, null,
                    "罚款" + fine / 10_000 + "万元，达到听证标准，卷内无听证告知书"));
        }
        LocalDate filed = r.date();
        LocalDate decided = date(r, Columns.DECISION_DATE);
        if (decided != null && ChronoUnit.DAYS.between(filed, decided) > 90) {
            marks.add(new Mark("F3", false, 1, null,
                    "立案至作出处罚决定历时" + ChronoUnit.DAYS.between(filed, decided) + "日，超过90日且无延期审批"));
        }
        LocalDate served = date(r, "决定书送达日期");
        if (decided != null && served != null && ChronoUnit.DAYS.between(decided, served) > 7) {
            marks.add(new Mark("G1", false, 1, null,
                    "处罚决定书于作出后第" + ChronoUnit.DAYS.between(decided, served) + "日才送达，超过7日"));
        }
        int slip = slip(r);
        if (slip % 5 == 1) {
            marks.add(new Mark("B1", false, 1, null, "立案审批表未填写案件来源"));
        }
        if (slip % 4 == 2) {
            marks.add(new Mark("D1", false, 2, null, "案件调查报告未写明自由裁量的理由"));
        }
        if ("已申请并举行".equals(attr(r, "听证")) && slip % 2 == 0) {
            marks.add(new Mark("E3", false, 2, null, "听证意见的复核意见未记录在案"));
        }
        if (slip % 6 == 3) {
            marks.add(new Mark("F1", false, 2, null, "处罚决定书未写明履行方式和期限"));
        }
        if ("已结案".equals(attr(r, "status")) && slip % 3 == 1) {
            marks.add(new Mark("G3", false, 1, null, "责令改正后无复查记录"));
        }
        if (slip % 3 == 0) {
            marks.add(new Mark("H2", false, null, "0.5", "卷内目录页码不全"));
        }
        return marks;
    }

    static List<Mark> inspectionMarks(CaseRecord r) {
        List<Mark> marks = new ArrayList<>();
        boolean problem = "是".equals(attr(r, "发现问题"));
        if ("未签名".equals(attr(r, "现场检查笔录"))) {
            marks.add(new Mark("D3", false, 1, null, "被检查单位负责人未签字，也未注明拒签情况"));
        }
        if ("是".equals(attr(r, "现场采样")) && "无".equals(attr(r, "采样单"))) {
            marks.add(new Mark("E2", false, 3, null, "现场采样但无采样单，点位、样品编号无从核对"));
        }
        if ("无".equals(attr(r, "影像取证"))) {
            marks.add(problem ? new Mark("E1", false, 3, null, "发现问题但无现场照片或录像")
                    : new Mark("E1", false, 1, null, "无现场照片"));
        }
        if (problem && "0".equals(attr(r, Columns.ADMIN_DECISIONS))) {
            marks.add(new Mark("F1", false, 1, null, "发现问题但未下达行政处理书，未明确整改期限"));
        }
        if ("未归档".equals(attr(r, "归档状态"))) {
            marks.add(new Mark("C2", false, 1, null, "记录至稽查时未归档，检查时间记载不全"));
        }
        int slip = slip(r);
        String content = attr(r, "检查内容");
        if (slip % 3 == 0) {
            if (content.startsWith("在线监控")) {
                marks.add(new Mark("B2", false, 2, null, "未核对在线监控数据传输和比对情况"));
            } else if (content.startsWith("污染防治设施")) {
                marks.add(new Mark("B3", false, 2, null, "未检查治理设施运行记录和药剂使用台账"));
            } else if (content.startsWith("环评")) {
                marks.add(new Mark("B1", false, 2, null, "未核对环评批复与现场生产内容"));
            } else {
                marks.add(new Mark("B4", false, 1, null, "未记录排放口位置和排放情况"));
            }
        }
        if (problem && slip % 2 == 0) {
            marks.add(new Mark("C3", false, 1, null, "发现的问题描述笼统，与检查内容对应不上"));
        }
        if (problem && "1".equals(attr(r, Columns.ADMIN_DECISIONS)) && slip % 3 == 1) {
            marks.add(new Mark("F2", false, 1, null, "下达行政处理书后无整改复查记录"));
        }
        if (slip % 4 == 0) {
            marks.add(new Mark("C1", false, 1, null, "未记载企业法定代表人和生产状况"));
        }
        if (slip % 5 == 2) {
            marks.add(new Mark("E3", false, 2, null, "未调取生产台账、运行记录复印件"));
        }
        return marks;
    }

    static long fineYuan(CaseRecord r) {
        String s = attr(r, Columns.FINE_YUAN).strip();
        return s.isEmpty() ? 0 : new BigDecimal(s).longValue();
    }

    static LocalDate date(CaseRecord r, String column) {
        String s = attr(r, column).strip();
        return s.isEmpty() ? null : RecordDates.parse(s);
    }

    // ---- unit documents

    private static final Map<String, List<Mark>> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("吴江区", List.of(
                new Mark("B3", false, 2, null, "双随机抽查第二、三季度的抽查结果未在网站公开"),
                new Mark("C3", false, 1, null, "未对证据收集开展集体讨论，无会议记录"),
                new Mark("D2", false, 1, null, "与相邻的浙江嘉兴开展联合检查无书面记录")));
        DOCUMENTS.put("太仓市", List.of(
                new Mark("A3", false, 1, null, "年度计划执行情况无阶段性总结"),
                new Mark("C4", false, 2, null, "查封扣押、移送公安案件未单独建立台账"),
                new Mark("B2", false, 1, null, "3月汇总表检查企业厂次与监察记录不一致")));
        DOCUMENTS.put("相城区", List.of(
                new Mark("B2", false, 2, null, "7、8月监察记录未按时归档，汇总表出动人次与记录不一致"),
                new Mark("C2", false, 2, null, "采样单、封样制度未落实，部分案件无采样单"),
                new Mark("D3", false, 1, null, "无跨界污染应急处置预案演练记录")));
        DOCUMENTS.put("高新区", List.of(
                new Mark("B1", false, 1, null, "电镀集中区3家企业未建一企一档")));
    }

    private void reviewDocuments() {
        String acting = "王五";
        line("auditor use 王五");
        for (Unit u : UNITS) {
            line("review unit " + u.name());
            for (Mark m : DOCUMENTS.get(u.name())) {
                line(m.line("review", u.documentsOn()));
                propose(u.name(), null, m);
            }
            line("review done --on " + u.documentsOn());
        }
        line("review show 相城区");
    }

    // ---- findings

    private void findings(Unit u) {
        line("");
        line("## " + u.name() + " 的问题");
        List<Proposed> mine = proposed.get(u.name());
        List<Proposed> minor = new ArrayList<>();
        for (Proposed p : mine) {
            if (p.mark().veto()) {
                line("finding accept " + p.id() + " --text \"" + p.recordId() + "：" + p.mark().note()
                        + "，案卷评为不合格\" --require \"重新核查该案证据，补正或依法重新作出处理，并对办案人员进行通报\"");
            } else if (p.recordId() == null) {
                line("finding accept " + p.id() + " --severity 较重 --require \"" + documentRequirement(p.mark().code())
                        + "\" --workdays 15");
            } else {
                minor.add(p);
            }
        }
        // The minor deductions of the drawn files: one finding per kind of slip, naming the files.
        Map<String, List<Proposed>> byNote = new LinkedHashMap<>();
        for (Proposed p : minor) {
            byNote.computeIfAbsent(group(p), k -> new ArrayList<>()).add(p);
        }
        List<String> adds = new ArrayList<>();
        for (Map.Entry<String, List<Proposed>> e : byNote.entrySet()) {
            List<Proposed> ps = e.getValue();
            if (ps.size() < 2) {
                continue;
            }
            List<String> ids = ps.stream().map(Proposed::recordId).distinct().toList();
            adds.add("finding group " + String.join(",", ps.stream().map(Proposed::id).toList()) + " --severity 一般"
                    + " --text \"抽查的" + ids.size() + "份文件" + e.getKey() + "\" --require \"" + requirement(e.getKey())
                    + "\" --days 30");
        }
        for (Proposed p : minor) {
            if (byNote.get(group(p)).size() < 2) {
                line("finding drop " + p.id() + " --reason \"个别瑕疵，已当场指出\"");
            }
        }
        adds.forEach(a -> {
            line(a);
            findingNumber++;
        });
        line("finding add --unit " + u.name() + " --severity 一般 --text \"行政处罚案卷与现场监察记录的评查结果未在内部通报\""
                + " --require \"组织执法人员学习本次稽查评分结果，举一反三自查2016年全部案卷\" --due 2016-12-31");
        findingNumber++;
    }

    /** The kind of slip a proposal is; a seized file's codes are those of the 查封、扣押 rubric (marked "s"). */
    private String group(Proposed p) {
        String code = p.mark().code() + (seizedIds.contains(p.recordId()) ? "s" : "");
        return switch (code + ":" + (p.recordId().contains("罚") ? "p" : "i")) {
            case "D3:i", "C1:p", "C3s:p" -> "现场检查笔录无当事人或被检查单位负责人签名";
            case "E1:i", "C6:p", "C5s:p" -> "缺少现场照片或录像";
            case "D4s:p" -> "处罚决定或送达超过法定期限";
            case "E2:i", "C5:p", "C7:p" -> "采样、封样或监测报告材料不全";
            case "F1:i", "F2:i", "G3:p" -> "发现问题后未下达行政处理书或未复查整改情况";
            case "F3:p", "G1:p" -> "处罚决定或送达超过法定期限";
            case "B1:i", "B2:i", "B3:i", "B4:i", "C3:i", "E3:i" -> "现场检查未按“四项检查”要求检查和记录";
            case "D1:p", "E3:p", "F1:p" -> "调查报告、听证复核或处罚决定书要素不全";
            default -> "卷宗、记录填写不完整";
        };
    }

    private static String requirement(String group) {
        return switch (group) {
            case "现场检查笔录无当事人或被检查单位负责人签名" -> "现场检查笔录须经当事人签字，拒签的注明情况并由见证人签名";
            case "缺少现场照片或录像" -> "现场检查一律拍照或录像取证，随记录归档";
            case "采样、封样或监测报告材料不全" -> "采样须当场填写采样单、封样，监测报告原件入卷";
            case "发现问题后未下达行政处理书或未复查整改情况" -> "对发现的问题下达行政处理书，明确整改要求和期限并跟踪复查";
            case "现场检查未按“四项检查”要求检查和记录" -> "按精细化执法“四项检查”要求开展现场检查，如实具体记录";
            case "调查报告、听证复核或处罚决定书要素不全" -> "规范调查报告、听证复核和处罚决定书，写明裁量理由、履行方式和期限";
            case "处罚决定或送达超过法定期限" -> "建立办案时限提醒制度，确保90日内作出决定、7日内送达";
            default -> "按评查标准补齐卷内目录、页码、立案审批和企业基本信息";
        };
    }

    private static String documentRequirement(String code) {
        return switch (code) {
            case "B3" -> "按季度公开双随机抽查结果，补公开第二、三季度结果";
            case "C3" -> "建立证据收集集体讨论制度，重大案件讨论形成会议记录";
            case "A3" -> "对年度计划执行情况开展半年总结并报市局";
            case "C4" -> "对查封扣押、移送公安等案件单独建立台账";
            case "B2" -> "监察记录按月归档，核对并更正汇总表数据";
            case "D3" -> "制定跨界污染应急处置预案并组织演练";
            case "D2" -> "与相邻地区联合检查、信息通报形成书面记录";
            case "C2" -> "落实采样单、采样封样、影像取证制度，逐案核查";
            case "B1" -> "对电镀集中区企业补建一企一档";
            default -> "按评查标准整改";
        };
    }

    // ---- the score sheet

    /** The file whose score sheet is printed: the first vetoed penalty case of 吴江区, else its first. */
    private CaseRecord sheetRecord() {
        List<CaseRecord> files = drawnPenalties.get("吴江区");
        return files.stream().filter(r -> penaltyMarks(r).stream().anyMatch(Mark::veto)).findFirst()
                .orElse(files.get(0));
    }

    /** 吴环罚字〔2016〕12号 → wujiang-penalty-12. */
    private static String sheetName(CaseRecord r) {
        return "wujiang-penalty-" + r.id().replaceAll("\\D+", " ").strip().replaceAll(".* ", "");
    }

    /**
     * Issue 25: photos and a scan kept by their hash with a finding (F-003, the veto of 吴环罚字〔2016〕45号)
     * and with a case file, the annexes made from them, and fsck re-hashing them. The photos are shipped
     * in the example's evidence/ folder (made by io.jicha.evidence.TestPhotos, with EXIF time, camera
     * and orientation tags 6, 1 and 3).
     */
    private void evidence() {
        String dir = "examples/suzhou-2016-review/evidence";
        line("");
        line("# 照片及佐证材料（issue 25）：现场拍的照片和扫描件按内容哈希（SHA-256）随会话保存，挂到问题和案卷上，");
        line("#     再出“照片及佐证材料”附件（照片按 EXIF 方向摆正，每页 6 张）；session fsck 重新核对每个文件的哈希");
        line("evidence add " + dir + "/IMG_20161010_094512.jpg " + dir + "/IMG_20161010_094630.jpg --finding F-003"
                + " --note \"监测报告第1页、第7页：卷内无采样单，数据来源无法印证\" --on 2016-10-10");
        line("evidence add " + dir + "/IMG_20161010_101205.jpg " + dir + "/scan-wujiang-15-p3.pdf --record 吴环罚字〔2016〕15号"
                + " --unit 吴江区 --note \"现场检查笔录第3页无当事人签名\" --on 2016-10-10");
        line("evidence list");
        line("report evidence --finding F-003 --out " + OUT + "/evidence-F-003.pdf --force");
        line("report evidence --unit 吴江区 --out " + OUT + "/evidence-wujiang.pdf --force");
        line("session fsck");
    }

    private void line(String s) {
        lines.add(s);
    }
}
