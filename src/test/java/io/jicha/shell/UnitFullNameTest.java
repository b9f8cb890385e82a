package io.jicha.shell;

import io.jicha.journal.Event;
import io.jicha.journal.FileJournal;
import io.jicha.session.SessionState;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'session new --units 吴江区=苏州市吴江区环境保护局' records the unit's full name (the 主送 of its notice)
 * in session.created's optional fullNames; a session without full names writes the payload as before.
 */
@Tag("process")
class UnitFullNameTest {

    @TempDir
    Path dir;

    @Test
    void aUnitsFullNameIsRecordedAndReplayedAndOnlyWhenGiven() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        JichaProcess.Result made = jicha.run("session", "new", "--name", "s", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区=苏州市吴江区环境保护局,太仓市", "--team", "张三");
        assertThat(made.exit()).as(made.err()).isZero();
        List<Event> events = new FileJournal(dir.resolve("ws").resolve("s").resolve("journal.jsonl")).events();
        SessionState state = new SessionState(events);
        assertThat(state.info().units()).containsExactly("吴江区", "太仓市");
        assertThat(state.info().fullName("吴江区")).hasValue("苏州市吴江区环境保护局");
        assertThat(state.info().fullName("太仓市")).isEmpty();

        assertThat(jicha.run("session", "new", "--name", "plain", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三").exit()).isZero();
        String first = Files.readAllLines(dir.resolve("ws").resolve("plain").resolve("journal.jsonl"), StandardCharsets.UTF_8).get(0);
        assertThat(first).as("no full names: the payload as every earlier release wrote it").doesNotContain("fullNames");

        JichaProcess.Result bad = jicha.run("session", "new", "--name", "bad", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区=", "--team", "张三");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip()).contains("吴江区=").doesNotContain("\n").doesNotContain("Exception");
    }
}
