package io.jicha.finding;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The finding capability's payloads as journals hold them, and the notice decision. */
class FindingEventsTest {

    final TestJournal journal = new TestJournal();

    @ParameterizedTest
    @CsvSource({"edit,EDIT", "accept,ACCEPT", "drop,DROP", "withdraw,WITHDRAW", "add,ADD"})
    void anAmendmentsActionIsReadFromTheWordEveryJournalWrote(String written, AmendAction action) throws Exception {
        JsonNode line = Json.MAPPER.readTree("{\"id\":\"F-001\",\"action\":\"" + written + "\",\"reason\":\"复核\"}");
        FindingEvents.Amended amended = Json.value(line, FindingEvents.Amended.class);
        assertThat(amended.action()).isEqualTo(action);
        assertThat(Json.tree(amended).get("action").asText()).as("written back the same").isEqualTo(written);
    }

    @Test
    void anUnknownAmendActionInAJournalIsNotRead() throws Exception {
        JsonNode line = Json.MAPPER.readTree("{\"id\":\"F-001\",\"action\":\"merge\",\"reason\":\"复核\"}");
        assertThatThrownBy(() -> Json.value(line, FindingEvents.Amended.class)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"edit", "Accept", " drop ", "WITHDRAW"})
    void findingAmendTakesTheFourUserActions(String given) {
        assertThat(AmendAction.parse(given)).isNotEqualTo(AmendAction.ADD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "merge", ""})
    void findingAmendRefusesOtherActions(String given) {
        assertThatThrownBy(() -> AmendAction.parse(given)).isInstanceOf(UserError.class);
    }

    @Test
    void aNoticeIsRecordedOnceAndItsDateIsFixed() {
        LocalDate oct20 = LocalDate.parse("2016-10-20");
        assertThat(FindingDecisions.issueNotice(journal.book(), "吴江区", oct20, "苏环稽〔2016〕21号", "n.pdf"))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(FindingEvents.NOTICE_ISSUED);
                    assertThat(e.payload()).isEqualTo(new FindingEvents.NoticeIssued("吴江区", oct20, "苏环稽〔2016〕21号", "n.pdf"));
                });
        journal.issueNotice("吴江区", oct20);
        assertThat(journal.book().issuedOn("吴江区")).contains(oct20);
        assertThat(FindingDecisions.issueNotice(journal.book(), "吴江区", oct20, null, "again.pdf"))
                .as("a reprint on the same date records nothing").isEmpty();
        assertThatThrownBy(() -> FindingDecisions.issueNotice(journal.book(), "吴江区", oct20.plusDays(1), null, "n.pdf"))
                .isInstanceOf(UserError.class).hasMessageContaining("2016-10-20");
    }

    @Test
    void aReprintThatWouldChangeTheNumberTitleOrAddresseeIsRefusedAndAnotherFormIsNot() {
        LocalDate oct20 = LocalDate.parse("2016-10-20");
        journal.append("张三", b -> FindingDecisions.issueNotice(b, "吴江区", oct20, "苏环稽〔2016〕21号", "n.pdf", "file", null,
                "苏州市吴江区环境保护局"));
        assertThat(journal.book().notice("吴江区")).hasValueSatisfying(n -> {
            assertThat(n.form()).isEqualTo("file");
            assertThat(n.addressee()).isEqualTo("苏州市吴江区环境保护局");
            assertThat(n.title()).isNull();
        });
        assertThat(FindingDecisions.issueNotice(journal.book(), "吴江区", oct20, "苏环稽〔2016〕21号", "l.pdf", "letter", null,
                "苏州市吴江区环境保护局")).as("the same notice in 信函式: recorded as a reprint (NoticeReprintTest)")
                .extracting(e -> e.type()).containsExactly(FindingEvents.NOTICE_REPRINTED);
        assertThatThrownBy(() -> FindingDecisions.issueNotice(journal.book(), "吴江区", oct20, "苏环稽函〔2016〕21号", "l.pdf",
                "letter", null, "苏州市吴江区环境保护局"))
                .isInstanceOf(UserError.class).hasMessageContaining("苏环稽〔2016〕21号").hasMessageContaining("--number");
        assertThatThrownBy(() -> FindingDecisions.issueNotice(journal.book(), "吴江区", oct20, null, "t.pdf", "file",
                "关于吴江区整改的通知", "苏州市吴江区环境保护局"))
                .isInstanceOf(UserError.class).hasMessageContaining("--title");
        assertThatThrownBy(() -> FindingDecisions.issueNotice(journal.book(), "吴江区", oct20, null, "a.pdf", "file", null,
                "吴江区人民政府"))
                .isInstanceOf(UserError.class).hasMessageContaining("--addressee");
    }

    @Test
    void aNoticeWithoutNumberLeavesTheFieldOut() {
        Object payload = FindingDecisions.issueNotice(new FindingBook(), "吴江区", LocalDate.parse("2016-10-20"), " ", "n.pdf")
                .get(0).payload();
        assertThat(Json.tree(payload).has("number")).isFalse();
    }

    @Test
    void theFindingAnEventIsAboutIsNamedByItsPayload() {
        journal.append("张三", b -> FindingDecisions.add(b, FindingLifecycleTest.add("吴江区", Severity.MINOR,
                Deadline.days(20)), FindingLifecycleTest.RUBRIC));
        assertThat(FindingEvents.findingId(FindingDecisions.withdraw(journal.book(), "F-001", "单位提供了原件")))
                .contains("F-001");
        assertThat(FindingEvents.findingId(FindingDecisions.issueNotice(journal.book(), "吴江区",
                LocalDate.parse("2016-10-20"), null, "n.pdf"))).as("a notice is about a unit").isEmpty();
    }
}
