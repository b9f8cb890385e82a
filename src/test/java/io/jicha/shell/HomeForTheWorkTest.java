package io.jicha.shell;

import io.jicha.common.Hashes;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26: started from any folder without JICHA_WORKSPACE, jicha keeps its sessions in the user's data
 * folder and says where in {@code session list}; the shipped rubrics load by name from there too.
 */
@Tag("process")
class HomeForTheWorkTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"zh, 工作区：", "en, 'workspace: '"})
    void aUsersOwnFolderFromAnywhereAndRubricsByName(String lang, String workspaceLabel) throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("某个文件夹"));
        Path dataHome = tmp.resolve("data-home");
        Path home = dataHome.resolve("jicha");

        run(elsewhere, dataHome, lang, "session", "new", "--name", "t1", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三");
        String loaded = run(elsewhere, dataHome, lang, "rubric", "load", "penalty-case");
        String list = run(elsewhere, dataHome, lang, "session", "list");

        assertThat(list.lines().findFirst().orElseThrow()).isEqualTo(workspaceLabel + home);
        assertThat(home.resolve("t1/journal.jsonl")).isRegularFile();
        assertThat(elsewhere).isEmptyDirectory(); // nothing in the folder jicha started in
        String sha = Hashes.sha256Hex(Files.readAllBytes(Path.of("rubrics/penalty-case.yaml")));
        assertThat(loaded).contains(sha.substring(0, 12));
        // recorded under the name the same bytes have when loaded from the repository
        assertThat(Files.readString(home.resolve("t1/journal.jsonl"), StandardCharsets.UTF_8))
                .contains("\"file\":\"rubrics/penalty-case.yaml\"");
    }

    @ParameterizedTest
    @CsvSource({"zh, 自带：inspection-record, penalty-case", "en, 'shipped: inspection-record, penalty-case'"})
    void anUnknownNameListsTheShippedRubrics(String lang, String expected) throws Exception {
        Path dataHome = tmp.resolve("d");
        run(tmp, dataHome, lang, "session", "new", "--name", "t1", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三");
        JichaProcess.Result r = start(tmp, dataHome, lang, "rubric", "load", "penalty");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains(expected).hasLineCount(1);
    }

    private String run(Path dir, Path dataHome, String lang, String... args) throws Exception {
        JichaProcess.Result r = start(dir, dataHome, lang, args);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    /** jicha as a user starts it: in {@code dir}, with no JICHA_WORKSPACE, XDG_DATA_HOME set. */
    private JichaProcess.Result start(Path dir, Path dataHome, String lang, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new JichaProcess(tmp.resolve("unused"), Map.of("JICHA_LANG", lang)).builder(args);
        pb.environment().remove("JICHA_WORKSPACE");
        pb.environment().remove("JICHA_STORE");
        pb.environment().put("XDG_DATA_HOME", dataHome.toString());
        pb.directory(dir.toFile());
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jicha did not finish");
        }
        return new JichaProcess.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
