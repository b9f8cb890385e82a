package io.jicha.finding;

import static io.jicha.finding.FindingLifecycleTest.RUBRIC;
import static io.jicha.finding.FindingLifecycleTest.add;
import static io.jicha.finding.WorkdayCalendarTest.SHIPPED;
import static io.jicha.finding.WorkdayCalendarTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jicha.common.UserError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingBookTest {

    final TestJournal journal = new TestJournal();

    @Test
    void ruleDeadlinesBecomeDatesOnlyWhenTheUnitsNoticeIsIssued() {
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.SEVERE, null), RUBRIC));
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, Deadline.due(d("2016-11-30"))), RUBRIC));
        FindingBook before = journal.book();
        assertThat(before.issuedOn("吴江区")).isEmpty();
        assertThat(before.dueDate(before.require("F-001"), SHIPPED)).isEmpty();
        assertThat(before.dueDate(before.require("F-002"), SHIPPED)).contains(d("2016-11-30"));

        journal.issueNotice("吴江区", d("2016-09-30"));
        FindingBook after = journal.book();
        assertThat(after.issuedOn("吴江区")).contains(d("2016-09-30"));
        assertThat(after.dueDate(after.require("F-001"), SHIPPED)).contains(d("2016-10-12"));
    }

    @Test
    void overdueListsAcceptedUnresolvedFindingsPastTheirDueDate() {
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.SEVERE, null), RUBRIC));   // 5 wd
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.SEVERE, null), RUBRIC));   // resolved
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.SEVERE, null), RUBRIC));   // withdrawn
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, null), RUBRIC));    // 30 d
        journal.append("张三", b -> FindingDecisions.add(b, add("太仓市", Severity.SEVERE, null), RUBRIC));   // no notice
        journal.append("张三", b -> FindingDecisions.resolve(b, "F-002", "已整改", d("2016-10-11")));
        journal.append("张三", b -> FindingDecisions.withdraw(b, "F-003", "重复"));
        journal.issueNotice("吴江区", d("2016-09-30"));

        FindingBook book = journal.book();
        assertThat(book.overdue(d("2016-10-12"), SHIPPED)).as("due today is not late").isEmpty();
        assertThat(book.overdue(d("2016-10-13"), SHIPPED)).extracting(Finding::id).containsExactly("F-001");
        // 30 days from 09-30 is Sunday 10-30 → Monday 10-31
        assertThat(book.overdue(d("2016-10-31"), SHIPPED)).extracting(Finding::id).containsExactly("F-001");
        assertThat(book.overdue(d("2016-11-01"), SHIPPED)).extracting(Finding::id).containsExactly("F-001", "F-004");
        assertThat(book.overdue(d("2016-11-01"), Map.of("太仓市", d("2016-09-30")), SHIPPED))
                .as("issue dates given per unit").extracting(Finding::id).containsExactly("F-005");
    }

    @Test
    void issuingANoticeChecksEveryDeadlineOfTheUnit() {
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, Deadline.due(d("2016-10-20"))), RUBRIC));
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.SEVERE, null), RUBRIC));
        FindingBook book = journal.book();
        assertThat(book.dueDatesForNotice("吴江区", d("2016-09-30"), SHIPPED))
                .containsExactly(Map.entry("F-001", d("2016-10-20")), Map.entry("F-002", d("2016-10-12")));
        assertThatThrownBy(() -> book.dueDatesForNotice("吴江区", d("2016-10-31"), SHIPPED))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("F-001: due date 2016-10-20 is before the notice's issue date 2016-10-31");
    }

    @Test
    void replayingTheSameEventsGivesTheSameFindingsAndIgnoresOtherCapabilities() {
        journal.record("张三", "score.deducted", Map.of("record", "WJ-2016-031", "code", "A3", "points", "0.5"));
        journal.append("李四", b -> FindingDecisions.propose(b, java.util.List.of(
                new FindingProposal("吴江区", "WJ-2016-031", "A3", Severity.MINOR, "无签名", null, "deduction"))));
        journal.append("张三", b -> FindingDecisions.accept(b, "F-001", new FindingEdits(null, null, "补正", null), RUBRIC));
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MAJOR, Deadline.workdays(10)), RUBRIC));
        journal.append("张三", b -> FindingDecisions.withdraw(b, "F-002", "重复"));
        FindingBook first = journal.book();
        FindingBook second = new FindingBook();
        journal.events().forEach(second::apply);
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.findings()).extracting(Finding::status)
                .containsExactly(FindingStatus.ACCEPTED, FindingStatus.WITHDRAWN);
        assertThat(second.forNotice("吴江区")).extracting(Finding::id).containsExactly("F-001");
        assertThat(second.noticeCountsBySeverity("吴江区"))
                .containsExactly(Map.entry(Severity.MINOR, 1), Map.entry(Severity.MAJOR, 0), Map.entry(Severity.SEVERE, 0));
    }
}
