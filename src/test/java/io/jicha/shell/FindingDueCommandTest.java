package io.jicha.shell;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 'finding due' as a user runs it, without any session: the shipped calendar, in both languages. */
@Tag("process")
class FindingDueCommandTest {

    @TempDir
    Path dir;

    @Test
    void previewsADeadlineAndMarksAProvisionalYear() throws Exception {
        JichaProcess en = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "en"));
        JichaProcess.Result r = en.run("finding", "due", "--from", "2026-12-20", "--workdays", "15");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("within 15 working days from 2026-12-20: due 2027-01-11 (Monday)")
                .contains("provisional: this date depends on 2027");

        JichaProcess zh = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_LANG", "zh"));
        JichaProcess.Result z = zh.run("finding", "due", "--from", "2016-10-20", "--days", "30");
        assertThat(z.exit()).as(z.err()).isZero();
        // 2016-11-19 is a Saturday: the period ends on the next working day
        assertThat(z.out().strip()).isEqualTo("2016-10-20 起30日内：到期日 2016-11-21（星期一）");

        JichaProcess.Result bad = en.run("finding", "due", "--from", "2016-10-20");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip()).isEqualTo("jicha: give --days N or --workdays N (one of them)");
    }
}
