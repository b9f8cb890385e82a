package io.jicha.session;

import io.jicha.common.JichaVersion;
import io.jicha.common.UserError;
import io.jicha.journal.NewEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A journal holding an event type no registered capability declares (written by a newer jicha) is
 * refused on replay, in one line naming the type, its line and the versions, instead of showing a
 * state without it.
 */
class UnknownEventTypeTest {

    @TempDir
    Path dir;

    @Test
    void replayRefusesAnUnknownTypeNamingItsLineAndTheVersions() {
        Workspace ws = new Workspace(dir);
        Session s = ws.create(new SessionInfo("s1", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        s.append("张三", new NewEvent(SessionEvents.NOTE, new SessionEvents.Note("before")));
        s.append("张三", new NewEvent("rectification.future", Map.of("id", "R-1")));

        Session reopened = new Workspace(dir).open("s1");
        assertThatThrownBy(reopened::state).isInstanceOf(UserError.class).satisfies(e -> assertThat(e.getMessage())
                .doesNotContain("\n").contains("rectification.future").contains("3")
                .contains(JichaVersion.current()));
    }

    @Test
    void aNewJournalRecordsTheVersionThatCreatedItAndItsZone() {
        Session s = new Workspace(dir).create(new SessionInfo("s2", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        SessionEvents.Created c = s.state().events().get(0).payloadAs(SessionEvents.Created.class);
        assertThat(c.jicha()).isEqualTo(JichaVersion.current()).doesNotStartWith("@");
        assertThat(c.zone()).isEqualTo("Asia/Shanghai");
    }
}
