package io.jicha.scoring;

import io.jicha.common.UserError;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingStatus;
import io.jicha.journal.NewEvent;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scoring through a real session journal, against the demo rubric of the test resources
 * (A1 veto; B1 4 points, 0.5 per occurrence; B2 8 points all-or-nothing; C1 8 points, 2 per occurrence;
 * grades 优秀 ≥ 18, 合格 ≥ 12, 不合格).
 */
class ScoringTest extends ScoringFixtureTest {

    private ScoreSheet sheet(ScoreTarget t) {
        return fixture.sheet(t);
    }

    @Test
    void halvesAreExactAndDeductionsCapAtTheCriterionsPoints() {
        ScoreTarget t = file(0);
        deduct("张三", t, "B1", 3, null);
        assertThat(sheet(t).total()).isEqualByComparingTo("18.5");
        deduct("张三", t, "B1", null, "2.5");
        assertThat(sheet(t).remaining("B1")).isEqualByComparingTo("0");
        assertThatThrownBy(() -> deduct("张三", t, "B1", null, "0.5"))
                .isInstanceOf(UserError.class).hasMessageContaining("deduct at most 0");
        deduct("张三", t, "B1", 5, null); // --times caps at zero: 扣完为止
        deduct("张三", t, "C1", 7, null); // 7 × 2 capped at 8
        ScoreSheet s = sheet(t);
        assertThat(s.total()).isEqualByComparingTo("8");
        assertThat(s.sections().get(1).score()).isEqualByComparingTo("8");
        assertThat(s.sections().get(2).score()).isEqualByComparingTo("0");
        assertThat(s.grade()).isEqualTo("不合格");
        assertThatThrownBy(() -> deduct("张三", t, "B2", null, "3")).hasMessageContaining("all or nothing");
        assertThatThrownBy(() -> deduct("张三", t, "B2", null, "0.3")).hasMessageContaining("multiple of 0.5");
        assertThatThrownBy(() -> deduct("张三", t, "B2", 0, null)).hasMessageContaining("positive");
    }

    @Test
    void anAllOrNothingItemNeedsNoTimesButAPerOccurrenceItemDoes() {
        ScoreTarget t = file(1);
        deduct("张三", t, "B2", null, null); // issue 26: --times defaults to 1 where the item is all-or-nothing
        assertThat(sheet(t).total()).isEqualByComparingTo("12"); // 20 points, B2 8 of them
        assertThatThrownBy(() -> deduct("张三", t, "C1", null, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("--times K or --points P");
    }

    @Test
    void aVetoFailsTheFileWhateverItsPoints() {
        ScoreTarget t = file(1);
        session.append("张三", s -> ScoringDecisions.veto(s, t, "A1", "无执法证件号", Change.plain("张三")));
        ScoreSheet s = sheet(t);
        assertThat(s.total()).isEqualByComparingTo("20");
        assertThat(s.vetoes()).containsExactly("A1");
        assertThat(s.grade()).isEqualTo("不合格");
        assertThatThrownBy(() -> deduct("张三", t, "A1", 1, null)).hasMessageContaining("veto criterion");
        assertThatThrownBy(() -> session.append("张三", st -> ScoringDecisions.veto(st, t, "B1", "x", Change.plain("张三"))))
                .hasMessageContaining("not a veto criterion").hasMessageContaining("A1");
        session.append("张三", st -> ScoringDecisions.clear(st, t, "A1", "核实后有证件", Change.plain("张三")));
        assertThat(sheet(t).grade()).isEqualTo("优秀");
    }

    @Test
    void onlyDrawnFilesAndKnownCriteriaCanBeScored() {
        String notDrawn = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "吴环罚字〔2016〕" + i + "号")
                .filter(id -> !drawn.contains(id)).findFirst().orElseThrow();
        assertThatThrownBy(() -> ScoringDecisions.locate(session.state(), notDrawn, null))
                .isInstanceOf(UserError.class).hasMessageContaining("not among the drawn files");
        assertThatThrownBy(() -> deduct("张三", file(0), "B7", 1, null))
                .hasMessageContaining("no criterion B7").hasMessageContaining("B1");
    }

    @Test
    void deductionsProposeFindingsAndClearingDropsThem() {
        ScoreTarget t = file(2);
        deduct("张三", t, "C1", 1, null);
        List<Finding> proposed = session.state().get(FindingBook.class).forUnit("吴江区");
        assertThat(proposed).hasSize(1);
        assertThat(proposed.get(0).status()).isEqualTo(FindingStatus.PROPOSED);
        assertThat(proposed.get(0).recordId()).isEqualTo(t.id());
        assertThat(proposed.get(0).text()).contains("送达回证").contains("见卷第C1项");
        session.append("张三", s -> ScoringDecisions.clear(s, t, "C1", "误扣", Change.plain("张三")));
        assertThat(session.state().get(FindingBook.class).forUnit("吴江区").get(0).status()).isEqualTo(FindingStatus.DROPPED);
    }

    @Test
    void scoreEventsCarryTheReviewDayAndOldOnesFallBackToTheDayTheyWereRecorded() {
        ScoreTarget dated = file(0);
        LocalDate oct12 = LocalDate.of(2016, 10, 12);
        Change onOct12 = new Change("张三", false, null, false, oct12, LocalDate.of(2026, 11, 29));
        session.append("张三", s -> ScoringDecisions.deduct(s, dated, "C1", 1, null, "无签名", onOct12));
        session.append("张三", s -> ScoringDecisions.done(s, dated, onOct12));
        ScoreTarget old = file(1);
        session.append("张三", s -> ScoringDecisions.done(s, old, Change.plain("张三")));   // as journals before 'on' existed

        List<io.jicha.journal.Event> done = session.state().events().stream()
                .filter(e -> e.type().equals(ScoreEvents.DONE)).toList();
        assertThat(done.get(0).payload().path("on").asText()).isEqualTo("2016-10-12");
        assertThat(done.get(1).payload().has("on")).as("an absent day is left out of the JSON").isFalse();
        ScoreBook book = session.state().get(ScoreBook.class);
        ScoreBook.DoneMark datedMark = book.of(dated).flatMap(ScoreBook.Scoring::done).orElseThrow();
        assertThat(datedMark.day(java.time.ZoneId.of("America/Los_Angeles"))).isEqualTo(oct12);
        assertThat(datedMark.dayRecorded()).isTrue();
        ScoreBook.DoneMark oldMark = book.of(old).flatMap(ScoreBook.Scoring::done).orElseThrow();
        assertThat(oldMark.dayRecorded()).isFalse();
        assertThat(oldMark.day(java.time.ZoneId.of("Asia/Shanghai"))).isEqualTo(done.get(1).ts().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
    }

    @Test
    void anotherAuditorNeedsAnOverrideAndTheReplacedScoringStaysInTheHistory() {
        ScoreTarget t = file(0);
        deduct("张三", t, "B1", 2, null);
        session.append("张三", s -> ScoringDecisions.done(s, t, Change.plain("张三")));
        assertThatThrownBy(() -> deduct("李四", t, "C1", 1, null))
                .hasMessageContaining("marked done by 张三").hasMessageContaining("--override");
        assertThatThrownBy(() -> session.append("李四", s -> ScoringDecisions.deduct(s, t, "C1", 1, null, "x",
                new Change("李四", true, null, false)))).hasMessageContaining("--reason");
        session.append("李四", s -> ScoringDecisions.deduct(s, t, "C1", 1, null, "送达回证无签收日期",
                new Change("李四", true, "复核发现漏扣", false)));
        ScoreBook.Scoring scoring = session.state().get(ScoreBook.class).of(t).orElseThrow();
        assertThat(scoring.done()).isEmpty();
        // the history holds typed changes; the words are the bundles'
        assertThat(scoring.history()).extracting(ScoreBook.HistoryLine::change)
                .anySatisfy(c -> {
                    assertThat(c.action()).isEqualTo(ScoreBook.Action.OVERRIDDEN);
                    assertThat(c.doneBy()).isEqualTo("张三");
                    assertThat(io.jicha.common.Texts.bundle("score", io.jicha.common.Texts.Lang.ZH)
                            .getProperty(c.key())).isEqualTo("覆盖 {0} 已完成的评查：{1}");
                    assertThat(c.args()).containsExactly("张三", "复核发现漏扣");
                })
                .anySatisfy(c -> assertThat(c.action()).isEqualTo(ScoreBook.Action.DONE));
        assertThat(sheet(t).total()).isEqualByComparingTo("17");
    }

    @Test
    void finalizeIsRefusedWhileFilesAreUnreviewedAndLaterChangesAreAmendments() {
        List<String> open = ReviewSummary.unreviewed(session.state());
        assertThat(open).hasSize(4).allSatisfy(s -> assertThat(s).contains("吴江区"));
        for (int i = 0; i < 4; i++) {
            ScoreTarget t = file(i);
            if (i == 3) {
                deduct("李四", t, "B1", 1, null);
            }
            session.append("李四", s -> ScoringDecisions.done(s, t, Change.plain("李四")));
        }
        assertThat(ReviewSummary.unreviewed(session.state())).isEmpty();
        session.append("张三", new NewEvent(SessionEvents.FINALIZED, new SessionEvents.Finalized(false, null, List.of())));

        ScoreTarget t = file(3);
        assertThatThrownBy(() -> deduct("张三", t, "C1", 1, null)).hasMessageContaining("score amend");
        session.append("张三", s -> ScoringDecisions.deduct(s, t, "C1", 1, null, "送达回证缺失",
                new Change("张三", false, "整改复核时发现", true)));
        assertThat(session.state().get(ScoreBook.class).amendments()).hasSize(1)
                .first().satisfies(a -> assertThat(a.amendment()).isEqualTo("整改复核时发现"));
        assertThat(sheet(t).total()).isEqualByComparingTo("17.5");
    }

    @Test
    void everythingIsReplayedFromTheJournalAfterARestart() {
        ScoreTarget t = file(1);
        deduct("张三", t, "B1", 1, null);
        deduct("张三", t, "C1", 1, null);
        session.append("张三", s -> ScoringDecisions.done(s, t, Change.plain("张三")));
        ScoreSheet before = sheet(t);

        SessionState reopened = new Workspace(dir.resolve("ws")).open("review").state();
        ScoreSheet after = ScoringDecisions.sheet(reopened, t);
        assertThat(after.total()).isEqualByComparingTo(before.total()).isEqualByComparingTo("17.5");
        assertThat(after.grade()).isEqualTo("合格");
        assertThat(after.done()).isPresent();
        ReviewSummary summary = ReviewSummary.of(reopened);
        ReviewSummary.KindResult k = summary.units().get(0).kinds().get(0);
        assertThat(k.reviewed()).isEqualTo(1);
        assertThat(k.meanScore()).isEqualByComparingTo("17.5");
        assertThat(k.evaluation()).isPresent();
        assertThat(io.jicha.report.EvaluationWords.forSession(reopened.info().locale()).unit(k.evaluation().get(), "吴江区", k.kind()))
                .contains("吴江区").contains("95%");
    }
}
