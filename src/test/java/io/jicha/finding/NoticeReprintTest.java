package io.jicha.finding;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 23 item 6: a reprint of a unit's notice in another form is recorded ({@code notice.reprinted}) and the
 * notice then shows as last issued; a reprint in the same form records nothing; one that changes the number,
 * title or addressee is refused in one line.
 */
class NoticeReprintTest {

    final TestJournal journal = new TestJournal();
    static final LocalDate ISSUED = LocalDate.parse("2016-10-20");

    private void issue(String form, String file) {
        journal.append("张三", b -> FindingDecisions.issueNotice(b, "吴江区", ISSUED, "苏环稽〔2016〕21号", file, form,
                null, "苏州市吴江区环境保护局"));
    }

    @Test
    void aReprintInAnotherFormIsRecordedAndShownAsLastIssued() {
        issue("file", "notice.pdf");
        assertThat(journal.book().notice("吴江区").orElseThrow().form()).isEqualTo("file");

        issue("letter", "notice-letter.pdf");
        assertThat(journal.events()).extracting(e -> e.type())
                .containsExactly(FindingEvents.NOTICE_ISSUED, FindingEvents.NOTICE_REPRINTED);
        FindingEvents.NoticeIssued last = journal.book().notice("吴江区").orElseThrow();
        assertThat(last.form()).isEqualTo("letter");
        assertThat(last.file()).isEqualTo("notice-letter.pdf");
        assertThat(last.number()).isEqualTo("苏环稽〔2016〕21号");
        assertThat(last.addressee()).isEqualTo("苏州市吴江区环境保护局");
        assertThat(last.issued()).isEqualTo(ISSUED);
        assertThat(journal.book().issuedOn("吴江区")).contains(ISSUED);

        issue("letter", "again.pdf");
        assertThat(journal.events()).as("the same form again records nothing").hasSize(2);
        issue("file", "notice.pdf");
        assertThat(journal.events()).hasSize(3);
        assertThat(journal.book().notice("吴江区").orElseThrow().form()).isEqualTo("file");
    }

    @Test
    void aReprintThatChangesTheNumberIsRefused() {
        issue("file", "notice.pdf");
        assertThatThrownBy(() -> FindingDecisions.issueNotice(journal.book(), "吴江区", ISSUED, "苏环稽〔2016〕25号",
                "n.pdf", "letter", null, null)).isInstanceOf(UserError.class).hasMessageContaining("--number");
        assertThat(journal.events()).hasSize(1);
    }
}
