package io.jicha.record;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the date forms found in Chinese case-file registers: {@code 2016-09-23},
 * {@code 2016/9/23} (also {@code 2016-9-23}, {@code 2016.9.23}) and {@code 2016年9月23日}.
 */
public final class RecordDates {

    /** How the accepted forms are named in error messages. */
    public static final String FORMS = "yyyy-MM-dd, yyyy/M/d or 2016年9月23日";

    private RecordDates() {
    }

    /** The date, or null when the text is not one of the accepted forms or not a real day. */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        int n = s.length();
        int[] parts = new int[3];
        int part = 0;
        int digits = 0;
        int value = 0;
        boolean chinese = false;
        char separator = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
                if (digits > (part == 0 ? 4 : 2)) {
                    return null;
                }
                continue;
            }
            if (digits == 0 || part > 2) {
                return null;
            }
            char expected = part == 0 ? '年' : part == 1 ? '月' : '日';
            if (c == expected && (part == 0 || chinese)) {
                chinese = true;
            } else if (part < 2 && !chinese && (c == '-' || c == '/' || c == '.')) {
                if (part == 1 && c != separator) {
                    return null; // mixed separators
                }
                separator = c;
            } else {
                return null;
            }
            parts[part++] = value;
            value = 0;
            digits = 0;
        }
        if (chinese) {
            if (part != 3 || digits != 0) {
                return null;
            }
        } else {
            if (part != 2 || digits == 0) {
                return null;
            }
            parts[2] = value;
        }
        if (String.valueOf(parts[0]).length() != 4) {
            return null;
        }
        try {
            return LocalDate.of(parts[0], parts[1], parts[2]);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
