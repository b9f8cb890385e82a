package io.jicha.sampling;

import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.record.ImportProgress;
import io.jicha.record.PopulationBook;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.report.EvaluationWords;
import io.jicha.record.RecordsImported;
import io.jicha.record.Snapshots;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplingSessionTest {

    @TempDir
    Path dir;
    Session session;
    Path cases;

    @BeforeEach
    void setUp() throws IOException {
        Workspace ws = new Workspace(dir.resolve("ws"));
        session = ws.create(new SessionInfo("suzhou-2016-10", LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三", "李四"), "zh-CN", null), "张三");
        StringBuilder csv = new StringBuilder("案号,立案日期,企业名称,行业\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("吴环罚〔2016〕").append(i).append("号,2016-").append(String.format("%02d", 1 + i % 9))
                    .append("-01,企业").append(i).append(',').append(i % 2 == 0 ? "化工" : "印染").append('\n');
        }
        cases = dir.resolve("wujiang-cases.csv");
        Files.writeString(cases, csv, StandardCharsets.UTF_8);
        Snapshots.clearCache();
    }

    private RecordsImported importCases() {
        return RecordImport.importFile(session, "张三", cases, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
    }

    private DrawRequest request(String seed, Integer size, boolean replace, String reason) {
        return new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.HASH, seed, size, false, RecordFilter.NONE,
                null, replace, reason);
    }

    @Test
    void importRecordsTheFileAndKeepsItsBytesUnderTheirHash() throws IOException {
        RecordsImported r = importCases();
        assertThat(r.rows()).isEqualTo(120);
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.format()).isEqualTo("csv");
        Path snapshot = session.snapshotDir().resolve(r.sha256() + ".csv");
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(Files.readAllBytes(cases));
        Event e = session.state().events().get(session.state().events().size() - 1);
        assertThat(e.type()).isEqualTo("records.imported");
        assertThat(e.payload().get("fileName").asText()).isEqualTo("wujiang-cases.csv");
        Files.delete(cases);
        Snapshots.clearCache();
        assertThat(session.state().get(PopulationBook.class).population(session.snapshotDir(), "吴江区",
                RecordKind.PENALTY_CASE).size()).isEqualTo(120);
    }

    @Test
    void gb18030TextAfterAPlainAsciiStartIsStillRecognised() throws IOException {
        StringBuilder text = new StringBuilder("id,date,enterprise\n");
        for (int i = 0; i < 5000; i++) {
            text.append("TC-").append(i).append(",2016-09-01,plain ascii enterprise name\n");
        }
        text.append("TC-9999,2016-09-02,太仓某化工有限公司\n");
        Path f = dir.resolve("taicang.csv");
        Files.write(f, text.toString().getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(Files.size(f)).isGreaterThan(1 << 16);
        RecordsImported r = RecordImport.importFile(session, "张三", f, "太仓市", RecordKind.INSPECTION_RECORD, null,
                ImportProgress.NONE);
        assertThat(r.encoding()).isEqualTo("GB18030");
        assertThat(r.rows()).isEqualTo(5001);
        assertThat(r.sha256()).isEqualTo(io.jicha.common.Hashes.sha256Hex(f));
        Snapshots.clearCache();
        var p = session.state().get(PopulationBook.class).population(session.snapshotDir(), "太仓市",
                RecordKind.INSPECTION_RECORD);
        assertThat(p.record(p.indexOf("TC-9999")).attribute("enterprise")).isEqualTo("太仓某化工有限公司");
    }

    @Test
    void duplicateIdsAgainstAnEarlierImportRefuseTheWholeFile() throws IOException {
        importCases();
        Path more = dir.resolve("more.csv");
        Files.writeString(more, "案号,立案日期\n吴环罚〔2016〕121号,2016-09-01\n吴环罚〔2016〕7号,2016-09-02\n");
        int before = session.state().events().size();
        assertThatThrownBy(() -> RecordImport.importFile(session, "张三", more, "吴江区", RecordKind.PENALTY_CASE, null,
                ImportProgress.NONE)).isInstanceOf(UserError.class)
                .hasMessageContaining("more.csv row 3, column id: duplicate id '吴环罚〔2016〕7号'")
                .hasMessageContaining("nothing imported");
        assertThat(session.state().events()).hasSize(before);
        assertThat(session.snapshotDir().toFile().list()).hasSize(1);
        assertThatThrownBy(this::importCases).isInstanceOf(UserError.class).hasMessageContaining("was imported already");
    }

    @Test
    void aSecondImportAddsToThePopulation() throws IOException {
        importCases();
        Path more = dir.resolve("more.jsonl");
        Files.writeString(more, "{\"案号\":\"吴环罚〔2016〕200号\",\"立案日期\":\"2016年9月2日\"}\n");
        RecordImport.importFile(session, "李四", more, "吴江区", RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        PopulationBook book = session.state().get(PopulationBook.class);
        assertThat(book.count("吴江区", RecordKind.PENALTY_CASE)).isEqualTo(121);
        assertThat(book.population(session.snapshotDir(), "吴江区", RecordKind.PENALTY_CASE).contains("吴环罚〔2016〕200号"))
                .isTrue();
    }

    @Test
    void anUnknownUnitOrKindIsRefused() {
        assertThatThrownBy(() -> RecordImport.importFile(session, "张三", cases, "相城区", RecordKind.PENALTY_CASE, null,
                ImportProgress.NONE)).isInstanceOf(UserError.class).hasMessageContaining("unknown unit '相城区'");
        assertThatThrownBy(() -> RecordKind.parse("traffic-ticket")).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown kind 'traffic-ticket'");
        importCases();
        assertThatThrownBy(() -> Sampling.draw(session, "张三", new DrawRequest("相城区", RecordKind.PENALTY_CASE,
                DrawMethod.HASH, "s", 5, false, null, null, false, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown unit '相城区'");
        assertThatThrownBy(() -> Sampling.draw(session, "张三", new DrawRequest("太仓市", RecordKind.PENALTY_CASE,
                DrawMethod.HASH, "s", 5, false, null, null, false, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("no penalty-case records imported for 太仓市");
    }

    @Test
    void drawingTwiceNeedsReplaceWithAReasonAndKeepsTheEarlierDrawMarked() {
        importCases();
        Sampling.Drawn first = Sampling.draw(session, "张三", request("seed-a", 10, false, null));
        assertThatThrownBy(() -> Sampling.draw(session, "张三", request("seed-b", 10, false, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("was drawn already").hasMessageContaining("--replace");
        assertThatThrownBy(() -> request("seed-b", 10, true, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("--replace needs --reason");
        Sampling.Drawn second = Sampling.draw(session, "李四", request("seed-b", 12, true, "wrong unit filter"));
        DrawBook book = session.state().get(DrawBook.class);
        assertThat(book.all()).hasSize(2);
        assertThat(book.all().get(0).replacedBy()).isEqualTo(second.seq());
        assertThat(book.all().get(0).replaceReason()).isEqualTo("wrong unit filter");
        assertThat(book.current("吴江区", RecordKind.PENALTY_CASE).orElseThrow().seq()).isEqualTo(second.seq());
        assertThat(book.drawnIds()).containsExactlyElementsOf(second.draw().ids());
        assertThat(second.draw().replaces()).isEqualTo(first.seq());
    }

    @Test
    void verifyRecomputesEveryDrawFromTheSnapshotsAndCatchesAnAlteredSnapshot() throws IOException {
        RecordsImported r = importCases();
        Sampling.draw(session, "张三", request(null, 10, false, null));
        Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE, DrawMethod.SYSTEMATIC, "s", 8,
                false, RecordFilter.parse("2016-03-01", null, "行业=化工"), null, true, "use systematic"));
        List<Sampling.DrawCheck> checks = Sampling.verify(session);
        assertThat(checks).hasSize(2).allSatisfy(c -> assertThat(c.match()).as(c.detail()).isTrue());
        SampleDrawn generated = checks.get(0).entry().draw();
        assertThat(generated.seedGenerated()).isTrue();
        assertThat(generated.seed()).matches("[0-9a-f]{32}");

        Path snapshot = session.snapshotDir().resolve(r.sha256() + ".csv");
        Files.writeString(snapshot, Files.readString(snapshot).replace("企业7,", "企业七,"));
        Snapshots.clearCache();
        assertThat(Sampling.verify(session)).allSatisfy(c -> {
            assertThat(c.match()).isFalse();
            assertThat(c.detail()).contains("missing or altered");
        });
    }

    @Test
    void drawWithPlanUsesTheRecordedPlanAndEvaluationUsesItsConfidence() {
        importCases();
        assertThatThrownBy(() -> Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE,
                null, "s", null, true, null, null, false, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("no plan recorded yet");
        SamplingPlan plan = Planning.plan(new BigDecimal("0.95"), new BigDecimal("0.05"), BigDecimal.ZERO, null);
        Sampling.recordPlan(session, "张三", plan);
        Sampling.Drawn d = Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE,
                null, "s", null, true, null, null, false, null));
        assertThat(d.draw().ids()).hasSize(59);
        assertThat(d.draw().plan()).isEqualTo(plan);

        Map<String, Boolean> failed = new HashMap<>();
        d.draw().ids().forEach(id -> failed.put(id, false));
        failed.put(d.draw().ids().get(3), true);
        Evaluation e = Sampling.evaluate(session.state(), "吴江区", RecordKind.PENALTY_CASE, failed, null);
        assertThat(e.deviations()).isEqualTo(1);
        assertThat(e.evaluated()).isEqualTo(59);
        assertThat(e.confidence()).isEqualByComparingTo("0.95");
        assertThat(EvaluationWords.forSession("en").unit(e, "吴江区", RecordKind.PENALTY_CASE))
                .isEqualTo("with 95% confidence, no more than 5.8% of 吴江区's penalty case files fail (at most 7 of 120;"
                        + " 1 of 59 sampled files failed), a bound above the tolerable rate of 5%:"
                        + " the review cannot conclude that fewer than 5% fail"); // 7 of 120: SciPy hypergeom, see EvaluationTest
    }

    @Test
    void aStratifiedDrawKeepsItsStrataAndIsEvaluatedWithTheirWeights() {
        importCases();
        Sampling.Drawn d = Sampling.draw(session, "张三", new DrawRequest("吴江区", RecordKind.PENALTY_CASE,
                DrawMethod.HASH, "s", 10, false, RecordFilter.NONE, "行业", false, null));
        SampleDrawn drawn = session.state().get(DrawBook.class).current("吴江区", RecordKind.PENALTY_CASE).orElseThrow().draw();
        assertThat(drawn.strata()).containsOnlyKeys("化工", "印染");
        assertThat(drawn.strata().values()).allSatisfy(s -> assertThat(s.population()).isEqualTo(60));
        assertThat(drawn.strata().values().stream().flatMap(s -> s.ids().stream()))
                .containsExactlyInAnyOrderElementsOf(drawn.ids());
        assertThat(drawn.strata()).allSatisfy((k, s) -> assertThat(s.ids()).hasSize(drawn.allocation().get(k)));

        Map<String, Boolean> failed = new HashMap<>();
        drawn.ids().forEach(id -> failed.put(id, false));
        failed.put(drawn.strata().get("化工").ids().get(0), true);
        Evaluation e = Sampling.evaluate(drawn, failed, new BigDecimal("0.90"));
        assertThat(e.method()).isEqualTo(Evaluation.Method.STRATIFIED_EXACT);
        assertThat(e.population()).isEqualTo(120);
        // 1 of 5 of 60 and 0 of 5 of 60 together, exactly (ExactStratifiedBound), as the strata's cells say
        assertThat(e.upperCount()).isEqualTo(ExactStratifiedBound.upper(List.of(new ExactStratifiedBound.Cell(60, 5, 1),
                new ExactStratifiedBound.Cell(60, 5, 0)), 0.90).getAsInt());
        assertThat(d.draw().strata()).isEqualTo(drawn.strata());
    }

    @Test
    void sizeAboveThePopulationIsRefusedWithBothNumbers() {
        importCases();
        assertThatThrownBy(() -> Sampling.draw(session, "张三", request("s", 500, false, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("--size 500 is more than the population of 120");
        assertThat(session.state().get(DrawBook.class).all()).isEmpty();
    }

    @Test
    void showListsDrawnRecordsInRankOrderWithTheirStatus() {
        importCases();
        Sampling.Drawn d = Sampling.draw(session, "张三", request("show", 5, false, null));
        List<Sampling.ShownRecord> rows = Sampling.show(session, "吴江区", id -> "not yet scored");
        assertThat(rows).extracting(Sampling.ShownRecord::id).containsExactlyElementsOf(d.draw().ids());
        assertThat(rows).extracting(Sampling.ShownRecord::rank).isSorted();
        assertThat(rows.get(0).enterprise()).startsWith("企业");
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).isEqualTo("not yet scored"));
    }
}
