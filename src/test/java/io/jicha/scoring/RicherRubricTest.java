package io.jicha.scoring;

import io.jicha.common.UserError;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.RecordFilter;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped 查封、扣押 rubric (rubrics/seizure-case.yaml) through a real session: chosen by the file's
 * 重大案件类型, deduction ranges, not-applicable criteria with the total rescaled, and capped bonus items.
 */
class RicherRubricTest {

    @TempDir
    Path dir;
    Session session;
    ScoreTarget seizure;
    ScoreTarget plain;
    Change zhang;

    /** How the importer stores 重大案件类型 "查封、扣押；行政拘留" (items split at ；;、). */
    static final Map<String, String> SEIZED = Map.of("major_kinds", "查封;扣押;行政拘留");

    @BeforeEach
    void setUp() throws Exception {
        Workspace ws = new Workspace(dir.resolve("ws"));
        session = ws.create(new SessionInfo("review", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        Path csv = Files.writeString(dir.resolve("cases.csv"), "案号,立案日期,重大案件类型\n"
                + "吴环罚字〔2016〕1号,2016-03-01,查封、扣押；行政拘留\n吴环罚字〔2016〕2号,2016-03-02,\n", StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", csv, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        for (String rubric : List.of("rubrics/penalty-case.yaml", "rubrics/seizure-case.yaml")) {
            byte[] bytes = Files.readAllBytes(Path.of(rubric));
            session.append("张三", s -> s.get(RubricBook.class).decideLoad(rubric, bytes).events());
        }
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "s", 2, false,
                RecordFilter.NONE, null, false, null));
        seizure = ScoringDecisions.locate(session.state(), "吴环罚字〔2016〕1号", null);
        plain = ScoringDecisions.locate(session.state(), "吴环罚字〔2016〕2号", null);
        zhang = Change.plain("张三").about(SEIZED);
    }

    private void apply(java.util.function.Function<io.jicha.session.SessionState, List<io.jicha.journal.NewEvent>> f) {
        session.append("张三", f);
    }

    @Test
    void aFileIsScoredAgainstTheRubricForItsCaseTypeAndKeepsIt() {
        assertThat(ScoringDecisions.rubricFor(session.state(), seizure, SEIZED).id()).isEqualTo("seizure-case");
        assertThat(ScoringDecisions.rubricFor(session.state(), plain, Map.of("major_kinds", "行政拘留")).id())
                .isEqualTo("penalty-case");
        // the general rubric stays the session's rubric for penalty cases although the specific one was loaded last
        assertThat(session.state().get(RubricBook.class).requireFor(io.jicha.rubric.RubricTarget.PENALTY_CASE).id())
                .isEqualTo("penalty-case");
        apply(s -> ScoringDecisions.deduct(s, seizure, "C4", 1, null, "清单无当事人签名", zhang));
        // once scored, the file's sheet uses that rubric without being told the attributes again
        assertThat(ScoringDecisions.sheet(session.state(), seizure).rubric().id()).isEqualTo("seizure-case");
        assertThat(ScoringDecisions.sheet(session.state(), seizure).total()).isEqualByComparingTo("98");
    }

    @Test
    void aRangeDeductionTakesTheAuditorsPointsWithinTheRange() {
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.deduct(s, seizure, "C3", 1, null, "缺签名", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("1–3 points each time").hasMessageContaining("--points");
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.deduct(s, seizure, "C3", null, new BigDecimal("4"), "缺签名", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("4").hasMessageContaining("1–3 points each time");
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.deduct(s, seizure, "C3", null, new BigDecimal("0.5"), "缺签名", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("1–3 points each time");
        apply(s -> ScoringDecisions.deduct(s, seizure, "C3", null, new BigDecimal("2.5"), "第1页缺当事人签名", zhang));
        apply(s -> ScoringDecisions.deduct(s, seizure, "C3", null, new BigDecimal("3"), "第2页缺执法人员签名", zhang));
        assertThat(ScoringDecisions.sheet(session.state(), seizure).total()).isEqualByComparingTo("94.5");
    }

    /** A score verb's refusal names the rule as the review standards word it, from the bundle, in both languages (issue 22). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            EN | C3 |     | C3 deducts 1–3 points each time, up to the item's points: give the points of this occurrence with --points P, from 1 to 3
            EN | C3 | 4   | C3: 4 is outside the range of 1–3 points each time, up to the item's points; give --points from 1 to 3
            EN | B1 | 3   | B1 is all or nothing (8 points if not met): deduct 8 or nothing
            ZH | C3 |     | C3 的扣分规则是“每处扣1–3分，扣完为止”：请用 --points P 给出本处扣分，1 至 3 分
            ZH | C3 | 4   | C3：4 分超出“每处扣1–3分，扣完为止”的范围；--points 应为 1 至 3 分
            ZH | B1 | 3   | B1 为全扣或不扣（不符合扣8分）：扣 8 分或不扣
            """)
    void aRefusedDeductionNamesTheRuleInTheTerminalsLanguage(io.jicha.common.Texts.Lang lang, String code, BigDecimal points,
            String expected) {
        io.jicha.common.Texts.Lang before = io.jicha.common.Texts.lang();
        try {
            io.jicha.common.Texts.use(lang);
            assertThatThrownBy(() -> apply(s -> ScoringDecisions.deduct(s, seizure, code, points == null ? 1 : null, points,
                    "缺签名", zhang))).isInstanceOf(UserError.class).hasMessage(expected);
        } finally {
            io.jicha.common.Texts.use(before);
        }
    }

    @Test
    void notApplicableCriteriaLeaveTheTotalWhichIsRescaledAndBonusIsCapped() {
        apply(s -> ScoringDecisions.notApplicable(s, seizure, "D2", "未延长查封期限", zhang));
        apply(s -> ScoringDecisions.deduct(s, seizure, "C3", null, new BigDecimal("2"), "缺签名", zhang));
        ScoreSheet sheet = ScoringDecisions.sheet(session.state(), seizure);
        // 94 applicable points, 92 kept: 92 × 100 / 94 = 97.87… → 97.9
        assertThat(sheet.applicable()).isEqualByComparingTo("94");
        assertThat(sheet.kept()).isEqualByComparingTo("92");
        assertThat(sheet.total()).isEqualByComparingTo("97.9");
        apply(s -> ScoringDecisions.deduct(s, seizure, "B1", 1, null, "未经负责人批准", zhang));
        assertThat(ScoringDecisions.sheet(session.state(), seizure).total()).isEqualByComparingTo("89.4"); // 84 × 100 / 94
        apply(s -> ScoringDecisions.bonus(s, seizure, "J1", null, "已移送公安机关行政拘留", zhang));
        assertThat(ScoringDecisions.sheet(session.state(), seizure).total()).isEqualByComparingTo("92.4");
        apply(s -> ScoringDecisions.bonus(s, seizure, "J2", null, "复查确认整改到位", zhang));
        ScoreSheet withBonus = ScoringDecisions.sheet(session.state(), seizure);
        assertThat(withBonus.bonus()).isEqualByComparingTo("5");
        assertThat(withBonus.total()).isEqualByComparingTo("94.4");
        assertThat(withBonus.grade()).isEqualTo("优秀");
    }

    @Test
    void bonusNeverLiftsAFileAboveTheTotal() {
        apply(s -> ScoringDecisions.deduct(s, seizure, "E1", 2, null, "目录不全", zhang));
        apply(s -> ScoringDecisions.bonus(s, seizure, "J1", null, "已移送行政拘留", zhang));
        assertThat(ScoringDecisions.sheet(session.state(), seizure).total()).isEqualByComparingTo("100");
    }

    @Test
    void misusesAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.notApplicable(s, seizure, "A1", "x", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("veto criterion cannot be not applicable");
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.notApplicable(s, seizure, "C1", "x", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("na: true");
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.deduct(s, seizure, "J1", 1, null, "x", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("score bonus J1");
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.bonus(s, seizure, "J1", new BigDecimal("4"), "x", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("up to 3");
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.bonus(s, seizure, "C1", null, "x", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("not a bonus item");
        apply(s -> ScoringDecisions.notApplicable(s, seizure, "D3", "未检测", zhang));
        assertThatThrownBy(() -> apply(s -> ScoringDecisions.deduct(s, seizure, "D3", 1, null, "x", zhang)))
                .isInstanceOf(UserError.class).hasMessageContaining("not applicable");
    }
}
