package io.jicha.record;

import io.jicha.common.UserError;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22: "nothing imported for that unit and kind" and "no imported record has that id" were
 * decided in shell/RecordCommands; PopulationBook decides them now, on a real session journal.
 */
class PopulationRequiredTest {

    @TempDir
    Path dir;

    @Test
    void aUnitAndKindWithoutImportsAndAnUnknownIdAreRefusedInOneLine() throws Exception {
        Session s = new Workspace(dir.resolve("ws")).create(new SessionInfo("review", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区", "太仓市"), List.of("张三"), "zh-CN", null), "张三");
        Path file = Files.writeString(dir.resolve("cases.csv"), "案号,立案日期,企业名称\n吴环罚字〔2016〕1号,2016-03-15,某公司\n",
                StandardCharsets.UTF_8);
        RecordImport.importFile(s, "张三", file, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        PopulationBook book = s.state().get(PopulationBook.class);

        assertThat(book.requirePopulation(s.snapshotDir(), "吴江区", RecordKind.PENALTY_CASE).size()).isEqualTo(1);
        assertThatThrownBy(() -> book.requirePopulation(s.snapshotDir(), "太仓市", RecordKind.PENALTY_CASE))
                .isInstanceOf(UserError.class).hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("record.records-imported-run-records-import"));

        assertThat(book.requireFound(s.snapshotDir(), "吴环罚字〔2016〕1号")).extracting(PopulationBook.Found::unit)
                .containsExactly("吴江区");
        assertThatThrownBy(() -> book.requireFound(s.snapshotDir(), "吴环罚字〔2016〕9号"))
                .isInstanceOf(UserError.class).hasMessageContaining("吴环罚字〔2016〕9号")
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("record.record-session-s-populations-check"));
    }
}
