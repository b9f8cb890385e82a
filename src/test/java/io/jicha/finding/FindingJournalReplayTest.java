package io.jicha.finding;

import static io.jicha.finding.FindingLifecycleTest.RUBRIC;
import static io.jicha.finding.WorkdayCalendarTest.SHIPPED;
import static io.jicha.finding.WorkdayCalendarTest.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.jicha.journal.NewEvent;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings written through the real journal and replayed by a fresh process's view of it. */
class FindingJournalReplayTest {

    record Deducted(String record, String code, String note) {
    }

    @Test
    void proposalsDecisionsNoticeAndFinalizeReplayFromTheJournalOnDisk(@TempDir Path root) {
        Session s = new Workspace(root).create(new SessionInfo("sz", d("2016-10-10"), d("2016-10-13"),
                List.of("吴江区"), List.of("张三", "李四"), "zh-CN", null), "张三");

        // what the scoring engine does: a deduction and its proposal in one append
        s.append("李四", state -> {
            List<NewEvent> events = new ArrayList<>();
            events.add(new NewEvent("score.deducted", new Deducted("WJ-2016-031", "B1", "第3页无签名")));
            events.addAll(FindingDecisions.propose(state.get(FindingBook.class), List.of(new FindingProposal(
                    "吴江区", "WJ-2016-031", "B1", Severity.MAJOR, "询问笔录逐页签名：第3页无签名", null, "deduction"))));
            return events;
        });
        s.append("张三", state -> FindingDecisions.accept(state.get(FindingBook.class), "F1",
                new FindingEdits(null, null, "补正询问笔录签名", null), RUBRIC));
        s.append("张三", state -> FindingDecisions.add(state.get(FindingBook.class), new AddFinding("吴江区", null, null,
                Severity.MINOR, "卷宗目录不全", "补全目录", Deadline.days(30), null), RUBRIC));
        s.append("张三", new NewEvent(SessionEvents.FINALIZED, Map.of()));
        s.append("张三", new NewEvent(FindingEvents.NOTICE_ISSUED, Map.of("unit", "吴江区", "issued", "2016-09-30")));

        FindingBook book = new Workspace(root).open("sz").state().get(FindingBook.class);
        assertThat(book.isFinalized()).isTrue();
        assertThat(book.issuedOn("吴江区")).contains(d("2016-09-30"));
        Finding f1 = book.require("F-001");
        assertThat(f1.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(f1.proposedBy()).isEqualTo("李四");
        assertThat(f1.acceptedBy()).isEqualTo("张三");
        assertThat(f1.deadline()).isEqualTo(Deadline.workdays(15));
        // 15 working days from 2016-09-30: 10-08, 10-09, then 10-10..10-14 (7), 10-17..10-21 (12), 10-24..10-26 (15)
        assertThat(book.dueDate(f1, SHIPPED)).contains(d("2016-10-26"));
        assertThat(book.overdue(d("2016-10-27"), SHIPPED)).extracting(Finding::id).containsExactly("F-001");
        assertThat(book.overdue(d("2016-11-01"), SHIPPED)).extracting(Finding::id).containsExactly("F-001", "F-002");
        assertThat(book.forNotice("吴江区")).hasSize(2);
    }
}
