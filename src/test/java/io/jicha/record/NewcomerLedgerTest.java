package io.jicha.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.jicha.sampling.DrawMethod;
import io.jicha.sampling.DrawRequest;
import io.jicha.sampling.Sampling;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 行政处罚 register as a district office keeps it, saved by LibreOffice (src/test/resources/xlsx,
 * made by make-office-files.sh): a title row, a merged two-row header with 当事人, numeric 案号, date
 * cells, a 合计 row and a 填表人/审核人/制表日期 footer imports as is; its update (the same 40 rows,
 * one changed, one added) imports as a new version, and a draw made before keeps its version.
 */
class NewcomerLedgerTest {

    private static final Path LEDGER = Path.of("src/test/resources/xlsx/newcomer-ledger.xlsx");
    private static final Path UPDATED = Path.of("src/test/resources/xlsx/newcomer-ledger-updated.xlsx");

    @TempDir
    Path dir;
    Session session;

    @BeforeEach
    void aSession() {
        session = new Workspace(dir.resolve("ws")).create(new SessionInfo("ledger", LocalDate.of(2016, 10, 10),
                LocalDate.of(2016, 10, 13), List.of("吴江区"), List.of("张三"), "zh-CN", null), "张三");
        Snapshots.clearCache();
    }

    @Test
    void theLedgerImportsAsIsWithItsFooterLeftOutAndTheParty当事人AsTheEnterprise() {
        List<String> leftOut = new ArrayList<>();
        RecordsImported r = RecordImport.importFile(session, "张三", LEDGER, "吴江区", RecordKind.PENALTY_CASE, null,
                progress(leftOut));
        assertThat(r.rows()).isEqualTo(40);
        assertThat(r.headerRow()).as("below the title row").isEqualTo(2);
        assertThat(r.isNewVersion()).isFalse();
        assertThat(leftOut).containsExactly("2 rows from row 44: 合计");
        Population p = population();
        CaseRecord first = p.record(p.indexOf("2016001"));
        assertThat(first.date()).isEqualTo(LocalDate.of(2016, 1, 11));
        assertThat(first.attribute(Columns.ENTERPRISE)).isEqualTo("吴江市盛泽荣昌染整有限公司");
        assertThat(first.attribute(Columns.FINE_YUAN)).isEqualTo("20000");
        assertThat(first.attribute(Columns.DECISION_DATE)).isEqualTo("2016-02-10");
        assertThat(p.contains("合计")).isFalse();
    }

    @Test
    void theUpdatedLedgerIsANewVersionAndAnEarlierDrawKeepsItsOwn() {
        RecordsImported v1 = RecordImport.importFile(session, "张三", LEDGER, "吴江区", RecordKind.PENALTY_CASE, null,
                ImportProgress.NONE);
        Sampling.Drawn drawn = Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE,
                DrawMethod.HASH, "2016-10-10-吴江区", 5, false, RecordFilter.NONE, null, false, null));
        RecordsImported v2 = RecordImport.importFile(session, "张三", UPDATED, "吴江区", RecordKind.PENALTY_CASE, null,
                ImportProgress.NONE);

        assertThat(v2.supersedes()).containsExactly(v1.sha256());
        PopulationBook book = session.state().get(PopulationBook.class);
        assertThat(book.count("吴江区", RecordKind.PENALTY_CASE)).as("the new version, not both").isEqualTo(41);
        PopulationBook.VersionChange change = book.change(session.snapshotDir(), v2);
        assertThat(change.version()).isEqualTo(2);
        assertThat(change.added()).containsExactly("2016041");
        assertThat(change.changed()).containsExactly("2016007");
        assertThat(change.removed()).isEmpty();
        assertThat(population().record(population().indexOf("2016007")).attribute(Columns.FINE_YUAN)).as("the new version's")
                .isEqualTo("15000");

        assertThat(drawn.draw().snapshots()).singleElement().asString().startsWith(v1.sha256());
        assertThat(book.version("吴江区", RecordKind.PENALTY_CASE, v1.sha256())).isEqualTo(1);
        assertThat(Sampling.verify(session.state(), session.snapshotDir())).allMatch(Sampling.DrawCheck::match);
        assertThat(book.snapshotNames()).as("the first version stays pinned").hasSize(2);
    }

    private Population population() {
        return session.state().get(PopulationBook.class).population(session.snapshotDir(), "吴江区", RecordKind.PENALTY_CASE);
    }

    private static ImportProgress progress(List<String> leftOut) {
        return new ImportProgress() {
            @Override
            public void update(String phase, long done, long total, long rows) {
            }

            @Override
            public void leftOut(int rows, int firstRow, String text) {
                leftOut.add(rows + " rows from row " + firstRow + ": " + text);
            }
        };
    }
}
