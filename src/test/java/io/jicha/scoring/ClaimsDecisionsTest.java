package io.jicha.scoring;

import io.jicha.common.UserError;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.SessionEvents;
import org.junit.jupiter.api.Test;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hold an auditor takes on a file with score open (score.opened, issue 26), through a real
 * session journal: remembered as the auditor's open file, changed by others only with an override
 * and its reason (recorded), ended by done, release or a takeover; a journal without openings holds
 * nothing, as before.
 */
class ClaimsDecisionsTest extends ScoringFixtureTest {

    private ScoreBook book() {
        return session.state().get(ScoreBook.class);
    }

    @Test
    void openingRecordsTheAuditorsOpenFileOnceAndHoldsIt() {
        ScoreTarget t = file(0);
        session.append("张三", s -> ScoringDecisions.open(s, t, Change.plain("张三")));
        int events = session.state().events().size();
        session.append("张三", s -> ScoringDecisions.open(s, t, Change.plain("张三")));
        assertThat(session.state().events()).as("opened again: nothing to write").hasSize(events);
        assertThat(book().openBy("张三")).contains(t);
        assertThat(book().openBy("李四")).isEmpty();
        assertThat(book().claimOf(t)).map(ScoreBook.Claim::auditor).contains("张三");
    }

    @Test
    void anotherAuditorsChangeToAHeldFileNeedsAnOverrideWithAReasonAndIsRecorded() {
        ScoreTarget t = file(0);
        session.append("张三", s -> ScoringDecisions.open(s, t, Change.plain("张三")));
        int events = session.state().events().size();
        assertThatThrownBy(() -> deduct("李四", t, "C1", 1, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("张三").hasMessageContaining("--override");
        assertThatThrownBy(() -> session.append("李四", s -> ScoringDecisions.deduct(s, t, "C1", 1, null, "x",
                new Change("李四", true, null, false)))).isInstanceOf(UserError.class).hasMessageContaining("--reason");
        assertThat(session.state().events()).hasSize(events);

        List<String> types = session.append("李四", s -> ScoringDecisions.deduct(s, t, "C1", 1, null, "x",
                new Change("李四", true, "张三外出", false))).stream().map(io.jicha.journal.Event::type).toList();
        assertThat(types).startsWith(ScoreEvents.CLAIM_OVERRIDDEN, ScoreEvents.DEDUCTED);
        assertThat(book().claimOf(t)).map(ScoreBook.Claim::auditor).as("the hold stays").contains("张三");
        deduct("张三", t, "C1", 1, null); // the holder needs no override
    }

    @Test
    void doneEndsTheHoldAndTheOpenFile() {
        ScoreTarget t = file(0);
        session.append("张三", s -> ScoringDecisions.open(s, t, Change.plain("张三")));
        assertThatThrownBy(() -> session.append("李四", s -> ScoringDecisions.done(s, t, Change.plain("李四"))))
                .isInstanceOf(UserError.class).hasMessageContaining("张三");
        session.append("张三", s -> ScoringDecisions.done(s, t, Change.plain("张三")));
        assertThat(book().claimOf(t)).isEmpty();
        assertThat(book().openBy("张三")).isEmpty();
    }

    @Test
    void aHeldFileIsTakenOverOrReleasedByAnotherOnlyWithAnOverride() {
        ScoreTarget t = file(0);
        session.append("张三", s -> ScoringDecisions.open(s, t, Change.plain("张三")));
        assertThatThrownBy(() -> session.append("李四", s -> ScoringDecisions.open(s, t, Change.plain("李四"))))
                .isInstanceOf(UserError.class).hasMessageContaining("张三");
        assertThatThrownBy(() -> session.append("李四", s -> ScoringDecisions.release(s, t, Change.plain("李四"))))
                .isInstanceOf(UserError.class).hasMessageContaining("张三");
        session.append("李四", s -> ScoringDecisions.open(s, t, new Change("李四", true, "张三调走", false)));
        assertThat(book().claimOf(t)).map(ScoreBook.Claim::auditor).contains("李四");
        assertThat(book().openBy("张三")).as("taken from 张三").isEmpty();
        assertThat(book().openBy("李四")).contains(t);
        session.append("李四", s -> ScoringDecisions.release(s, t, Change.plain("李四")));
        assertThat(book().claims()).isEmpty();
        assertThatThrownBy(() -> session.append("李四", s -> ScoringDecisions.release(s, t, Change.plain("李四"))))
                .isInstanceOf(UserError.class);
    }

    @Test
    void anotherAuditorOpeningAFileDoesNotStandInTheWayOfUndo() {
        ScoreTarget mine = file(0);
        ScoreTarget theirs = file(1);
        int before = session.state().events().size();
        deduct("张三", mine, "B1", 1, null);
        long deduction = session.state().events().get(before).seq();
        session.append("李四", s -> ScoringDecisions.open(s, theirs, Change.plain("李四")));
        session.append("李四", s -> ScoringDecisions.release(s, theirs, Change.plain("李四")));
        session.append("张三", s -> io.jicha.session.SessionDecisions.undo(s, "张三"));
        var last = session.state().events().get(session.state().events().size() - 1);
        assertThat(last.type()).isEqualTo(SessionEvents.UNDONE);
        assertThat(last.payload().path("seq").asLong()).as("the deduction, not anyone's opening").isEqualTo(deduction);
        assertThat(book().of(mine).map(ScoreBook.Scoring::marks).orElse(List.of())).as("the deduction is taken back").isEmpty();
    }

    @Test
    void withoutOpeningNothingIsHeldAndOthersChangeAsBefore() {
        ScoreTarget t = file(1);
        deduct("张三", t, "C1", 1, null);
        deduct("李四", t, "C1", 1, null);
        assertThat(book().claims()).isEmpty();
        assertThat(book().openBy("张三")).isEmpty();
    }
}
