package io.jicha.record;

import io.jicha.common.Hashes;
import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import's one pass over a file larger than the 1 MiB chunks it is taken in by: characters
 * split between two chunks, a byte-order mark, text that stops decoding after the first 64 KiB
 * (which chose the encoding), and the snapshot copy itself.
 */
class IngestTest {

    private static final int CHUNK = 1 << 20;

    @TempDir
    Path dir;

    /**
     * A CSV of rows "id,date,企业名称" whose bytes in the charset put a multi-byte character
     * across every chunk boundary at least once (the padding column shifts the rows by one byte
     * each), about 3 MiB in all.
     */
    private static byte[] csv(Charset cs, int rows) {
        return csv(cs, rows, 0);
    }

    /** The same, shifted by a few spaces before the first header (which the reader strips). */
    private static byte[] csv(Charset cs, int rows, int shift) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((" ".repeat(shift) + "编号,日期,企业名称,备注\n").getBytes(cs));
        for (int i = 1; i <= rows; i++) {
            String row = "吴环监〔2016〕" + i + "号,2016-10-" + (10 + i % 4) + ",苏州" + name(i) + "有限公司,"
                    + "x".repeat(i % 7) + "\n";
            out.writeBytes(row.getBytes(cs));
        }
        return out.toByteArray();
    }

    private static String name(int i) {
        return "吴江恒力化工印染电镀".substring(i % 5, i % 5 + 3);
    }

    private Snapshots.StagedPopulation stage(Path file, String encoding) throws IOException {
        return Snapshots.stageAndParse(file, dir.resolve("snap"), encoding, ImportProgress.NONE);
    }

    private static void assertRows(Population p, int rows) {
        assertThat(p.size()).isEqualTo(rows);
        for (int r = 0; r < rows; r++) {
            int i = r + 1;
            assertThat(p.id(r)).isEqualTo("吴环监〔2016〕" + i + "号");
            assertThat(p.attribute(r, Columns.ENTERPRISE)).isEqualTo("苏州" + name(i) + "有限公司");
            assertThat(p.attribute(r, "备注")).isEqualTo("x".repeat(i % 7));
        }
    }

    @Test
    void utf8CharactersSplitBetweenChunksReadBackAndTheSnapshotIsTheFile() throws IOException {
        int rows = 60_000;
        byte[] bytes = csv(StandardCharsets.UTF_8, rows);
        assertThat(bytes.length).isGreaterThan(2 * CHUNK);
        for (int shift = 1; !splitsACharacterAt(bytes, StandardCharsets.UTF_8, CHUNK); shift++) {
            bytes = csv(StandardCharsets.UTF_8, rows, shift);
        }
        Path f = dir.resolve("big.csv");
        Files.write(f, bytes);
        Snapshots.StagedPopulation s = stage(f, null);
        assertThat(s.staged().encoding()).isEqualTo(TextEncodings.UTF8);
        assertRows(s.population(), rows);
        assertThat(s.staged().bytes()).isEqualTo(bytes.length);
        assertThat(s.staged().sha256()).isEqualTo(Hashes.sha256Hex(f));
        assertThat(Files.readAllBytes(s.staged().temp())).isEqualTo(bytes);
        Snapshots.discard(s.staged());
    }

    /** Whether a character of the text, encoded in cs, has bytes on both sides of the offset. */
    private static boolean splitsACharacterAt(byte[] bytes, Charset cs, int offset) {
        String text = new String(bytes, cs);
        long at = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(cs).length;
            if (at < offset && offset < at + len) {
                return true;
            }
            at += len;
            if (at > offset) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    @Test
    void aByteOrderMarkIsSkippedOnlyAtTheStart() throws IOException {
        byte[] body = csv(StandardCharsets.UTF_8, 50_000);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path f = dir.resolve("bom.csv");
        Files.write(f, bytes);
        Snapshots.StagedPopulation s = stage(f, null);
        assertThat(s.staged().encoding()).isEqualTo(TextEncodings.UTF8_BOM);
        assertThat(s.population().columns()).contains(Columns.ENTERPRISE, "备注");
        assertRows(s.population(), 50_000);
        assertThat(s.staged().sha256()).isEqualTo(Hashes.sha256Hex(f));
        Snapshots.discard(s.staged());
    }

    @Test
    void gb18030CharactersSplitBetweenChunksReadBack() throws IOException {
        Charset gb = Charset.forName("GB18030");
        byte[] bytes = csv(gb, 70_000);
        for (int shift = 1; !splitsACharacterAt(bytes, gb, CHUNK); shift++) {
            bytes = csv(gb, 70_000, shift);
        }
        assertThat(bytes.length).isGreaterThan(2 * CHUNK);
        Path f = dir.resolve("excel.csv");
        Files.write(f, bytes);
        Snapshots.StagedPopulation s = stage(f, null);
        assertThat(s.staged().encoding()).isEqualTo(TextEncodings.GB18030);
        assertRows(s.population(), 70_000);
        assertThat(s.staged().sha256()).isEqualTo(Hashes.sha256Hex(f));
        Snapshots.discard(s.staged());
    }

    /** The first 64 KiB are plain ASCII (so they look like UTF-8); the Chinese, in GB18030, comes later. */
    @Test
    void textThatStopsBeingUtf8AfterTheFirstChunksIsReadAgainAsGb18030() throws IOException {
        Charset gb = Charset.forName("GB18030");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("id,date,note\n".getBytes(StandardCharsets.US_ASCII));
        int rows = 0;
        while (out.size() < 3 * CHUNK) {
            rows++;
            String note = rows > 100_000 ? "苏州市吴江区" + rows : "n" + rows;
            out.writeBytes(("A" + rows + ",2016-10-10," + note + "\n").getBytes(gb));
        }
        Path f = dir.resolve("late.csv");
        Files.write(f, out.toByteArray());
        Snapshots.StagedPopulation s = stage(f, null);
        assertThat(s.staged().encoding()).isEqualTo(TextEncodings.GB18030);
        Population p = s.population();
        assertThat(p.size()).isEqualTo(rows);
        assertThat(p.attribute(rows - 1, "note")).isEqualTo("苏州市吴江区" + rows);
        assertThat(s.staged().sha256()).isEqualTo(Hashes.sha256Hex(f));
        assertThat(Files.readAllBytes(s.staged().temp())).isEqualTo(out.toByteArray());
        Snapshots.discard(s.staged());

        // told it is UTF-8, the import names the first line that is not, and leaves nothing behind
        assertThatThrownBy(() -> stage(f, "UTF-8")).isInstanceOf(UserError.class)
                .hasMessageContaining("late.csv line " + (100_001 + 1) + ": the text is not valid UTF-8");
        assertThat(dir.resolve("snap").toFile().list()).isEmpty();
    }

    @Test
    void aBadRowFarIntoALargeFileStopsTheCopyAndLeavesNothingBehind() throws IOException {
        byte[] bytes = csv(StandardCharsets.UTF_8, 60_000);
        String text = new String(bytes, StandardCharsets.UTF_8)
                .replace("吴环监〔2016〕100号,2016-10-", "吴环监〔2016〕100号,2016-13-");
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> stage(f, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("bad.csv row 101, column 日期");
        assertThat(dir.resolve("snap").toFile().list()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("import-ingest"));
    }
}
