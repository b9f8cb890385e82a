package io.jicha.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles break between words (GB/T 9704-2012 7.3.1), in even lines, or at the author's mark. */
class TitleLinesTest {

    /** Full-width characters 22 pt (二号), digits and Latin half that: a line of the notice holds 20. */
    private static final ToDoubleFunction<String> WIDTH =
            s -> s.codePoints().mapToDouble(c -> c < 0x2E80 ? 11 : 22).sum();
    private static final double LINE = 442;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the cases: never "行政处 / 罚案卷", "第三 / 季度", "稽查报 / 告"
            "苏州市环境保护局关于吴江区行政处罚案卷评查发现问题整改的通知|苏州市环境保护局关于/吴江区行政处罚案卷评查发现问题整改的通知",
            "苏州市环境保护局关于2016年第三季度环境执法稽查发现问题整改的通知|苏州市环境保护局关于2016年第三季度/环境执法稽查发现问题整改的通知",
            "苏州市环境保护局2016年第三季度环境监察稽查工作报告|苏州市环境保护局2016年/第三季度环境监察稽查工作报告",
            "苏州市环境保护局关于吴江区环境监察稽查发现问题整改的通知|苏州市环境保护局关于/吴江区环境监察稽查发现问题整改的通知",
            "稽查报告|稽查报告",
            // no 关于 and no place where a word surely ends but the authority's name and a date
            "苏州市环境保护局二〇一六年度环境监察稽查工作报告|苏州市环境保护局二〇一六年度/环境监察稽查工作报告",
    })
    void aTitleBreaksBetweenWordsInEvenLines(String title, String expected) {
        assertThat(String.join("/", TitleLines.of(title, WIDTH, LINE))).isEqualTo(expected);
    }

    @Test
    void theAuthorsMarkDecidesAndIsNotPrinted() {
        String title = "苏州市环境保护局关于吴江区行政处罚|案卷评查发现问题整改的通知";
        assertThat(TitleLines.of(title, WIDTH, LINE)).containsExactly("苏州市环境保护局关于吴江区行政处罚", "案卷评查发现问题整改的通知");
        assertThat(TitleLines.plain(title)).doesNotContain("|");
    }

    @Test
    void aTitleTooLongForTwoLinesIsSetInThreeLines() {
        String title = "苏州市环境保护局关于吴江区环境保护局2016年第三季度行政处罚案卷的评查发现问题整改情况的通知";
        List<String> lines = TitleLines.of(title, WIDTH, LINE);
        assertThat(lines).hasSize(3);
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).allSatisfy(l -> assertThat(WIDTH.applyAsDouble(l)).isLessThanOrEqualTo(LINE));
        // each break after a word that surely ends there
        assertThat(lines.subList(0, 2)).allSatisfy(l -> assertThat(l).matches(".*(关于|局|区|年|季度|的)"));
    }

    @Test
    void noBreakFallsInsideADateOrANumber() {
        String title = "关于2016年10月21日吴环罚字〔2016〕28号案卷复查情况的报告";
        for (int at : TitleLines.breaks(title)) {
            String before = title.substring(0, at);
            assertThat(before).as("break at " + at).doesNotEndWith("2016年10").doesNotEndWith("吴环罚字〔2016〕");
        }
    }
}
