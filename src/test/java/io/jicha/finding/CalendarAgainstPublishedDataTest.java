package io.jicha.finding;

import static io.jicha.finding.WorkdayCalendarTest.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every day of 2011–2026 in the shipped calendar against an independent published dataset
 * (src/test/resources/calendar/chinese-days-2011-2026.txt names it): a working day there is a
 * working day here, and a day off is a day off.
 */
class CalendarAgainstPublishedDataTest {

    private static final Map<LocalDate, Boolean> PUBLISHED = published();

    static IntStream years() {
        return IntStream.rangeClosed(2011, 2026);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void everyDayOfTheYearMatchesThePublishedDataset(int year) {
        List<String> differences = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean expected = PUBLISHED.getOrDefault(d,
                    d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
            if (SHIPPED.isWorkday(d) != expected) {
                differences.add(d + " " + d.getDayOfWeek() + (expected ? ": published as working" : ": published as off"));
            }
        }
        assertThat(differences).as("days of %d where cn-workdays.yaml disagrees", year).isEmpty();
        assertThat(SHIPPED.isProvisional(year)).isFalse();
    }

    private static Map<LocalDate, Boolean> published() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        try (InputStream in = CalendarAgainstPublishedDataTest.class.getResourceAsStream("/calendar/chinese-days-2011-2026.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                days.put(LocalDate.parse(f[0]), switch (f[1]) {
                    case "work" -> true;
                    case "off" -> false;
                    default -> throw new IllegalStateException("bad line: " + line);
                });
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(days).hasSizeGreaterThan(500);
        return days;
    }
}
