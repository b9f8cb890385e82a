package io.jicha.shell;

import io.jicha.common.UserError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Parsing of option values, each failure a one-line UserError naming the option. */
public final class Args {

    private Args() {
    }

    public static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw UserError.of("shell.date-write-yyyy-mm-dd", option, value);
        }
    }

    /** A list written with commas (also Chinese commas and 、). */
    public static List<String> list(String option, String value) {
        List<String> items = Arrays.stream(value.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            throw UserError.of("shell.empty-give-one-more-names", option);
        }
        if (items.stream().distinct().count() != items.size()) {
            throw UserError.of("shell.names-someone-something-twice", option, value);
        }
        return items;
    }

    public static BigDecimal decimal(String option, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw UserError.of("shell.not-a-number", option, value);
        }
    }

    public static String required(String option, String value) {
        if (value == null || value.isBlank()) {
            throw UserError.of("shell.give-option", option);
        }
        return value;
    }
}
