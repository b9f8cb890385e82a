package io.jicha.scoring;

import io.jicha.common.UserError;
import io.jicha.finding.Finding;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingStatus;
import io.jicha.journal.NewEvent;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hold an auditor takes on a file with score open (score.opened, issue 26), through a real
 * session journal: remembered as the auditor's open file, changed by others only with an override
 * and its reason (recorded), ended by done, release or a takeover; a journal without openings holds
 * nothing, as before.
 */
class ClaimsDecisionsTest {

    @TempDir
    Path dir;
    Workspace workspace;
    Session session;
    List<String> drawn;

    @BeforeEach
    void setUp() throws Exception {
        workspace = new Workspace(dir.resolve("ws"));
        session = workspace.create(new SessionInfo("review", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("吴环罚字〔2016〕").append(i).append("号,2016-0").append(1 + i % 9).append("-15,吴江某印染有限公司")
                    .append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        byte[] rubric = Files.readAllBytes(Path.of("src/test/resources/rubrics/demo.yaml"));
        session.append("张三", state -> state.get(RubricBook.class).decideLoad("demo.yaml", rubric).events());
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                4, false, RecordFilter.NONE, null, false, null));
        drawn = session.state().get(io.jicha.sampling.DrawBook.class).drawnIds("吴江区", RecordKind.PENALTY_CASE);
    }

    private ScoreTarget file(int i) {
        return ScoringDecisions.locate(session.state(), drawn.get(i), null);
    }

    private void deduct(String auditor, ScoreTarget t, String code, Integer times, String points) {
        session.append(auditor, s -> ScoringDecisions.deduct(s, t, code, times, points == null ? null : new BigDecimal(points),
                "见卷第" + code + "项", Change.plain(auditor)));
    }


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
