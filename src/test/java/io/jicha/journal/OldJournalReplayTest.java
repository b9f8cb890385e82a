package io.jicha.journal;

import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example review as the release before issue 12 wrote it (src/test/resources/journals/suzhou-2016-v1,
 * see its README) replays with the current code: its rubrics (penalty-case v1, inspection-record v1) declare
 * no veto effect, so a vetoed file keeps its points and the means are those the release printed.
 */
@Tag("process")
class OldJournalReplayTest {

    private static final Path FIXTURE = Path.of("src/test/resources/journals/suzhou-2016-v1");

    @TempDir
    Path workspace;
    JichaProcess jicha;

    @BeforeEach
    void copyFixture() throws Exception {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path p : files.toList()) {
                Path to = workspace.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        jicha = new JichaProcess(workspace);
    }

    @Test
    void aVetoedFileOfAnOldRubricKeepsItsPointsAsTheReleasePrintedThem() throws Exception {
        JichaProcess.Result r = jicha.run("score", "show", "相环罚字〔2016〕4号");
        assertThat(r.exit()).as(r.err()).isZero();
        // the filled rubric, total and grade as the release printed them; the last line ("reviewed: done by …")
        // has since been reworded to show the review day (issue 14), a change of wording, not of result
        List<String> printed = release("release-score-show-xianghuan-4.txt").strip().lines().toList();
        List<String> now = r.out().strip().lines().toList();
        // (the veto marks are worded in the terminal's language since the texts moved into the bundles)
        assertThat(now.subList(0, now.size() - 1).stream().map(OldJournalReplayTest::figures).toList())
                .isEqualTo(printed.subList(0, printed.size() - 1).stream().map(OldJournalReplayTest::figures).toList());
        assertThat(now.get(now.size() - 1)).startsWith("reviewed: done by 李四").contains("15:19");
        assertThat(r.out()).contains("total 100 / 100   grade 不合格   vetoed: A3");
    }

    @Test
    void theSummaryTableIsTheOneTheReleasePrinted() throws Exception {
        JichaProcess.Result r = jicha.run("session", "summary");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> table = release("release-session-summary.txt").lines().limit(10).toList();
        assertThat(r.out().lines().limit(10).toList()).isEqualTo(table);
        assertThat(r.out()).contains("行政处罚案卷: 否决卷保留卷面得分，计入平均分，评为不合格 (veto: keep)");
    }

    @Test
    void evaluationNowUsesThePopulationsAndGivesOneConclusionAcrossTheUnits() throws Exception {
        JichaProcess.Result unit = jicha.run("sample", "evaluate", "--unit", "太仓市", "--kind", "penalty-case");
        assertThat(unit.exit()).as(unit.err()).isZero();
        assertThat(unit.out()).contains("在90%的置信水平下，太仓市行政处罚案卷的不合格率不超过23.5%（34卷中至多8卷不合格；抽查7卷，不合格0卷），"
                + "在可容忍不合格率25%以内");
        JichaProcess.Result all = jicha.run("sample", "evaluate", "--all-units", "--kind", "penalty-case");
        assertThat(all.exit()).as(all.err()).isZero();
        // 46/34/29/31 files, 1/0/2/0 failed of 8/7/7/7: the exact stratified bound (ExactStratifiedBoundTest) is 26;
        // the release printed the conservative Bonferroni bound, 64 (45.7%), above the tolerable rate
        assertThat(all.out()).contains("被稽查单位合计（4个单位）行政处罚案卷140卷，抽查29卷，不合格3卷；以90%的置信度，"
                + "不合格案卷不超过26卷（18.6%），低于可容忍不合格率25%").contains("Wendell");
    }

    /** A sheet line without its veto wording ([否决]/[veto], 否决/vetoed) and with single spaces: its figures and texts. */
    private static String figures(String line) {
        return line.replace("[否决]", "").replace("[veto]", "").replace("否决", "").replace("vetoed", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static String release(String name) throws Exception {
        return Files.readString(FIXTURE.resolve(name), StandardCharsets.UTF_8);
    }
}
