package io.jicha.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jicha.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkdayCalendarTest {

    static final WorkdayCalendar SHIPPED = WorkdayCalendar.load(Path.of(WorkdayCalendar.DEFAULT_LOCATION));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void shippedCalendarKnows2011To2027With2027Provisional() {
        assertThat(SHIPPED.years()).containsExactly(2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
                2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(SHIPPED.isProvisional(2017)).isFalse();
        assertThat(SHIPPED.isProvisional(2016)).isFalse();
        assertThat(SHIPPED.isProvisional(2026)).isFalse();
        assertThat(SHIPPED.isProvisional(2027)).isTrue();
    }

    @Test
    void nationalDay2016HolidaysAreOffAndTheAdjustedWeekendIsWorking() {
        for (LocalDate day = d("2016-10-01"); !day.isAfter(d("2016-10-07")); day = day.plusDays(1)) {
            assertThat(SHIPPED.isWorkday(day)).as(day.toString()).isFalse();
        }
        assertThat(SHIPPED.isWorkday(d("2016-10-08"))).as("Saturday made a working day").isTrue();
        assertThat(SHIPPED.isWorkday(d("2016-10-09"))).as("Sunday made a working day").isTrue();
        assertThat(SHIPPED.isWorkday(d("2016-10-15"))).as("ordinary Saturday").isFalse();
        assertThat(SHIPPED.isWorkday(d("2016-09-30"))).as("ordinary Friday").isTrue();
    }

    @Test
    void fiveWorkingDaysFromTheEveOfNationalDay2016EndOnOctober12() {
        // issued Fri 09-30; 10-01..10-07 off; Sat 10-08 (1), Sun 10-09 (2), 10-10 (3), 10-11 (4), 10-12 (5)
        assertThat(SHIPPED.addWorkdays(d("2016-09-30"), 5)).isEqualTo(d("2016-10-12"));
        assertThat(SHIPPED.addWorkdays(d("2016-09-30"), 1)).isEqualTo(d("2016-10-08"));
        assertThat(SHIPPED.addWorkdays(d("2016-09-30"), 2)).isEqualTo(d("2016-10-09"));
    }

    @Test
    void workingDaysAcrossMidAutumn2016CountTheAdjustedSunday() {
        // issued Wed 09-14; 09-15..09-17 off; Sun 09-18 working (1); Mon 09-19 (2); Tue 09-20 (3)
        assertThat(SHIPPED.addWorkdays(d("2016-09-14"), 1)).isEqualTo(d("2016-09-18"));
        assertThat(SHIPPED.addWorkdays(d("2016-09-14"), 3)).isEqualTo(d("2016-09-20"));
        // across both: issued Thu 09-08, 15 working days:
        // 09-09(1) 12(2) 13(3) 14(4) 18(5) 19(6) 20(7) 21(8) 22(9) 23(10) 26(11) 27(12) 28(13) 29(14) 30(15)
        assertThat(SHIPPED.addWorkdays(d("2016-09-08"), 15)).isEqualTo(d("2016-09-30"));
        // one more skips the whole National Day week to the adjusted Saturday
        assertThat(SHIPPED.addWorkdays(d("2016-09-08"), 16)).isEqualTo(d("2016-10-08"));
    }

    @Test
    void springFestival2016AdjustedWeekendDaysAreWorking() {
        // Sat 02-06 and Sun 02-14 working; 02-07..02-13 off
        assertThat(SHIPPED.addWorkdays(d("2016-02-05"), 1)).isEqualTo(d("2016-02-06"));
        assertThat(SHIPPED.addWorkdays(d("2016-02-05"), 2)).isEqualTo(d("2016-02-14"));
        assertThat(SHIPPED.addWorkdays(d("2016-02-05"), 3)).isEqualTo(d("2016-02-15"));
    }

    @Test
    void nationalDay2026FollowsTheOfficialSchedule() {
        // 2026: 10-01..10-07 off, Sat 10-10 working; 10-08 Thu, 10-09 Fri
        assertThat(SHIPPED.addWorkdays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(SHIPPED.addWorkdays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
        assertThat(SHIPPED.isWorkday(d("2026-09-20"))).as("Sunday before National Day 2026").isTrue();
        assertThat(SHIPPED.isWorkday(d("2025-10-08"))).as("merged Mid-Autumn/National Day 2025").isFalse();
    }

    @Test
    void the2017ScheduleIsTheStateCouncilNotices() {
        // 国办发明电〔2016〕17号: 元旦 12-31..01-02; 春节 01-27..02-02, Sun 01-22 and Sat 02-04 working;
        // 清明 04-02..04-04, Sat 04-01 working; 劳动节 04-29..05-01; 端午 05-28..05-30, Sat 05-27 working;
        // 中秋、国庆 10-01..10-08, Sat 09-30 working
        assertThat(SHIPPED.isWorkday(d("2017-01-02"))).as("元旦 补休 Monday").isFalse();
        assertThat(SHIPPED.isWorkday(d("2017-01-22"))).as("Sunday before 春节").isTrue();
        assertThat(SHIPPED.isWorkday(d("2017-02-02"))).as("春节").isFalse();
        assertThat(SHIPPED.isWorkday(d("2017-02-04"))).as("Saturday after 春节").isTrue();
        assertThat(SHIPPED.isWorkday(d("2017-04-03"))).as("清明 Monday").isFalse();
        assertThat(SHIPPED.isWorkday(d("2017-05-29"))).as("端午 Monday").isFalse();
        assertThat(SHIPPED.isWorkday(d("2017-09-30"))).as("Saturday before 国庆").isTrue();
        assertThat(SHIPPED.isWorkday(d("2017-10-06"))).as("中秋、国庆").isFalse();
        // 10 working days from Tue 2017-01-24: 01-25, 01-26, 02-03, Sat 02-04, 02-06 … 02-10, 02-13
        assertThat(SHIPPED.addWorkdays(d("2017-01-24"), 10)).isEqualTo(d("2017-02-13"));
    }

    @Test
    void aDatePastTheLastKnownYearIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> SHIPPED.addWorkdays(d("2027-12-24"), 10))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("no holiday calendar for 2028: add it to rubrics/calendar/cn-workdays.yaml");
        assertThatThrownBy(() -> SHIPPED.isWorkday(d("2010-03-01")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("no holiday calendar for 2010");
    }

    @Test
    void workdayOnOrAfterSkipsHolidaysAndWeekends() {
        assertThat(SHIPPED.workdayOnOrAfter(d("2016-10-03"))).isEqualTo(d("2016-10-08"));
        assertThat(SHIPPED.workdayOnOrAfter(d("2016-10-10"))).isEqualTo(d("2016-10-10"));
        assertThat(SHIPPED.workdayOnOrAfter(d("2016-10-15"))).isEqualTo(d("2016-10-17"));
    }

    @Test
    void anAdjustedWorkingDayOnAWeekdayIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cal.yaml");
        Files.writeString(file, """
                years:
                  - year: 2016
                    holidays:
                      - { name: 国庆节, from: 2016-10-01, to: 2016-10-07 }
                    workdays:
                      - { date: 2016-10-10, for: 国庆节 }
                """);
        assertThatThrownBy(() -> WorkdayCalendar.load(file))
                .isInstanceOf(UserError.class)
                .hasMessage(file + " years[0].workdays[0].date: 2016-10-10 is a Monday;"
                        + " list only weekend days made working days (调休上班)");
    }

    @Test
    void aMalformedDateIsRefusedWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cal.yaml");
        Files.writeString(file, """
                years:
                  - year: 2016
                    holidays:
                      - { name: 国庆节, from: 2016-10-01, to: 2016-10-32 }
                """);
        assertThatThrownBy(() -> WorkdayCalendar.load(file))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("years[0].holidays[0].to");
    }

    @Test
    void aHolidayEndingBeforeItStartsAndADuplicateYearAreRefused(@TempDir Path dir) throws Exception {
        Path backwards = dir.resolve("backwards.yaml");
        Files.writeString(backwards, """
                years:
                  - year: 2016
                    holidays:
                      - { name: 国庆节, from: 2016-10-07, to: 2016-10-01 }
                """);
        assertThatThrownBy(() -> WorkdayCalendar.load(backwards))
                .hasMessage(backwards + " years[0].holidays[0].to: 2016-10-01 is before from 2016-10-07");
        Path twice = dir.resolve("twice.yaml");
        Files.writeString(twice, """
                years:
                  - { year: 2016, holidays: [ { name: 元旦, from: 2016-01-01 } ] }
                  - { year: 2016, holidays: [ { name: 元旦, from: 2016-01-01 } ] }
                """);
        assertThatThrownBy(() -> WorkdayCalendar.load(twice))
                .hasMessage(twice + " years[1].year: 2016 is listed twice");
    }

    @Test
    void aMissingCalendarFileSaysWhereItBelongs(@TempDir Path dir) {
        assertThatThrownBy(() -> WorkdayCalendar.load(dir.resolve("none.yaml")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("not found")
                .hasMessageContaining(WorkdayCalendar.DEFAULT_LOCATION);
    }
}
