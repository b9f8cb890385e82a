package io.jicha.report;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where in the review report a character its font lacks was found is said in the terminal's language
 * (report.where.* in messages/cli/report_*): the English places read as they did when they were written in
 * the code, and a Chinese screen shows no English place names (issue 22).
 */
class ReviewReportGlyphPlacesTest {

    private static final Texts.Lang BEFORE = Texts.lang();

    @AfterEach
    void restore() {
        Texts.use(BEFORE);
    }

    /** A report whose finding 3 of 太仓市 holds 𠀀 (CJK Extension B), which the bundled subset lacks. */
    private static void renderWithRareCharacter() {
        PdfFonts fonts = PdfFonts.load(FontChoice.all(FontSpec.BUNDLED_SERIF));
        ReviewReportModel base = ReportFixtures.review(2, 2);
        ReviewReportModel model = ReportFixtures.with(base, base.provenance(), base.title(),
                List.of(new ReviewReportModel.FindingEntry("太仓市", 3, "企业名称含生僻字𠀀。", "核对𠀀。", "2016年11月14日")));
        new ReviewReportPdf(fonts).render(model, new ByteArrayOutputStream());
    }

    @Test
    void theEnglishPlacesAreAsBefore() {
        Texts.use(Texts.Lang.EN);
        assertThatThrownBy(ReviewReportGlyphPlacesTest::renderWithRareCharacter).isInstanceOf(UserError.class)
                .hasMessageContaining("'𠀀' U+20000 in finding 3 of 太仓市 text, finding 3 of 太仓市 requirement");
    }

    @Test
    void aChineseScreenNamesThePlacesInChinese() {
        Texts.use(Texts.Lang.ZH);
        assertThatThrownBy(ReviewReportGlyphPlacesTest::renderWithRareCharacter).isInstanceOf(UserError.class)
                .hasMessageContaining("'𠀀' U+20000 见于 太仓市第 3 条整改要求的问题, 太仓市第 3 条整改要求的要求")
                .hasMessageNotContaining("finding");
    }
}
