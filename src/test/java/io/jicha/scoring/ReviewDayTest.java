package io.jicha.scoring;

import io.jicha.common.UserError;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.SessionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The day a score event records, for a review of 10–13 October 2016 (ScoringDecisions.reviewDay). */
class ReviewDayTest {

    private static final SessionInfo REVIEW = new SessionInfo("review", LocalDate.of(2016, 10, 10),
            LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null);

    @ParameterizedTest(name = "--on {0}, today {1}, amendment {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "-,          2016-10-11, false, 2016-10-11",   // today inside the period is the default
            "-,          2016-10-13, false, 2016-10-13",   // the period's last day still counts
            "2016-10-12, 2026-11-29, false, 2016-10-12",   // scored later from notes: the day given
            "2016-10-10, 2016-10-10, false, 2016-10-10",
            "-,          2026-11-29, true,  2026-11-29",   // an amendment is made today, after the period
            "2016-11-02, 2026-11-29, true,  2016-11-02",   // or on a day given, after the period
            "-,          -,          false, -"})           // no clock (programmatic callers): no day recorded
    void theDayRecorded(LocalDate on, LocalDate today, boolean amend, LocalDate expected) {
        assertThat(ScoringDecisions.reviewDay(REVIEW, new Change("张三", false, amend ? "复核" : null, amend, on, today)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "--on {0}, today {1}, amendment {2} is refused: {3}")
    @CsvSource(nullValues = "-", value = {
            "-,          2026-11-29, false, --on yyyy-MM-dd",   // today is outside the period: ask for the day
            "-,          2016-10-09, false, --on yyyy-MM-dd",
            "2016-10-09, 2016-10-11, false, 2016-10-10",        // before the review started
            "2016-10-14, 2026-11-29, false, score amend",       // after it ended: that is an amendment
            "2016-10-09, 2026-11-29, true,  2016-10-10",
            "2026-12-01, 2026-11-29, true,  2026-11-29"})       // an amendment cannot be dated in the future
    void refused(LocalDate on, LocalDate today, boolean amend, String saying) {
        assertThatThrownBy(() -> ScoringDecisions.reviewDay(REVIEW,
                new Change("张三", false, amend ? "复核" : null, amend, on, today)))
                .isInstanceOf(UserError.class).hasMessageContaining(saying).hasMessageNotContaining("\n");
    }
}
