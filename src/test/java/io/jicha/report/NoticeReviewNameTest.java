package io.jicha.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice's opening names the review in words the addressee reads, not by a session identifier. */
class NoticeReviewNameTest {

    @Test
    void aChineseSessionNameIsReadOutAsItIs() {
        assertThat(ReportModels.reviewName("苏州市2016年10月环境监察稽查", "zh-CN")).isEqualTo("苏州市2016年10月环境监察稽查");
    }

    @Test
    void anIdentifierSessionNameBecomesTheGenericReviewInAChineseNotice() {
        assertThat(ReportModels.reviewName("suzhou-2016-review", "zh-CN")).isEqualTo("环境监察稽查");
    }

    @Test
    void anEnglishNoticeKeepsTheSessionName() {
        assertThat(ReportModels.reviewName("suzhou-2016-review", "en")).isEqualTo("suzhou-2016-review");
    }
}
