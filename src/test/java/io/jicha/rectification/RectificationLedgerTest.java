package io.jicha.rectification;

import static io.jicha.rectification.LedgerJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jicha.common.UserError;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.FindingEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The states of the ledger as of a date, and the one-line refusals of the rectify decisions. */
class RectificationLedgerTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    final LedgerJournal j = LedgerJournal.withNotice();

    ItemState state(String id, String on) {
        return j.ledger(d(on)).item(id).orElseThrow().state();
    }

    @Test
    void anIssuedItemIsPendingUntilItsDueDateAndOverdueTheDayAfter() {
        assertThat(j.ledger(d("2016-11-10")).item("F-001").orElseThrow().due()).isEqualTo(d("2016-11-10"));
        assertThat(state("F-001", "2016-11-10")).isEqualTo(ItemState.PENDING);
        assertThat(state("F-001", "2016-11-11")).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void findingsOfAUnitWhoseNoticeIsNotIssuedAreNotInTheLedger() {
        j.finding("太仓市", new io.jicha.finding.Deadline.Due(d("2016-11-30")));
        assertThat(j.ledger(d("2016-12-31")).items()).extracting(Ledger.Item::id)
                .containsExactly("F-001", "F-002", "F-003");
    }

    @Test
    void aReportInTimeWaitsForItsCheckAndAPassedCheckClosesTheItemFromItsDate() {
        j.decide(b -> RectificationDecisions.report(b, "F-001", d("2016-11-08"), "措施", null, TODAY));
        assertThat(state("F-001", "2016-11-07")).isEqualTo(ItemState.PENDING);
        assertThat(state("F-001", "2016-11-30")).as("reported in time, not yet checked").isEqualTo(ItemState.REPORTED);
        j.decide(b -> RectificationDecisions.check(b, "F-001", d("2016-12-02"), CheckMethod.SITE, true, null, "到位",
                null, null, TODAY));
        Ledger.Item item = j.ledger(d("2016-12-31")).item("F-001").orElseThrow();
        assertThat(item.state()).isEqualTo(ItemState.CLOSED);
        assertThat(item.closedOn()).contains(d("2016-12-02"));
        assertThat(item.method()).contains(CheckMethod.SITE);
        assertThat(item.lastReport().measures()).isEqualTo("措施");
    }

    @Test
    void aReportAfterTheDueDateLeavesTheItemOverdue() {
        j.decide(b -> RectificationDecisions.report(b, "F-001", d("2016-11-15"), "措施", null, TODAY));
        assertThat(state("F-001", "2016-11-20")).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void aFailedCheckSendsTheItemBackWithANewDueDateAndItFallsOverdueAfterIt() {
        j.decide(b -> RectificationDecisions.report(b, "F-002", d("2016-11-18"), "措施", null, TODAY));
        j.decide(b -> RectificationDecisions.check(b, "F-002", d("2016-11-25"), CheckMethod.PAPER, null, true, "不到位",
                d("2016-12-15"), null, TODAY));
        assertThat(state("F-002", "2016-12-15")).isEqualTo(ItemState.RETURNED);
        assertThat(j.ledger(d("2016-12-15")).item("F-002").orElseThrow().due()).isEqualTo(d("2016-12-15"));
        assertThat(state("F-002", "2016-12-16")).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void anExtensionMovesTheDueDateAndLastingClosesTheItem() {
        j.decide(b -> RectificationDecisions.extend(b, "F-001", d("2016-11-08"), d("2017-01-20"), "工作量大", false, TODAY));
        assertThat(state("F-001", "2016-12-31")).isEqualTo(ItemState.EXTENDED);
        assertThat(state("F-001", "2017-01-21")).isEqualTo(ItemState.OVERDUE);
        j.decide(b -> RectificationDecisions.lasting(b, "F-002", d("2016-11-09"), "制度（吴环〔2016〕90号）", null, TODAY));
        assertThat(state("F-002", "2016-12-31")).isEqualTo(ItemState.LASTING);
        assertThat(j.ledger(d("2016-12-31")).item("F-002").orElseThrow().closedOn()).contains(d("2016-11-09"));
    }

    @Test
    void anExtensionAfterTheDueDateNeedsTheOverrideAndIsRecordedAsOne() {
        assertThatThrownBy(() -> j.decide(b -> RectificationDecisions.extend(b, "F-001", d("2016-11-15"),
                d("2016-12-20"), "理由", false, TODAY))).isInstanceOf(UserError.class)
                .hasMessage("F-001 was due 2016-11-10, which has passed: an extension after the due date needs"
                        + " --override with --reason");
        List<?> made = j.decide(b -> RectificationDecisions.extend(b, "F-001", d("2016-11-15"), d("2016-12-20"), "理由",
                true, TODAY));
        assertThat(made).hasSize(1);
        assertThat(j.events().get(j.events().size() - 1).payload().get("override").asBoolean()).isTrue();
        assertThat(state("F-001", "2016-12-01")).isEqualTo(ItemState.EXTENDED);
    }

    @Test
    void anOlderReleasesFindingResolvedReplaysAsClosedWithItsEvidence() {
        j.findings(b -> FindingDecisions.resolve(b, "F-003", "自查台账在卷", d("2016-12-20")));
        assertThat(j.events().get(j.events().size() - 1).type()).isEqualTo(FindingEvents.RESOLVED);
        Ledger.Item item = j.ledger(d("2016-12-31")).item("F-003").orElseThrow();
        assertThat(item.state()).isEqualTo(ItemState.CLOSED);
        assertThat(item.closedOn()).contains(d("2016-12-20"));
        assertThat(((RectificationBook.Resolved) item.closing()).evidence()).isEqualTo("自查台账在卷");
        assertThat(state("F-003", "2016-12-19")).isEqualTo(ItemState.PENDING);
    }

    @Test
    void everyStateIsShownOnOneDay() {
        j.finding("吴江区", new io.jicha.finding.Deadline.Due(d("2016-12-31")));   // F-004, issued late: due fixed
        j.finding("吴江区", new io.jicha.finding.Deadline.Due(d("2016-12-31")));   // F-005
        j.finding("吴江区", new io.jicha.finding.Deadline.Due(d("2016-12-31")));   // F-006
        j.finding("吴江区", new io.jicha.finding.Deadline.Due(d("2016-12-31")));   // F-007
        j.decide(b -> RectificationDecisions.report(b, "F-002", d("2016-11-18"), "措施", null, TODAY));
        j.decide(b -> RectificationDecisions.check(b, "F-002", d("2016-11-20"), CheckMethod.PAPER, true, null, "到位",
                null, null, TODAY));
        j.decide(b -> RectificationDecisions.report(b, "F-004", d("2016-12-20"), "措施", null, TODAY));
        j.decide(b -> RectificationDecisions.check(b, "F-005", d("2016-12-20"), CheckMethod.SITE, null, true, "不到位",
                d("2017-01-10"), null, TODAY));
        j.decide(b -> RectificationDecisions.extend(b, "F-006", d("2016-12-01"), d("2017-01-31"), "理由", false, TODAY));
        j.decide(b -> RectificationDecisions.lasting(b, "F-007", d("2016-12-01"), "制度", null, TODAY));
        assertThat(j.ledger(d("2016-12-31")).items()).extracting(Ledger.Item::state).containsExactly(
                ItemState.OVERDUE, ItemState.CLOSED, ItemState.PENDING, ItemState.REPORTED, ItemState.RETURNED,
                ItemState.EXTENDED, ItemState.LASTING);
        assertThat(j.ledger(d("2016-12-31")).counts(null).values()).containsOnly(1);
    }

    @Test
    void aSupervisionNoticeNamesTheItemsOverdueOnItsDateAndAReprintRecordsNothing() {
        RectificationDecisions.Supervision s = RectificationDecisions.supervise(j.books(), "吴江区", d("2016-12-05"),
                "苏环稽〔2016〕31号", d("2016-12-20"), "s.pdf", TODAY);
        assertThat(s.items()).extracting(Ledger.Item::id).containsExactly("F-001", "F-002");
        s.events().forEach(e -> j.record(e.type(), e.payload()));
        RectificationDecisions.Supervision again = RectificationDecisions.supervise(j.books(), "吴江区", d("2016-12-05"),
                "苏环稽〔2016〕31号", d("2016-12-20"), "s.pdf", TODAY);
        assertThat(again.events()).isEmpty();
        assertThat(again.items()).extracting(Ledger.Item::id).containsExactly("F-001", "F-002");
        RectificationBook.Escalated e = j.books().book().escalations().get(0);
        assertThat(e.to()).isEqualTo(Escalation.SUPERVISE);
        assertThat(e.ids()).containsExactly("F-001", "F-002");
        assertThat(e.due()).isEqualTo(d("2016-12-20"));
    }

    static Stream<Arguments> refusals() {
        LocalDate today = TODAY;
        return Stream.of(
                refusal("an unknown finding", b -> RectificationDecisions.report(b, "F-099", d("2016-11-01"), "措施", null, today),
                        "no finding F-099"),
                refusal("a date before the notice", b -> RectificationDecisions.report(b, "F-001", d("2016-10-19"), "措施", null, today),
                        "the date 2016-10-19 is before 吴江区's notice, issued 2016-10-20"),
                refusal("a date after today", b -> RectificationDecisions.report(b, "F-001", d("2017-03-02"), "措施", null, today),
                        "the date 2017-03-02 is after today (2017-03-01): record it once it has happened"),
                refusal("--passed with --failed", b -> RectificationDecisions.check(b, "F-001", d("2016-11-01"), CheckMethod.PAPER,
                        true, true, "看了", null, null, today), "give --passed or --failed, not both"),
                refusal("neither --passed nor --failed", b -> RectificationDecisions.check(b, "F-001", d("2016-11-01"),
                        CheckMethod.PAPER, null, null, "看了", null, null, today), "give the outcome of the check"),
                refusal("--failed without a new due date", b -> RectificationDecisions.check(b, "F-001", d("2016-11-01"),
                        CheckMethod.PAPER, null, true, "看了", null, null, today), "F-001 failed its check: give the new due date with --due"),
                refusal("a new due date before the check", b -> RectificationDecisions.check(b, "F-001", d("2016-11-01"),
                        CheckMethod.PAPER, null, true, "看了", d("2016-10-30"), null, today),
                        "the new due date 2016-10-30 must be after 2016-11-01"),
                refusal("an empty note", b -> RectificationDecisions.check(b, "F-001", d("2016-11-01"), CheckMethod.PAPER,
                        true, null, " ", null, null, today), "--note must not be empty"),
                refusal("an extension not later than the due date", b -> RectificationDecisions.extend(b, "F-001", d("2016-11-01"),
                        d("2016-11-10"), "理由", false, today), "the extended due date 2016-11-10 must be after F-001's current due date 2016-11-10"),
                refusal("a unit whose notice is not issued", b -> RectificationDecisions.receive(b, "太仓市", d("2016-11-01"), null,
                        null, today), "the notice of 太仓市 is not issued yet"),
                refusal("supervising a unit with nothing overdue", b -> RectificationDecisions.supervise(b, "吴江区",
                        d("2016-11-01"), "苏环稽〔2016〕31号", d("2016-11-20"), "s.pdf", today).events(),
                        "吴江区 has no overdue items on 2016-11-01: nothing to supervise"));
    }

    static Arguments refusal(String what, Function<RectificationDecisions.Books, List<io.jicha.journal.NewEvent>> decide,
                             String message) {
        return Arguments.of(what, decide, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void badInputIsOneLineAndWritesNothing(String what, Function<RectificationDecisions.Books, List<io.jicha.journal.NewEvent>> decide,
                                           String message) {
        int before = j.events().size();
        assertThatThrownBy(() -> j.decide(decide)).isInstanceOf(UserError.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(j.events()).hasSize(before);
    }

    @Test
    void checkingAFindingThatIsNotAcceptedIsRefused() {
        j.findings(b -> FindingDecisions.withdraw(b, "F-003", "重复"));
        assertThatThrownBy(() -> j.decide(b -> RectificationDecisions.check(b, "F-003", d("2016-11-01"),
                CheckMethod.PAPER, true, null, "看了", null, null, TODAY))).isInstanceOf(UserError.class)
                .hasMessage("F-003 is withdrawn, not in a notice: only accepted findings are in the rectification ledger");
    }

    @Test
    void aClosedItemTakesNoMoreActions() {
        j.decide(b -> RectificationDecisions.check(b, "F-001", d("2016-11-01"), CheckMethod.PAPER, true, null, "到位",
                null, null, TODAY));
        assertThatThrownBy(() -> j.decide(b -> RectificationDecisions.report(b, "F-001", d("2016-11-02"), "措施", null,
                TODAY))).isInstanceOf(UserError.class).hasMessage("F-001 was closed on 2016-11-01: nothing more can be recorded for it");
    }

    @Test
    void fsckFindsAnEventThatBreaksTheRulesAndPassesASoundLedger() {
        j.recordFrom(Instant.parse("2017-01-05T02:00:00Z"));
        j.decide(b -> RectificationDecisions.check(b, "F-001", d("2016-11-01"), CheckMethod.PAPER, true, null, "到位",
                null, null, TODAY));
        assertThat(RectificationCheck.check(j.events())).isEmpty();
        // written by hand: a check of a closed item, and a report dated before the notice
        j.record(RectificationEvents.REPORTED, new RectificationEvents.Reported("F-001", d("2016-11-05"), "措施", null));
        j.record(RectificationEvents.REPORTED, new RectificationEvents.Reported("F-002", d("2016-10-01"), "措施", null));
        assertThat(RectificationCheck.check(j.events())).containsExactly(
                "rectification ledger: journal event #6 (rectification.reported): F-001 was closed before",
                "rectification ledger: journal event #7 (rectification.reported): the date 2016-10-01 is before 吴江区's notice, issued 2016-10-20");
    }
}
