package io.jicha.shell;

import io.jicha.common.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What TextIntake lets through and what it refuses, for the character sets a JVM may decode arguments with. */
class TextIntakeTest {

    /** "吴中区" as a UTF-8 terminal sends it, decoded as the given set. */
    private static String typedUnder(Charset decodedBy) {
        return new String("吴中区".getBytes(StandardCharsets.UTF_8), decodedBy);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"US-ASCII, shell.text-damaged", "ISO-8859-1, shell.text-misdecoded",
            "windows-1252, shell.text-damaged", "GB18030, shell.text-damaged"})
    void utf8BytesDecodedByAnotherSetAreRefused(String charset, String key) {
        Charset cs = Charset.forName(charset);
        String arrived = typedUnder(cs);
        assertThat(arrived).isNotEqualTo("吴中区");
        assertThatThrownBy(() -> TextIntake.check(List.of("session", "new", "--units", arrived), cs))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo(key))
                .satisfies(e -> assertThat(e.getMessage()).contains("LC_ALL=C.UTF-8").doesNotContain("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "GB18030", "GBK", "US-ASCII"})
    void textThatArrivedWholeIsLetThrough(String charset) {
        Charset cs = Charset.forName(charset);
        List<String> words = cs.newEncoder().canEncode("吴中区")
                ? List.of("session", "note", "吴中区 询问笔录（2016036）") : List.of("session", "note", "plain text?");
        assertThatCode(() -> TextIntake.check(words, cs)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "GB18030"})
    void aReplacementCharacterIsRefusedWhateverTheSet(String charset) {
        assertThatThrownBy(() -> TextIntake.check(List.of("session", "note", "单位 \uFFFD\uFFFD"),
                Charset.forName(charset))).isInstanceOf(UserError.class);
    }
}
