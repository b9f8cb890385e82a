package io.jicha.report;

import io.jicha.session.OldJournals;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same journal gives the same document bytes on any machine: the review-days fixture (recorded
 * before sessions had a time zone, with events written at 16:21 UTC, past midnight in China) rendered
 * by jicha in child JVMs under three {@code TZ} values. Dates come from the session's zone, never the
 * machine's.
 */
@Tag("process")
class DocumentsAcrossTimeZonesTest {

    private static final List<String> ZONES = List.of("UTC", "Asia/Shanghai", "America/Los_Angeles");

    @TempDir
    Path dir;

    @Test
    void theReviewReportAndAScoreSheetAreByteIdenticalUnderEveryZone() throws Exception {
        byte[][] reviews = new byte[ZONES.size()][];
        byte[][] sheets = new byte[ZONES.size()][];
        for (int i = 0; i < ZONES.size(); i++) {
            Path ws = dir.resolve("ws" + i);
            OldJournals.open("review-days", ws);
            JichaProcess jicha = new JichaProcess(ws, Map.of("TZ", ZONES.get(i), "JICHA_AUDITOR", "张三"));
            Path review = dir.resolve("review-" + i + ".pdf");
            Path sheet = dir.resolve("sheet-" + i + ".pdf");
            JichaProcess.Result r = jicha.script(dir.resolve("s" + i + ".jicha"), List.of(
                    "session open review-days",
                    "report review --out " + review,
                    "report sheet 吴环罚字〔2016〕1号 --unit 吴江区 --out " + sheet));
            assertThat(r.exit()).as(ZONES.get(i) + ": " + r.err()).isZero();
            reviews[i] = Files.readAllBytes(review);
            sheets[i] = Files.readAllBytes(sheet);
        }
        for (int i = 1; i < ZONES.size(); i++) {
            assertThat(Arrays.equals(reviews[0], reviews[i])).as("the review report under " + ZONES.get(i)).isTrue();
            assertThat(Arrays.equals(sheets[0], sheets[i])).as("the score sheet under " + ZONES.get(i)).isTrue();
        }
    }
}
