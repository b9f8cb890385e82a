package io.jicha.rubric;

import io.jicha.common.Hashes;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RubricBookTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private Session session;
    private byte[] penalty;

    @BeforeEach
    void createSession() throws Exception {
        workspace = new Workspace(dir.resolve("ws"));
        session = workspace.create(new SessionInfo("suzhou-2016-10", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null), "张三");
        penalty = Files.readAllBytes(Path.of("rubrics/penalty-case.yaml"));
    }

    private List<Event> load(String file, byte[] bytes) {
        return session.append("张三", state -> state.get(RubricBook.class).decideLoad(file, bytes).events());
    }

    @Test
    void loadingRecordsIdVersionHashFileAndContentInTheJournal() {
        List<Event> events = load("rubrics/penalty-case.yaml", penalty);

        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo("rubric.loaded");
        RubricLoaded p = e.payloadAs(RubricLoaded.class);
        assertThat(p.id()).isEqualTo("penalty-case");
        assertThat(p.version()).isEqualTo("3");
        assertThat(p.sha256()).isEqualTo(Hashes.sha256Hex(penalty));
        assertThat(p.file()).isEqualTo("rubrics/penalty-case.yaml");
        assertThat(p.content().getBytes(StandardCharsets.UTF_8)).isEqualTo(penalty);
    }

    @Test
    void replayRebuildsTheRubricFromTheJournalWithoutTheFile() throws Exception {
        Path copy = dir.resolve("mine.yaml");
        Files.write(copy, penalty);
        load(copy.toString(), Files.readAllBytes(copy));
        Files.delete(copy);

        RubricBook book = workspace.open("suzhou-2016-10").state().get(RubricBook.class);

        LoadedRubric loaded = book.require("penalty-case");
        assertThat(loaded.sha256()).isEqualTo(Hashes.sha256Hex(penalty));
        assertThat(loaded.seq()).isEqualTo(2);
        assertThat(book.requireFor(RubricTarget.PENALTY_CASE).requireCriterion("C2").text()).contains("询问笔录逐页签名");
        assertThat(book.forTarget(RubricTarget.INSPECTION_RECORD)).isEmpty();
    }

    @Test
    void sameIdAndVersionWithDifferentContentIsRefusedAndNothingIsAppended() {
        load("penalty-case.yaml", penalty);
        byte[] edited = new String(penalty, StandardCharsets.UTF_8)
                .replace("text: 在规定时限内立案", "text: 在7个工作日内立案").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> load("edited.yaml", edited))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("rubric penalty-case v3 is already loaded with different content (sha256 "
                        + Hashes.sha256Hex(penalty).substring(0, 12) + " from penalty-case.yaml)")
                .hasMessageEndingWith("bump the version in edited.yaml and load it again");
        assertThat(session.state().events()).hasSize(2);
    }

    @Test
    void reloadingIdenticalContentChangesNothing() {
        load("penalty-case.yaml", penalty);

        RubricBook.LoadDecision again = session.state().get(RubricBook.class).decideLoad("elsewhere.yaml", penalty);

        assertThat(again.changesNothing()).isTrue();
        assertThat(again.alreadyLoaded()).map(LoadedRubric::file).contains("penalty-case.yaml");
        assertThat(load("elsewhere.yaml", penalty)).isEmpty();
        assertThat(session.state().events()).hasSize(2);
    }

    @Test
    void aBumpedVersionLoadsAndBecomesTheSessionsRubricForItsTarget() {
        load("penalty-case.yaml", penalty);
        byte[] v2 = new String(penalty, StandardCharsets.UTF_8).replace("version: 3\n", "version: 4\n")
                .getBytes(StandardCharsets.UTF_8);

        RubricBook.LoadDecision d = session.state().get(RubricBook.class).decideLoad("v2.yaml", v2);
        load("v2.yaml", v2);

        assertThat(d.replaces()).map(LoadedRubric::version).contains("3");
        RubricBook book = session.state().get(RubricBook.class);
        assertThat(book.all()).extracting(LoadedRubric::version).containsExactly("3", "4");
        assertThat(book.requireFor(RubricTarget.PENALTY_CASE).version()).isEqualTo("4");
        assertThat(book.find("penalty-case", "3")).isPresent();
    }

    @Test
    void anInvalidFileIsRefusedWithItsProblems() {
        byte[] broken = "id: x\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> load("x.yaml", broken))
                .isInstanceOfSatisfying(InvalidRubricException.class, e -> {
                    assertThat(e.problems()).hasSize(8);
                    assertThat(e.getMessage()).startsWith("8 problems in x.yaml, the first: x.yaml:1:1: missing");
                });
        assertThat(session.state().events()).hasSize(1);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsFirstBadCharacter() throws Exception {
        byte[] gbk = new String(penalty, StandardCharsets.UTF_8).getBytes("GBK");

        assertThat(RubricValidator.validate("gbk.yaml", gbk)).extracting(Problem::toString).containsExactly(
                "gbk.yaml:1:3: syntax error: the file is not UTF-8 text (perhaps GBK): save it as UTF-8 and try again");
        assertThatThrownBy(() -> load("gbk.yaml", gbk)).isInstanceOf(InvalidRubricException.class);
    }

    @Test
    void askingForAnUnloadedTargetOrIdSaysWhatToDo() {
        load("penalty-case.yaml", penalty);
        RubricBook book = session.state().get(RubricBook.class);

        assertThatThrownBy(() -> book.requireFor(RubricTarget.UNIT_DOCUMENTS))
                .hasMessage("no rubric for unit-documents (被稽查单位资料) in this session: load one with"
                        + " 'rubric load FILE', e.g. rubrics/unit-documents.yaml");
        assertThatThrownBy(() -> book.require("penalty-cas"))
                .hasMessage("no rubric 'penalty-cas' in this session; did you mean 'penalty-case'? (loaded: penalty-case)");
    }
}
