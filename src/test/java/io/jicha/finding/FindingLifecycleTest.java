package io.jicha.finding;

import static io.jicha.finding.WorkdayCalendarTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jicha.common.UserError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingLifecycleTest {

    static final Map<Severity, Deadline> RUBRIC = Map.of(
            Severity.MINOR, Deadline.days(30), Severity.MAJOR, Deadline.workdays(15), Severity.SEVERE, Deadline.workdays(5));

    final TestJournal journal = new TestJournal();

    static AddFinding add(String unit, Severity severity, Deadline deadline) {
        return new AddFinding(unit, "WJ-2016-031", "A3", severity, "询问笔录第3页无被询问人签名",
                "补正询问笔录签名，规范询问程序", deadline, null);
    }

    static FindingProposal proposal(String record, String code, String note) {
        return new FindingProposal("吴江区", record, code, Severity.MAJOR, "调查询问笔录应有被询问人签名：" + note,
                null, "deduction");
    }

    @Test
    void aFindingWrittenDirectlyIsAcceptedWithTheRubricDefaultForItsSeverity() {
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MAJOR, null), RUBRIC));
        Finding f = journal.book().require("F1");
        assertThat(f.id()).isEqualTo("F-001");
        assertThat(f.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(f.acceptedBy()).isEqualTo("张三");
        assertThat(f.acceptedAt()).isNotNull();
        assertThat(f.proposedBy()).isNull();
        assertThat(f.deadline()).isEqualTo(Deadline.workdays(15));
        assertThat(f.defaultDeadline()).isTrue();
        assertThat(f.recordId()).isEqualTo("WJ-2016-031");
        assertThat(f.criterionCode()).isEqualTo("A3");
    }

    @Test
    void withoutADeadlineOptionOrRubricDefaultsAddingIsRefused() {
        assertThatThrownBy(() -> FindingDecisions.add(new FindingBook(), add("吴江区", Severity.MINOR, null), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage("no deadline for F-001: no rubric default deadlines are available;"
                        + " give --days N, --workdays N or --due yyyy-MM-dd");
        assertThat(FindingDecisions.add(new FindingBook(), add("吴江区", Severity.MINOR, Deadline.days(20)), Map.of()))
                .hasSize(1);
    }

    @Test
    void aSeverityTheRubricDoesNotHaveIsRefused() {
        Map<Severity, Deadline> twoLevels = Map.of(Severity.MINOR, Deadline.days(30), Severity.SEVERE, Deadline.days(10));
        assertThatThrownBy(() -> FindingDecisions.add(new FindingBook(), add("吴江区", Severity.MAJOR, null), twoLevels))
                .hasMessageStartingWith("severity 较重 is not in the rubric");
    }

    @Test
    void englishSeverityWordsAreAccepted() {
        assertThat(Severity.parse("major")).isEqualTo(Severity.MAJOR);
        assertThat(Severity.parse("严重")).isEqualTo(Severity.SEVERE);
        assertThat(Severity.parse("Minor")).isEqualTo(Severity.MINOR);
        assertThat(Severity.parse("serious")).as("the rubric files' word").isEqualTo(Severity.MAJOR);
        assertThatThrownBy(() -> Severity.parse("一般般")).isInstanceOf(UserError.class)
                .hasMessage("severity '一般般' is not one of 一般, 较重, 严重 (minor, major, severe)");
    }

    @Test
    void aProposalNeedsARequirementToBeAcceptedAndCanBeEditedOnAcceptance() {
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(proposal("WJ-2016-031", "A3", "第3页无签名"))));
        Finding proposed = journal.book().require("F-001");
        assertThat(proposed.status()).isEqualTo(FindingStatus.PROPOSED);
        assertThat(proposed.proposedBy()).isEqualTo("李四");
        assertThat(proposed.deadline()).isNull();

        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.accept(b, "F1", FindingEdits.NONE, RUBRIC)))
                .hasMessage("F-001 has no rectification requirement yet: accept it with --require \"整改要求…\"");

        journal.append("张三", b -> FindingDecisions.accept(b, "f1",
                new FindingEdits(Severity.SEVERE, null, "补正签名", null), RUBRIC));
        Finding accepted = journal.book().require("1");
        assertThat(accepted.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(accepted.severity()).isEqualTo(Severity.SEVERE);
        assertThat(accepted.requirement()).isEqualTo("补正签名");
        assertThat(accepted.deadline()).isEqualTo(Deadline.workdays(5));
        assertThat(accepted.acceptedBy()).isEqualTo("张三");
        assertThat(accepted.proposedBy()).isEqualTo("李四");
        assertThat(accepted.history()).extracting(Finding.Change::type)
                .containsExactly(FindingEvents.PROPOSED, FindingEvents.ACCEPTED);
    }

    @Test
    void aRepeatedProposalForTheSameCriterionUpdatesTheOpenProposal() {
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(
                proposal("WJ-2016-031", "A3", "第3页无签名"), proposal("WJ-2016-032", "A3", "无签名"))));
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(proposal("WJ-2016-031", "A3", "第3、4页无签名"))));
        FindingBook book = journal.book();
        assertThat(book.findings()).extracting(Finding::id).containsExactly("F-001", "F-002");
        assertThat(book.require("F-001").text()).endsWith("第3、4页无签名");
        assertThat(book.nextId()).isEqualTo("F-003");
    }

    @Test
    void aClearedDeductionDropsItsProposal() {
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(proposal("WJ-2016-031", "A3", "无签名"))));
        journal.append("李四", b -> FindingDecisions.dropProposals(b, "吴江区", "WJ-2016-031", "A3", "deduction cleared"));
        assertThat(journal.book().require("F-001").status()).isEqualTo(FindingStatus.DROPPED);
    }

    @Test
    void droppedAndWithdrawnFindingsCannotBeActedOn() {
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(proposal("WJ-2016-031", "A3", "无签名"))));
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, null), RUBRIC));
        journal.append("张三", b -> FindingDecisions.drop(b, "F-001", "签名在附页"));
        journal.append("张三", b -> FindingDecisions.withdraw(b, "F-002", "与F-001重复"));

        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.accept(b, "F-001", FindingEdits.NONE, RUBRIC)))
                .isInstanceOf(UserError.class)
                .hasMessage("F-001 was dropped by 张三 (签名在附页): nothing more can be done with it");
        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.resolve(b, "F-002", "已补正", d("2016-11-01"))))
                .hasMessage("F-002 was withdrawn by 张三 (与F-001重复): nothing more can be done with it");
        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.edit(b, "F-002",
                new FindingEdits(null, "新文字", null, null), RUBRIC)))
                .hasMessageStartingWith("F-002 was withdrawn");
        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.withdraw(b, "F-002", "again")))
                .hasMessageStartingWith("F-002 was withdrawn");
    }

    @Test
    void wrongTransitionsSayWhatToDoInstead() {
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(proposal("WJ-2016-031", "A3", "无签名"))));
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, null), RUBRIC));
        assertThatThrownBy(() -> FindingDecisions.withdraw(journal.book(), "F-001", "no"))
                .hasMessage("cannot withdraw F-001: it is only proposed: drop it (finding drop F-001)");
        assertThatThrownBy(() -> FindingDecisions.resolve(journal.book(), "F-001", "done", d("2016-11-01")))
                .hasMessage("cannot resolve F-001: it is only proposed: accept it first (finding accept F-001)");
        assertThatThrownBy(() -> FindingDecisions.drop(journal.book(), "F-002", null))
                .hasMessage("cannot drop F-002: it is accepted: withdraw it (finding withdraw F-002 --reason \"…\")");
        assertThatThrownBy(() -> FindingDecisions.accept(journal.book(), "F-002", FindingEdits.NONE, RUBRIC))
                .hasMessageStartingWith("F-002 is already accepted");
        assertThatThrownBy(() -> FindingDecisions.withdraw(journal.book(), "F-002", " "))
                .hasMessage("--reason is required and must not be empty");
        assertThatThrownBy(() -> FindingDecisions.edit(journal.book(), "F-009", FindingEdits.NONE, RUBRIC))
                .hasMessage("no finding F-009 (ids run from F-001 to F-002): see finding list");
        assertThatThrownBy(() -> FindingDecisions.edit(journal.book(), "G7", FindingEdits.NONE, RUBRIC))
                .hasMessageStartingWith("'G7' is not a finding id");
    }

    @Test
    void resolvingRecordsEvidenceDateAndAuditorAndOnlyOnce() {
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, null), RUBRIC));
        journal.append("王五", b -> FindingDecisions.resolve(b, "F-001", "已补正询问笔录签名，见整改报告第2页", d("2016-11-20")));
        Finding f = journal.book().require("F-001");
        assertThat(f.status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(f.resolution().evidence()).isEqualTo("已补正询问笔录签名，见整改报告第2页");
        assertThat(f.resolution().date()).isEqualTo(d("2016-11-20"));
        assertThat(f.resolution().auditor()).isEqualTo("王五");
        assertThatThrownBy(() -> FindingDecisions.resolve(journal.book(), "F-001", "again", d("2016-11-21")))
                .hasMessage("F-001 was already resolved on 2016-11-20 by 王五");
        assertThatThrownBy(() -> FindingDecisions.edit(journal.book(), "F-001", new FindingEdits(null, "x", null, null), RUBRIC))
                .hasMessage("F-001 is resolved: it can no longer be edited");
    }

    @Test
    void aDefaultDeadlineFollowsTheSeverityButAnExplicitOneStays() {
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, null), RUBRIC));
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, Deadline.days(20)), RUBRIC));
        journal.append("张三", b -> FindingDecisions.edit(b, "F-001", new FindingEdits(Severity.SEVERE, null, null, null), RUBRIC));
        journal.append("张三", b -> FindingDecisions.edit(b, "F-002", new FindingEdits(Severity.SEVERE, null, null, null), RUBRIC));
        assertThat(journal.book().require("F-001").deadline()).isEqualTo(Deadline.workdays(5));
        assertThat(journal.book().require("F-002").deadline()).isEqualTo(Deadline.days(20));
        assertThatThrownBy(() -> FindingDecisions.edit(journal.book(), "F-001", FindingEdits.NONE, RUBRIC))
                .hasMessageStartingWith("nothing to change");
    }

    @Test
    void aDueDateBeforeAnIssuedNoticeIsRefused() {
        journal.issueNotice("吴江区", d("2016-10-31"));
        assertThatThrownBy(() -> FindingDecisions.add(journal.book(),
                add("吴江区", Severity.MINOR, Deadline.due(d("2016-10-20"))), RUBRIC))
                .isInstanceOf(UserError.class)
                .hasMessage("due date 2016-10-20 is before 吴江区's notice, issued 2016-10-31:"
                        + " give a due date on or after 2016-10-31");
        assertThat(FindingDecisions.add(journal.book(), add("太仓市", Severity.MINOR, Deadline.due(d("2016-10-20"))), RUBRIC))
                .as("another unit's notice is not issued yet").hasSize(1);
    }

    @Test
    void afterFinalizeChangesAreRefusedUnlessAmendedWithAReason() {
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(proposal("WJ-2016-031", "A3", "无签名"))));
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, null), RUBRIC));
        assertThatThrownBy(() -> FindingDecisions.amend(journal.book(), "F-002", AmendAction.EDIT,
                new FindingEdits(null, "x", null, null), "why", RUBRIC))
                .hasMessage("the review is not finalized: change the finding with finding edit instead of amend");
        journal.finalizeReview();

        FindingBook book = journal.book();
        assertThat(book.isFinalized()).isTrue();
        assertThatThrownBy(() -> FindingDecisions.edit(book, "F-002", new FindingEdits(null, "x", null, null), RUBRIC))
                .isInstanceOf(UserError.class)
                .hasMessage("the review is finalized: use finding amend F-002 --action edit … --reason \"…\"");
        assertThatThrownBy(() -> FindingDecisions.accept(book, "F-001", FindingEdits.NONE, RUBRIC))
                .hasMessageStartingWith("the review is finalized: use finding amend F-001 --action accept");
        assertThatThrownBy(() -> FindingDecisions.withdraw(book, "F-002", "dup"))
                .hasMessageStartingWith("the review is finalized");
        assertThatThrownBy(() -> FindingDecisions.add(book, add("吴江区", Severity.MINOR, null), RUBRIC))
                .hasMessage("the review is finalized: a new finding is an amendment; add --reason \"…\"");
        assertThatThrownBy(() -> FindingDecisions.amend(book, "F-002", AmendAction.EDIT,
                new FindingEdits(Severity.MAJOR, null, null, null), " ", RUBRIC))
                .hasMessage("--reason is required and must not be empty");

        journal.append("张三", b -> FindingDecisions.amend(b, "F-002", AmendAction.EDIT,
                new FindingEdits(Severity.MAJOR, null, null, null), "复核后认定情节较重", RUBRIC));
        journal.append("张三", b -> FindingDecisions.amend(b, "F-001", AmendAction.ACCEPT,
                new FindingEdits(null, null, "补正签名", Deadline.days(10)), "终审会议确认", RUBRIC));
        journal.append("张三", b -> FindingDecisions.add(b,
                new AddFinding("吴江区", null, null, Severity.MINOR, "卷宗目录不全", "补全目录", null, "遗漏补录"), RUBRIC));
        journal.append("王五", b -> FindingDecisions.resolve(b, "F-002", "已整改", d("2016-12-01")));

        FindingBook after = journal.book();
        Finding f2 = after.require("F-002");
        assertThat(f2.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f2.deadline()).as("default deadline follows the amended severity").isEqualTo(Deadline.workdays(15));
        assertThat(f2.amended()).isTrue();
        assertThat(f2.status()).as("resolving is follow-up, allowed after finalize").isEqualTo(FindingStatus.RESOLVED);
        assertThat(f2.history()).filteredOn(c -> c.type().equals(FindingEvents.AMENDED))
                .extracting(Finding.Change::detail).containsExactly("edit: 复核后认定情节较重 (severity 一般→较重, deadline 30日内→15个工作日内)");
        Finding f1 = after.require("F-001");
        assertThat(f1.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(f1.deadline()).isEqualTo(Deadline.days(10));
        assertThat(f1.amended()).isTrue();
        Finding f3 = after.require("F-003");
        assertThat(f3.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(f3.amended()).isTrue();
    }

    @Test
    void amendingCanWithdrawButNotTouchAWithdrawnFinding() {
        journal.append("张三", b -> FindingDecisions.add(b, add("吴江区", Severity.MINOR, null), RUBRIC));
        journal.finalizeReview();
        journal.append("张三", b -> FindingDecisions.amend(b, "F-001", AmendAction.WITHDRAW, null, "单位提供了原件", RUBRIC));
        assertThat(journal.book().require("F-001").status()).isEqualTo(FindingStatus.WITHDRAWN);
        assertThatThrownBy(() -> FindingDecisions.amend(journal.book(), "F-001", AmendAction.EDIT,
                new FindingEdits(null, "x", null, null), "r", RUBRIC))
                .hasMessageStartingWith("F-001 was withdrawn by 张三 (withdraw: 单位提供了原件)");
    }
}
