package io.jicha.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's documents' deductions reach the review report as typed values (code, points or veto, criterion,
 * note): the body says what was noted, the appendix says it with the criterion's code and the points lost or
 * the veto. Neither recovers one from the other's formatted line (issue 22).
 */
class TypedDeductionsTest {

    private static final List<ReviewReportModel.Deduction> LOST = List.of(
            new ReviewReportModel.Deduction("B3", "双随机抽查有抽取过程和结果记录，并按规定公开", new BigDecimal("5.0"), false,
                    "双随机抽查第二、三季度的抽查结果未在网站公开"),
            new ReviewReportModel.Deduction("C3", "对证据收集开展集体讨论，有会议记录", null, true, "未对证据收集开展集体讨论"),
            // a note that itself looks like a coded line is kept as it was written
            new ReviewReportModel.Deduction("D2", "与相邻地区开展联合检查、信息通报，有记录", new BigDecimal("2.5"), false,
                    "A1 −3：见会议纪要"));

    private static ReviewReportModel model(Locale locale) {
        ReviewReportModel m = ReportFixtures.review(2, 2);
        return new ReviewReportModel(ReportFixtures.provenance(locale), m.title(), m.from(), m.to(), m.units(),
                m.authority(), m.reportDate(), m.overview(), m.notes(), m.rubrics(), m.draws(), m.kindTables(),
                m.conclusions(), m.results(), m.files(),
                List.of(new ReviewReportModel.UnitDocumentReview("吴江区", new BigDecimal("88"), "良好", LOST)),
                m.problems(), m.findings(), m.amendments(), m.sent(), m.sampling(), m.charts(), m.followUp());
    }

    private static List<String> texts(ReviewReportModel m) {
        return m.outline().stream().filter(b -> b instanceof ReviewReportOutline.Text)
                .map(b -> ((ReviewReportOutline.Text) b).text()).toList();
    }

    private static String appendixCell(ReviewReportModel m) {
        return m.outline().stream().filter(b -> b instanceof ReviewReportOutline.Table)
                .map(b -> (ReviewReportOutline.Table) b).flatMap(t -> t.rows().stream())
                .filter(r -> r.get(0).equals("吴江区") && r.size() == 4).map(r -> r.get(3)).findFirst().orElseThrow();
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(Locale.SIMPLIFIED_CHINESE, "吴江区单位资料得88分，评为良好；存在的问题有：双随机抽查第二、三季度的抽查结果"
                        + "未在网站公开；未对证据收集开展集体讨论；A1 −3：见会议纪要。", "否决"),
                Arguments.of(Locale.ENGLISH, "吴江区: the unit documents scored 88, graded 良好; points were lost for: "
                        + "双随机抽查第二、三季度的抽查结果未在网站公开; 未对证据收集开展集体讨论; A1 −3：见会议纪要.", "vetoed"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theBodySaysTheNotesAndTheAppendixTheCodes(Locale locale, String body, String vetoed) {
        ReviewReportModel m = model(locale);
        assertThat(texts(m)).contains(body);
        assertThat(appendixCell(m)).isEqualTo("B3 −5：双随机抽查第二、三季度的抽查结果未在网站公开\n"
                + "C3 " + vetoed + "：未对证据收集开展集体讨论\nD2 −2.5：A1 −3：见会议纪要");
    }
}
