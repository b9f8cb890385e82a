package io.jicha.sampling;

import io.jicha.record.ImportProgress;
import io.jicha.record.RecordFilter;
import io.jicha.record.RecordImport;
import io.jicha.record.RecordKind;
import io.jicha.session.Session;
import io.jicha.session.SessionInfo;
import io.jicha.session.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: which rates a follow-up review compares was decided in shell/FollowUpCommands; it is
 * sampling/FollowUpComparisons now, tested on two real session journals with outcomes given by id.
 */
class FollowUpComparisonsTest {

    @TempDir
    Path dir;

    private Session review(Workspace w, String name, String... drawnUnits) throws Exception {
        Session s = w.create(new SessionInfo(name, LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 13),
                List.of("吴江区", "太仓市"), List.of("张三"), "zh-CN", null), "张三");
        for (String unit : List.of("吴江区", "太仓市")) {
            StringBuilder csv = new StringBuilder("案号,立案日期,企业名称\n");
            for (int i = 1; i <= 10; i++) {
                csv.append(unit).append("罚字〔2016〕").append(i).append("号,2016-03-15,某公司").append(i).append('\n');
            }
            Path file = Files.writeString(dir.resolve(name + unit + ".csv"), csv, StandardCharsets.UTF_8);
            RecordImport.importFile(s, "张三", file, unit, RecordKind.PENALTY_CASE, null, ImportProgress.NONE);
        }
        for (String unit : drawnUnits) {
            Sampling.draw(s, "张三", new DrawRequest(unit, RecordKind.PENALTY_CASE, DrawMethod.HASH, "2016-10-10",
                    4, false, RecordFilter.NONE, null, false, null));
        }
        return s;
    }

    @Test
    void aUnitAndKindDrawnAndScoredInBothIsComparedAndTheOthersAreNot() throws Exception {
        Workspace w = new Workspace(dir.resolve("ws"));
        Session before = review(w, "first", "吴江区", "太仓市");
        Session after = review(w, "again", "吴江区", "太仓市");
        List<String> earlier = before.state().get(DrawBook.class).drawnIds("吴江区", RecordKind.PENALTY_CASE);
        Set<String> failedBefore = Set.of(earlier.get(0), earlier.get(1));
        // in the earlier review two of 吴江区's files failed; 太仓市's files were never scored in the earlier one
        FollowUpComparisons.Outcome outcome = (state, id) -> {
            boolean first = state.info().name().equals("first");
            if (id.startsWith("太仓市") && first) {
                return Optional.empty();
            }
            return Optional.of(first && failedBefore.contains(id));
        };
        List<RateComparison> all = FollowUpComparisons.of(before.state(), after.state(), null, null,
                new BigDecimal("0.95"), outcome);
        assertThat(all).extracting(RateComparison::unit, RateComparison::failedBefore, RateComparison::before,
                RateComparison::failedAfter, RateComparison::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("吴江区", 2, 4, 0, 4));
        assertThat(FollowUpComparisons.of(before.state(), after.state(), "太仓市", null, new BigDecimal("0.95"), outcome))
                .isEmpty();
        assertThat(FollowUpComparisons.of(before.state(), after.state(), null, RecordKind.INSPECTION_RECORD,
                new BigDecimal("0.95"), outcome)).isEmpty();
    }

    @Test
    void aDrawTheEarlierReviewLacksIsNotCompared() throws Exception {
        Workspace w = new Workspace(dir.resolve("ws"));
        Session before = review(w, "first", "太仓市");
        Session after = review(w, "again", "吴江区", "太仓市");
        List<RateComparison> all = FollowUpComparisons.of(before.state(), after.state(), null, null,
                new BigDecimal("0.95"), (state, id) -> Optional.of(false));
        assertThat(all).extracting(RateComparison::unit).containsExactly("太仓市");
    }
}
