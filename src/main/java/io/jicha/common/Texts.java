package io.jicha.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text the terminal shows (help, messages, table headers, errors), from message bundles in
 * Chinese and English: {@code messages/cli/<bundle>_zh.properties} and {@code <bundle>_en.properties},
 * UTF-8. A key's first segment names its bundle, one per capability: {@code session.created} is
 * in {@code messages/cli/session_*.properties}. Placeholders are {@code {0}}, {@code {1}} …,
 * replaced by the arguments' {@code String.valueOf}; nothing else is special (an apostrophe is an
 * apostrophe). Documents (PDF) have their own labels in the session's language: see
 * {@code report.ReportMessages}.
 *
 * <p>The language is Chinese when {@code JICHA_LANG} is {@code zh} (or starts with it), English when
 * it is {@code en}; without it, Chinese when the locale (LC_ALL, LC_MESSAGES, LANG, else the JVM's)
 * is zh_*, English otherwise.
 */
public final class Texts {

    /** The languages the terminal speaks. */
    public enum Lang {
        ZH, EN;

        String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static volatile Lang current = fromEnvironment(System.getenv("JICHA_LANG"),
            posixLocale(System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG"), Locale.getDefault()));
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** The language chosen by {@code JICHA_LANG}, else by the locale. */
    public static Lang fromEnvironment(String jichaLang, Locale locale) {
        if (jichaLang != null && !jichaLang.isBlank()) {
            return jichaLang.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? Lang.ZH : Lang.EN;
        }
        return "zh".equals(locale.getLanguage()) ? Lang.ZH : Lang.EN;
    }

    /**
     * The locale the POSIX variables name (LC_ALL, else LC_MESSAGES, else LANG; e.g. zh_CN.UTF-8),
     * else {@code fallback}. Java takes its default locale from them only when the system has that
     * locale installed; a zh_CN.UTF-8 session on a machine without it still wants Chinese.
     */
    static Locale posixLocale(String lcAll, String lcMessages, String lang, Locale fallback) {
        for (String v : new String[] {lcAll, lcMessages, lang}) {
            if (v != null && !v.isBlank()) {
                String tag = v.split("[.@]")[0];
                return tag.equals("C") || tag.equals("POSIX") ? Locale.ROOT : Locale.forLanguageTag(tag.replace('_', '-'));
            }
        }
        return fallback;
    }

    public static Lang lang() {
        return current;
    }

    /** Sets the terminal's language (start-up, and tests). */
    public static void use(Lang lang) {
        current = lang;
    }

    /** The text of {@code key} in the current language, its placeholders filled. */
    public static String get(String key, Object... args) {
        return get(current, key, args);
    }

    public static String get(Lang lang, String key, Object... args) {
        String pattern = bundle(bundleName(key), lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no text for key '" + key + "' in " + lang);
        }
        Object[] named = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Localized l) {
                if (named == args) {
                    named = args.clone();
                }
                named[i] = l.in(lang);
            }
        }
        return fill(pattern, named);
    }

    /** Whether {@code key} has a text (in every language: tests check both bundles agree). */
    public static boolean has(String key) {
        return bundle(bundleName(key), current).getProperty(key) != null;
    }

    /** The keys and texts of one bundle in one language, for tests and tools. */
    public static Properties bundle(String name, Lang lang) {
        return BUNDLES.computeIfAbsent(name + "_" + lang.suffix(), Texts::load);
    }

    static String bundleName(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("a text key is bundle.name: " + key);
        }
        return key.substring(0, dot);
    }

    private static Properties load(String file) {
        String resource = "messages/cli/" + file + ".properties";
        Properties p = new Properties();
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String fill(String pattern, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder b = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
                    int n = Integer.parseInt(pattern.substring(i + 1, close));
                    b.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                    i = close + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
