package io.jicha.finding;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the holiday calendar YAML (format in docs/findings.md) into a {@link WorkdayCalendar},
 * refusing any entry that cannot be right with one line naming the file and the entry.
 */
public final class WorkdayCalendarLoader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final int LONGEST_BREAK_DAYS = 15;

    // File format, one record per level.
    record CalendarFile(List<YearEntry> years) {
    }

    record YearEntry(Integer year, Boolean provisional, String source, List<HolidayEntry> holidays,
                     List<WorkdayEntry> workdays) {
    }

    record HolidayEntry(String name, LocalDate from, LocalDate to) {
    }

    record WorkdayEntry(LocalDate date, @JsonProperty("for") String forHoliday) {
    }

    private WorkdayCalendarLoader() {
    }

    /**
     * The calendar jicha uses: {@code <workspace>/rubrics/calendar/cn-workdays.yaml} if present,
     * else {@code ./rubrics/calendar/cn-workdays.yaml}, else the copy on the classpath.
     */
    public static WorkdayCalendar locate(Path workspaceRoot) {
        Path inWorkspace = workspaceRoot.resolve(WorkdayCalendar.DEFAULT_LOCATION);
        if (Files.isRegularFile(inWorkspace)) {
            return load(inWorkspace);
        }
        Path inProject = Path.of(WorkdayCalendar.DEFAULT_LOCATION);
        if (Files.isRegularFile(inProject)) {
            return load(inProject);
        }
        try (InputStream in = WorkdayCalendarLoader.class.getResourceAsStream("/" + WorkdayCalendar.DEFAULT_LOCATION)) {
            if (in != null) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        Texts.get("finding.calendar-bundled-copy", inWorkspace));
            }
        } catch (IOException e) {
            throw UserError.of("finding.cannot-read-bundled-holiday-calendar", e.getMessage());
        }
        throw UserError.of("finding.holiday-calendar-put-cn-workdays", inWorkspace);
    }

    public static WorkdayCalendar load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UserError.of("finding.holiday-calendar-found-restore-copy", file, WorkdayCalendar.DEFAULT_LOCATION);
        } catch (IOException e) {
            throw UserError.of("finding.cannot-read-holiday-calendar", file, e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses calendar YAML text; {@code name} is used in error messages and in "add it to …". */
    public static WorkdayCalendar parse(String yaml, String name) {
        CalendarFile file;
        try {
            file = YAML.readValue(yaml, CalendarFile.class);
        } catch (JsonMappingException e) {
            throw UserError.of("finding.calendar-invalid-value", name + where(e.getLocation()), path(e),
                    e.getOriginalMessage().lines().findFirst().orElse("?"));
        } catch (JsonProcessingException e) {
            throw UserError.of("finding.calendar-not-yaml", name + where(e.getLocation()),
                    e.getOriginalMessage().lines().findFirst().orElse("?"));
        }
        if (file == null || file.years() == null || file.years().isEmpty()) {
            throw UserError.of("finding.years-file-needs-years-list", name);
        }
        List<WorkdayCalendar.Year> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < file.years().size(); i++) {
            WorkdayCalendar.Year y = year(file.years().get(i), name + " years[" + i + "]");
            if (!seen.add(y.year())) {
                throw UserError.of("finding.years-year-listed-twice", name, i, y.year());
            }
            years.add(y);
        }
        return new WorkdayCalendar(name, years);
    }

    private static WorkdayCalendar.Year year(YearEntry e, String at) {
        if (e == null || e.year() == null) {
            throw UserError.of("finding.year-missing-e-g-year", at);
        }
        int year = e.year();
        if (year < 1999 || year > 2100) {
            throw UserError.of("finding.year-plausible-calendar-year", at, year);
        }
        if (e.holidays() == null || e.holidays().isEmpty()) {
            throw UserError.of("finding.holidays-missing-every-year-has", at);
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = 0; i < e.holidays().size(); i++) {
            HolidayEntry h = e.holidays().get(i);
            String hAt = at + ".holidays[" + i + "]";
            if (h == null || h.from() == null) {
                throw UserError.of("finding.missing-yyyy-mm-dd", hAt);
            }
            if (h.name() == null || h.name().isBlank()) {
                throw UserError.of("finding.name-missing-e-g", hAt);
            }
            LocalDate to = h.to() == null ? h.from() : h.to();
            if (to.isBefore(h.from())) {
                throw UserError.of("finding.calendar-to-before-from", hAt, to, h.from());
            }
            if (h.from().plusDays(LONGEST_BREAK_DAYS).isBefore(to)) {
                throw UserError.of("finding.longer-than-any-official-break", hAt, h.from(), to, LONGEST_BREAK_DAYS);
            }
            nearYear(h.from(), year, hAt + ".from");
            nearYear(to, year, hAt + ".to");
            for (LocalDate d = h.from(); !d.isAfter(to); d = d.plusDays(1)) {
                holidays.add(d);
            }
        }
        Set<LocalDate> workdays = new HashSet<>();
        List<WorkdayEntry> listed = e.workdays() == null ? List.of() : e.workdays();
        for (int i = 0; i < listed.size(); i++) {
            WorkdayEntry w = listed.get(i);
            String wAt = at + ".workdays[" + i + "].date";
            if (w == null || w.date() == null) {
                throw UserError.of("finding.missing-yyyy-mm-dd-2", wAt);
            }
            nearYear(w.date(), year, wAt);
            DayOfWeek dow = w.date().getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw UserError.of("finding.list-only-weekend-days-made", wAt, w.date(), dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
            if (holidays.contains(w.date())) {
                throw UserError.of("finding.also-inside-holiday", wAt, w.date(), year);
            }
            workdays.add(w.date());
        }
        return new WorkdayCalendar.Year(year, Boolean.TRUE.equals(e.provisional()),
                e.source() == null ? "" : e.source(), holidays, workdays);
    }

    private static void nearYear(LocalDate d, int year, String at) {
        // A break may reach into the neighbouring year (元旦 2023-12-30..2024-01-01 is in the 2024 notice).
        if (Math.abs(d.getYear() - year) > 1) {
            throw UserError.of("finding.calendar-not-next-to", at, d, year);
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        return sb.toString();
    }
}
