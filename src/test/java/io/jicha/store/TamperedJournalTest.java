package io.jicha.store;

import org.junit.jupiter.api.Tag;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal line changed behind jicha's back is caught the same way on both stores: {@code journal verify} and
 * {@code session fsck} recompute the chain from the stored bytes and name the first line that does not hold.
 */
@Tag("process")
@Tag("postgres")
class TamperedJournalTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aChangedLineIsNamedByJournalVerifyAndSessionFsck(StoreKind kind) throws Exception {
        TestStore store = TestStore.create(kind, dir, "tampered");
        store.script("张三", "notes", List.of(
                "session new --name tampered --period 2016-10-10..2016-10-13 --units 吴江区 --team 张三,李四",
                "session note \"现场检查笔录齐全\"",
                "session note \"询问笔录第3页无签名\"",
                "session note \"采样单齐全\""));
        store.tamper("tampered", 3, line -> line.replace("第3页", "第4页"));

        JichaProcess.Result verify = store.jicha("张三").run("journal", "verify");
        assertThat(verify.exit()).as("%s: %s", kind, verify).isEqualTo(1);
        assertThat(verify.err().strip()).as("%s", kind)
                .startsWith("jicha: journal of 'tampered' fails at line 3")
                .endsWith("the 2 events before it verify")
                .doesNotContain("\n");

        JichaProcess.Result fsck = store.jicha("张三").run("session", "fsck");
        assertThat(fsck.exit()).as("%s: %s", kind, fsck).isNotZero();
        assertThat(fsck.out() + fsck.err()).as("%s", kind).contains("line 3").doesNotContain("Exception");
    }
}
