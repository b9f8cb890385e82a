package io.jicha.finding;

import static io.jicha.finding.WorkdayCalendarTest.SHIPPED;
import static io.jicha.finding.WorkdayCalendarTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jicha.common.Json;
import io.jicha.common.UserError;
import io.jicha.common.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void calendarDaysCountFromTheDayAfterIssue() {
        assertThat(Deadline.days(30).resolve(d("2016-10-31"), SHIPPED)).isEqualTo(d("2016-11-30"));
        assertThat(Deadline.days(1).resolve(d("2016-10-10"), SHIPPED)).isEqualTo(d("2016-10-11"));
    }

    @Test
    void calendarDaysEndingOnARestDayMoveToTheNextWorkingDay() {
        // 2016-10-30 is a Sunday → Monday 10-31 (民法典 art. 203)
        assertThat(Deadline.days(30).resolve(d("2016-09-30"), SHIPPED)).isEqualTo(d("2016-10-31"));
        // 09-25 + 10 = 10-05, inside National Day → the adjusted working Saturday 10-08
        assertThat(Deadline.days(10).resolve(d("2016-09-25"), SHIPPED)).isEqualTo(d("2016-10-08"));
    }

    @Test
    void workingDaysFollowTheHolidayCalendar() {
        assertThat(Deadline.workdays(5).resolve(d("2016-09-30"), SHIPPED)).isEqualTo(d("2016-10-12"));
        assertThat(Deadline.workdays(15).resolve(d("2016-09-08"), SHIPPED)).isEqualTo(d("2016-09-30"));
    }

    @Test
    void aFixedDateBeforeTheIssueDateIsRefused() {
        assertThat(Deadline.due(d("2016-11-30")).resolve(d("2016-10-31"), SHIPPED)).isEqualTo(d("2016-11-30"));
        assertThat(Deadline.due(d("2016-10-31")).resolve(d("2016-10-31"), SHIPPED)).isEqualTo(d("2016-10-31"));
        assertThatThrownBy(() -> Deadline.due(d("2016-10-01")).resolve(d("2016-10-31"), SHIPPED))
                .isInstanceOf(UserError.class)
                .hasMessage("due date 2016-10-01 is before the notice's issue date 2016-10-31:"
                        + " give a due date on or after 2016-10-31");
    }

    @Test
    void aDeadlineResolvingPastTheCalendarIsAnError() {
        assertThatThrownBy(() -> Deadline.days(30).resolve(d("2027-12-15"), SHIPPED))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("no holiday calendar for 2028");
    }

    /** The terminal's words, in both languages: the same texts as Deadline.describe gave before issue 22. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ZH | 30d        | 30日内",
            "ZH | 1d         | 1日内",
            "ZH | 3650d      | 3650日内",
            "ZH | 15wd       | 15个工作日内",
            "ZH | 1wd        | 1个工作日内",
            "ZH | 2016-11-30 | 2016年11月30日前",
            "ZH | 2017-01-05 | 2017年1月5日前",
            "EN | 30d        | within 30 days",
            "EN | 1d         | within 1 day",
            "EN | 3650d      | within 3650 days",
            "EN | 15wd       | within 15 working days",
            "EN | 1wd        | within 1 working day",
            "EN | 2016-11-30 | by 30 November 2016",
            "EN | 2017-01-05 | by 5 January 2017"})
    void isWordedFromTheBundlesInEitherLanguage(Texts.Lang lang, String typed, String words) {
        assertThat(DeadlineWords.of(DeadlineInput.parse(typed), lang)).isEqualTo(words);
    }

    @Test
    void commandOptionsGiveAtMostOneDeadline() {
        assertThat(DeadlineInput.fromOptions(null, null, null)).isNull();
        assertThat(DeadlineInput.fromOptions(30, null, null)).isEqualTo(Deadline.days(30));
        assertThat(DeadlineInput.fromOptions(null, 15, null)).isEqualTo(Deadline.workdays(15));
        assertThat(DeadlineInput.fromOptions(null, null, "2016-11-30")).isEqualTo(Deadline.due(d("2016-11-30")));
        assertThatThrownBy(() -> DeadlineInput.fromOptions(30, 15, null))
                .hasMessage("give only one of --days, --workdays and --due");
        assertThatThrownBy(() -> DeadlineInput.fromOptions(null, null, "2016-11-31"))
                .hasMessageStartingWith("--due: '2016-11-31' is not a date");
        assertThatThrownBy(() -> DeadlineInput.fromOptions(0, null, null))
                .isInstanceOf(UserError.class)
                .hasMessage("--days 0: must be a whole number from 1 to 3650");
        assertThatThrownBy(() -> DeadlineInput.fromOptions(null, -3, null))
                .hasMessageStartingWith("--workdays -3");
    }

    @Test
    void parsesTheWaysRubricsWriteDeadlines() {
        assertThat(DeadlineInput.parse("30d")).isEqualTo(Deadline.days(30));
        assertThat(DeadlineInput.parse("30日内")).isEqualTo(Deadline.days(30));
        assertThat(DeadlineInput.parse("30 days")).isEqualTo(Deadline.days(30));
        assertThat(DeadlineInput.parse("15wd")).isEqualTo(Deadline.workdays(15));
        assertThat(DeadlineInput.parse("15个工作日")).isEqualTo(Deadline.workdays(15));
        assertThat(DeadlineInput.parse("15 working days")).isEqualTo(Deadline.workdays(15));
        assertThat(DeadlineInput.parse("2016-11-30")).isEqualTo(Deadline.due(d("2016-11-30")));
        assertThatThrownBy(() -> DeadlineInput.parse("soon")).isInstanceOf(UserError.class);
    }

    @Test
    void survivesTheJournalsJson() throws Exception {
        for (Deadline dl : new Deadline[] {Deadline.days(30), Deadline.workdays(15), Deadline.due(d("2016-11-30"))}) {
            String json = Json.MAPPER.writeValueAsString(dl);
            assertThat(Json.MAPPER.readValue(json, Deadline.class)).isEqualTo(dl);
        }
        assertThat(Json.MAPPER.writeValueAsString(Deadline.workdays(15))).isEqualTo("{\"kind\":\"workdays\",\"days\":15}");
        assertThat(Json.MAPPER.writeValueAsString(Deadline.due(d("2016-11-30"))))
                .isEqualTo("{\"kind\":\"due\",\"date\":\"2016-11-30\"}");
    }
}
