package io.jicha.scoring;

import io.jicha.common.Texts;
import io.jicha.journal.Event;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.session.OldJournals;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a scored thing is named (issue 22: words from the bundles): a file by its id, a unit's documents
 * as "吴江区 单位资料" in a Chinese session and "吴江区 unit documents" in an English one, whatever the
 * terminal's language; the list finalize records words it so, as the release that wrote the
 * every-event-type fixture did.
 */
class ScoreTargetLabelTest {

    @TempDir
    Path dir;

    private final Texts.Lang terminal = Texts.lang();

    @AfterEach
    void restoreTheTerminalsLanguage() {
        Texts.use(terminal);
    }

    @Test
    void aFileIsNamedByItsIdAndAUnitsDocumentsInTheGivenLanguage() {
        ScoreTarget file = ScoreTarget.file(RecordKind.PENALTY_CASE, "吴江区", "吴环罚字〔2016〕1号");
        ScoreTarget documents = ScoreTarget.unitDocuments("吴江区");
        assertThat(file.label(Texts.Lang.ZH)).isEqualTo("吴环罚字〔2016〕1号");
        assertThat(file.label(Texts.Lang.EN)).isEqualTo("吴环罚字〔2016〕1号");
        assertThat(documents.label(Texts.Lang.ZH)).isEqualTo("吴江区 单位资料");
        assertThat(documents.label(Texts.Lang.EN)).isEqualTo("吴江区 unit documents");
    }

    @ParameterizedTest(name = "terminal {0}")
    @EnumSource(Texts.Lang.class)
    void withoutASessionsLanguageAUnitsDocumentsKeepTheirChineseName(Texts.Lang lang) {
        Texts.use(lang);
        assertThat(ScoreTarget.unitDocuments("吴江区").label()).isEqualTo("吴江区 单位资料");
    }

    @ParameterizedTest(name = "terminal {0}")
    @EnumSource(Texts.Lang.class)
    void aChineseSessionRecordsWhatIsLeftOpenAsTheFixturesReleaseDidUnderEitherTerminalLanguage(Texts.Lang lang) {
        Texts.use(lang);
        List<Event> events = OldJournals.open("every-event-type", dir).state().events();
        Event finalized = events.stream().filter(e -> e.type().equals(SessionEvents.FINALIZED)).findFirst().orElseThrow();
        SessionState before = new SessionState(events.subList(0, (int) finalized.seq() - 1));
        List<String> recorded = finalized.payloadAs(SessionEvents.Finalized.class).unreviewed();
        assertThat(recorded).contains("太仓市 单位资料", "太环罚字〔2016〕8号（太仓市）");
        assertThat(ReviewSummary.unreviewed(before)).isEqualTo(recorded);
    }

    @ParameterizedTest(name = "terminal {0}")
    @EnumSource(Texts.Lang.class)
    void anEnglishSessionNamesWhatIsLeftOpenInEnglish(Texts.Lang lang) throws Exception {
        Texts.use(lang);
        Session session = new Workspace(dir.resolve("ws")).create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区", "太仓市"), List.of("张三"), "en", null), "张三");
        Path cases = Files.writeString(dir.resolve("cases.csv"), "案号,立案日期,企业名称\n"
                + "吴环罚字〔2016〕1号,2016-01-15,吴江某印染有限公司\n", StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        byte[] rubric = Files.readAllBytes(Path.of("rubrics/unit-documents.yaml"));
        session.append("张三", state -> state.get(RubricBook.class).decideLoad("unit-documents.yaml", rubric).events());
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "s1",
                1, false, RecordFilter.NONE, null, false, null));
        assertThat(ReviewSummary.unreviewed(session.state()))
                .containsExactly("吴环罚字〔2016〕1号 (吴江区)", "吴江区 unit documents", "太仓市 unit documents");
    }
}
