package io.jicha.store;

import static io.jicha.store.SameBytes.assertSameBytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.jicha.support.JichaProcess;
import io.jicha.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * session resolve on a history that diverged between a laptop (a workspace folder) and a real
 * PostgreSQL store: it shows, as sentences, what each side has that the other lacks, and keeps
 * one version under the name while the other is set aside, unchanged, as a named copy.
 */
@Tag("postgres")
@Tag("process")
class SessionResolveTest {

    private static final String SESSION = "split";

    @TempDir
    Path dir;

    private TestStore store;
    private TestStore laptop;
    private String url;
    private byte[] laptopJournal;
    private byte[] storeJournal;

    @BeforeEach
    void aSessionThatDiverged() throws Exception {
        store = TestStore.create(StoreKind.POSTGRESQL, dir, "split");
        url = store.url();
        laptop = TestStore.create(StoreKind.FILE, dir, "laptop");
        laptop.script("张三", "setup", List.of(
                "session new --name " + SESSION + " --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "records import examples/suzhou-2016-review/data/wujiang-penalties.csv --unit 吴江区 --kind penalty-case"));
        ok(laptop.jicha("张三", pgPassword()), "session", "push", SESSION, "--to", url);
        ok(laptop.jicha("张三"), "session", "note", "笔记本上记的备注");
        store.script("李四", "note", List.of("session open " + SESSION, "session note \"服务器上记的备注\""));
        laptopJournal = Files.readAllBytes(laptop.journalFile(SESSION));
        storeJournal = store.journalBytes(SESSION);
    }

    @Test
    void withoutKeepItShowsWhatEachSideLacksAsSentencesAndChangesNothing() throws Exception {
        JichaProcess.Result shown = ok(laptop.jicha("张三", env("zh")), "session", "resolve", SESSION, "--from", url);
        assertThat(shown.out())
                .contains("前 2 条事件两边相同，自第 3 条起不同")
                .contains("仅在 " + laptop.workspace().resolve(SESSION) + " 中（1 条）：")
                .contains("张三：记录备注：笔记本上记的备注")
                .contains("仅在 " + url + " 中（1 条）：")
                .contains("李四：记录备注：服务器上记的备注")
                .contains("--keep store")
                .doesNotContain("{\"").doesNotContain("text=");
        assertSameBytes(Files.readAllBytes(laptop.journalFile(SESSION)), laptopJournal, "the laptop's journal");
        assertSameBytes(store.journalBytes(SESSION), storeJournal, "the store's journal");
    }

    @Test
    void keepStoreSetsTheLaptopsVersionAsideAndTakesTheStoresUnderTheName() throws Exception {
        JichaProcess.Result kept = ok(laptop.jicha("张三", env("en")), "session", "resolve", SESSION,
                "--keep", "store", "--aside", "split-张三", "--from", url);
        assertThat(kept.out()).contains("this copy is set aside as session split-张三")
                .contains("noted: 笔记本上记的备注").contains("noted: 服务器上记的备注");
        assertSameBytes(Files.readAllBytes(laptop.journalFile(SESSION)), storeJournal, "the kept version, under the name");
        assertSameBytes(Files.readAllBytes(laptop.journalFile("split-张三")), laptopJournal, "the copy set aside");
        assertSameBytes(store.journalBytes(SESSION), storeJournal, "the store's journal");
        assertThat(ok(laptop.jicha("张三"), "session", "fsck").out()).contains("no faults");
        assertThat(ok(laptop.jicha("张三", pgPassword()), "session", "push", SESSION, "--to", url).out())
                .as("the two sides agree again").contains("nothing to copy");
        assertThat(ok(laptop.jicha("张三"), "session", "list").out()).contains("split-张三");
    }

    @Test
    void keepLocalCopiesTheStoresVersionAsideAndKeepsThisOneUnchanged() throws Exception {
        JichaProcess.Result kept = ok(laptop.jicha("张三", env("zh")), "session", "resolve", SESSION,
                "--keep", "local", "--from", url);
        assertThat(kept.out()).contains("已保留本地版本 split").contains("另存为稽查任务 split-store");
        assertSameBytes(Files.readAllBytes(laptop.journalFile(SESSION)), laptopJournal, "the kept version");
        assertSameBytes(Files.readAllBytes(laptop.journalFile("split-store")), storeJournal, "the store's version set aside");
    }

    @Test
    void aSessionThatDidNotDivergeIsNotResolved() throws Exception {
        TestStore other = TestStore.create(StoreKind.FILE, dir, "other");
        ok(other.jicha("王五", pgPassword()), "session", "pull", SESSION, "--from", url);
        JichaProcess.Result refused = other.jicha("王五", pgPassword()).run("session", "resolve", SESSION, "--keep", "store", "--from", url);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip().lines()).singleElement().asString().contains("has not diverged");
    }

    private Map<String, String> pgPassword() {
        return Map.of("PGPASSWORD", TestPostgres.shared().password());
    }

    private Map<String, String> env(String lang) {
        Map<String, String> env = new HashMap<>(pgPassword());
        env.put("JICHA_LANG", lang);
        return env;
    }

    private static JichaProcess.Result ok(JichaProcess jicha, String... args) throws Exception {
        JichaProcess.Result r = jicha.run(args);
        assertThat(r.exit()).as("%s: %s", List.of(args), r.err()).isZero();
        return r;
    }
}
