package io.jicha.report;

import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 不适用 mark and a bonus (加分) are what they are: neither is listed among the problems of the
 * review report, nor shown as points deducted on the score sheet; the bonus cap is said when it bites.
 */
class MarksShownAsTheyAreTest {

    @TempDir
    Path dir;
    Session session;
    ScoreTarget file;

    @BeforeEach
    void scoreOneFileWithEveryKindOfMark() throws Exception {
        session = MarksSession.create(dir, "zh-CN", 1);
        file = MarksSession.file(session, 0);
        Change c = Change.plain("张三");
        session.append("张三", s -> ScoringDecisions.deduct(s, file, "B1", 1, null, "第3页未签名", c));
        session.append("张三", s -> ScoringDecisions.notApplicable(s, file, "B2", "未延长查封期限", c));
        session.append("张三", s -> ScoringDecisions.bonus(s, file, "J1", null, "已移送公安机关", c));
        session.append("张三", s -> ScoringDecisions.bonus(s, file, "J2", new BigDecimal("1.5"), "已复查", c));
        session.append("张三", s -> ScoringDecisions.done(s, file, c));
    }

    @Test
    void theReportListsTheDeductionAndNeitherTheNotApplicableMarkNorTheBonus() {
        ReviewReportModel report = new ReportModels(session.state(), session.snapshotDir()).review("稽查报告", null,
                "苏州市环境保护局", LocalDate.of(2016, 10, 20), WorkdayCalendarLoader.locate(dir));
        assertThat(report.problems()).extracting(ReviewReportModel.ProblemGroup::criterion).containsExactly("B1");
    }

    @Test
    void theScoreSheetReadsNotApplicableAndBonusWithTheCapWhenItBites() throws Exception {
        ScoreSheetModel sheet = new ReportModels(session.state(), session.snapshotDir()).sheet(file);
        ScoreSheetModel.Row b2 = row(sheet, "B2");
        assertThat(b2.kind()).isEqualTo(ScoreSheetModel.RowKind.NOT_APPLICABLE);
        assertThat(b2.deduction()).isZero();
        assertThat(row(sheet, "J2").kind()).isEqualTo(ScoreSheetModel.RowKind.BONUS);
        assertThat(sheet.sections().get(sheet.sections().size() - 1).name()).contains("加分3.5分").contains("按上限计3分");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ScoreSheetPdf(PdfFonts.system()).render(sheet, pdf);
        String text = Pdfs.squeeze(Pdfs.text(pdf.toByteArray()));
        // B2 (8 points, 不适用): points 8, then 不适用 and no score, never "8 8 0"
        assertThat(text).contains("8不适用—").doesNotContain("88 0");
        // J2 (2 points, 1.5 awarded): 加分 and 1.5, never 0.5 shown as deducted
        assertThat(text).contains("2加分1.5").doesNotContain("20.5");
    }

    private static ScoreSheetModel.Row row(ScoreSheetModel sheet, String code) {
        return sheet.sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.criterion().startsWith(code + " "))
                .findFirst().orElseThrow();
    }
}
