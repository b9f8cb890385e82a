package io.jicha.scoring;

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
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The review the scoring tests score, through a real session journal in {@code dir}: session
 * "review" (吴江区, 太仓市; team 张三, 李四; zh-CN unless another locale is given), twenty penalty cases of 吴江区 imported, the demo
 * rubric of the test resources loaded (A1 veto; B1 4 points, 0.5 per occurrence; B2 8 points
 * all-or-nothing; C1 8 points, 2 per occurrence) and four files drawn by hash, all by 张三.
 * Shared by {@link ScoringTest}, {@link ClaimsDecisionsTest} and {@link RecordedWordsTest}.
 */
final class ScoringFixture {

    final Workspace workspace;
    final Session session;
    final List<String> drawn;

    ScoringFixture(Path dir) throws IOException {
        this(dir, "zh-CN");
    }

    /** The same review in a session of {@code locale} (zh-CN or en). */
    ScoringFixture(Path dir, String locale) throws IOException {
        workspace = new Workspace(dir.resolve("ws"));
        session = workspace.create(new SessionInfo("review", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), locale, null), "张三");
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

    /** The i-th drawn file. */
    ScoreTarget file(int i) {
        return ScoringDecisions.locate(session.state(), drawn.get(i), null);
    }

    /** A deduction by the auditor, with a note naming the criterion, without override. */
    void deduct(String auditor, ScoreTarget t, String code, Integer times, String points) {
        session.append(auditor, s -> ScoringDecisions.deduct(s, t, code, times, points == null ? null : new BigDecimal(points),
                "见卷第" + code + "项", Change.plain(auditor)));
    }

    /** The file's score sheet as the journal stands. */
    ScoreSheet sheet(ScoreTarget t) {
        return ScoringDecisions.sheet(session.state(), t);
    }
}
