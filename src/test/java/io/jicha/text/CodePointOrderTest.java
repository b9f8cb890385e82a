package io.jicha.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Code point order is the byte order of UTF-8 (what LC_ALL=C sort does), unlike String.compareTo. */
class CodePointOrderTest {

    @ParameterizedTest
    @CsvSource({
            "\uD840\uDC00, \uE000, 1",   // U+20000 after U+E000, where UTF-16 order says before
            "\uFFFD, \uD83D\uDE00, -1",  // U+FFFD before U+1F600
            "A, B, -1",
            "苏1, 苏, 1",
            "苏新环罚字〔2016〕12号, 苏新环罚字〔2016〕2号, -1",
            "吴江, 吴江, 0"})
    void ordersAsUtf8Bytes(String a, String b, int sign) {
        assertThat(Integer.signum(CodePointOrder.compare(a, b))).isEqualTo(sign);
        assertThat(Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8))))
                .as("UTF-8 byte order").isEqualTo(sign);
    }

    @ParameterizedTest
    @CsvSource({"0x0041, 0xD7FF", "0xD7FF, 0xE000", "0xE000, 0xFFFF", "0xFFFF, 0xD800", "0xD800, 0xDFFF"})
    void unitKeysRiseInCodePointOrder(String lower, String higher) {
        char lo = (char) Integer.decode(lower).intValue();
        char hi = (char) Integer.decode(higher).intValue();
        assertThat(CodePointOrder.key(lo)).isLessThan(CodePointOrder.key(hi));
    }
}
