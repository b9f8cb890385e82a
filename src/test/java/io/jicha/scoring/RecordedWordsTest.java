package io.jicha.scoring;

import io.jicha.common.Texts;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.FindingEdits;
import io.jicha.finding.FindingEvents;
import io.jicha.journal.Event;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words scoring and findings record into the journal as data (a proposal's text and requirement,
 * the reason a proposal is dropped or a file reopened, a grouped finding's default text) are in the
 * SESSION's language, whatever language the clerk's terminal speaks: a Chinese session's journal reads
 * as it always has (the example review's journal is byte-identical), an English session's in English.
 * Read back from the journal's own payloads.
 */
class RecordedWordsTest {

    @TempDir
    Path dir;

    @AfterEach
    void terminalBackToChinese() {
        Texts.use(Texts.Lang.ZH);
    }

    @ParameterizedTest(name = "session {0}, terminal {1}")
    @CsvSource(delimiter = '|', value = {
            "zh-CN | ZH",
            "zh-CN | EN",
            "en    | ZH",
            "en    | EN"})
    void theSessionsLanguageNotTheTerminalsIsRecorded(String locale, Texts.Lang terminal) throws Exception {
        Texts.use(terminal);
        Session session = session(locale);
        List<String> drawn = session.state().get(DrawBook.class).drawnIds("吴江区", RecordKind.PENALTY_CASE);
        ScoreTarget first = ScoringDecisions.locate(session.state(), drawn.get(0), null);
        ScoreTarget second = ScoringDecisions.locate(session.state(), drawn.get(1), null);
        session.append("张三", s -> ScoringDecisions.deduct(s, first, "B1", 1, null, "缺照片", Change.plain("张三")));
        session.append("张三", s -> ScoringDecisions.deduct(s, second, "B1", 1, null, "缺照片", Change.plain("张三")));
        session.append("张三", s -> ScoringDecisions.done(s, first, Change.plain("张三")));
        // the one who marked it done changes it again: reopened with the recorded reason
        session.append("张三", s -> ScoringDecisions.deduct(s, first, "C1", 1, null, "未送达", Change.plain("张三")));
        session.append("张三", s -> ScoringDecisions.clear(s, first, "C1", "误扣", Change.plain("张三")));
        session.append("张三", s -> FindingDecisions.group(s, List.of("F-001", "F-002"),
                new FindingEdits(null, null, "整改", io.jicha.finding.Deadline.days(30)), io.jicha.finding.Judge.NONE));

        List<Event> events = session.state().events();
        boolean zh = locale.startsWith("zh");
        assertThat(payloads(events, FindingEvents.PROPOSED, "text")).first().isEqualTo(zh
                ? drawn.get(0) + "：" + criterionText(session, "B1") + "——缺照片"
                : drawn.get(0) + ": " + criterionText(session, "B1") + " — 缺照片");
        assertThat(payloads(events, FindingEvents.PROPOSED, "requirement")).first().isEqualTo(zh
                ? "对照评查标准B1（" + criterionText(session, "B1") + "）逐项整改，完善相关材料"
                : "Rectify item by item against criterion B1 (" + criterionText(session, "B1")
                        + ") and complete the supporting documents");
        assertThat(payloads(events, ScoreEvents.REOPENED, "reason"))
                .containsExactly(zh ? "由原评查人修改" : "changed by the auditor who scored it");
        assertThat(payloads(events, FindingEvents.DROPPED, "reason")).containsExactly(
                zh ? "评分已撤销 (C1)" : "score cleared (C1)",
                zh ? "并入 F-004" : "merged into F-004",
                zh ? "并入 F-004" : "merged into F-004");
        String files = String.join(zh ? "、" : ", ", drawn.get(0), drawn.get(1));
        assertThat(payloads(events, FindingEvents.ADDED, "text")).containsExactly(zh
                ? "抽查的2份文件存在同类问题（" + files + "）"
                : "2 of the files sampled have the same problem (" + files + ")");

        // not recorded but derived: the history words a changed deadline in the session's language too
        session.append("张三", s -> FindingDecisions.edit(s.get(io.jicha.finding.FindingBook.class), "F-004",
                new FindingEdits(null, null, null, io.jicha.finding.Deadline.workdays(15)), java.util.Map.of()));
        List<io.jicha.finding.Finding.Change> history = session.state().get(io.jicha.finding.FindingBook.class)
                .require("F-004").history();
        assertThat(history.get(history.size() - 1).detail())
                .isEqualTo(zh ? "deadline 30日内→15个工作日内" : "deadline within 30 days→within 15 working days");
    }

    @ParameterizedTest(name = "session {0}, terminal {1}")
    @CsvSource(delimiter = '|', value = {
            "zh-CN | EN | 抽查的2份文件不符合“现场照片或录像能反映检查情况”（甲、乙）",
            "zh-CN | ZH | 抽查的2份文件不符合“现场照片或录像能反映检查情况”（甲、乙）",
            "en    | ZH | 2 of the files sampled do not meet \"现场照片或录像能反映检查情况\" (甲, 乙)"})
    void aGroupedFindingsDefaultTextNamesTheCriterionInTheSessionsLanguage(String locale, Texts.Lang terminal,
                                                                           String expected) throws Exception {
        Texts.use(terminal);
        Session session = session(locale);
        session.append("张三", s -> FindingDecisions.propose(s.get(io.jicha.finding.FindingBook.class), List.of(
                new io.jicha.finding.FindingProposal("吴江区", "甲", "E1", io.jicha.finding.Severity.MINOR, "甲：缺", "补", "score E1"),
                new io.jicha.finding.FindingProposal("吴江区", "乙", "E1", io.jicha.finding.Severity.MINOR, "乙：缺", "补", "score E1"))));
        io.jicha.finding.Judge judge = new io.jicha.finding.Judge() {
            @Override
            public java.util.Optional<Judged> criterion(String unit, String recordId, String code) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Judged> resolve(String unit, io.jicha.finding.CriterionRef ref) {
                return java.util.Optional.of(new Judged("r", "1", ref.code(), "现场照片或录像能反映检查情况"));
            }

            @Override
            public java.util.Map<io.jicha.finding.Severity, io.jicha.finding.Deadline> deadlines(String unit, String recordId) {
                return java.util.Map.of();
            }
        };
        session.append("张三", s -> FindingDecisions.group(s, List.of("F-001", "F-002"),
                new FindingEdits(null, null, "整改", io.jicha.finding.Deadline.days(30)), judge));
        assertThat(payloads(session.state().events(), FindingEvents.ADDED, "text")).containsExactly(expected);
    }

    private Session session(String locale) throws Exception {
        return new ScoringFixture(dir, locale).session;
    }

    private static String criterionText(Session session, String code) {
        return session.state().get(RubricBook.class).require("demo").rubric().requireCriterion(code).text();
    }

    private static List<String> payloads(List<Event> events, String type, String field) {
        return events.stream().filter(e -> e.type().equals(type)).map(e -> e.payload().path(field).asText()).toList();
    }
}
