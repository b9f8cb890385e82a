package io.jicha.shell;

import io.jicha.journal.Event;
import io.jicha.journal.FileJournal;
import io.jicha.journal.Journal;
import io.jicha.session.ReportNotes;
import io.jicha.session.ReportSection;
import io.jicha.session.SessionState;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 'session note --section' records a paragraph of the review report; a plain note stays a remark. */
@Tag("process")
class SessionNoteSectionTest {

    @TempDir
    Path dir;

    @Test
    void notesForReportSectionsAreRecordedByCodeAndReplayedInOrder() throws Exception {
        JichaProcess jicha = new JichaProcess(dir.resolve("ws"), Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "s", "--period", "2016-10-10..2016-10-13", "--units", "吴江区",
                "--team", "张三").exit()).isZero();
        assertThat(jicha.run("session", "note", "碰头会：分工").exit()).isZero();
        assertThat(jicha.run("session", "note", "--section", "下一步工作", "市局将复查整改情况。").exit()).isZero();
        assertThat(jicha.run("session", "note", "--section", "practices", "双随机抽查全面开展。").exit()).isZero();
        assertThat(jicha.run("session", "note", "--section", "next-steps", "通报典型问题。").exit()).isZero();

        JichaProcess.Result bad = jicha.run("session", "note", "--section", "结论", "x");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip()).contains("结论").contains("基本情况").contains("下一步工作").doesNotContain("\n");

        List<Event> events = new FileJournal(dir.resolve("ws").resolve("s").resolve("journal.jsonl")).events();
        assertThat(events.stream().filter(e -> e.type().equals("session.note")).map(e -> e.payload().path("section").asText(null)))
                .containsExactly(null, "next-steps", "practices", "next-steps");
        ReportNotes notes = new SessionState(events).get(ReportNotes.class);
        assertThat(notes.in(ReportSection.NEXT_STEPS)).containsExactly("市局将复查整改情况。", "通报典型问题。");
        assertThat(notes.in(ReportSection.PRACTICES)).containsExactly("双随机抽查全面开展。");
        assertThat(notes.in(ReportSection.BASIS)).isEmpty();
    }
}
