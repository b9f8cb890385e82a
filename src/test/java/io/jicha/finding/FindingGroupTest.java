package io.jicha.finding;

import io.jicha.common.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** finding group: one finding for one problem across several files, replayed from the events it writes. */
class FindingGroupTest {

    private final TestJournal journal = new TestJournal();

    private static FindingProposal proposal(String unit, String record, String code, Severity severity) {
        return new FindingProposal(unit, record, code, severity, record + "：缺少现场照片", "补拍", "score " + code);
    }

    @BeforeEach
    void proposeFourFiles() {
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(
                proposal("吴江区", "吴江环监〔2016〕0366号", "E1", Severity.MINOR),
                proposal("吴江区", "吴江环监〔2016〕0090号", "E1", Severity.MINOR),
                proposal("吴江区", "吴环罚字〔2016〕28号", "C6", Severity.MAJOR),
                proposal("太仓市", "太仓环监〔2016〕0066号", "E1", Severity.MINOR))));
        journal.append("李四", b -> FindingDecisions.propose(b, List.of(
                new FindingProposal("吴江区", null, "B3", Severity.MINOR, "未公开", "公开", "review B3"))));
    }

    @Test
    void proposalsOnOneCriterionBecomeOneFindingListingTheirFiles() {
        journal.append("张三", b -> FindingDecisions.group(b, List.of("F-001", "F2"), "现场照片或录像能反映检查情况",
                new FindingEdits(null, null, "现场检查一律拍照或录像取证", null), FindingLifecycleTest.RUBRIC));
        FindingBook book = journal.book();
        Finding g = book.require("F-006");
        assertThat(g.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(g.files()).containsExactly("吴江环监〔2016〕0366号", "吴江环监〔2016〕0090号");
        assertThat(g.criterionCode()).isEqualTo("E1");
        assertThat(g.severity()).isEqualTo(Severity.MINOR);
        assertThat(g.text()).isEqualTo("抽查的2份文件不符合“现场照片或录像能反映检查情况”（吴江环监〔2016〕0366号、吴江环监〔2016〕0090号）");
        assertThat(g.deadline()).isEqualTo(FindingLifecycleTest.RUBRIC.get(Severity.MINOR));
        assertThat(book.require("F-001").status()).isEqualTo(FindingStatus.DROPPED);
        assertThat(book.require("F-002").status()).isEqualTo(FindingStatus.DROPPED);
        assertThat(book.require("F-002").history().get(1).detail()).isEqualTo("并入 F-006");
        assertThat(book.forNotice("吴江区")).extracting(Finding::id).containsExactly("F-006");
        // a single-file finding lists its one file
        assertThat(book.require("F-003").files()).containsExactly("吴环罚字〔2016〕28号");
    }

    @Test
    void acrossCriteriaTheGivenTextAndTheMostSevereProposalsSeverity() {
        journal.append("张三", b -> FindingDecisions.group(b, List.of("F-001", "F-002", "F-003"), null,
                new FindingEdits(null, "抽查的3份文件缺少现场照片或录像", "现场检查一律拍照", Deadline.days(20)),
                FindingLifecycleTest.RUBRIC));
        Finding g = journal.book().require("F-006");
        assertThat(g.criterionCode()).isNull();
        assertThat(g.severity()).isEqualTo(Severity.MAJOR);
        assertThat(g.text()).isEqualTo("抽查的3份文件缺少现场照片或录像");
        assertThat(g.deadline()).isEqualTo(Deadline.days(20));
        assertThat(g.files()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "F-001                 | at least two proposals",
            "F-001,F-001           | named twice",
            "F-001,F-004           | group the proposals of one unit",
            "F-001,F-005           | not about a file",
            "F-001,F-009           | no finding F-009"})
    void refusals(String ids, String message) {
        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.group(b, Arrays.asList(ids.split(",")),
                null, new FindingEdits(null, null, "整改", null), FindingLifecycleTest.RUBRIC)))
                .isInstanceOf(UserError.class).hasMessageContaining(message);
    }

    @Test
    void aGroupedProposalCannotBeGroupedAgain() {
        journal.append("张三", b -> FindingDecisions.group(b, List.of("F-001", "F-002"), null,
                new FindingEdits(null, null, "整改", null), FindingLifecycleTest.RUBRIC));
        assertThatThrownBy(() -> journal.append("张三", b -> FindingDecisions.group(b, List.of("F-001", "F-003"), null,
                new FindingEdits(null, null, "整改", null), FindingLifecycleTest.RUBRIC)))
                .isInstanceOf(UserError.class).hasMessageContaining("F-001");
    }
}
