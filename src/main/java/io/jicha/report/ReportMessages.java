package io.jicha.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed labels of the PDF documents, from {@code messages/report_zh_CN.properties} or
 * {@code messages/report_en.properties} (UTF-8). Chinese for a Chinese locale, English otherwise.
 */
public final class ReportMessages {

    private static final String BASE_NAME = "messages.report";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;

    private ReportMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        this.dateFormat = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale);
    }

    public static ReportMessages forLocale(Locale requested) {
        Locale locale = "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportMessages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The label, formatted with MessageFormat. */
    public String get(String key, Object... args) {
        // always through MessageFormat, so that '' means an apostrophe in every label
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A date as the documents print it: 2016年11月14日, or 14 November 2016. */
    public String date(LocalDate date) {
        return dateFormat.format(date);
    }

    public String period(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(from); // one day: no range
        }
        return get("period", date(from), date(to));
    }

    /** Points as written: no trailing zeros (85.5, 100), never scientific notation. */
    public static String points(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** A list number: 一, 二, ... 九十九 in Chinese, 1, 2, ... otherwise. */
    public String ordinal(int n) {
        if (!"zh".equals(locale.getLanguage()) || n < 1 || n > 99) {
            return Integer.toString(n);
        }
        String digits = "零一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        String s = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十";
        return ones == 0 ? s : s + digits.charAt(ones);
    }

    public String joinList(List<String> items) {
        return String.join(get("list.separator"), items);
    }

    /** Every label, for the glyph check. */
    List<String> keys() {
        return Collections.list(bundle.getKeys());
    }
}
