package io.jicha.report;

import io.jicha.finding.DeadlineInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding's deadline as the documents word it, from the report bundle in the session's language. The
 * Chinese texts are those the report printed before issue 22 (Deadline.describe and the due-date line of
 * ReportModels), the English ones those of the problem list's spreadsheet (Deadline.describe(ENGLISH)).
 */
class DeadlineWordingTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "zh | 30d        | 30日内",
            "zh | 1d         | 1日内",
            "zh | 3650d      | 3650日内",
            "zh | 15wd       | 15个工作日内",
            "zh | 1wd        | 1个工作日内",
            "zh | 2016-11-30 | 2016年11月30日前",
            "en | 30d        | within 30 days",
            "en | 1d         | within 1 day",
            "en | 3650d      | within 3650 days",
            "en | 15wd       | within 15 working days",
            "en | 1wd        | within 1 working day",
            "en | 2016-11-30 | by 30 November 2016"})
    void theRule(String language, String typed, String words) {
        assertThat(DeadlineWording.rule(ReportMessages.forLocale(Locale.forLanguageTag(language)), DeadlineInput.parse(typed)))
                .isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} {1} provisional={2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "zh | 2016-11-03 | false | 2016年11月3日前",
            "zh | 2028-01-20 | true  | 2028年1月20日前（暂定）",
            "en | 2016-11-03 | false | by 3 November 2016",
            "en | 2028-01-20 | true  | by 20 January 2028 (provisional)"})
    void theDueDate(String language, LocalDate due, boolean provisional, String words) {
        assertThat(DeadlineWording.due(ReportMessages.forLocale(Locale.forLanguageTag(language)), due, provisional))
                .isEqualTo(words);
    }
}
