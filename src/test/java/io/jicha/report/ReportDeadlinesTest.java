package io.jicha.report;

import io.jicha.finding.AddFinding;
import io.jicha.finding.Deadline;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.Severity;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.Snapshots;
import io.jicha.rubric.RubricBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review report words a finding's deadline in the session's language, from the report bundle: the
 * rule until the unit's notice is issued, then the due date. A Chinese session reads as it always has;
 * an English session used to get the Chinese words (30日内, 2016年11月21日前) in its English report.
 */
class ReportDeadlinesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zh-CN | 30日内         | 15个工作日内           | 2016年11月21日前     | 2016年11月10日前",
            "en    | within 30 days | within 15 working days | by 21 November 2016 | by 10 November 2016"})
    void theRuleUntilTheNoticeIsIssuedThenTheDueDate(String locale, String days, String workdays, String daysDue,
                                                     String workdaysDue) throws Exception {
        Snapshots.clearCache();
        Session session = new Workspace(dir.resolve("ws")).create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("太仓市"), List.of("张三"), locale, null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = 1; i <= 3; i++) {
            csv.append("太环罚字〔2016〕").append(i).append("号,2016-03-15,太仓某化工有限公司").append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        RecordImport.importFile(session, "张三", cases, "太仓市", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        byte[] rubric = Files.readAllBytes(Path.of("src/test/resources/rubrics/marks.yaml"));
        session.append("张三", s -> s.get(RubricBook.class).decideLoad("marks.yaml", rubric).events());
        Sampling.draw(session, "张三", new DrawRequest("太仓市", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                1, false, RecordFilter.NONE, null, false, null));
        session.append("张三", s -> FindingDecisions.add(s.get(FindingBook.class), new AddFinding("太仓市", null, null,
                Severity.MINOR, "未公开", "公开", Deadline.days(30), null), Map.of()));
        session.append("张三", s -> FindingDecisions.add(s.get(FindingBook.class), new AddFinding("太仓市", null, null,
                Severity.MAJOR, "未归档", "归档", Deadline.workdays(15), null), Map.of()));

        assertThat(deadlines(session)).containsExactly(days, workdays);
        // issued Thursday 2016-10-20: +30 days is Saturday 11-19, so Monday 11-21; 15 working days is 11-10
        session.append("张三", s -> FindingDecisions.issueNotice(s.get(FindingBook.class), "太仓市",
                LocalDate.of(2016, 10, 20), null, "notice.pdf"));
        assertThat(deadlines(session)).containsExactly(daysDue, workdaysDue);
    }

    private List<String> deadlines(Session session) {
        return new ReportModels(session.state(), session.snapshotDir()).review("稽查报告", null, null,
                        LocalDate.of(2016, 10, 20), WorkdayCalendarLoader.locate(dir))
                .findings().stream().map(ReviewReportModel.FindingEntry::deadline).toList();
    }
}
