package io.jicha.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jicha.common.Hashes;
import io.jicha.common.Json;
import io.jicha.common.UserError;
import io.jicha.finding.Deadline;
import io.jicha.finding.DeadlineDefaults;
import io.jicha.finding.Severity;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingEvents;
import io.jicha.finding.FindingStatus;
import io.jicha.journal.NewEvent;
import io.jicha.rubric.Rubric;
import io.jicha.rubric.RubricLoaded;
import io.jicha.rubric.RubricLoader;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.SampleDrawn;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finding commands against a real workspace and journal on disk. */
class FindingCommandsTest {

    static final Clock NOV_1_2016 = Clock.fixed(Instant.parse("2016-11-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final DeadlineDefaults RUBRIC = (state, unit, record) ->
            Map.of(Severity.MINOR, Deadline.days(30), Severity.MAJOR, Deadline.workdays(15), Severity.SEVERE, Deadline.workdays(5));

    @TempDir
    Path root;
    Workspace workspace;

    @BeforeEach
    void createSession() {
        workspace = new Workspace(root);
        workspace.create(new SessionInfo("suzhou-2016-10", LocalDate.parse("2016-10-10"), LocalDate.parse("2016-10-13"),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null), "张三");
    }

    /** Records a draw of the given penalty-case files for a unit, as 'sample draw' would. */
    void drawn(String unit, String... ids) {
        ObjectNode payload = (ObjectNode) Json.tree(new SampleDrawn(unit, "penalty-case", DrawMethod.HASH,
                "seed", false, ids.length, null, null, null, List.of(), 40, "fingerprint", List.of(ids), null, null,
                null));
        // RecordFilter.isEmpty() is written as "empty" but not read back (main as of 385cc69): leave it out
        ((ObjectNode) payload.get("filter")).remove("empty");
        session().append("张三", new NewEvent(io.jicha.sampling.SamplingEvents.DRAWN, payload));
    }

    void rubricLoaded(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(file));
        Rubric r = RubricLoader.parse(file, bytes);
        session().append("张三", new NewEvent(io.jicha.rubric.RubricEvents.LOADED, new RubricLoaded(r.id(), r.version(),
                Hashes.sha256Hex(bytes), file, new String(bytes, StandardCharsets.UTF_8))));
    }

    FindingCommands commands(List<DeadlineDefaults> defaults) {
        ShellContext ctx = new ShellContext(workspace, new Console(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
        ctx.open("suzhou-2016-10");
        ctx.useAuditor("张三");
        return new FindingCommands(ctx, defaults).withClock(NOV_1_2016);
    }

    Session session() {
        return workspace.open("suzhou-2016-10");
    }

    @Test
    void deadlinesShowAsRulesUntilTheNoticeIsIssuedThenAsDatesAndSurviveARestart() {
        drawn("吴江区", "WJ-2016-031");
        FindingCommands findings = commands(List.of());
        assertThat(findings.add("吴江区", "WJ-2016-031", "A3", "严重", "询问笔录第3页无被询问人签名", "补正签名",
                null, 5, null, null)).isEqualTo("F-001 added for 吴江区 (严重, 5个工作日内)");
        assertThat(findings.list(null, null)).contains("5个工作日内").doesNotContain("2016-10-12");

        session().append("张三", new NewEvent(FindingEvents.NOTICE_ISSUED, Map.of("unit", "吴江区", "issued", "2016-09-30")));

        FindingCommands restarted = commands(List.of());
        String list = restarted.list("吴江区", "accepted");
        assertThat(list).contains("F-001").contains("2016-10-12").contains("询问笔录第3页无被询问人签名");
        assertThat(restarted.overdue("2016-10-12")).startsWith("no overdue findings on 2016-10-12")
                .contains("not counted (no notice issued yet): 太仓市");
        assertThat(restarted.overdue("2016-10-13")).startsWith("1 overdue on 2016-10-13:").contains("F-001");
        assertThat(restarted.resolve("F1", "已补正，见整改报告", "2016-10-20")).isEqualTo("F-001 resolved on 2016-10-20");
        assertThat(restarted.overdue(null)).startsWith("no overdue findings on 2016-11-01");
        assertThat(restarted.show("1")).contains("resolved:    2016-10-20 by 张三: 已补正，见整改报告")
                .contains("finding.resolved");
    }

    @Test
    void theJournalHoldsTheFindingsAsReadableJson() throws Exception {
        commands(List.of()).add("太仓市", null, null, "较重", "卷宗目录不全", "补全目录", null, null, "2016-11-30", null);
        String journal = Files.readString(session().dir().resolve(Session.JOURNAL), StandardCharsets.UTF_8);
        assertThat(journal).contains("\"type\":\"finding.added\"")
                .contains("\"deadline\":{\"kind\":\"due\",\"date\":\"2016-11-30\"}")
                .contains("\"severity\":\"较重\"");
        FindingBook replayed = session().state().get(FindingBook.class);
        assertThat(replayed.require("F-001").deadline()).isEqualTo(Deadline.due(LocalDate.parse("2016-11-30")));
    }

    @Test
    void withoutRubricDefaultsADeadlineOptionIsRequired() {
        FindingCommands unwired = commands(List.of());
        assertThatThrownBy(() -> unwired.add("吴江区", null, null, "一般", "x", "y", null, null, null, null))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("give --days N, --workdays N or --due yyyy-MM-dd");
        FindingCommands wired = commands(List.of(RUBRIC));
        assertThat(wired.add("吴江区", null, null, "major", "x", "y", null, null, null, null))
                .isEqualTo("F-001 added for 吴江区 (较重, 15个工作日内, the rubric's default)");
    }

    @Test
    void defaultsComeFromTheRubricOfTheFindingsSubject() throws Exception {
        drawn("吴江区", "WJ-2016-031");
        rubricLoaded("rubrics/penalty-case.yaml");
        FindingCommands findings = commands(List.of(new RubricDeadlineDefaults()));
        assertThat(findings.add("吴江区", "WJ-2016-031", null, "严重", "x", "y", null, null, null, null))
                .isEqualTo("F-001 added for 吴江区 (严重, 10个工作日内, the rubric's default)");
        assertThatThrownBy(() -> findings.add("吴江区", null, null, "严重", "x", "y", null, null, null, null))
                .as("a unit's own documents follow the unit-documents rubric, not loaded here")
                .hasMessageStartingWith("no deadline for F-002: no rubric default deadlines are available");
        rubricLoaded("rubrics/unit-documents.yaml");
        assertThat(findings.add("吴江区", null, null, "一般", "x", "y", null, null, null, null))
                .isEqualTo("F-002 added for 吴江区 (一般, 30日内, the rubric's default)");
    }

    @Test
    void aCriterionCodeMustBeInTheSubjectsRubric() throws Exception {
        drawn("吴江区", "WJ-2016-031");
        rubricLoaded("rubrics/penalty-case.yaml");
        FindingCommands findings = commands(List.of(new RubricDeadlineDefaults()));
        assertThatThrownBy(() -> findings.add("吴江区", "WJ-2016-031", "B11", "一般", "x", "y", null, null, null, null))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("no criterion B11 in rubric penalty-case v3; did you mean B1");
        assertThat(findings.add("吴江区", "WJ-2016-031", "B1", "一般", "x", "y", null, null, null, null))
                .startsWith("F-001 added");
    }

    @Test
    void aFindingAboutAFileNeedsAFileDrawnForThatUnit() {
        drawn("太仓市", "TC-2016-007");
        FindingCommands findings = commands(List.of(RUBRIC));
        assertThatThrownBy(() -> findings.add("吴江区", "WJ-9", null, "一般", "x", "y", null, null, null, null))
                .hasMessage("--record WJ-9 was not drawn in this session: findings about a file are about the drawn files only");
        assertThatThrownBy(() -> findings.add("吴江区", "TC-2016-007", null, "一般", "x", "y", null, null, null, null))
                .hasMessage("--record TC-2016-007 was drawn for 太仓市, not for 吴江区");
    }

    @Test
    void badInputIsRefusedWithOneLine() {
        FindingCommands findings = commands(List.of(RUBRIC));
        assertThatThrownBy(() -> findings.add("苏州市", null, null, "一般", "x", "y", null, null, null, null))
                .hasMessageStartingWith("unknown unit '苏州市'");
        assertThatThrownBy(() -> findings.add("吴江区", null, null, "很严重", "x", "y", null, null, null, null))
                .hasMessageStartingWith("severity '很严重' is not one of");
        assertThatThrownBy(() -> findings.add("吴江区", null, null, "一般", "x", "y", 30, 15, null, null))
                .hasMessage("give only one of --days, --workdays and --due");
        assertThatThrownBy(() -> findings.resolve("F-001", "done", "2016-12-01"))
                .hasMessage("--on 2016-12-01 is in the future: a rectification is recorded once it is done");
        assertThatThrownBy(() -> findings.list(null, "open"))
                .hasMessageStartingWith("status 'open' is not one of");
    }

    @Test
    void afterFinalizeOnlyAmendmentsChangeFindingsAndTheListMarksThem() {
        drawn("吴江区", "WJ-2016-031");
        FindingCommands findings = commands(List.of(RUBRIC));
        findings.add("吴江区", "WJ-2016-031", "A3", "一般", "询问笔录无签名", "补正签名", null, null, null, null);
        session().append("张三", new NewEvent(SessionEvents.FINALIZED, Map.of()));

        assertThatThrownBy(() -> findings.edit("F-001", null, null, "严重", null, null, null))
                .hasMessage("the review is finalized: use finding amend F-001 --action edit … --reason \"…\"");
        assertThat(findings.amend("F-001", null, null, null, "严重", null, null, null, "复核认定情节严重"))
                .isEqualTo("F-001 amended: edit: 复核认定情节严重 (severity 一般→严重, deadline 30日内→5个工作日内)");
        assertThat(findings.list(null, null)).contains("F-001†").contains("† amended after the review was finalized");
        assertThat(session().state().get(FindingBook.class).require("F-001").status()).isEqualTo(FindingStatus.ACCEPTED);
    }

    @Test
    void aWorkspaceCopyOfTheCalendarTakesPrecedenceAndUnknownYearsAreRefused() throws Exception {
        Path cal = root.resolve("rubrics/calendar/cn-workdays.yaml");
        Files.createDirectories(cal.getParent());
        Files.writeString(cal, """
                years:
                  - year: 2016
                    holidays:
                      - { name: 国庆节, from: 2016-10-01, to: 2016-10-07 }
                """);
        FindingCommands findings = commands(List.of());
        findings.add("吴江区", null, null, "一般", "x", "y", null, 5, null, null);
        session().append("张三", new NewEvent(FindingEvents.NOTICE_ISSUED, Map.of("unit", "吴江区", "issued", "2016-09-30")));
        // without the adjusted working weekend 10-08/10-09, five working days end on 10-14
        assertThat(findings.list(null, null)).contains("2016-10-14");

        findings.add("吴江区", null, null, "一般", "x", "y", 120, null, null, null);
        assertThatThrownBy(() -> findings.list(null, null))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("no holiday calendar for 2017: add it to " + cal);
    }
}
