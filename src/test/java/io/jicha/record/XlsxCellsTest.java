package io.jicha.record;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the Excel reader names columns and recognises date formats. */
class XlsxCellsTest {

    @ParameterizedTest
    @CsvSource({"0, A", "1, B", "25, Z", "26, AA", "27, AB", "51, AZ", "52, BA", "701, ZZ", "702, AAA", "16383, XFD"})
    void columnLettersAreExcels(int index, String letters) {
        assertThat(XlsxReader.columnLetter(index)).isEqualTo(letters);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            14  | null                     | true
            22  | null                     | true
            31  | null                     | true
            57  | null                     | true
            20  | h:mm                     | false
            45  | mm:ss                    | false
            0   | General                  | false
            2   | 0.00                     | false
            164 | yyyy\\-mm\\-dd           | true
            165 | yyyy"年"m"月"d"日"        | true
            166 | [$-804]yyyy年m月d日       | true
            167 | "第"0"号"                 | false
            168 | 0.00E+00                 | false
            169 | [Red]#,##0.00            | false
            170 | h:mm:ss                  | false
            """)
    void dateFormatsAreRecognised(int id, String format, boolean date) {
        assertThat(XlsxReader.isDateFormat(id, format)).isEqualTo(date);
    }
}
