package io.jicha.report;

import io.jicha.common.UserError;
import io.jicha.finding.AddFinding;
import io.jicha.finding.CriterionRef;
import io.jicha.finding.Deadline;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.FindingEdits;
import io.jicha.finding.FindingProposal;
import io.jicha.finding.Severity;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.Snapshots;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.scoring.Judging;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Criterion codes collide across rubrics (penalty-case C2 is about signed interview records,
 * unit-documents C2 about evidence rules): a notice names the criterion of the rubric that judged
 * the finding's files, for a finding grouped from several files too.
 */
class NoticeCriterionTest {

    @TempDir
    Path dir;

    @Test
    void aGroupedFindingOnPenaltyCasesNamesThePenaltyCaseCriterion() throws Exception {
        Snapshots.clearCache();
        Session session = new Workspace(dir.resolve("ws")).create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("吴环罚字〔2016〕").append(i).append("号,2016-03-15,吴江某印染有限公司").append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        for (String rubric : List.of("penalty-case.yaml", "unit-documents.yaml")) {
            byte[] bytes = Files.readAllBytes(Path.of("rubrics", rubric));
            session.append("张三", s -> s.get(RubricBook.class).decideLoad(rubric, bytes).events());
        }
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                2, false, RecordFilter.NONE, null, false, null));
        List<String> drawn = session.state().get(DrawBook.class).drawnIds("吴江区", RecordKind.PENALTY_CASE);
        session.append("张三", s -> FindingDecisions.propose(s.get(FindingBook.class), drawn.stream()
                .map(id -> new FindingProposal("吴江区", id, "C2", Severity.MINOR,
                        id + "：询问笔录逐页签名，由被询问人逐页签名或按指印，执法人员签名——缺页签名", "补签", "score C2"))
                .toList()));
        session.append("张三", s -> FindingDecisions.group(s.get(FindingBook.class), List.of("F-001", "F-002"),
                "询问笔录未由被询问人逐页签名", new FindingEdits(null, null, "逐页签名", null),
                Map.of(Severity.MINOR, Deadline.days(30))));

        NoticeModel notice = new ReportModels(session.state(), session.snapshotDir()).notice("吴江区",
                LocalDate.of(2016, 10, 20), null, "吴江区环境保护局", "苏州市环境保护局", WorkdayCalendarLoader.locate(dir));

        assertThat(notice.findings()).singleElement().satisfies(item -> {
            assertThat(item.files()).containsExactlyElementsOf(drawn);
            assertThat(item.criterion()).isEqualTo("C2 询问笔录逐页签名，由被询问人逐页签名或按指印，执法人员签名");
        });
    }

    /**
     * Two penalty cases of one unit, one of them a 查封、扣押 case judged by the seizure-case rubric
     * (applies_when): both D2 deductions, grouped into one finding. The codes collide (penalty-case D2 is
     * about 法制审核, seizure-case D2 about extending the seizure), so the notice names each member's own
     * criterion, and the grouped finding records each as (rubric id, version, code).
     */
    @Test
    void aGroupedFindingKeepsEachMembersCriterionFromTheRubricThatJudgedItsFile() throws Exception {
        Session session = reviewWithASeizureCase();
        ScoreTarget seizure = ScoreTarget.file(RecordKind.PENALTY_CASE, "吴江区", "吴环罚字〔2016〕1号");
        ScoreTarget plain = ScoreTarget.file(RecordKind.PENALTY_CASE, "吴江区", "吴环罚字〔2016〕2号");
        ScoringDecisions.Change zhang = ScoringDecisions.Change.plain("张三");
        session.append("张三", s -> ScoringDecisions.deduct(s, seizure, "D2", 1, null, "延期未书面告知",
                zhang.about(Judging.attributes(s, session.snapshotDir(), seizure))));
        session.append("张三", s -> ScoringDecisions.deduct(s, plain, "D2", 1, null, "无审核意见",
                zhang.about(Judging.attributes(s, session.snapshotDir(), plain))));
        FindingBook proposed = session.state().get(FindingBook.class);
        assertThat(proposed.require("F-001").criteria()).singleElement()
                .isEqualTo(new CriterionRef("吴环罚字〔2016〕1号", "seizure-case", "1", "D2"));

        session.append("张三", s -> FindingDecisions.group(s.get(FindingBook.class), List.of("F-001", "F-002"),
                new FindingEdits(null, null, "逐项整改", null), Judging.judge(s, session.snapshotDir())));

        Finding grouped = session.state().get(FindingBook.class).require("F-003");
        assertThat(grouped.criteria()).extracting(CriterionRef::rubric).containsExactly("seizure-case", "penalty-case");
        assertThat(grouped.text()).contains(SEIZURE_D2); // the default text names the first member's criterion
        // the problem list (.xlsx) names each member's criterion with its rubric
        assertThat(Spreadsheets.criteria(grouped)).isEqualTo("seizure-case D2、penalty-case D2");
        assertThat(notice(session).criterion()).isEqualTo("D2 " + SEIZURE_D2 + "；D2 " + PENALTY_D2);
        // the same journal, replayed, prints the same
        Snapshots.clearCache();
        assertThat(notice(new Workspace(dir.resolve("ws")).open("review")).criterion())
                .isEqualTo("D2 " + SEIZURE_D2 + "；D2 " + PENALTY_D2);
    }

    /**
     * As journals before issue 22 hold it: proposals and a grouped finding without rubric ids. Each
     * member's criterion is then resolved through the rubric that judges its file (the seizure case's
     * attributes choose the seizure-case rubric).
     */
    @Test
    void anOlderGroupedFindingWithoutRubricIdsResolvesEachMemberThroughTheRubricJudgingItsFile() throws Exception {
        Session session = reviewWithASeizureCase();
        session.append("张三", s -> FindingDecisions.propose(s.get(FindingBook.class), List.of(
                new FindingProposal("吴江区", "吴环罚字〔2016〕1号", "D2", Severity.MINOR, "吴环罚字〔2016〕1号：延期未告知", "补正", "score D2"),
                new FindingProposal("吴江区", "吴环罚字〔2016〕2号", "D2", Severity.MINOR, "吴环罚字〔2016〕2号：无审核意见", "补正", "score D2"))));
        session.append("张三", s -> FindingDecisions.group(s.get(FindingBook.class), List.of("F-001", "F-002"),
                null, new FindingEdits(null, "同类问题", "逐项整改", null), Map.of(Severity.MINOR, Deadline.days(30))));
        Finding grouped = session.state().get(FindingBook.class).require("F-003");
        assertThat(grouped.criteria()).extracting(CriterionRef::rubric).containsOnlyNulls();
        assertThat(notice(session).criterion()).isEqualTo("D2 " + SEIZURE_D2 + "；D2 " + PENALTY_D2);
    }

    /**
     * finding add, decided in the domain against the session: a file must be drawn in the unit, a
     * criterion must be one of the rubric that judges that file (the seizure case's rubric for the
     * seizure case, so D4 is refused on the other file), and the rubric's id and version are recorded.
     */
    @Test
    void aFindingAddedDirectlyNamesACriterionOfTheRubricJudgingItsFileAndRecordsThatRubric() throws Exception {
        Session session = reviewWithASeizureCase();
        java.util.function.Function<AddFinding, List<io.jicha.journal.Event>> add = cmd -> session.append("张三",
                s -> FindingDecisions.add(s, cmd, Judging.judge(s, session.snapshotDir())));
        assertThatThrownBy(() -> add.apply(new AddFinding("吴江区", "吴环罚字〔2016〕99号", null, Severity.MINOR, "x", "y",
                Deadline.days(30), null))).isInstanceOf(UserError.class).hasMessageContaining("吴环罚字〔2016〕99号");
        assertThatThrownBy(() -> add.apply(new AddFinding("吴江区", "吴环罚字〔2016〕2号", "D4", Severity.MINOR, "x", "y",
                Deadline.days(30), null))).isInstanceOf(UserError.class).hasMessageContaining("D4");
        add.apply(new AddFinding("吴江区", "吴环罚字〔2016〕1号", "D4", Severity.MINOR, "检测报告未告知当事人", "补齐",
                Deadline.days(30), null));
        Finding f = session.state().get(FindingBook.class).require("F-001");
        assertThat(f.criteria()).containsExactly(new CriterionRef("吴环罚字〔2016〕1号", "seizure-case", "1", "D4"));
    }

    private static final String SEIZURE_D2 = "延长期限的，经负责人批准并书面告知当事人，延长不超过三十日（《办法》第十四条）";
    private static final String PENALTY_D2 = "经法制审核，审核意见明确";

    private NoticeModel.Item notice(Session session) {
        return new ReportModels(session.state(), session.snapshotDir()).notice("吴江区", LocalDate.of(2016, 10, 20),
                null, "吴江区环境保护局", "苏州市环境保护局", WorkdayCalendarLoader.locate(dir)).findings().get(0);
    }

    /** 吴江区's twelve penalty cases, all drawn; 吴环罚字〔2016〕1号 a 查封、扣押 case; three rubrics loaded. */
    private Session reviewWithASeizureCase() throws Exception {
        Snapshots.clearCache();
        Session session = new Workspace(dir.resolve("ws")).create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称,重大案件类型\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("吴环罚字〔2016〕").append(i).append("号,2016-03-15,吴江某印染有限公司").append(i)
                    .append(i == 1 ? ",查封、扣押" : ",").append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        for (String rubric : List.of("penalty-case.yaml", "seizure-case.yaml", "unit-documents.yaml")) {
            byte[] bytes = Files.readAllBytes(Path.of("rubrics", rubric));
            session.append("张三", s -> s.get(RubricBook.class).decideLoad(rubric, bytes).events());
        }
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                12, false, RecordFilter.NONE, null, false, null));
        return session;
    }
}
