package io.jicha.record;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The chunked text column against a plain list of strings. */
class TextColumnTest {

    private static final String CJK = "吴江区环境监察大队企业检查记录号〔〕、";

    private static String value(Random rnd, int i) {
        int kind = rnd.nextInt(100);
        if (kind < 5) {
            return "";
        }
        if (kind < 7) {
            return "𠀋" + i + "𪚥"; // characters above U+FFFF (surrogate pairs)
        }
        StringBuilder b = new StringBuilder();
        int len = 1 + rnd.nextInt(12 + i / 5000); // longer further down, like ids whose numbers grow
        for (int k = 0; k < len; k++) {
            b.append(rnd.nextBoolean() ? CJK.charAt(rnd.nextInt(CJK.length())) : (char) ('0' + rnd.nextInt(10)));
        }
        return b.append(i).toString();
    }

    private static void assertSame(TextColumn column, List<String> expected) throws Exception {
        assertThat(column.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String v = expected.get(i);
            assertThat(column.get(i)).isEqualTo(v);
            assertThat(column.isEmpty(i)).isEqualTo(v.isEmpty());
            assertThat(column.equalsAt(i, v)).isTrue();
            assertThat(column.equalsAt(i, v.toCharArray())).isTrue();
            assertThat(column.equalsAt(i, v + "x")).isFalse();
            MessageDigest a = MessageDigest.getInstance("SHA-256");
            column.update(a, i);
            assertThat(HexFormat.of().formatHex(a.digest())).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(v.getBytes(StandardCharsets.UTF_8))));
        }
        Random rnd = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            int i = rnd.nextInt(expected.size());
            int j = rnd.nextInt(expected.size());
            int byCodePoints = Integer.signum(compareCodePoints(expected.get(i), expected.get(j)));
            assertThat(Integer.signum(column.compare(i, j))).isEqualTo(byCodePoints);
            assertThat(column.equalsAt(i, column, j)).isEqualTo(expected.get(i).equals(expected.get(j)));
        }
        long[][] keys = column.sortKeys();
        for (int n = 0; n < 20_000; n++) {
            int i = rnd.nextInt(expected.size());
            int j = rnd.nextInt(expected.size());
            int byKeys = Long.compareUnsigned(keys[0][i], keys[0][j]);
            if (byKeys == 0) {
                byKeys = Long.compareUnsigned(keys[1][i], keys[1][j]);
            }
            if (byKeys != 0) { // keys order values as compare does, except where they tie
                assertThat(Integer.signum(byKeys)).isEqualTo(Integer.signum(column.compare(i, j)));
            }
        }
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    @Test
    void manyValuesOverSeveralChunksReadBackAsWritten() throws Exception {
        for (boolean hinted : new boolean[]{false, true}) {
            Random rnd = new Random(20161010);
            TextColumn column = new TextColumn();
            List<String> expected = new ArrayList<>();
            int n = 120_000;
            for (int i = 0; i < n; i++) {
                if (hinted && i == 8192) {
                    column.expect(n / 2); // an underestimate, as from the first rows of a file
                }
                String v = value(rnd, i);
                column.add(v);
                expected.add(v);
            }
            assertSame(column, expected);
            column.trim();
            assertSame(column, expected);
        }
    }

    @Test
    void aValueLongerThanAChunkGetsOneOfItsOwn() throws Exception {
        TextColumn column = new TextColumn();
        List<String> expected = new ArrayList<>();
        String big = "环".repeat(3 << 20);
        for (String v : List.of("a", "b".repeat(1 << 18), big, "", "c", big + "d", "e")) {
            column.add(v);
            expected.add(v);
        }
        for (int i = 0; i < 50_000; i++) {
            column.add("记录" + i);
            expected.add("记录" + i);
        }
        assertSame(column, expected);
        column.trim();
        assertSame(column, expected);
    }
}
