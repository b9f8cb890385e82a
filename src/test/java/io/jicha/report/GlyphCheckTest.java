package io.jicha.report;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlyphCheckTest {

    // the bundled subset (GB 2312 and jicha's own texts) lacks CJK Extension A (㐀 U+3400), U+9FEF 鿯 and
    // Extension B (𠀀 U+20000) (checked with charExists)
    private static PdfFonts bundled() {
        return PdfFonts.load(FontChoice.all(FontSpec.BUNDLED_SERIF));
    }

    private static NoticeModel noticeWithRareCharacters() {
        List<NoticeModel.Item> items = List.of(
                new NoticeModel.Item("现场监察记录不完整。", "完善记录。", LocalDate.of(2016, 11, 14)),
                new NoticeModel.Item("采样单缺失。", "规范采样。", LocalDate.of(2016, 11, 14)),
                new NoticeModel.Item("企业名称“㐀記化工”登记有误。", "核对企业名称鿯。", LocalDate.of(2016, 11, 14),
                        false, List.of("吴环罚字〔2016〕45号")));
        return new NoticeModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "苏环稽〔2016〕3号", "吴江区环境保护局",
                "监察稽查", ReportFixtures.FROM, ReportFixtures.TO, items, "苏州市环境保护局", LocalDate.of(2016, 10, 20));
    }

    @Test
    void missingCharactersAreNamedWithCodePointAndPlaceAndNothingIsWritten(@TempDir Path dir) {
        PdfFonts fonts = bundled();
        assertThat(fonts.body().charExists(0x3400)).isFalse();
        Path target = dir.resolve("notice.pdf");
        assertThatThrownBy(() -> new RectificationNoticePdf(fonts).write(noticeWithRareCharacters(), target, false))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("'㐀' U+3400 in finding 3 text (吴环罚字〔2016〕45号)")
                .hasMessageContaining("'鿯' U+9FEF in finding 3 requirement (吴环罚字〔2016〕45号)")
                .hasMessageContaining("NotoSerifCJKsc")
                .hasMessageNotContaining("\n");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void supplementaryCharacterMissingFromTheFontIsNamed() {
        PdfFonts fonts = bundled();
        assertThat(fonts.body().charExists(0x20000)).isFalse();
        ReviewReportModel base = ReportFixtures.review(2, 2);
        ReviewReportModel model = ReportFixtures.with(base, base.provenance(), base.title(),
                List.of(new ReviewReportModel.FindingEntry("太仓市", 3, "企业名称含生僻字𠀀。", "核对。", "2016年11月14日")));
        assertThatThrownBy(() -> new ReviewReportPdf(fonts).render(model, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("'𠀀' U+20000 in finding 3 of 太仓市 text");
    }

    @Test
    void textTheFontCoversPasses() {
        PdfFonts fonts = bundled();
        new GlyphCheck().body("finding 1 text", "整改期限：2016年11月14日前。〔〕—").heading("title", "整改通知书").verify(fonts);
    }
}
