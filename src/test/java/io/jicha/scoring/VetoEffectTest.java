package io.jicha.scoring;

import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.VetoEffect;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declared veto effect, through a real session journal and the demo rubric (20 points): of four
 * drawn files, one keeps 20, one loses 2 on C1 (18), one loses 8 on B2 (12) and one is vetoed on A1
 * after losing 1 on B1 (19 points left on its criteria).
 */
class VetoEffectTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // declared line | effect  | vetoed file shown | counted | mean of the four
            "''              | KEEP    | 19                | 19      | 17.3",
            "'veto: keep'    | KEEP    | 19                | 19      | 17.3",
            "'veto: zero'    | ZERO    | 0（否决）          | 0       | 12.5",
            "'veto: exclude' | EXCLUDE | 否决               |         | 16.7"})
    void vetoedFileCountsTheDeclaredWay(String declared, VetoEffect effect, String shown, BigDecimal counted,
                                        BigDecimal mean) throws Exception {
        Session session = session(declared);
        List<String> drawn = session.state().get(DrawBook.class).drawnIds("吴江区", RecordKind.PENALTY_CASE);
        ScoreTarget a = ScoringDecisions.locate(session.state(), drawn.get(0), null);
        ScoreTarget b = ScoringDecisions.locate(session.state(), drawn.get(1), null);
        ScoreTarget c = ScoringDecisions.locate(session.state(), drawn.get(2), null);
        ScoreTarget v = ScoringDecisions.locate(session.state(), drawn.get(3), null);
        deduct(session, b, "C1", 1);
        deduct(session, c, "B2", 1);
        deduct(session, v, "B1", 2);
        session.append("张三", s -> ScoringDecisions.veto(s, v, "A1", "无执法证件号", Change.plain("张三")));
        for (ScoreTarget t : List.of(a, b, c, v)) {
            session.append("张三", s -> ScoringDecisions.done(s, t, Change.plain("张三")));
        }

        ScoreSheet sheet = ScoringDecisions.sheet(session.state(), v);
        assertThat(sheet.rubric().vetoEffect()).isEqualTo(effect);
        assertThat(sheet.total()).isEqualByComparingTo("19");
        assertThat(sheet.grade()).isEqualTo("不合格");
        assertThat(sheet.fails()).isTrue();
        // the sheet says what it shows as a typed value; the words are the bundles' (here the Chinese terminal's)
        assertThat(sheet.shown().key() == null ? io.jicha.rubric.Points.format(sheet.total())
                : io.jicha.common.Texts.bundle("score", io.jicha.common.Texts.Lang.ZH).getProperty(sheet.shown().key()))
                .isEqualTo(shown);
        if (counted == null) {
            assertThat(sheet.counted()).isEmpty();
        } else {
            assertThat(sheet.counted()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(counted));
        }

        ReviewSummary.KindResult k = ReviewSummary.of(session.state()).units().get(0).kinds().get(0);
        assertThat(k.meanScore()).isEqualByComparingTo(mean);
        assertThat(k.vetoed()).isEqualTo(1);
        assertThat(k.failed()).isEqualTo(1);
        assertThat(k.vetoEffect()).isEqualTo(effect);
        // the rule's words are the bundles', terminal and documents alike
        assertThat(io.jicha.common.Texts.bundle("rubric", io.jicha.common.Texts.Lang.ZH).getProperty(effect.key()))
                .startsWith("否决卷");
    }

    private Session session(String vetoLine) throws Exception {
        Workspace workspace = new Workspace(dir.resolve("ws"));
        Session session = workspace.create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("吴环罚字〔2016〕").append(i).append("号,2016-03-15,某公司").append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        String demo = Files.readString(Path.of("src/test/resources/rubrics/demo.yaml"), StandardCharsets.UTF_8);
        byte[] rubric = demo.replace("total: 20\n", "total: 20\n" + vetoLine + "\n").getBytes(StandardCharsets.UTF_8);
        session.append("张三", state -> state.get(RubricBook.class).decideLoad("demo.yaml", rubric).events());
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                4, false, RecordFilter.NONE, null, false, null));
        return session;
    }

    private static void deduct(Session session, ScoreTarget t, String code, int times) {
        session.append("张三", s -> ScoringDecisions.deduct(s, t, code, times, null, "见卷" + code, Change.plain("张三")));
    }
}
