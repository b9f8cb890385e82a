package io.jicha.session.integrity;

import io.jicha.integrity.Fsck;
import io.jicha.journal.FileJournal;
import io.jicha.common.UserError;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;
import io.jicha.record.ImportProgress;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.RecordsImported;
import io.jicha.record.Snapshots;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The defects an attacker found in the session folder, each tried the way it was found. */
class AttackerDefectsTest {

    @TempDir
    Path dir;
    Workspace workspace;
    Session session;

    @BeforeEach
    void setUp() {
        Snapshots.clearCache();
        workspace = new Workspace(dir.resolve("ws"));
        session = workspace.create(new SessionInfo("review", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null), "张三");
    }

    private RecordsImported importCases(String unit, int from, int to) throws IOException {
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = from; i <= to; i++) {
            csv.append("吴环罚字〔2016〕").append(i).append("号,2016-09-15,吴江某印染有限公司").append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases-" + from + ".csv"), csv, StandardCharsets.UTF_8);
        return RecordImport.importFile(session, "张三", cases, unit, RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
    }

    private Path snapshot(RecordsImported r) {
        return Snapshots.path(session.snapshotDir(), r.sha256(), r.recordFormat());
    }

    @Test
    void aSnapshotEditedAfterImportIsRefusedWhenFirstLoadedNotShown() throws IOException {
        RecordsImported r = importCases("吴江区", 1, 20);
        Path snap = snapshot(r);
        Files.writeString(snap, Files.readString(snap, StandardCharsets.UTF_8).replace("印染有限公司7", "化工有限公司7"),
                StandardCharsets.UTF_8);
        Snapshots.clearCache(); // a new process
        assertThatThrownBy(() -> session.state().get(PopulationBook.class)
                .population(session.snapshotDir(), "吴江区", RecordKind.PENALTY_CASE))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("the snapshot of cases-1.csv")
                .hasMessageContaining("was changed after it was imported")
                .hasMessageContaining("restore the file from a backup");
    }

    @Test
    void aSnapshotReplacedByALinkIsNotFollowed() throws IOException {
        RecordsImported r = importCases("吴江区", 1, 20);
        Path snap = snapshot(r);
        Path copy = Files.copy(snap, dir.resolve("elsewhere.csv"));
        Files.delete(snap);
        Files.createSymbolicLink(snap, copy);
        Snapshots.clearCache();
        assertThatThrownBy(() -> session.state().get(PopulationBook.class)
                .population(session.snapshotDir(), "吴江区", RecordKind.PENALTY_CASE))
                .isInstanceOf(UserError.class).hasMessageContaining("is not a regular file");
    }

    @Test
    void snapshotsAreCreatedWithTheUmasksPermissions() throws IOException {
        Assumptions.assumeTrue(session.dir().getFileSystem().supportedFileAttributeViews().contains("posix"));
        RecordsImported r = importCases("吴江区", 1, 20);
        Path plain = Files.createFile(session.snapshotDir().resolve("plain")); // as the umask makes files
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        Files.delete(plain);
        assertThat(expected).contains(PosixFilePermission.GROUP_READ); // a usual umask (022, 002, 027)
        assertThat(Files.getPosixFilePermissions(snapshot(r))).isEqualTo(expected);
    }

    @Test
    void leftoversOfKilledImportsAreSweptByTheNextImportAndListedByFsckMeanwhile() throws IOException {
        importCases("吴江区", 1, 20);
        Path snapshots = session.snapshotDir();
        Path dead = Files.writeString(snapshots.resolve("import-999999999-" + UUID.randomUUID() + ".tmp"), "id,date\n");
        Path live = Files.writeString(snapshots.resolve("import-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID() + ".tmp"), "id,date\n");
        Path unrecorded = Files.writeString(snapshots.resolve("ab".repeat(32) + ".csv"), "id,date\nX,2016-01-01\n");

        List<String> faults = Fsck.run(session, Fsck.ALL, null).faults();
        assertThat(faults).hasSize(3);
        assertThat(faults).filteredOn(f -> f.contains("leftover temporary file")).hasSize(2);
        assertThat(faults).filteredOn(f -> f.contains("orphan file")).hasSize(1);

        importCases("太仓市", 21, 30);
        assertThat(dead).doesNotExist();
        assertThat(unrecorded).doesNotExist();
        assertThat(live).as("an import still running in another process").exists();
        Files.delete(live);
        assertThat(Fsck.run(session, Fsck.ALL, null).faults()).isEmpty();
    }

    @Test
    void theHolderFileIsNeverWrittenThroughALink() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me\n");
        Path holder = session.dir().resolve("journal.jsonl.holder");
        Files.createSymbolicLink(holder, victim);
        session.append("张三", new NewEvent(SessionEvents.NOTE, new SessionEvents.Note("x")));
        assertThat(Files.readString(victim)).isEqualTo("keep me\n");
        assertThat(Files.isSymbolicLink(holder)).isFalse();
    }

    @Test
    void aFifoAtTheHolderFilesNameIsReplacedNotWrittenTo() throws Exception {
        Path holder = session.dir().resolve("journal.jsonl.holder");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", holder.toString()).start().waitFor() == 0, "mkfifo");
        // writing to a FIFO nobody reads blocks for ever: the guard only keeps a regression from hanging the build
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                session.append("张三", new NewEvent(SessionEvents.NOTE, new SessionEvents.Note("x"))));
        assertThat(Files.exists(holder, LinkOption.NOFOLLOW_LINKS)).as("removed once the lock is released").isFalse();
        assertThat(session.state().events()).hasSize(2);
    }

    @Test
    void aDamagedCurrentJsonIsNamed() throws IOException {
        Files.writeString(workspace.root().resolve("current.json"), "{\"session\":");
        assertThatThrownBy(() -> workspace.currentSession()).isInstanceOf(UserError.class)
                .hasMessageContaining(workspace.root().resolve("current.json").toString())
                .hasMessageContaining("is damaged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"process 999999999 (auditor 李四) since 2016-10-10T00:00:00Z",
            "\u001b[31mrm -rf / (auditor x)", "not jicha at all"})
    void aLockHeldByAnotherProgramIsNotBlamedOnAStaleOrForgedHolder(String holderText) throws Exception {
        Path journal = ((FileJournal) session.journal()).file();
        Files.writeString(session.dir().resolve("journal.jsonl.holder"), holderText + "\n");
        Process locker;
        try {
            locker = new ProcessBuilder("python3", "-c", "import fcntl,sys,time\n"
                    + "f=open(sys.argv[1],'r+'); fcntl.lockf(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
                    journal.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is needed to hold a POSIX lock from another program");
            return;
        }
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(locker.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            Journal j = new FileJournal(journal, Clock.systemUTC(), 200);
            assertThatThrownBy(() -> j.append("张三", events -> List.of(new NewEvent(SessionEvents.NOTE,
                    new SessionEvents.Note("x"))))).isInstanceOf(UserError.class)
                    .hasMessageContaining("another process holds its lock")
                    .hasMessageNotContaining("999999999").hasMessageNotContaining("rm -rf");
        } finally {
            locker.destroyForcibly().waitFor();
        }
        assertThat(Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
