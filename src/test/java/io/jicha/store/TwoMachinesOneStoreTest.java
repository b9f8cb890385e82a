package io.jicha.store;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two auditors on two machines (two workspace folders, nothing shared but JICHA_STORE) work on one session in
 * PostgreSQL: what one records the other sees, and the imported files travel through the store, so the second
 * machine recomputes the draws and reads the case files without ever having had the CSV.
 */
@Tag("process")
@Tag("postgres")
class TwoMachinesOneStoreTest {

    @TempDir
    Path dir;

    @Test
    void whatOneMachineRecordsTheOtherSeesAndItsSnapshotsComeFromTheStore() throws Exception {
        TestStore first = TestStore.create(StoreKind.POSTGRESQL, dir, "team");
        String out = first.script("张三", "setup", List.of(
                "session new --name team --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "rubric load rubrics/penalty-case.yaml",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case",
                "sample draw --unit 吴江区 --kind penalty-case --size 3 --seed 2016-10-10-吴江区"));
        String drawn = out.lines().filter(l -> l.startsWith("吴环罚字")).findFirst().orElseThrow();

        // the second machine: its own workspace folder, the same store
        JichaProcess second = first.fromAnotherMachine(dir.resolve("second-machine")).jicha("李四");
        assertThat(second.run("session", "list").out()).contains("team");
        Path script = dir.resolve("second.jicha");
        JichaProcess.Result r = second.script(script, List.of(
                "session open team",
                "sample verify",
                "records show " + drawn,
                "score done " + drawn + " --unit 吴江区 --on 2016-10-11",
                "session fsck"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("all 1 draws match").contains("no faults");
        try (var cached = Files.walk(dir.resolve("second-machine"))) {
            assertThat(cached.filter(f -> f.getFileName().toString().endsWith(".csv")))
                    .as("the imported file, fetched from the store into the second machine's cache").hasSize(1);
        }

        // back on the first machine: the file is done, by the other auditor
        JichaProcess.Result shown = first.jicha("张三").run("score", "show", drawn, "--unit", "吴江区");
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("done by 李四");
        JichaProcess.Result again = first.jicha("张三").run("score", "done", drawn, "--unit", "吴江区",
                "--on", "2016-10-11");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).contains("was marked done by 李四").doesNotContain("\n");
    }
}
