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
            throw new UserError(option + ": '" + value + "' is not a date: write it as yyyy-MM-dd, e.g. 2016-10-10");
        }
    }

    /** A list written with commas (also Chinese commas and 、). */
    public static List<String> list(String option, String value) {
        List<String> items = Arrays.stream(value.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            throw new UserError(option + " is empty: give one or more names separated by commas");
        }
        if (items.stream().distinct().count() != items.size()) {
            throw new UserError(option + " names someone or something twice: " + value);
        }
        return items;
    }

    public static BigDecimal decimal(String option, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new UserError(option + ": '" + value + "' is not a number");
        }
    }

    public static String required(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new UserError("give " + option);
        }
        return value;
    }
}
