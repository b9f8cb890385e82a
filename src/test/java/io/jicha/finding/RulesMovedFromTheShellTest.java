package io.jicha.finding;

import io.jicha.common.UserError;
import io.jicha.session.SessionDecisions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules that the shell used to decide and now live in the domain (issue 22): the notice's options,
 * a rectification dated in the future, a new session's units, locale and the review it follows.
 */
class RulesMovedFromTheShellTest {

    private static final LocalDate ISSUED = LocalDate.of(2016, 11, 1);

    @Test
    void aNoticeOptionGivenEmptyIsRefusedNamingTheOption() {
        Map<String, String> named = new LinkedHashMap<>();
        named.put("--authority", null);
        named.put("--title", "  ");
        assertThatThrownBy(() -> FindingDecisions.checkNoticeOptions(named, ISSUED, null))
                .isInstanceOf(UserError.class).hasMessageContaining("--title");
        named.put("--title", "关于整改的通知");
        FindingDecisions.checkNoticeOptions(named, ISSUED, null); // not given at all is fine
    }

    @Test
    void anEmptySignerOfAnUpwardReportIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> FindingDecisions.checkGivenOptions(java.util.Collections.singletonMap("--signer", " ")))
                .isInstanceOf(UserError.class).hasMessageContaining("--signer");
        FindingDecisions.checkGivenOptions(java.util.Collections.singletonMap("--signer", null)); // not given
        FindingDecisions.checkGivenOptions(Map.of("--signer", "王建国"));
    }

    @Test
    void thePrintingDateMayNotPrecedeTheIssueDate() {
        assertThatThrownBy(() -> FindingDecisions.checkNoticeOptions(Map.of(), ISSUED, ISSUED.minusDays(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("2016-10-31").hasMessageContaining("2016-11-01");
        FindingDecisions.checkNoticeOptions(Map.of(), ISSUED, ISSUED);
        FindingDecisions.checkNoticeOptions(Map.of(), ISSUED, ISSUED.plusDays(2));
    }

    @Test
    void aRectificationAfterTodayIsNotRecordedAndNothingIsWritten() {
        TestJournal journal = new TestJournal();
        journal.append("张三", b -> FindingDecisions.add(b, new AddFinding("吴江区", null, null, Severity.MINOR,
                "未公开", "公开", Deadline.days(30), null), Map.of()));
        int before = journal.events().size();
        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.resolve(b, "F-001", "已公开",
                ISSUED.plusDays(1), ISSUED))).isInstanceOf(UserError.class).hasMessageContaining("2016-11-02");
        assertThat(journal.events()).hasSize(before);
        journal.append("张三", b -> FindingDecisions.resolve(b, "F-001", "已公开", null, ISSUED));
        assertThat(journal.book().require("F-001").resolution().date()).isEqualTo(ISSUED);
    }

    @Test
    void unitsWithFullNamesAreParsedAndAUnitNamedTwiceOrAnEmptySideIsRefused() {
        SessionDecisions.Units u = SessionDecisions.units(List.of("吴江区=苏州市吴江区环境保护局", "太仓市"), "…");
        assertThat(u.units()).containsExactly("吴江区", "太仓市");
        assertThat(u.fullNames()).containsExactly(Map.entry("吴江区", "苏州市吴江区环境保护局"));
        assertThatThrownBy(() -> SessionDecisions.units(List.of("吴江区", "吴江区=苏州市吴江区环境保护局"), "吴江区,吴江区=…"))
                .isInstanceOf(UserError.class).hasMessageContaining("--units");
        assertThatThrownBy(() -> SessionDecisions.units(List.of("吴江区="), "吴江区="))
                .isInstanceOf(UserError.class).hasMessageContaining("吴江区=");
        assertThatThrownBy(() -> SessionDecisions.units(List.of("=苏州市吴江区环境保护局"), "x"))
                .isInstanceOf(UserError.class);
    }

    @Test
    void aSessionFollowsAnotherExistingSessionNotItself() {
        assertThat(SessionDecisions.follows("review-2017", " review-2016 ", List.of("review-2016"))).isEqualTo("review-2016");
        assertThatThrownBy(() -> SessionDecisions.follows("review-2016", "review-2016", List.of("review-2016")))
                .isInstanceOf(UserError.class);
        assertThatThrownBy(() -> SessionDecisions.follows("review-2017", "review-2015", List.of("review-2016")))
                .isInstanceOf(UserError.class).hasMessageContaining("review-2015");
        assertThat(SessionDecisions.locale(null)).isEqualTo("zh-CN");
        assertThatThrownBy(() -> SessionDecisions.locale("fr")).isInstanceOf(UserError.class).hasMessageContaining("fr");
    }

    @Test
    void aUnitWithoutRecordsIsRefusedByThePopulationsAndASessionWithoutDrawsByTheDraws() {
        io.jicha.record.PopulationBook none = new io.jicha.record.PopulationBook();
        assertThatThrownBy(() -> none.requireAnyImport("吴江区")).isInstanceOf(UserError.class).hasMessageContaining("吴江区");
        assertThatThrownBy(() -> none.requireCount("吴江区", io.jicha.record.RecordKind.PENALTY_CASE))
                .isInstanceOf(UserError.class).hasMessageContaining("吴江区");
        assertThatThrownBy(() -> new io.jicha.sampling.DrawBook().requireCurrentDraws(null, null))
                .isInstanceOf(UserError.class);
    }
}
