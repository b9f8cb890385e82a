package io.jicha.store;

import io.jicha.support.JichaProcess;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example review (examples/suzhou-2016-review/review.jicha) run unchanged on the workspace folder and, with
 * JICHA_STORE set, on PostgreSQL: with the clock fixed (JICHA_CLOCK) and the same auditors' keys, both give the same
 * journal bytes and the same PDFs, and the commands that inspect a session say the same on both.
 */
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

    @BeforeAll
    static void runTheExampleOnBothStores() throws Exception {
        List<String> script = Files.readAllLines(SCRIPT, StandardCharsets.UTF_8);
        Map<String, String> same = Map.of(
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
            JichaProcess.Result result = jicha.script(dir.resolve("review-" + kind.name().toLowerCase() + ".jicha"), rewritten);
            RUNS.put(kind, new Run(store, out, jicha, result));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void everyStepSucceeds(StoreKind kind) {
        JichaProcess.Result r = RUNS.get(kind).result();
        assertThat(r.exit()).as("%s: %s", kind, r.err()).isZero();
        assertThat(r.err()).as("%s", kind).doesNotContain("Exception").doesNotContain("jicha:");
        assertThat(r.out().lines().filter(l -> l.startsWith("wrote "))).as("%s", kind).hasSize(6);
    }

    @Test
    void thePdfsAreByteIdentical() throws Exception {
        Path file = RUNS.get(StoreKind.FILE).out();
        Path pg = RUNS.get(StoreKind.POSTGRESQL).out();
        List<String> names = pdfs(file);
        assertThat(names).hasSize(6);
        assertThat(pdfs(pg)).isEqualTo(names);
        for (String name : names) {
            assertThat(Files.readAllBytes(pg.resolve(name))).as(name).isEqualTo(Files.readAllBytes(file.resolve(name)));
        }
    }

    @Test
    void thePostgresqlJournalHoldsTheFileJournalsBytes() throws Exception {
        TestStore file = RUNS.get(StoreKind.FILE).store();
        byte[] fileBytes = Files.readAllBytes(file.journalFile(SESSION));
        byte[] pgBytes = RUNS.get(StoreKind.POSTGRESQL).store().journalBytes(SESSION);
        assertThat(file.storedLines(SESSION)).as("the example's journal").hasSizeGreaterThan(300);
        assertThat(new String(pgBytes, StandardCharsets.UTF_8)).isEqualTo(new String(fileBytes, StandardCharsets.UTF_8));
        assertThat(pgBytes).isEqualTo(fileBytes);
    }

    @Test
    void theScriptSaysTheSameOnBothStores() {
        assertThat(normalized(StoreKind.POSTGRESQL, RUNS.get(StoreKind.POSTGRESQL).result().out()))
                .isEqualTo(normalized(StoreKind.FILE, RUNS.get(StoreKind.FILE).result().out()));
    }

    /** session status, journal verify and session fsck work on both stores and say the same of the same session. */
    @ParameterizedTest
    @ValueSource(strings = {"session status", "journal verify", "session fsck"})
    void theInspectingCommandsSayTheSameOnBothStores(String command) throws Exception {
        Map<StoreKind, String> said = new EnumMap<>(StoreKind.class);
        for (StoreKind kind : StoreKind.values()) {
            JichaProcess.Result r = RUNS.get(kind).jicha().run(command.split(" "));
            assertThat(r.exit()).as("%s: %s: %s", kind, command, r.err()).isZero();
            assertThat(r.err()).as("%s: %s", kind, command).isEmpty();
            // fsck counts the files of the session's folder it looked at: the journal is one on the folder store
            said.put(kind, normalized(kind, r.out()).replaceAll(", \\d+ files\n", ", <n> files\n"));
        }
        assertThat(said.get(StoreKind.POSTGRESQL)).as(command).isEqualTo(said.get(StoreKind.FILE));
        String expected = switch (command) {
            case "journal verify" -> "journal of '" + SESSION + "' verifies: ";
            case "session fsck" -> "no faults";
            default -> SESSION;
        };
        assertThat(said.get(StoreKind.FILE)).as(command).contains(expected);
    }

    // ---- helpers

    private static List<String> pdfs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
    }

    /** The output with what names the store or the run's folders put in the same words. */
    private static String normalized(StoreKind kind, String out) {
        Run run = RUNS.get(kind);
        String s = out.replace(run.out() + "/", "<out>/");
        if (kind == StoreKind.POSTGRESQL) {
            s = s.replace(run.store().url() + " (" + SESSION + ")", "<store>");
        }
        return s.replace(run.store().workspace().resolve(SESSION).toString(), "<store>")
                .replace(run.store().workspace().toString(), "<workspace>");
    }
}
