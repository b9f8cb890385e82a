package io.jicha.record;

import java.time.Month;
import java.time.Year;
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
        int day = epochDay(text);
        return day == NOT_A_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** What {@link #epochDay} returns for text that is not a date. */
    static final int NOT_A_DATE = Integer.MIN_VALUE;

    /**
     * The date as a day number ({@link LocalDate#toEpochDay()}), or {@link #NOT_A_DATE} when the
     * text is not one of the accepted forms or not a real day: {@link #parse} without allocating,
     * for reading a million rows.
     */
    static int epochDay(String text) {
        if (text == null) {
            return NOT_A_DATE;
        }
        String s = text.strip();
        int n = s.length();
        int year = 0;
        int month = 0;
        int day = 0;
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
                    return NOT_A_DATE;
                }
                continue;
            }
            if (digits == 0 || part > 2) {
                return NOT_A_DATE;
            }
            char expected = part == 0 ? '年' : part == 1 ? '月' : '日';
            if (c == expected && (part == 0 || chinese)) {
                chinese = true;
            } else if (part < 2 && !chinese && (c == '-' || c == '/' || c == '.')) {
                if (part == 1 && c != separator) {
                    return NOT_A_DATE; // mixed separators
                }
                separator = c;
            } else {
                return NOT_A_DATE;
            }
            if (part == 0) {
                year = value;
            } else if (part == 1) {
                month = value;
            } else {
                day = value;
            }
            part++;
            value = 0;
            digits = 0;
        }
        if (chinese) {
            if (part != 3 || digits != 0) {
                return NOT_A_DATE;
            }
        } else {
            if (part != 2 || digits == 0) {
                return NOT_A_DATE;
            }
            day = value;
        }
        if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return NOT_A_DATE;
        }
        // LocalDate.of(year, month, day).toEpochDay(), computed as LocalDate does (years 1000-9999)
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400
                + (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= Year.isLeap(year) ? 1 : 2;
        }
        return (int) (total - DAYS_0000_TO_1970);
    }

    /** Days from 0000-01-01 to 1970-01-01 (as in LocalDate). */
    private static final long DAYS_0000_TO_1970 = (146097L * 5) - (30L * 365 + 7);
}
