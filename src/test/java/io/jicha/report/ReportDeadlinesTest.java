package io.jicha.report;

import io.jicha.finding.AddFinding;
import io.jicha.finding.Deadline;
import io.jicha.finding.FindingBook;
import io.jicha.finding.FindingDecisions;
import io.jicha.finding.Severity;
import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.session.Session;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        Session session = MarksSession.create(dir, locale, 1);
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
