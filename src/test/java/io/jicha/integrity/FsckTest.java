package io.jicha.integrity;

import io.jicha.session.integrity.HeadSigning;
import io.jicha.session.integrity.Keyring;
import io.jicha.journal.FileJournal;
import io.jicha.journal.NewEvent;
import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.record.RecordsImported;
import io.jicha.record.Snapshots;
import io.jicha.rubric.RubricBook;
import io.jicha.rubric.RubricLoaded;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.scoring.ScoreEvents;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** session fsck on a real session: sound, then damaged one way at a time, each fault named in one line (then what it breaks). */
class FsckTest {

    @TempDir
    Path dir;
    Session session;
    RecordsImported imported;
    List<String> drawn;

    @BeforeEach
    void setUp() throws Exception {
        Snapshots.clearCache();
        Workspace workspace = new Workspace(dir.resolve("ws"));
        session = workspace.create(new SessionInfo("review", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("吴环罚字〔2016〕").append(i).append("号,2016-0").append(1 + i % 9).append("-15,吴江某印染有限公司")
                    .append(i).append('\n');
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv, StandardCharsets.UTF_8);
        imported = RecordImport.importFile(session, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null,
                ImportProgress.NONE);
        byte[] rubric = Files.readAllBytes(Path.of("src/test/resources/rubrics/demo.yaml"));
        session.append("张三", state -> state.get(RubricBook.class).decideLoad("demo.yaml", rubric).events());
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                4, false, RecordFilter.NONE, null, false, null));
        drawn = session.state().get(DrawBook.class).drawnIds("吴江区", RecordKind.PENALTY_CASE);
        ScoreTarget t = ScoringDecisions.locate(session.state(), drawn.get(0), null);
        session.append("张三", s -> ScoringDecisions.deduct(s, t, "C1", 1, null, "见卷",
                ScoringDecisions.Change.plain("张三")));
        Snapshots.clearCache();
    }

    private Path snapshot() {
        return Snapshots.path(session.snapshotDir(), imported.sha256(), imported.recordFormat());
    }

    @Test
    void aSoundSessionHasNoFaultAndEverythingIsCounted() {
        Fsck.Report r = Fsck.run(session, Fsck.ALL, null);
        assertThat(r.faults()).isEmpty();
        assertThat(r.events()).isEqualTo(session.state().events().size());
        assertThat(r.snapshots()).isEqualTo(1);
        assertThat(r.rubrics()).isEqualTo(1);
        assertThat(r.draws()).hasSize(1).allSatisfy(c -> assertThat(c.match()).isTrue());
        assertThat(r.scores()).isEqualTo(1);
        assertThat(r.files()).isEqualTo(3); // journal.jsonl, snapshots/, the snapshot
    }

    interface Damage {
        void apply(FsckTest t) throws Exception;
    }

    static Stream<Arguments> damages() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("a snapshot edited", (Damage) t -> Files.writeString(t.snapshot(),
                Files.readString(t.snapshot()).replace("印染有限公司7", "印染有限公司七")),
                "was changed after import"));
        cases.add(Arguments.of("a snapshot deleted", (Damage) t -> Files.delete(t.snapshot()), "is missing"));
        cases.add(Arguments.of("a snapshot replaced by a link to a copy", (Damage) t -> {
            Path copy = Files.copy(t.snapshot(), t.dir.resolve("copy.csv"));
            Files.delete(t.snapshot());
            Files.createSymbolicLink(t.snapshot(), copy);
        }, "is not a regular file"));
        cases.add(Arguments.of("an orphan snapshot", (Damage) t -> Files.writeString(
                t.session.snapshotDir().resolve("0".repeat(64) + ".csv"), "id,date\n"), "orphan file"));
        cases.add(Arguments.of("an orphan file in the session folder", (Damage) t -> Files.writeString(
                t.session.dir().resolve("notes.txt"), "x"), "orphan file"));
        cases.add(Arguments.of("a killed import's copy", (Damage) t -> Files.writeString(
                t.session.snapshotDir().resolve("import-123.tmp"), "id,date\n"), "leftover temporary file"));
        cases.add(Arguments.of("a score of a file never drawn", (Damage) t -> t.session.append("张三",
                new NewEvent(ScoreEvents.DONE, new ScoreEvents.Done(ScoreTarget.file(RecordKind.PENALTY_CASE, "吴江区",
                        "吴环罚字〔2016〕99号"), "demo v1.0", null, null))), "was not drawn before it"));
        cases.add(Arguments.of("a score against a rubric never loaded", (Damage) t -> t.session.append("张三",
                new NewEvent(ScoreEvents.DONE, new ScoreEvents.Done(ScoreTarget.file(RecordKind.PENALTY_CASE, "吴江区",
                        t.drawn.get(1)), "demo v9", null, null))), "which was not loaded before it"));
        // before issue 22 fsck kept its own list of score types, without these two
        cases.add(Arguments.of("a not-applicable mark against a rubric never loaded", (Damage) t -> t.session.append("张三",
                new NewEvent(ScoreEvents.NOT_APPLICABLE, new ScoreEvents.NotApplicable(ScoreTarget.file(
                        RecordKind.PENALTY_CASE, "吴江区", t.drawn.get(1)), "demo v9", "C1", null, null, null))),
                "which was not loaded before it"));
        cases.add(Arguments.of("a bonus against a rubric never loaded", (Damage) t -> t.session.append("张三",
                new NewEvent(ScoreEvents.BONUS, new ScoreEvents.Bonus(ScoreTarget.file(
                        RecordKind.PENALTY_CASE, "吴江区", t.drawn.get(1)), "demo v9", "C1", java.math.BigDecimal.ONE,
                        null, null, null))), "which was not loaded before it"));
        cases.add(Arguments.of("a bonus of a file never drawn", (Damage) t -> t.session.append("张三",
                new NewEvent(ScoreEvents.BONUS, new ScoreEvents.Bonus(ScoreTarget.file(RecordKind.PENALTY_CASE, "吴江区",
                        "吴环罚字〔2016〕99号"), "demo v1.0", "C1", java.math.BigDecimal.ONE, null, null, null))),
                "was not drawn before it"));
        cases.add(Arguments.of("an event type no capability declares", (Damage) t -> t.session.append("张三",
                new NewEvent("future.thing", java.util.Map.of("x", 1))), "type future.thing is declared by no capability"));
        cases.add(Arguments.of("a rubric whose content does not hash", (Damage) t -> t.session.append("张三",
                new NewEvent(io.jicha.rubric.RubricEvents.LOADED, new RubricLoaded("other", "1", "a".repeat(64), "other.yaml",
                        "id: other\n"))), "does not hash to its recorded SHA-256"));
        cases.add(Arguments.of("a journal line edited", (Damage) t -> {
            Path j = ((FileJournal) t.session.journal()).file();
            Files.writeString(j, Files.readString(j).replace("见卷", "见案卷"));
        }, "hash does not match the content"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void eachDamageIsOneFaultLine(String name, Damage damage, String expected) throws Exception {
        damage.apply(this);
        Snapshots.clearCache();
        Fsck.Report r = Fsck.run(session, Fsck.ALL, null);
        assertThat(r.ok()).isFalse();
        // the fault first, then what it breaks (a draw on an altered snapshot no longer recomputes)
        assertThat(r.faults().get(0)).contains(expected);
        assertThat(r.faults()).allSatisfy(f -> assertThat(f).doesNotContain("\n"));
        assertThat(r.faults()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void textDamagedOnTheWayInIsAWarningNamingTheEvent() {
        session.append("张三", new NewEvent(io.jicha.session.SessionEvents.NOTE,
                new io.jicha.session.SessionEvents.Note("单位 \uFFFD\uFFFD\uFFFD")));
        Fsck.Report r = Fsck.run(session, Fsck.ALL, null);
        assertThat(r.faults()).isEmpty();
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains("event " + session.state().last().seq()).contains("session.note").contains("\uFFFD"));
    }

    @Test
    void aJournalCutBackPastAnIssuedHeadIsCaughtByItsHead() throws IOException {
        String issued = session.state().headHash(); // as printed on a PDF made now
        Fsck.HeadPosition now = Fsck.run(session, EnumSet.of(Fsck.Check.CHAIN), issued).headPosition();
        assertThat(now.found()).isTrue();
        assertThat(now.following()).isZero();

        session.append("李四", new NewEvent(io.jicha.session.SessionEvents.NOTE, new io.jicha.session.SessionEvents.Note("后记")));
        Fsck.HeadPosition later = Fsck.run(session, EnumSet.of(Fsck.Check.CHAIN), issued.substring(0, 16)).headPosition();
        assertThat(later.found()).isTrue();
        assertThat(later.head()).isEqualTo(issued);
        assertThat(later.following()).isEqualTo(1);

        // cut the last two lines: the chain still verifies, the issued head does not
        Path j = ((FileJournal) session.journal()).file();
        List<String> lines = Files.readAllLines(j, StandardCharsets.UTF_8);
        Files.write(j, lines.subList(0, lines.size() - 2), StandardCharsets.UTF_8);
        Fsck.Report cut = Fsck.run(session, EnumSet.of(Fsck.Check.CHAIN), issued);
        assertThat(cut.chain().ok()).isTrue();
        assertThat(cut.headPosition().found()).isFalse();
        assertThat(cut.faults()).singleElement().asString().contains("is not in the chain");
    }

    @Test
    void signedHeadsVerifyAndARewriteBeforeThemIsCaught() throws Exception {
        Path keys = dir.resolve("keys");
        io.jicha.journal.Event head = session.state().last();
        io.jicha.session.SessionEvents.HeadSigned signed = HeadSigning.sign(session, keys, "张三", head.seq(), head.hash(),
                io.jicha.session.SessionEvents.SignedFor.FINALIZE);
        assertThat(HeadSigning.keyOf(keys, "张三").getPublic().getEncoded())
                .isEqualTo(java.util.Base64.getDecoder().decode(signed.publicKey()));
        if (keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            try (Stream<Path> files = Files.list(keys)) {
                assertThat(files.toList()).singleElement().satisfies(k -> assertThat(
                        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(k)))
                        .isEqualTo("rw-------"));
            }
        }
        Fsck.Report sound = Fsck.run(session, Fsck.ALL, null, keys);
        assertThat(sound.faults()).isEmpty();
        assertThat(sound.signatures()).isEqualTo(1);

        // the same head signed as 张三 with another key: 张三's second laptop, or someone else. A key other than
        // this machine's is no fault (issue 28: a second laptop gave a false fault); the team's keyring decides
        Path otherKeys = dir.resolve("other-keys");
        var second = HeadSigning.sign(session, otherKeys, "张三", head.seq(), head.hash(),
                io.jicha.session.SessionEvents.SignedFor.FINALIZE);
        assertThat(Fsck.run(session, Fsck.ALL, null).faults()).as("without a keyring").isEmpty();
        assertThat(Fsck.run(session, Fsck.ALL, null, keys).faults()).as("with only this machine's key").isEmpty();
        Path ring = dir.resolve("team.keys");
        Files.writeString(ring, "# 苏州稽查组\n张三 " + HeadSigning.fingerprint(signed.publicKey()) + "\n");
        assertThat(Fsck.run(session, Fsck.ALL, null, keys, Keyring.read(ring)).faults()).satisfiesExactly(
                registered -> assertThat(registered).contains("the key " + HeadSigning.fingerprint(second.publicKey())
                        + " that 张三 registered is not listed for 张三"),
                signature -> assertThat(signature).contains("was made with key " + HeadSigning.fingerprint(second.publicKey()))
                        .contains("does not list for 张三"));
        Files.writeString(ring, "张三 " + HeadSigning.fingerprint(signed.publicKey()) + "\n张三 "
                + HeadSigning.fingerprint(second.publicKey()) + "\n");
        Fsck.Report both = Fsck.run(session, Fsck.ALL, null, keys, Keyring.read(ring));
        assertThat(both.faults()).as("both of 张三's laptops listed").isEmpty();
        assertThat(both.signed()).extracting(HeadSigning.Checked::fingerprint).containsExactly(
                HeadSigning.fingerprint(signed.publicKey()), HeadSigning.fingerprint(second.publicKey()));
        Path j0 = ((FileJournal) session.journal()).file();
        List<String> all = Files.readAllLines(j0, StandardCharsets.UTF_8);
        Files.write(j0, all.subList(0, all.size() - 2), StandardCharsets.UTF_8); // the second laptop's key and signature

        // an edit before the signed head, every later line re-hashed: the chain verifies, the signature does not
        Path j = ((FileJournal) session.journal()).file();
        byte[] original = Files.readAllBytes(j);
        Files.write(j, io.jicha.journal.JournalRewriter.rewrite(original, 1, s -> s.replace("吴江区", "吴江市")));
        Fsck.Report rewritten = Fsck.run(session, Fsck.ALL, null);
        assertThat(rewritten.chain().ok()).isTrue();
        assertThat(rewritten.faults()).anySatisfy(f -> assertThat(f).contains("signed a head that is no longer the hash of event"));

        // the signed head itself changed to the new one, re-hashed: the signature does not verify
        Files.write(j, original);
        String forged = "f".repeat(64);
        Files.write(j, io.jicha.journal.JournalRewriter.rewrite(original, (int) session.state().last().seq() - 1,
                s -> s.replace(head.hash(), forged)));
        assertThat(Fsck.run(session, EnumSet.of(Fsck.Check.CHAIN, Fsck.Check.SIGNATURES), null).faults())
                .anySatisfy(f -> assertThat(f).contains("no longer the hash"));
    }

    /**
     * Issue 28, the attack exactly: event 1 edited, the chain re-hashed, the head re-signed with a key of the forger's
     * own and that key registered in the journal. The journal verifies by itself; the team's keyring catches it, and
     * without one fsck names the forger's key beside the genuine one.
     */
    @Test
    void aJournalReSignedWithAnotherKeyIsCaughtByTheTeamKeyring() throws Exception {
        Path keys = dir.resolve("keys");
        io.jicha.journal.Event head = session.state().last();
        var genuine = HeadSigning.sign(session, keys, "张三", head.seq(), head.hash(),
                io.jicha.session.SessionEvents.SignedFor.FINALIZE);
        String genuineKey = HeadSigning.fingerprint(genuine.publicKey());
        List<io.jicha.journal.Event> events = session.state().events();
        assertThat(events.subList(events.size() - 2, events.size())).extracting(io.jicha.journal.Event::type)
                .as("the key is registered before the first head it signs").containsExactly(
                        io.jicha.session.SessionEvents.KEY_REGISTERED, io.jicha.session.SessionEvents.HEAD_SIGNED);
        Path ring = dir.resolve("team.keys");
        Files.writeString(ring, "张三 " + genuineKey + "\n");
        assertThat(Fsck.run(session, Fsck.ALL, null, keys, Keyring.read(ring)).faults()).isEmpty();

        // the forger: edits event 1, re-hashes every line, drops the genuine key and signature, signs with their own key
        Path j = ((FileJournal) session.journal()).file();
        byte[] rewritten = io.jicha.journal.JournalRewriter.rewrite(Files.readAllBytes(j), 0, t -> t.replace("吴江区", "吴江市"));
        List<String> lines = new String(rewritten, StandardCharsets.UTF_8).lines().toList();
        Files.writeString(j, String.join("\n", lines.subList(0, lines.size() - 2)) + "\n", StandardCharsets.UTF_8);
        Session forged = new Workspace(dir.resolve("ws")).open("review");
        io.jicha.journal.Event forgedHead = forged.state().last();
        var resigned = HeadSigning.sign(forged, dir.resolve("forger-keys"), "张三", forgedHead.seq(), forgedHead.hash(),
                io.jicha.session.SessionEvents.SignedFor.FINALIZE);
        String forgerKey = HeadSigning.fingerprint(resigned.publicKey());

        Fsck.Report alone = Fsck.run(forged, Fsck.ALL, null);
        assertThat(alone.chain().ok()).isTrue();
        assertThat(alone.faults()).as("the journal alone cannot tell a forger's key from a second laptop's").isEmpty();
        assertThat(alone.warnings()).anySatisfy(w -> assertThat(w).contains("not checked against the team's keyring")
                .contains("张三 " + forgerKey));
        Fsck.Report trusted = Fsck.run(forged, Fsck.ALL, null, keys, Keyring.read(ring));
        assertThat(trusted.ok()).isFalse();
        assertThat(trusted.faults()).anySatisfy(f -> assertThat(f).contains("the key " + forgerKey + " that 张三 registered"))
                .anySatisfy(f -> assertThat(f).contains("was made with key " + forgerKey).contains("does not list for 张三"));
    }

    /** A second laptop registers a second key for the same auditor: no fault, both named; each signature needs its key registered. */
    @Test
    void aSecondLaptopRegistersASecondKeyAndAnUnregisteredKeyIsAFault() throws Exception {
        io.jicha.journal.Event head = session.state().last();
        var first = HeadSigning.sign(session, dir.resolve("laptop-1"), "张三", head.seq(), head.hash(),
                io.jicha.session.SessionEvents.SignedFor.FINALIZE);
        HeadSigning.sign(session, dir.resolve("laptop-1"), "张三", head.seq(), head.hash(),
                io.jicha.session.SessionEvents.SignedFor.NOTICE);
        var second = HeadSigning.sign(session, dir.resolve("laptop-2"), "张三", head.seq(), head.hash(),
                io.jicha.session.SessionEvents.SignedFor.NOTICE);
        assertThat(session.state().events().stream().filter(e -> e.type().equals(io.jicha.session.SessionEvents.KEY_REGISTERED)))
                .as("one registration per key, not per signature").hasSize(2);
        var keys = session.state().get(io.jicha.session.SigningKeys.class);
        assertThat(keys.registered("张三", HeadSigning.fingerprint(first.publicKey()))).isTrue();
        assertThat(keys.registered("张三", HeadSigning.fingerprint(second.publicKey()))).isTrue();
        assertThat(keys.lastSigner()).contains(new io.jicha.session.SigningKeys.Signer("张三",
                HeadSigning.fingerprint(second.publicKey())));
        Fsck.Report sound = Fsck.run(session, Fsck.ALL, null);
        assertThat(sound.faults()).isEmpty();
        assertThat(sound.signed()).extracting(HeadSigning.Checked::fingerprint).containsExactly(
                HeadSigning.fingerprint(first.publicKey()), HeadSigning.fingerprint(first.publicKey()),
                HeadSigning.fingerprint(second.publicKey()));

        // the second key's registration re-written as 李四's (and the chain re-hashed): 张三's signature with it is a fault
        Path j = ((FileJournal) session.journal()).file();
        List<io.jicha.journal.Event> events = session.state().events();
        int registration = events.size() - 2;
        assertThat(events.get(registration).type()).isEqualTo(io.jicha.session.SessionEvents.KEY_REGISTERED);
        Files.write(j, io.jicha.journal.JournalRewriter.rewrite(Files.readAllBytes(j), registration,
                t -> t.replace("\"auditor\":\"张三\"", "\"auditor\":\"李四\"")));
        assertThat(Fsck.run(new Workspace(dir.resolve("ws")).open("review"), Fsck.ALL, null).faults()).singleElement()
                .asString().contains("key " + HeadSigning.fingerprint(second.publicKey()))
                .contains("does not register as 张三's before it");
    }

    /** Issue 28: a key file others can read was used without a word; now it is refused with one line. */
    @Test
    void aSigningKeyOthersCanReadIsRefused() throws Exception {
        Path keys = dir.resolve("keys");
        HeadSigning.keyOf(keys, "张三");
        org.junit.jupiter.api.Assumptions.assumeTrue(keys.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path key;
        try (Stream<Path> files = Files.list(keys)) {
            key = files.toList().get(0);
        }
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HeadSigning.keyOf(keys, "张三"))
                .isInstanceOf(io.jicha.common.UserError.class).hasMessageContaining("is not private (mode rw-rw-rw-");
    }
}
