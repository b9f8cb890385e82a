package io.jicha.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {

    private static final Path DIR = Path.of("src/main/resources/messages/cli");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_zh.properties"))
                    .map(n -> n.substring(0, n.length() - "_zh.properties".length()))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyExistsInBothLanguagesWithTheSamePlaceholders(String bundle) {
        Properties zh = Texts.bundle(bundle, Texts.Lang.ZH);
        Properties en = Texts.bundle(bundle, Texts.Lang.EN);
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()),
                bundle + ": the Chinese and English bundles have different keys");
        for (String key : zh.stringPropertyNames()) {
            assertThat(key).as("key in bundle " + bundle).startsWith(bundle + ".");
            assertEquals(placeholders(zh.getProperty(key)), placeholders(en.getProperty(key)),
                    bundle + ": placeholders of " + key);
            assertThat(zh.getProperty(key)).as("zh text of " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en text of " + key).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextWithParametersFormatsCompletely(String bundle) {
        for (Texts.Lang lang : Texts.Lang.values()) {
            Properties p = Texts.bundle(bundle, lang);
            for (String key : p.stringPropertyNames()) {
                Object[] args = new Object[placeholders(p.getProperty(key)).stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "«" + i + "»";
                }
                String text = Texts.get(lang, key, args);
                assertThat(PLACEHOLDER.matcher(text).find()).as(lang + " " + key + " left a placeholder: " + text).isFalse();
                for (Object a : args) {
                    assertThat(text).as(lang + " " + key).contains(a.toString());
                }
            }
        }
    }

    static Stream<Path> propertyFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/messages"))) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList().stream();
        }
    }

    /** Properties.load keeps the last of two equal keys silently: a merge that kept both must fail here. */
    @ParameterizedTest
    @MethodSource("propertyFiles")
    void noBundleDefinesAKeyTwice(Path file) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || !t.contains("=")) {
                continue;
            }
            String key = t.substring(0, t.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).as(file + " defines these keys more than once").isEmpty();
    }

    @Test
    void languageFollowsJichaLangThenTheLocale() {
        assertEquals(Texts.Lang.ZH, Texts.fromEnvironment("zh", Locale.US));
        assertEquals(Texts.Lang.ZH, Texts.fromEnvironment("zh_CN.UTF-8", Locale.US));
        assertEquals(Texts.Lang.EN, Texts.fromEnvironment("en", Locale.SIMPLIFIED_CHINESE));
        assertEquals(Texts.Lang.ZH, Texts.fromEnvironment(null, Locale.SIMPLIFIED_CHINESE));
        assertEquals(Texts.Lang.EN, Texts.fromEnvironment("", Locale.ROOT));
    }

    @Test
    void thePosixLocaleVariablesDecideInTheirOrder() {
        assertEquals(Texts.Lang.ZH, Texts.fromEnvironment(null, Texts.posixLocale(null, null, "zh_CN.UTF-8", Locale.US)));
        assertEquals(Texts.Lang.EN, Texts.fromEnvironment(null, Texts.posixLocale("C.UTF-8", null, "zh_CN.UTF-8", Locale.US)));
        assertEquals(Texts.Lang.ZH, Texts.fromEnvironment(null, Texts.posixLocale("", "zh_TW", "en_US.UTF-8", Locale.US)));
        assertEquals(Texts.Lang.ZH, Texts.fromEnvironment(null, Texts.posixLocale(null, null, null, Locale.CHINA)));
        assertEquals(Texts.Lang.EN, Texts.fromEnvironment(null, Texts.posixLocale(null, null, "POSIX", Locale.CHINA)));
    }

    @Test
    void placeholdersAreFilledAndApostrophesStayAsTheyAre() {
        assertEquals("run 'a' on 3 of {x}", Texts.fill("run 'a' on {0} of {x}", 3));
        assertEquals("{1} missing", Texts.fill("{1} missing", "only one"));
    }

    @Test
    void anErrorByKeySpeaksTheChosenLanguage() {
        Texts.Lang before = Texts.lang();
        try {
            Texts.use(Texts.Lang.ZH);
            assertThat(UserError.of("shell.internal-error", "x").getMessage()).startsWith("内部错误");
            Texts.use(Texts.Lang.EN);
            UserError e = UserError.of("shell.internal-error", "x");
            assertThat(e.getMessage()).startsWith("internal error: x");
            assertEquals("shell.internal-error", e.key());
        } finally {
            Texts.use(before);
        }
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
