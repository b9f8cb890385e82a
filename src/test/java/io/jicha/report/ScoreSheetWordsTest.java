package io.jicha.report;

import io.jicha.finding.WorkdayCalendarLoader;
import io.jicha.journal.NewEvent;
import io.jicha.scoring.ScoreTarget;
import io.jicha.scoring.ScoringDecisions;
import io.jicha.scoring.ScoringDecisions.Change;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words the score sheet and the review report's appendix put around the marks (不适用, 加分, the bonus cap,
 * a rescaled total, an amendment's reason), pinned in a Chinese and in an English session as they were printed
 * before they moved from ReportModels into messages/report_*.properties (issue 22): the move changed no byte of
 * a Chinese session's; an English session's are English words since (the sheet's title stays Chinese: it is
 * rebuilt from the rubric's own Chinese title).
 */
class ScoreSheetWordsTest {

    @TempDir
    Path dir;

    private static ScoreSheetModel.Row row(ScoreSheetModel sheet, String code) {
        return sheet.sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.criterion().startsWith(code + " "))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theMarksAreWordedInTheSessionsLanguage(String locale) throws Exception {
        Session session = MarksSession.create(dir, locale, 2);
        ScoreTarget first = MarksSession.file(session, 0);
        ScoreTarget second = MarksSession.file(session, 1);
        Change c = Change.plain("张三");
        session.append("张三", s -> ScoringDecisions.deduct(s, first, "B1", 1, null, "第3页未签名", c));
        session.append("张三", s -> ScoringDecisions.notApplicable(s, first, "B2", "未延长查封期限", c));
        session.append("张三", s -> ScoringDecisions.bonus(s, first, "J1", null, "已移送公安机关", c));
        session.append("张三", s -> ScoringDecisions.bonus(s, first, "J2", new BigDecimal("1.5"), "已复查", c));
        session.append("张三", s -> ScoringDecisions.done(s, first, c));
        session.append("张三", s -> ScoringDecisions.bonus(s, second, "J2", new BigDecimal("1.5"), "已复查", c));
        session.append("张三", s -> ScoringDecisions.done(s, second, c));
        session.append("张三", new NewEvent(SessionEvents.FINALIZED, new SessionEvents.Finalized(false, null, List.of())));
        session.append("张三", s -> ScoringDecisions.deduct(s, second, "C1", 1, null, "送达回证缺失",
                new Change("张三", false, "整改复核时发现", true)));

        ReportModels models = new ReportModels(session.state(), session.snapshotDir());
        ScoreSheetModel capped = models.sheet(first);
        boolean zh = locale.startsWith("zh");
        assertThat(row(capped, "B2").note()).isEqualTo(zh ? "【不适用，不计分】未延长查封期限" : "[not applicable, not scored] 未延长查封期限");
        assertThat(row(capped, "J1").note()).isEqualTo(zh ? "【加分】已移送公安机关" : "[bonus] 已移送公安机关");
        assertThat(row(capped, "J2").note()).isEqualTo(zh ? "【加分】已复查" : "[bonus] 已复查");
        assertThat(capped.sections().get(capped.sections().size() - 1).name())
                .isEqualTo(zh ? "加分项（合计不超过3分；加分3.5分，按上限计3分）"
                        : "Bonus items (at most 3 points in all; 3.5 awarded, counted as 3)");
        assertThat(capped.totalText()).matches(zh ? "[0-9.]+（适用项满分12分，得11.5分，折算）"
                : "[0-9.]+ \\(applicable items worth 12, scored 11.5, rescaled\\)");
        assertThat(capped.sheetTitle(ReportMessages.forLocale(java.util.Locale.forLanguageTag(locale))))
                .contains("标记评查表");

        ScoreSheetModel plain = models.sheet(second);
        assertThat(plain.sections().get(plain.sections().size() - 1).name())
                .isEqualTo(zh ? "加分项（合计不超过3分）" : "Bonus items (at most 3 points in all)");
        assertThat(plain.totalText()).matches("[0-9.]+");
        assertThat(plain.sections().get(0).name()).isEqualTo("B 调查取证");
        assertThat(row(plain, "C1").criterion()).isEqualTo("C1 送达回证");

        ReviewReportModel report = models.review("稽查报告", null, "苏州市环境保护局", LocalDate.of(2016, 10, 20),
                WorkdayCalendarLoader.locate(dir));
        assertThat(report.amendments()).singleElement().asString()
                .matches("#\\d+ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 张三" + (zh ? "：" : ": ") + second.id().replace("〔", "\\〔")
                        .replace("〕", "\\〕") + (zh ? " .+（理由：整改复核时发现）" : " .+ \\(reason: 整改复核时发现\\)"));
    }
}
