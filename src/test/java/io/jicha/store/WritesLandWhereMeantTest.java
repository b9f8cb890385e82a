package io.jicha.store;

import io.jicha.journal.Event;
import io.jicha.session.SessionEvents;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28, item 1: on a PostgreSQL store a write goes to the session this workspace created or opened, never to
 * another one the store remembers for the auditor, and its answer names the session. Each test is a route by which,
 * at 3d78cd6, acknowledged notes went into another session; it reads the journals back as the database keeps them.
 */
@Tag("postgres")
@Tag("process")
class WritesLandWhereMeantTest {

    private static final String PERIOD = "--period 2016-10-10..2016-10-13 --units 吴江区 --team 张三";

    @TempDir
    Path dir;

    /** docs/store.md's per-laptop steps: a session new on a second laptop, no auditor chosen before it. */
    @Test
    void aNoteGoesToTheSessionThisWorkspaceCreatedNotTheOneTheStoreRemembers() throws Exception {
        TestStore w0 = TestStore.create(StoreKind.POSTGRESQL, dir, "w0");
        TestStore w1 = w0.fromAnotherMachine(dir.resolve("w1"));
        ok(w0.jicha(null).run(words("session new --name A " + PERIOD)));
        ok(w1.jicha(null).run(words("session new --name B " + PERIOD)));

        JichaProcess.Result note = w1.jicha(null).run("session", "note", "for B");

        ok(note);
        assertThat(note.out()).contains("in session B");
        assertThat(notes(w0, "B")).containsExactly("for B");
        assertThat(notes(w0, "A")).isEmpty();
    }

    /** A workspace that opened a session without an auditor, then writes as an auditor the store has elsewhere. */
    @Test
    void aNoteGoesToTheSessionThisWorkspaceOpenedWhateverTheAuditorHasOpenElsewhere() throws Exception {
        TestStore w0 = TestStore.create(StoreKind.POSTGRESQL, dir, "w0");
        ok(w0.jicha("张三").run(words("session new --name finished " + PERIOD)));
        ok(w0.jicha("张三").run(words("session new --name conc " + PERIOD)));
        ok(w0.jicha("张三").run("session", "open", "finished")); // the store now says 张三 is in 'finished'
        TestStore w1 = w0.fromAnotherMachine(dir.resolve("w1"));
        ok(w1.jicha(null).run("session", "open", "conc"));

        JichaProcess.Result note = w1.jicha("张三").run("session", "note", "for conc");

        ok(note);
        assertThat(note.out()).contains("in session conc");
        assertThat(notes(w0, "conc")).containsExactly("for conc");
        assertThat(notes(w0, "finished")).isEmpty();
    }

    /** Two workspaces of one auditor: each writes to its own session, whichever was opened last. */
    @Test
    void twoWorkspacesOfOneAuditorEachWriteToTheirOwnSession() throws Exception {
        TestStore w0 = TestStore.create(StoreKind.POSTGRESQL, dir, "w0");
        TestStore w1 = w0.fromAnotherMachine(dir.resolve("w1"));
        ok(w0.jicha("张三").run(words("session new --name A " + PERIOD)));
        ok(w1.jicha("张三").run(words("session new --name B " + PERIOD)));

        ok(w0.jicha("张三").run("session", "note", "for A"));
        ok(w1.jicha("张三").run("session", "note", "for B"));

        assertThat(notes(w0, "A")).containsExactly("for A");
        assertThat(notes(w0, "B")).containsExactly("for B");
    }

    /** A third workspace that opened nothing writes nowhere: one line names the session to open. */
    @Test
    void aWorkspaceThatOpenedNothingIsToldWhichSessionToOpenAndWritesNothing() throws Exception {
        TestStore w0 = TestStore.create(StoreKind.POSTGRESQL, dir, "w0");
        ok(w0.jicha("张三").run(words("session new --name A " + PERIOD)));
        TestStore w2 = w0.fromAnotherMachine(dir.resolve("w2"));

        JichaProcess.Result note = w2.jicha("张三").run("session", "note", "nowhere");

        assertThat(note.exit()).isNotZero();
        assertThat(note.err().strip()).doesNotContain("\n").contains("session open A");
        assertThat(notes(w0, "A")).isEmpty();
    }

    /** Every write names its session, not only a note: here a rubric load and a score. */
    @Test
    void everyWriteNamesItsSession() throws Exception {
        TestStore w0 = TestStore.create(StoreKind.POSTGRESQL, dir, "w0");
        ok(w0.jicha("张三").run(words("session new --name A " + PERIOD)));
        JichaProcess.Result load = w0.jicha("张三").run("rubric", "load", "rubrics/penalty-case.yaml");
        ok(load);
        assertThat(load.out()).contains("recorded in session A (event 2)");
        JichaProcess.Result zh = w0.jicha("张三", Map.of("JICHA_LANG", "zh")).run("session", "note", "备注");
        ok(zh);
        assertThat(zh.out()).contains("已记入稽查任务 A（第 3 个事件）");
    }

    private static String[] words(String line) {
        return line.split(" ");
    }

    private static void ok(JichaProcess.Result r) {
        assertThat(r.exit()).as(r.err() + r.out()).isZero();
    }

    private static List<String> notes(TestStore store, String session) throws Exception {
        return store.events(session).stream().filter(e -> e.type().equals(SessionEvents.NOTE))
                .map(Event::payload).map(p -> p.path("text").asText()).toList();
    }
}
