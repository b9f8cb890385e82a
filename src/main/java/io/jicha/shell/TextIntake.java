package io.jicha.shell;

import io.jicha.common.UserError;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Text typed into jicha arrives whole or is refused before anything is written: in an append-only
 * journal a character lost on the way in is lost for good. Java decodes arguments by the locale's
 * character set; a locale that is named but not installed leaves ASCII, which turns every Chinese
 * character into U+FFFD, and a non-UTF-8 locale turns UTF-8 bytes into other characters.
 */
final class TextIntake {

    private static final char REPLACEMENT = '\uFFFD';

    private TextIntake() {
    }

    /** The character set the JVM decoded its arguments with (the locale's, {@code sun.jnu.encoding}). */
    static Charset argumentCharset() {
        return charsetOr(System.getProperty("sun.jnu.encoding"), Charset.defaultCharset());
    }

    /**
     * The character set to read the terminal with: the locale's, unless that is ASCII (what a C locale,
     * or a named locale that is not installed, gives), which can hold no Chinese: then UTF-8.
     */
    static Charset terminalCharset() {
        Charset cs = charsetOr(System.getProperty("native.encoding"), Charset.defaultCharset());
        return cs.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : cs;
    }

    /**
     * Refuses words decoded by {@code decodedBy} that hold U+FFFD, or (when {@code decodedBy} is not
     * UTF-8) whose bytes in that set read as other text in UTF-8: what a UTF-8 terminal's bytes become
     * under a non-UTF-8 locale.
     */
    static void check(List<String> words, Charset decodedBy) {
        for (String w : words) {
            if (w.indexOf(REPLACEMENT) >= 0) {
                throw UserError.of("shell.text-damaged", w, decodedBy.name());
            }
            if (!decodedBy.equals(StandardCharsets.UTF_8) && !w.chars().allMatch(c -> c < 0x80)) {
                String asUtf8 = utf8Reading(w, decodedBy);
                if (asUtf8 != null && !asUtf8.equals(w)) {
                    throw UserError.of("shell.text-misdecoded", w, decodedBy.name(), asUtf8);
                }
            }
        }
    }

    /** The word's bytes in {@code charset} read as UTF-8, or null when they are not UTF-8. */
    private static String utf8Reading(String word, Charset charset) {
        try {
            ByteBuffer bytes = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(word));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /**
     * Refuses arguments that lost characters on Windows. There the JVM's launcher receives its arguments
     * in the ANSI code page (the system locale's, e.g. windows-1252 on an English Windows, GBK on a
     * Chinese one), which replaces every character it lacks with '?' before Java sees it; chcp 65001
     * does not change that code page. The environment, though, reaches Java in UTF-16: jicha.cmd hands
     * the command line over once more in {@code JICHA_CMDLINE}. When the arguments hold more '?' than
     * that command line, characters were lost. {@code cmdline} null (not started by jicha.cmd): nothing
     * to compare.
     */
    static void checkAgainstCommandLine(List<String> words, String cmdline) {
        if (cmdline == null) {
            return;
        }
        long lost = String.join(" ", words).chars().filter(c -> c == '?').count()
                - cmdline.chars().filter(c -> c == '?').count();
        if (lost > 0) {
            throw UserError.of("shell.text-lost-windows", cmdline.strip(), argumentCharset().name());
        }
    }

    private static Charset charsetOr(String name, Charset fallback) {
        try {
            return name == null ? fallback : Charset.forName(name);
        } catch (RuntimeException unknown) {
            return fallback;
        }
    }
}
