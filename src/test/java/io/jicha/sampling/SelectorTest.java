package io.jicha.sampling;

import io.jicha.common.UserError;
import io.jicha.record.ImportProgress;
import io.jicha.record.Population;
import io.jicha.record.RecordFilter;
import io.jicha.record.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectorTest {

    @TempDir
    Path dir;

    private static final String[] INDUSTRIES = {"化工", "印染", "电镀", "造纸"};

    private List<String> rows(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add("WJ-2016-" + String.format("%04d", i) + ",2016-" + String.format("%02d", 1 + i % 12) + "-15,"
                    + "企业" + i + "," + INDUSTRIES[i % 7 == 0 ? 3 : i % 3]);
        }
        return rows;
    }

    private Population load(String name, List<String> rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "案号,日期,企业名称,行业\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        Snapshots.StagedPopulation staged = Snapshots.stageAndParse(f, dir.resolve("snap"), null, ImportProgress.NONE);
        Snapshots.discard(staged.staged());
        return staged.population();
    }

    private static String sha256Hex(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hashDrawIsTheSmallestRanksComputedIndependently() throws Exception {
        List<String> rows = rows(500);
        Population p = load("w.csv", rows);
        Selection s = Selector.select(p, new DrawSpec(DrawMethod.HASH, "苏环稽2016-10", 20, RecordFilter.NONE, null));
        TreeMap<String, String> byRank = new TreeMap<>();
        for (String row : rows) {
            String id = row.substring(0, row.indexOf(','));
            byRank.put(sha256Hex("苏环稽2016-10:" + id), id);
        }
        assertThat(s.ids()).containsExactlyElementsOf(byRank.values().stream().limit(20).toList());
        assertThat(s.populationSize()).isEqualTo(500);
    }

    @Test
    void fingerprintIsSha256OfSortedIdsOnePerLine() throws Exception {
        List<String> rows = rows(50);
        Population p = load("w.csv", rows);
        Selection s = Selector.select(p, new DrawSpec(DrawMethod.HASH, "x", 5, RecordFilter.NONE, null));
        List<String> ids = new ArrayList<>(rows.stream().map(r -> r.substring(0, r.indexOf(','))).toList());
        Collections.sort(ids);
        StringBuilder text = new StringBuilder();
        ids.forEach(id -> text.append(id).append('\n'));
        assertThat(s.populationFingerprint()).isEqualTo(sha256Hex(text.toString()));
    }

    @Test
    void fingerprintOrdersIdsByTheirUtf8BytesEvenBeyondTheBasicPlane() throws Exception {
        List<String> ids = List.of("A-\uE000", "A-\uD840\uDC00", "A-z", "A-吴", "A-\uFF10", "B", "A-");
        List<String> rows = ids.stream().map(id -> id + ",2016-01-01,企业,化工").toList();
        Population p = load("plane.csv", rows);
        Selection s = Selector.select(p, new DrawSpec(DrawMethod.SYSTEMATIC, "x", ids.size(), RecordFilter.NONE, null));
        List<byte[]> utf8 = new ArrayList<>(ids.stream().map(id -> id.getBytes(StandardCharsets.UTF_8)).toList());
        utf8.sort(java.util.Arrays::compareUnsigned);
        List<String> byBytes = utf8.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(s.ids()).isEqualTo(byBytes);
        StringBuilder text = new StringBuilder();
        byBytes.forEach(id -> text.append(id).append('\n'));
        assertThat(s.populationFingerprint()).isEqualTo(sha256Hex(text.toString()));
    }

    /** Ids that share a prefix and agree far beyond it: the sort keys tie and the ids themselves decide. */
    @Test
    void idOrderHoldsWhenIdsAgreeForManyCharactersAfterTheirCommonPrefix() throws Exception {
        java.util.Random rnd = new java.util.Random(13);
        String[] tails = {"号", "\uD840\uDC00", "\uE000", "z", "吴", ""};
        java.util.Set<String> unique = new java.util.LinkedHashSet<>();
        while (unique.size() < 3000) {
            // 吴环监〔2016〕 then digits with long runs in common, then a tail that may sort above the BMP
            unique.add("吴环监〔201" + rnd.nextInt(2) + "〕" + "1234567".substring(0, rnd.nextInt(8))
                    + rnd.nextInt(40) + tails[rnd.nextInt(tails.length)]);
        }
        List<String> ids = new ArrayList<>(unique);
        Population p = load("long.csv", ids.stream().map(id -> id + ",2016-01-01,企业,化工").toList());
        List<byte[]> utf8 = new ArrayList<>(ids.stream().map(id -> id.getBytes(StandardCharsets.UTF_8)).toList());
        utf8.sort(java.util.Arrays::compareUnsigned);
        List<String> byBytes = utf8.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        StringBuilder text = new StringBuilder();
        byBytes.forEach(id -> text.append(id).append('\n'));
        for (int draw = 0; draw < 2; draw++) { // the second draw reuses the order derived by the first
            Selection s = Selector.select(p, new DrawSpec(DrawMethod.SYSTEMATIC, "x" + draw, ids.size(),
                    RecordFilter.NONE, null));
            assertThat(s.ids()).isEqualTo(byBytes);
            assertThat(s.populationFingerprint()).isEqualTo(sha256Hex(text.toString()));
        }
    }

    @Test
    void shuffledFileGivesTheSameSample() throws IOException {
        List<String> rows = rows(300);
        List<String> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(7));
        Population a = load("a.csv", rows);
        Population b = load("b.csv", shuffled);
        for (DrawMethod m : DrawMethod.values()) {
            DrawSpec spec = new DrawSpec(m, "seed-1", 25, RecordFilter.NONE, null);
            Selection sa = Selector.select(a, spec);
            Selection sb = Selector.select(b, spec);
            assertThat(sb.ids()).as(m.code()).isEqualTo(sa.ids());
            assertThat(sb.populationFingerprint()).isEqualTo(sa.populationFingerprint());
        }
        DrawSpec strat = new DrawSpec(DrawMethod.HASH, "seed-1", 25, RecordFilter.NONE, "industry");
        assertThat(Selector.select(b, strat).ids()).isEqualTo(Selector.select(a, strat).ids());
    }

    @Test
    void systematicDrawTakesEveryKthIdFromASeededStart() throws Exception {
        Population p = load("w.csv", rows(100));
        Selection s = Selector.select(p, new DrawSpec(DrawMethod.SYSTEMATIC, "abc", 10, RecordFilter.NONE, null));
        double u = new java.math.BigInteger(sha256Hex("abc").substring(0, 16), 16).doubleValue() / Math.pow(2, 64);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expected.add("WJ-2016-" + String.format("%04d", (int) Math.floor((i + u) * 10) + 1));
        }
        assertThat(s.ids()).isEqualTo(expected);
    }

    @Test
    void stratifiedDrawAllocatesByLargestRemainderWithAtLeastOnePerStratum() throws IOException {
        Population p = load("w.csv", rows(200));
        Selection s = Selector.select(p, new DrawSpec(DrawMethod.HASH, "s", 10, RecordFilter.NONE, "行业"));
        assertThat(s.allocation().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(s.allocation()).allSatisfy((k, v) -> assertThat(v).isGreaterThanOrEqualTo(1));
        for (Map.Entry<String, Integer> e : s.allocation().entrySet()) {
            long drawn = s.ids().stream().filter(id -> p.attribute(p.indexOf(id), "industry").equals(e.getKey())).count();
            assertThat(drawn).as(e.getKey()).isEqualTo(e.getValue().longValue());
        }
        // Quotas 9.3/0.3/0.4 with 10 to give: floors 9,0,0 → the leftover unit to the largest remainder (0.4),
        // then the empty stratum takes one from the stratum most above its quota.
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        sizes.put("A", 93);
        sizes.put("B", 3);
        sizes.put("C", 4);
        assertThat(Selector.allocate(sizes, 10)).containsExactly(Map.entry("A", 8), Map.entry("B", 1), Map.entry("C", 1));
        sizes.put("A", 50);
        sizes.put("B", 30);
        sizes.put("C", 20);
        assertThat(Selector.allocate(sizes, 7)).containsExactly(Map.entry("A", 4), Map.entry("B", 2), Map.entry("C", 1));
    }

    @Test
    void sizeAbovePopulationNamesBothNumbers() throws IOException {
        Population p = load("w.csv", rows(30));
        assertThatThrownBy(() -> Selector.select(p, new DrawSpec(DrawMethod.HASH, "s", 31, RecordFilter.NONE, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("--size 31 is more than the population of 30");
        RecordFilter chem = RecordFilter.parse(null, null, "行业=化工");
        int chemicals = chem.apply(p).length;
        assertThatThrownBy(() -> Selector.select(p, new DrawSpec(DrawMethod.HASH, "s", 29, chem, null)))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("--size 29 is more than the population of " + chemicals + " (after the filter industry=化工)");
    }

    @Test
    void aFilterThatLeavesNothingIsRefused() throws IOException {
        Population p = load("w.csv", rows(30));
        RecordFilter none = RecordFilter.parse("2017-01-01", null, null);
        assertThatThrownBy(() -> Selector.select(p, new DrawSpec(DrawMethod.HASH, "s", 1, none, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("the filter (from 2017-01-01) leaves none of the 30 records");
    }

    @Test
    void seedsWithControlCharactersAreRefused() {
        assertThatThrownBy(() -> new DrawSpec(DrawMethod.HASH, "abc\u0007", 1, null, null))
                .isInstanceOf(UserError.class).hasMessageContaining("--seed contains a control character (U+0007 at position 4)");
        assertThatThrownBy(() -> new DrawSpec(DrawMethod.HASH, "a\nb", 1, null, null)).isInstanceOf(UserError.class);
        assertThat(Seeds.generate()).matches("[0-9a-f]{32}").isNotEqualTo(Seeds.generate());
    }
}
