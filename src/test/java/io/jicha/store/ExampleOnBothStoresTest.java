package io.jicha.store;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.jicha.store.SameBytes.assertSameBytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example review (examples/suzhou-2016-review/review.jicha) run unchanged on the workspace folder and, with
 * JICHA_STORE set, on PostgreSQL: with the clock fixed (JICHA_CLOCK) and the same auditors' keys, both give the same
 * journal bytes and the same PDFs, and the commands that inspect a session say the same on both.
 */
@Tag("process")
@Tag("postgres")
class ExampleOnBothStoresTest {

    private static final Path SCRIPT = Path.of("examples/suzhou-2016-review/review.jicha");
    /** Where the script writes its PDFs, relative to the repository root; each run writes to a folder of its own. */
    private static final String OUT = "examples/suzhou-2016-review/out/";
    private static final String SESSION = "suzhou-2016-review";

    @TempDir
    static Path dir;

    private record Run(TestStore store, Path out, JichaProcess jicha, JichaProcess.Result result) {
    }

    private static final Map<StoreKind, Run> RUNS = new EnumMap<>(StoreKind.class);
    /** What both runs share: the clock, the auditors' keys, the fonts. */
    private static Map<String, String> same;

    @BeforeAll
    static void runTheExampleOnBothStores() throws Exception {
        List<String> script = Files.readAllLines(SCRIPT, StandardCharsets.UTF_8);
        same = Map.of(
                "JICHA_CLOCK", "2016-10-13T08:00:00Z",
                // the heads are signed: one set of keys for both runs, so the signatures are the same bytes
                "JICHA_KEYS", dir.resolve("keys").toString(),
                // as ExampleReviewTest: no font folder to search, the PDFs use the font subsets in the jar
                "JICHA_FONT_ROOTS", Files.createDirectories(dir.resolve("no-fonts")).toString());
        for (StoreKind kind : StoreKind.values()) {
            TestStore store = TestStore.create(kind, dir, "example");
            Path out = Files.createDirectories(dir.resolve("out-" + kind.name().toLowerCase()));
            List<String> rewritten = script.stream().map(l -> l.replace(OUT, out + "/")).toList();
            JichaProcess jicha = store.jicha(null, same);
            Path file = dir.resolve("review-" + kind.name().toLowerCase() + ".jicha");
            JichaProcess.Result result = jicha.script(file, rewritten);
            RUNS.put(kind, new Run(store, out, jicha, result));
            if (kind == StoreKind.POSTGRESQL) {
                // one login for the whole team here: mapped to its names, as docs/store.md asks of a shared login
                try (java.sql.Connection c = io.jicha.support.TestPostgres.shared().connect(store.database());
                     java.sql.Statement s = c.createStatement()) {
                    s.execute("INSERT INTO jicha_role_auditor SELECT DISTINCT role, auditor FROM jicha_event "
                            + "ON CONFLICT DO NOTHING");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void everyStepSucceeds(StoreKind kind) {
        JichaProcess.Result r = RUNS.get(kind).result();
        assertThat(r.exit()).as("%s: %s", kind, r.err()).isZero();
        assertThat(r.err()).as("%s", kind).doesNotContain("Exception").doesNotContain("jicha:");
        assertThat(r.out().lines().filter(l -> l.startsWith("wrote "))).as("%s", kind).hasSize(22); // with the follow-up's report (issue 23), the .docx (issue 27), the ledger (issue 24) and 2 evidence annexes (issue 25)
    }

    @Test
    void thePdfsAreByteIdentical() throws Exception {
        Path file = RUNS.get(StoreKind.FILE).out();
        Path pg = RUNS.get(StoreKind.POSTGRESQL).out();
        List<String> names = pdfs(file);
        assertThat(names).hasSize(11); // with the follow-up's report (issue 23), the 督办通知 and the 整改情况报告 (issue 24) and 2 evidence annexes (issue 25)
        assertThat(pdfs(pg)).isEqualTo(names);
        for (String name : names) {
            assertSameBytes(Files.readAllBytes(pg.resolve(name)), Files.readAllBytes(file.resolve(name)), name);
        }
    }

    @Test
    void thePostgresqlJournalHoldsTheFileJournalsBytes() throws Exception {
        TestStore file = RUNS.get(StoreKind.FILE).store();
        byte[] fileBytes = Files.readAllBytes(file.journalFile(SESSION));
        byte[] pgBytes = RUNS.get(StoreKind.POSTGRESQL).store().journalBytes(SESSION);
        assertThat(file.storedLines(SESSION)).as("the example's journal").hasSizeGreaterThan(300);
        assertThat(new String(pgBytes, StandardCharsets.UTF_8)).isEqualTo(new String(fileBytes, StandardCharsets.UTF_8));
        assertSameBytes(pgBytes, fileBytes, "the journal");
    }

    @Test
    void theScriptSaysTheSameOnBothStores() {
        assertThat(normalized(StoreKind.POSTGRESQL, RUNS.get(StoreKind.POSTGRESQL).result().out()))
                .isEqualTo(normalized(StoreKind.FILE, RUNS.get(StoreKind.FILE).result().out()));
    }

    /** The commands that inspect a session work on both stores and say the same of the same session. */
    @ParameterizedTest
    @ValueSource(strings = {"session status", "journal verify", "session fsck", "journal log", "sample verify",
            "score table", "finding list"})
    void theInspectingCommandsSayTheSameOnBothStores(String command) throws Exception {
        String said = sameOnBothStores(command.split(" "));
        String expected = switch (command) {
            case "journal verify" -> "journal of '" + SESSION + "' verifies: ";
            case "session fsck" -> "no faults";
            case "sample verify" -> "all 8 draws match";
            case "score table", "finding list" -> "吴环罚字〔2016〕45号";
            default -> SESSION;
        };
        assertThat(said).as(command).contains(expected);
    }

    /** The head the finalize printed as a receipt is found in both journals, with what follows it. */
    @Test
    void theFinalizedHeadIsFoundInBothJournals() throws Exception {
        Matcher m = Pattern.compile("head ([0-9a-f]{64}): keep this receipt")
                .matcher(RUNS.get(StoreKind.FILE).result().out());
        assertThat(m.find()).as("session finalize prints its head").isTrue();
        assertThat(sameOnBothStores("journal", "verify", "--head", m.group(1).substring(0, 16)))
                .containsPattern("is event #\\d+; \\d+ events follow it");
    }

    /** The example pushed from the folder to a new database and pulled to a fresh folder writes the same report. */
    @Test
    void theExamplePushedAndPulledBackWritesTheSameReviewReport() throws Exception {
        TestStore folder = RUNS.get(StoreKind.FILE).store();
        TestStore store = TestStore.create(StoreKind.POSTGRESQL, dir, "pushed");
        Map<String, String> password = Map.of("PGPASSWORD", store.env().get("PGPASSWORD"));
        JichaProcess.Result pushed = folder.jicha("张三", password).run("session", "push", SESSION, "--to", store.url());
        assertThat(pushed.exit()).as(pushed.err()).isZero();
        assertSameBytes(store.journalBytes(SESSION), Files.readAllBytes(folder.journalFile(SESSION)), "the pushed journal");

        TestStore laptop = TestStore.create(StoreKind.FILE, dir, "pulled");
        JichaProcess.Result pulled = laptop.jicha("王五", password).run("session", "pull", SESSION, "--from", store.url());
        assertThat(pulled.exit()).as(pulled.err()).isZero();
        JichaProcess.Result fsck = laptop.jicha("王五").run("session", "fsck");
        assertThat(fsck.out()).as(fsck.err()).contains("8 snapshots").contains("5 signatures").contains("no faults");
        // the script's last document, written at the journal's final head (the review report was written
        // before the rectification ledger's events, issue 24, moved the head every PDF prints)
        Path again = dir.resolve("pulled-rectification-report.pdf");
        JichaProcess.Result report = laptop.jicha("王五", same).run("report", "rectification", "--as-of", "2016-12-31",
                "--number", "苏环稽〔2016〕35号", "--authority", "苏州市环境保护局", "--addressee", "江苏省环境保护厅", "--signer", "王建国",
                "--title", "苏州市环境保护局关于2016年10月环境监察稽查发现问题整改情况的报告", "--out", again.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        byte[] original = Files.readAllBytes(RUNS.get(StoreKind.FILE).out().resolve("rectification-2016-12-31.pdf"));
        assertSameBytes(Files.readAllBytes(again), original, "the 整改情况报告 from the pulled copy");
    }

    // ---- helpers

    private static List<String> pdfs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
    }

    /** Runs a command on both stores' copies of the example: it succeeds on both and says the same; returns that. */
    private static String sameOnBothStores(String... args) throws Exception {
        Map<StoreKind, String> said = new EnumMap<>(StoreKind.class);
        for (StoreKind kind : StoreKind.values()) {
            JichaProcess.Result r = RUNS.get(kind).jicha().run(args);
            assertThat(r.exit()).as("%s: %s: %s", kind, List.of(args), r.err()).isZero();
            assertThat(r.err()).as("%s: %s", kind, List.of(args)).isEmpty();
            // fsck counts the files of the session's folder it looked at: the journal is one on the folder store
            said.put(kind, normalized(kind, r.out()).replaceAll(", \\d+ files\n", ", <n> files\n"));
        }
        assertThat(said.get(StoreKind.POSTGRESQL)).as(String.join(" ", args)).isEqualTo(said.get(StoreKind.FILE));
        return said.get(StoreKind.FILE);
    }

    /** The output with what names the store or the run's folders put in the same words. */
    private static String normalized(StoreKind kind, String out) {
        Run run = RUNS.get(kind);
        String s = out.replace(run.out() + "/", "<out>/");
        // the example's review and its follow-up (回头看, issue 24)
        for (String session : List.of(SESSION, "suzhou-2017-followup")) {
            if (kind == StoreKind.POSTGRESQL) {
                s = s.replace(run.store().url() + " (" + session + ")", "<store>");
            }
            s = s.replace(run.store().workspace().resolve(session).toString(), "<store>");
        }
        // the first command on the new database said it created the schema (issue 26): no folder does
        s = s.replaceAll("(?m)^created jicha's tables in \\S+ \\(schema version \\d+\\)\n", "");
        // session fsck counts the files of the session's folder: a store's cache holds no journal file
        s = s.replaceAll("signatures, \\d+ files", "signatures, <n> files");
        return s.replace(run.store().workspace().toString(), "<workspace>");
    }
}
