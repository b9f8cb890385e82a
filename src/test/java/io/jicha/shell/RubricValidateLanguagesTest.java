package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk who validates a wrong rubric reads its problems in the terminal's language, as jicha is run
 * (issue 22): one line per problem, then one line saying how many, exit status non-zero.
 */
@Tag("process")
class RubricValidateLanguagesTest {

    private static final String BROKEN = "src/test/resources/rubrics/broken/";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | id: 'Demo Rubric' is not a valid id: use lower-case letters, digits, '.', '-' and '_' | grades: needs at least two bands: a passing band and the fail band (min: 0) | 2 problems in
            zh | id: “Demo Rubric”不是有效的编号：只能用小写字母、数字和 '.'、'-'、'_'                    | grades: 至少需要两个等级：合格的等级和不合格的等级（min: 0）                       | 中有 2 个问题
            """)
    void validateSpeaksTheTerminalsLanguage(String lang, String idLine, String gradesLine, String count) throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", lang));

        JichaProcess.Result r = jicha.run("rubric", "validate", BROKEN + "invalid-id.yaml", BROKEN + "grades-too-few.yaml");

        assertThat(r.exit()).isNotZero();
        assertThat(r.out().lines()).containsExactly(BROKEN + "invalid-id.yaml:2:5 " + idLine,
                BROKEN + "grades-too-few.yaml:39:3 " + gradesLine);
        assertThat(r.err().lines()).singleElement().asString().contains(count);
    }
}
