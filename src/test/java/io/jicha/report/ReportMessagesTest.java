package io.jicha.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMessagesTest {

    @Test
    void chineseDatesAndNumbersFollowOfficialStyle() {
        ReportMessages zh = ReportMessages.forLocale(Locale.forLanguageTag("zh-CN"));
        assertThat(zh.date(LocalDate.of(2016, 11, 14))).isEqualTo("2016年11月14日");
        assertThat(zh.period(LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13)))
                .isEqualTo("2016年10月10日至2016年10月13日");
        assertThat(zh.ordinal(1)).isEqualTo("一");
        assertThat(zh.ordinal(10)).isEqualTo("十");
        assertThat(zh.ordinal(12)).isEqualTo("十二");
        assertThat(zh.ordinal(40)).isEqualTo("四十");
        assertThat(zh.ordinal(99)).isEqualTo("九十九");
        assertThat(zh.get("footer.pages", 3, 17)).isEqualTo("第 3 页 共 17 页");
        assertThat(zh.get("report.method.recheck")).contains("printf '%s' '种子:编号' | sha256sum");
    }

    @Test
    void englishBundleHasEnglishLabelsAndDates() {
        ReportMessages en = ReportMessages.forLocale(Locale.ENGLISH);
        assertThat(en.date(LocalDate.of(2016, 11, 14))).isEqualTo("14 November 2016");
        assertThat(en.get("notice.attachment.title")).isEqualTo("List of findings");
        assertThat(en.get("footer.pages", 3, 17)).isEqualTo("Page 3 of 17");
        assertThat(en.get("report.method.recheck")).contains("printf '%s' 'SEED:ID' | sha256sum",
                "LC_ALL=C sort ids.txt | sha256sum");
        assertThat(en.ordinal(12)).isEqualTo("12");
        assertThat(ReportMessages.forLocale(Locale.FRENCH).get("notice.attachment.title")).isEqualTo("List of findings");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        var zh = new HashSet<>(ReportMessages.forLocale(Locale.SIMPLIFIED_CHINESE).keys());
        var en = new HashSet<>(ReportMessages.forLocale(Locale.ENGLISH).keys());
        assertThat(en).isEqualTo(zh);
    }

    @Test
    void pointsAreWrittenWithoutTrailingZerosOrExponent() {
        assertThat(ReportMessages.points(new BigDecimal("85.50"))).isEqualTo("85.5");
        assertThat(ReportMessages.points(new BigDecimal("100"))).isEqualTo("100");
        assertThat(ReportMessages.points(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(ReportMessages.points(new BigDecimal("0.0"))).isEqualTo("0");
    }
}
