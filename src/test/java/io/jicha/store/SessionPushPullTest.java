package io.jicha.store;

import io.jicha.common.Hashes;
import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.jicha.store.SameBytes.assertSameBytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * session push / session pull between an auditor's laptop (a workspace folder, JICHA_STORE unset) and a real
 * PostgreSQL store, through child processes: the journal's bytes and the snapshots travel unchanged, a later copy
 * adds only what the other side lacks, and histories that diverged are refused with one line and nothing copied.
 */
@Tag("process")
@Tag("postgres")
class SessionPushPullTest {

    private static final String SESSION = "moving";

    @TempDir
    Path dir;

    /** The store, and 李四 working on it directly (JICHA_STORE set). */
    private TestStore store;
    /** 张三's laptop: the workspace folder, the store reached only by push and pull. */
    private TestStore laptop;
    private String url;
    private String drawn;

    @BeforeEach
    void aSessionOnTheLaptop() throws Exception {
        store = TestStore.create(StoreKind.POSTGRESQL, dir, "moving");
        url = store.url();
        laptop = TestStore.create(StoreKind.FILE, dir, "laptop");
        String out = laptop.script("张三", "setup", List.of(
                "session new --name " + SESSION + " --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 3 --seed 2016-10-10-吴江区"));
        drawn = out.lines().filter(l -> l.startsWith("吴环罚字")).findFirst().orElseThrow();
        ok(laptop, "张三", "score", "deduct", "B1", "--record", drawn, "--unit", "吴江区", "--times", "1",
                "--note", "立案审批表未填写案件来源", "--on", "2016-10-10");
        ok(laptop, "张三", "score", "done", drawn, "--unit", "吴江区", "--on", "2016-10-10");
    }

    @Test
    void aPushCopiesTheJournalByteForByteAndALaterPushAppendsOnlyTheNewEvents() throws Exception {
        int first = laptop.storedLines(SESSION).size();
        assertThat(push().out()).contains("copied session " + SESSION + " to " + url + ": " + first + " events");
        assertSameBytes(store.journalBytes(SESSION), Files.readAllBytes(laptop.journalFile(SESSION)), "the journal");
        assertThat(store.rows("jicha_session_snapshot")).as("the imported file's snapshot").isEqualTo(1);
        List<byte[]> pushedFirst = store.storedLines(SESSION);

        note(laptop, "张三", "after the first push");
        ok(laptop, "张三", "records", "import", "examples/suzhou-2016-review/data/wujiang-inspections.csv",
                "--unit", "吴江区", "--kind", "inspection-record");
        byte[] ahead = Files.readAllBytes(laptop.journalFile(SESSION));
        JichaProcess.Result pulled = ok(laptop.jicha("张三", pgPassword()), "session", "pull", SESSION, "--from", url);
        assertThat(pulled.out()).as("a pull while the laptop is ahead").contains("nothing to copy")
                .contains("this copy has 2 events after what the store holds");
        assertSameBytes(Files.readAllBytes(laptop.journalFile(SESSION)), ahead, "the journal");
        assertThat(push().out()).contains("appended 2 events of session " + SESSION + " to " + url
                + "; both now end at event " + (first + 2));
        assertSameBytes(store.journalBytes(SESSION), Files.readAllBytes(laptop.journalFile(SESSION)), "the journal");
        List<byte[]> now = store.storedLines(SESSION);
        for (int i = 0; i < first; i++) {
            assertThat(now.get(i)).as("event %d, pushed before", i + 1).isEqualTo(pushedFirst.get(i));
        }
        assertThat(store.rows("jicha_session_snapshot")).as("the second import's snapshot too").isEqualTo(2);
        TestStore elsewhere = TestStore.create(StoreKind.FILE, dir, "elsewhere");
        ok(elsewhere.jicha("王五", pgPassword()), "session", "pull", SESSION, "--from", url);
        assertThat(snapshotHashes(elsewhere)).hasSize(2).isEqualTo(snapshotHashes(laptop));

        assertThat(push().out()).contains("already ends at event " + (first + 2) + ", as here; nothing to copy");
        assertThat(store.rows("jicha_event")).isEqualTo(first + 2);
    }

    @Test
    void aDivergedHistoryIsRefusedNamingTheEventAndBothAuditorsAndNothingIsCopied() throws Exception {
        push();
        int shared = laptop.storedLines(SESSION).size();
        note(laptop, "张三", "on the laptop");
        noteOnStore("on the server");
        byte[] laptopBefore = Files.readAllBytes(laptop.journalFile(SESSION));
        byte[] storeBefore = store.journalBytes(SESSION);
        long[] rowsBefore = rows();

        JichaProcess.Result pushed = laptop.jicha("张三", pgPassword()).run("session", "push", SESSION, "--to", url);
        assertOneLine(pushed, "session " + SESSION + " has diverged at event " + (shared + 1) + ": in "
                + laptop.workspace().resolve(SESSION) + " it is by 张三, in " + url + " by 李四; nothing was copied");
        assertThat(rows()).as("event, snapshot and session rows").isEqualTo(rowsBefore);
        assertSameBytes(store.journalBytes(SESSION), storeBefore, "the journal");

        JichaProcess.Result pulled = laptop.jicha("张三", pgPassword()).run("session", "pull", SESSION, "--from", url);
        assertOneLine(pulled, "session " + SESSION + " has diverged at event " + (shared + 1) + ": in "
                + laptop.workspace().resolve(SESSION) + " it is by 张三, in " + url + " by 李四; nothing was copied");
        assertSameBytes(Files.readAllBytes(laptop.journalFile(SESSION)), laptopBefore, "the journal");
    }

    @Test
    void aSessionOfTheSameNameWithAnotherHistoryIsRefusedAtItsFirstEvent() throws Exception {
        store.script("李四", "new", List.of(
                "session new --name " + SESSION + " --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四"));
        long[] rowsBefore = rows();
        JichaProcess.Result refused = laptop.jicha("张三", pgPassword()).run("session", "push", SESSION, "--to", url);
        assertOneLine(refused, "session " + SESSION + " has diverged at event 1: in "
                + laptop.workspace().resolve(SESSION) + " it is by 张三, in " + url + " by 李四; nothing was copied");
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void aSnapshotWhoseBytesNoLongerMatchItsNameIsNotCopiedToTheStore() throws Exception {
        Path snapshot;
        try (Stream<Path> files = Files.list(laptop.workspace().resolve(SESSION).resolve("snapshots"))) {
            snapshot = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 1; // one bit changed on the laptop's disk
        Files.write(snapshot, bytes);

        JichaProcess.Result refused = laptop.jicha("张三", pgPassword()).run("session", "push", SESSION, "--to", url);
        assertOneLine(refused, snapshot.getFileName().toString());
        assertThat(store.rows("jicha_session")).as("no session").isZero();
        assertThat(store.rows("jicha_snapshot")).as("no snapshot stored under a name its bytes do not have").isZero();
    }

    @Test
    void aPushIsRefusedWhileTheStoreHoldsEventsTheLaptopLacksUntilTheyArePulled() throws Exception {
        push();
        // 李四, online, imports another file: an event and a snapshot the laptop lacks
        store.script("李四", "import", List.of("session open " + SESSION,
                "records import examples/suzhou-2016-review/data/wujiang-inspections.csv --unit 吴江区"
                        + " --kind inspection-record"));
        long[] rowsBefore = rows();

        JichaProcess.Result refused = laptop.jicha("张三", pgPassword()).run("session", "push", SESSION, "--to", url);
        assertOneLine(refused, "the store " + url + " holds 1 events of session " + SESSION
                + " that this copy lacks; nothing was copied: pull them first");
        assertThat(rows()).isEqualTo(rowsBefore);

        // pull, with the store's address from JICHA_STORE, then push the laptop's own work
        assertThat(laptop.jicha("张三", store.env()).run("session", "pull", SESSION).exit()).isZero();
        assertSameBytes(Files.readAllBytes(laptop.journalFile(SESSION)), store.journalBytes(SESSION), "the journal");
        assertThat(snapshotHashes(laptop)).as("the pulled import's snapshot").hasSize(2);
        assertThat(ok(laptop, "张三", "session", "fsck").out()).contains("2 snapshots").contains("no faults");
        note(laptop, "张三", "on the laptop, after the pull");
        assertThat(push().out()).contains("appended 1 events");
        assertSameBytes(store.journalBytes(SESSION), Files.readAllBytes(laptop.journalFile(SESSION)), "the journal");
    }

    @Test
    void aPullIntoAFreshWorkspaceGivesTheSameJournalSnapshotsAndReport() throws Exception {
        push();
        TestStore elsewhere = TestStore.create(StoreKind.FILE, dir, "elsewhere");
        JichaProcess.Result pulled = elsewhere.jicha("王五", pgPassword()).run("session", "pull", SESSION, "--from", url);
        assertThat(pulled.exit()).as(pulled.err()).isZero();

        assertSameBytes(Files.readAllBytes(elsewhere.journalFile(SESSION)), Files.readAllBytes(laptop.journalFile(SESSION)),
                "the pulled journal");
        Map<String, String> snapshots = snapshotHashes(laptop);
        assertThat(snapshots).hasSize(1);
        assertThat(snapshotHashes(elsewhere)).isEqualTo(snapshots);
        snapshots.forEach((name, sha256) -> assertThat(name).startsWith(sha256 + "."));

        ok(elsewhere, "王五", "session", "fsck");
        byte[] original = sheet(laptop, "张三");
        assertSameBytes(sheet(elsewhere, "王五"), original, "the score sheet from the pulled copy");
        assertSameBytes(sheet(store, "李四"), original, "the score sheet from the store");
    }

    // ---- helpers

    private Map<String, String> pgPassword() {
        return Map.of("PGPASSWORD", TestPostgres.shared().password());
    }

    private JichaProcess.Result push() throws Exception {
        return ok(laptop.jicha("张三", pgPassword()), "session", "push", SESSION, "--to", url);
    }

    private static JichaProcess.Result ok(TestStore where, String auditor, String... args) throws Exception {
        return ok(where.jicha(auditor), args);
    }

    private static JichaProcess.Result ok(JichaProcess jicha, String... args) throws Exception {
        JichaProcess.Result r = jicha.run(args);
        assertThat(r.exit()).as("%s: %s", Arrays.toString(args), r.err()).isZero();
        return r;
    }

    private static void note(TestStore where, String auditor, String text) throws Exception {
        ok(where, auditor, "session", "note", text);
    }

    /** 李四, working on the store itself, records a note. */
    private void noteOnStore(String text) throws Exception {
        store.script("李四", "note", List.of("session open " + SESSION, "session note \"" + text + "\""));
    }

    /** The rows of the store: events, sessions, snapshots and their chunks, session-snapshot links. */
    private long[] rows() throws Exception {
        return new long[] {store.rows("jicha_event"), store.rows("jicha_session"), store.rows("jicha_snapshot"),
                store.rows("jicha_snapshot_chunk"), store.rows("jicha_session_snapshot")};
    }

    private static void assertOneLine(JichaProcess.Result r, String expected) {
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err().strip().lines()).as("the refusal").singleElement().asString().contains(expected)
                .doesNotContain("Exception");
    }

    /** Each snapshot file of the folder's copy of the session: its name to the SHA-256 of its bytes. */
    private static Map<String, String> snapshotHashes(TestStore folder) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder.workspace().resolve(SESSION).resolve("snapshots"))) {
            for (Path f : files.toList()) {
                hashes.put(f.getFileName().toString(), Hashes.sha256Hex(Files.readAllBytes(f)));
            }
        }
        return hashes;
    }

    /** The score sheet PDF of the scored file, written by {@code auditor} from {@code where}'s copy of the session. */
    private byte[] sheet(TestStore where, String auditor) throws Exception {
        Path pdf = dir.resolve("sheet-" + where.workspace().getFileName() + ".pdf");
        where.script(auditor, "sheet", List.of("session open " + SESSION,
                "report sheet " + drawn + " --unit 吴江区 --out " + pdf));
        return Files.readAllBytes(pdf);
    }
}
