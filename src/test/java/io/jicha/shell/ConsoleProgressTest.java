package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.record.ImportProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 26: the progress of a long import with its total and a percentage, in the terminal's language. */
class ConsoleProgressTest {

    @AfterEach
    void english() {
        Texts.use(Texts.Lang.EN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ZH | reading-rows | 81920 | 100000 | 81918 | 读取 81,920 / 100,000 行（81%）",
            "EN | reading-rows | 81920 | 100000 | 81918 | reading 81,920 / 100,000 rows (81%)",
            "ZH | reading | 8598400 | 10485760 | 81920 | 读取 8.2 MB / 10.0 MB（82%），81,920 行",
            "EN | reading | 8598400 | 10485760 | 81920 | reading 8.2 MB / 10.0 MB (82%), 81,920 rows",
            "EN | reading | 300000 | 600000 | 4096 | reading 293 KB / 586 KB (50%), 4,096 rows",
            "ZH | reading-rows | 5000 | 0 | 4998 | 读取（4,998 行）"})
    void theTotalAndAPercentageWhereTheSizeIsKnown(Texts.Lang lang, String phase, long done, long total, long rows,
                                                   String expected) {
        Texts.use(lang);
        assertThat(ConsoleProgress.line(phase, done, total, rows)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ZH", "EN"})
    void theWholeFileIsAHundredPercent(Texts.Lang lang) {
        Texts.use(lang);
        assertThat(ConsoleProgress.line(ImportProgress.READING_ROWS, 43, 43, 40)).contains("43 / 43").contains("100%");
    }
}
