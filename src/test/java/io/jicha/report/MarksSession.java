package io.jicha.report;

import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.Snapshots;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A real session to score marks in (MarksShownAsTheyAreTest, ScoreSheetWordsTest): 太仓市, six penalty cases,
 * the rubric {@code src/test/resources/rubrics/marks.yaml} (a 不适用 item and capped bonus items), and a draw.
 */
final class MarksSession {

    private MarksSession() {
    }

    /** The session in {@code dir}, in {@code locale}, with {@code drawn} files drawn. */
    static Session create(Path dir, String locale, int drawn) throws IOException {
        Snapshots.clearCache();
        Session session = new Workspace(dir.resolve("ws")).create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("太仓市"), List.of("张三"), locale, null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("太环罚字〔2016〕").append(i).append("号,2016-03-15,太仓某化工有限公司").append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", cases, "太仓市", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        byte[] rubric = Files.readAllBytes(Path.of("src/test/resources/rubrics/marks.yaml"));
        session.append("张三", s -> s.get(RubricBook.class).decideLoad("marks.yaml", rubric).events());
        Sampling.draw(session, "张三", new DrawRequest("太仓市", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                drawn, false, RecordFilter.NONE, null, false, null));
        return session;
    }

    /** The {@code i}-th file drawn. */
    static ScoreTarget file(Session session, int i) {
        String id = session.state().get(DrawBook.class).drawnIds("太仓市", RecordKind.PENALTY_CASE).get(i);
        return ScoringDecisions.locate(session.state(), id, null);
    }
}
