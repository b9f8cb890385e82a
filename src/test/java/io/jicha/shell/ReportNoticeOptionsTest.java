package io.jicha.shell;

import org.junit.jupiter.api.Tag;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong layout option of report notice is one line naming it and the values it takes, exit 1. */
@Tag("process")
class ReportNoticeOptionsTest {

    @ParameterizedTest
    @CsvSource({"--form,bogus,'--form bogus: use file (文件式), letter (信函式) or plain'",
            "--signature,stamped,'--signature stamped: use sealed or unsealed'"})
    void aWrongLayoutOptionIsOneLine(String option, String value, String message, @TempDir Path dir) throws Exception {
        JichaProcess.Result r = new JichaProcess(dir.resolve("ws")).run("report", "notice", "--unit", "吴江区",
                "--issued", "2016-10-20", option, value, "--out", dir.resolve("n.pdf").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).contains(message).doesNotContain("\n").doesNotContain("Exception");
        assertThat(dir.resolve("n.pdf")).doesNotExist();
    }
}
