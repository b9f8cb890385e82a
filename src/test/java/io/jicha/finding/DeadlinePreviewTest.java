package io.jicha.finding;

import io.jicha.common.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deadline previews on the shipped calendar (rubrics/calendar/cn-workdays.yaml; 2027 is provisional there). */
class DeadlinePreviewTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendarLoader.load(Path.of(WorkdayCalendar.DEFAULT_LOCATION));

    @ParameterizedTest(name = "{0} + {1} days / {2} working days → {3}")
    @CsvSource({
            // 国庆 2016: 10-01..10-07 off, Sat 10-08 and Sun 10-09 worked (国办发明电〔2015〕18号)
            "2016-09-30,   , 5, 2016-10-12, ''",
            // 30 days from 2016-10-20 is Sat 2016-11-19: the period ends on the next working day (民法典 art. 203)
            "2016-10-20, 30,  , 2016-11-21, ''",
            "2016-10-20,   , 15, 2016-11-10, ''",
            // across the year: 12-27..30 (4), 元旦 2016-12-31..2017-01-02 off, 01-03..06 (8), 01-09, 01-10 (10)
            "2016-12-26,   , 10, 2017-01-10, ''",
            // counted into 2027 (provisional in the shipped calendar): 9 working days in 2026-12-21..31, 元旦 off, then 01-04..01-11
            "2026-12-20,   , 15, 2027-01-11, 2027",
            "2026-12-20, 10,  , 2026-12-30, ''"})
    void previewGivesTheDueDateAndTheProvisionalYearsItRestsOn(LocalDate from, Integer days, Integer workdays,
                                                                LocalDate due, String provisional) {
        DeadlinePreview p = DeadlinePreview.of(from, days, workdays, CALENDAR);
        assertThat(p.due()).isEqualTo(due);
        assertThat(p.provisionalYears()).isEqualTo(provisional.isEmpty() ? List.of() : List.of(Integer.parseInt(provisional)));
        assertThat(p.provisional()).isEqualTo(!provisional.isEmpty());
    }

    @Test
    void exactlyOneOfDaysAndWorkdays() {
        assertThatThrownBy(() -> DeadlinePreview.of(LocalDate.of(2016, 10, 20), null, null, CALENDAR))
                .isInstanceOf(UserError.class).hasMessageContaining("--workdays");
        assertThatThrownBy(() -> DeadlinePreview.of(LocalDate.of(2016, 10, 20), 3, 3, CALENDAR))
                .isInstanceOf(UserError.class).hasMessageContaining("--workdays");
    }
}
