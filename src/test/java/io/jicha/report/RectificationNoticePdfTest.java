package io.jicha.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The notice measured from the PDF itself against GB/T 9704-2012 (see docs/notice.md): positions in
 * millimetres from the page's top-left corner, read back with PDFBox.
 */
class RectificationNoticePdfTest {

    private static final PdfFonts FONTS = PdfFonts.system();
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_H = 842f;
    private static final float PITCH = 225 * MM / 22;           // one line of the grid
    private static final float CHAR = 156 * MM / 28;            // one character of the grid
    private static final float TYPE_TOP = 37 * MM;              // from the page top
    private static final float TYPE_BOTTOM = PAGE_H - 35 * MM;  // from the page top

    private static byte[] notice(NoticeModel model) {
        return Pdfs.render(out -> new RectificationNoticePdf(FONTS).render(model, out));
    }

    private static NoticeModel.Layout layout(NoticeModel.Form form, boolean sealed) {
        return new NoticeModel.Layout(form, sealed, null, List.of("江苏省环境保护厅", "吴江区人民政府"), null, null);
    }

    private static NoticeModel unorderedDeadlines() {
        return new NoticeModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "苏环稽〔2016〕3号", "吴江区环境保护局",
                "2016年环境执法大练兵监察稽查", ReportFixtures.FROM, ReportFixtures.TO, List.of(
                new NoticeModel.Item("现场监察记录未载明企业污染治理设施运行情况", "完善现场监察记录格式；",
                        LocalDate.of(2016, 11, 30), false, List.of("吴江环监〔2016〕0366号"), "B2 现场检查内容完整"),
                new NoticeModel.Item("部分案卷缺少采样单。", "规范采样单填写", LocalDate.of(2016, 11, 14), false,
                        List.of("吴环罚字〔2016〕45号", "吴环罚字〔2016〕47号"), "A3 证据确凿")),
                "苏州市环境保护局", LocalDate.of(2016, 10, 20), layout(NoticeModel.Form.FILE, true));
    }

    private static float mm(float points) {
        return points / MM;
    }

    private static float top(TextPosition t) {
        return t.getYDirAdj() - 0.88f * t.getFontSizeInPt();
    }

    private static float bottom(TextPosition t) {
        return t.getYDirAdj() + 0.12f * t.getFontSizeInPt();
    }

    private static float right(List<TextPosition> run) {
        TextPosition last = run.get(run.size() - 1);
        return last.getXDirAdj() + last.getFontSizeInPt();
    }

    private static List<TextPosition> run(PDDocument doc, int page, String text) throws IOException {
        List<TextPosition> run = Pdfs.find(Pdfs.positions(doc, page), text);
        assertThat(run).as("'%s' on page %d", text, page).isNotEmpty();
        return run;
    }

    /** The page (1-based) that holds the text, or 0. */
    private static int pageOf(PDDocument doc, String text) throws IOException {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (!Pdfs.find(Pdfs.positions(doc, p), text).isEmpty()) {
                return p;
            }
        }
        return 0;
    }

    @Test
    void aPublicDocumentWithTitleAddresseeProblemsFirstAttachmentAndRecord() throws IOException {
        String text = Pdfs.text(notice(unorderedDeadlines())).replaceAll("—\\s*\\d+\\s*—", "");
        Pdfs.assertContains(text, "苏州市环境保护局文件", "苏环稽〔2016〕3号",
                "苏州市环境保护局关于吴江区环境监察稽查发现问题整改的通知", "吴江区环境保护局：",
                "我局稽查组于2016年10月10日至2016年10月13日对你单位", "2016年环境执法大练兵监察稽查",
                // the problem first, each sentence ended, with the files it concerns
                "一、现场监察记录未载明企业污染治理设施运行情况。涉及案卷：吴江环监〔2016〕0366号。",
                "整改要求：完善现场监察记录格式。", "整改期限：2016年11月30日前。",
                "二、部分案卷缺少采样单。涉及案卷：吴环罚字〔2016〕45号、吴环罚字〔2016〕47号。",
                "整改要求：规范采样单填写。", "整改期限：2016年11月14日前。", "特此通知。", "附件：问题清单",
                "苏州市环境保护局", "2016年10月20日",
                // attachment and 版记
                "附件", "问题清单", "存在的问题", "涉及案卷", "评查标准", "整改期限", "A3", "证据确凿", "B2",
                "抄送：江苏省环境保护厅，吴江区人民政府。", "苏州市环境保护局办公室", "2016年10月20日印发");
        assertThat(Pdfs.squeeze(text)).doesNotContain("。。").doesNotContain("；。");
    }

    @Test
    void replyIsDueByTheLastDeadlineNotTheLastListed() throws IOException {
        assertThat(unorderedDeadlines().replyBy()).isEqualTo(LocalDate.of(2016, 11, 30));
        Pdfs.assertContains(Pdfs.text(notice(unorderedDeadlines())), "并于2016年11月30日前将书面整改报告报送我局。");
    }

    @Test
    void aProvisionalDeadlineAndReplyDateSaySo() throws IOException {
        NoticeModel m = new NoticeModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "苏环稽〔2027〕1号",
                "吴江区环境保护局", "监察稽查", ReportFixtures.FROM, ReportFixtures.TO, List.of(
                new NoticeModel.Item("部分案卷缺少采样单。", "规范采样单填写。", LocalDate.of(2028, 1, 20), true, List.of())),
                "苏州市环境保护局", LocalDate.of(2027, 12, 20));
        Pdfs.assertContains(Pdfs.text(notice(m)).replaceAll("—\\s*\\d+\\s*—", ""),
                "整改期限：2028年1月20日前（暂定：按尚未公布的放假安排推算，以国务院办公厅通知为准）。",
                "并于2028年1月20日前（暂定，同上）将书面整改报告报送我局。");
    }

    @Test
    void titleAndLayoutCanBeGiven() throws IOException {
        NoticeModel m = unorderedDeadlines().with(new NoticeModel.Layout(NoticeModel.Form.FILE, false,
                "苏州市环境保护局关于责令吴江区环境保护局限期整改的通知", List.of(), "苏州市环境保护局综合处",
                LocalDate.of(2016, 10, 21)));
        String text = Pdfs.text(notice(m));
        Pdfs.assertContains(text, "苏州市环境保护局关于责令吴江区环境保护局限期整改的通知", "苏州市环境保护局综合处",
                "2016年10月21日印发");
        assertThat(Pdfs.squeeze(text)).doesNotContain("抄送");
    }

    @ParameterizedTest
    @EnumSource(NoticeModel.Form.class)
    void everyGlyphStaysInsideTheGbMarginsOrIsAPageNumberOrTheLetterHead(NoticeModel.Form form) throws IOException {
        NoticeModel model = ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5).with(layout(form, true));
        try (PDDocument doc = Pdfs.open(notice(model))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDRectangle box = doc.getPage(page - 1).getMediaBox();
                assertThat(box.getWidth()).isCloseTo(595f, within(1f));
                assertThat(box.getHeight()).isCloseTo(842f, within(1f));
                for (TextPosition t : Pdfs.positions(doc, page)) {
                    String where = "'" + t.getUnicode() + "' on page " + page;
                    assertThat(t.getXDirAdj()).as(where).isGreaterThanOrEqualTo(28 * MM - 0.5f);
                    assertThat(t.getXDirAdj() + t.getWidthDirAdj()).as(where).isLessThanOrEqualTo(595 - 26 * MM + 0.5f);
                    boolean letterHead = form == NoticeModel.Form.LETTER && page == 1 && t.getYDirAdj() < TYPE_TOP + 20 * MM;
                    if (t.getYDirAdj() <= TYPE_BOTTOM + 0.5f) {
                        if (!letterHead) {
                            assertThat(top(t)).as(where).isGreaterThanOrEqualTo(TYPE_TOP - 0.5f);
                        }
                    } else {   // only the page number sits below the type area, 7 mm down
                        assertThat("—0123456789 ").as(where).contains(t.getUnicode());
                        assertThat(t.getFontSizeInPt()).isEqualTo(14f);
                    }
                }
            }
        }
    }

    /** 7.2.4, 7.2.5, 7.2.7, 7.3.1: the 文件式 head measured. */
    @Test
    void fileFormHeadHasTheRedMarkTheNumberTheRedLineAndTheTitleWhereTheStandardPutsThem() throws IOException {
        try (PDDocument doc = Pdfs.open(notice(unorderedDeadlines()))) {
            List<TextPosition> mark = run(doc, 1, "苏州市环境保护局文件");
            // mark: its top edge 35 mm below the type area, centred, no wider than the type area
            assertThat(mm(top(mark.get(0)) - TYPE_TOP)).isCloseTo(35f, within(0.5f));
            float markCentre = (mark.get(0).getXDirAdj() + right(mark)) / 2;
            assertThat(mm(markCentre)).isCloseTo(28 + 78f, within(1f));
            assertThat(mm(right(mark) - mark.get(0).getXDirAdj())).isLessThanOrEqualTo(156.5f);
            // number: two empty lines under the mark, centred
            List<TextPosition> number = run(doc, 1, "苏环稽〔2016〕3号");
            float gap = top(number.get(0)) - bottom(mark.get(0));
            assertThat(gap / PITCH).isBetween(2f, 3f);
            float numberCentre = (number.get(0).getXDirAdj() + right(number)) / 2;
            assertThat(mm(numberCentre)).isCloseTo(28 + 78f, within(3f));
            // red separator 4 mm under the number, as wide as the type area
            List<Pdfs.Stroke> red = Pdfs.strokes(doc, 1).stream().filter(Pdfs.Stroke::red).toList();
            assertThat(red).hasSize(1);
            Pdfs.Stroke line = red.get(0);
            assertThat(mm(line.length())).isCloseTo(156f, within(0.2f));
            float lineFromTop = PAGE_H - line.y0();
            assertThat(mm(lineFromTop - bottom(number.get(0)))).isCloseTo(4f, within(0.3f));
            // title: two lines under the separator, 二号, centred lines, first line ends with 关于
            List<TextPosition> title = run(doc, 1, "苏州市环境保护局关于");
            assertThat(title.get(0).getFontSizeInPt()).isEqualTo(22f);
            assertThat((top(title.get(0)) - lineFromTop) / PITCH).isCloseTo(2f, within(0.1f));
            List<TextPosition> second = run(doc, 1, "吴江区环境监察稽查发现问题整改的通知");
            assertThat(second.get(0).getYDirAdj() - title.get(0).getYDirAdj()).isCloseTo(PITCH, within(0.2f));
            // addressee one empty line under the title, flush left (7.3.2)
            List<TextPosition> addressee = run(doc, 1, "吴江区环境保护局：");
            // (baselines: a 二号 line sits 0.38 x 6 pt lower in its line box than a 三号 line)
            assertThat(addressee.get(0).getYDirAdj() - second.get(0).getYDirAdj())
                    .isCloseTo(2 * PITCH - 0.38f * (22 - 16), within(0.3f));
            assertThat(mm(addressee.get(0).getXDirAdj())).isCloseTo(28f, within(0.3f));
        }
    }

    /** 9.1: the 信函式 head measured. */
    @Test
    void letterFormHasTheMarkThirtyMillimetresDownRedDoubleLinesAndTheNumberFlushRight() throws IOException {
        NoticeModel model = unorderedDeadlines().with(layout(NoticeModel.Form.LETTER, true));
        try (PDDocument doc = Pdfs.open(notice(model))) {
            List<TextPosition> mark = run(doc, 1, "苏州市环境保护局");
            assertThat(mm(top(mark.get(0)))).isCloseTo(30f, within(0.5f));
            Pdfs.assertContains(Pdfs.pageText(doc, 1), "苏州市环境保护局");
            assertThat(Pdfs.squeeze(Pdfs.pageText(doc, 1))).doesNotContain("文件").doesNotContain("—1—");
            List<Pdfs.Stroke> red = Pdfs.strokes(doc, 1).stream().filter(Pdfs.Stroke::red).toList();
            assertThat(red).hasSize(4);
            for (Pdfs.Stroke s : red) {
                assertThat(mm(s.length())).isCloseTo(170f, within(0.2f));
                assertThat(mm(s.x0())).isCloseTo(20f, within(0.2f));
            }
            List<Float> ys = red.stream().map(s -> PAGE_H - s.y0()).sorted().toList();
            // upper pair 4 mm under the mark, thick over thin; lower pair 20 mm above the foot, thin over thick
            assertThat(mm(ys.get(0) - bottom(mark.get(0)))).isBetween(4f, 5f);
            float lowest = red.stream().filter(s -> PAGE_H - s.y0() == ys.get(3)).findFirst().orElseThrow().width();
            assertThat(mm(PAGE_H - ys.get(3) - lowest / 2)).isCloseTo(20f, within(0.1f));
            float upperFirst = red.stream().filter(s -> PAGE_H - s.y0() == ys.get(0)).findFirst().orElseThrow().width();
            float upperSecond = red.stream().filter(s -> PAGE_H - s.y0() == ys.get(1)).findFirst().orElseThrow().width();
            float lowerSecond = red.stream().filter(s -> PAGE_H - s.y0() == ys.get(3)).findFirst().orElseThrow().width();
            assertThat(upperFirst).isGreaterThan(upperSecond);
            assertThat(lowerSecond).isGreaterThan(upperSecond);
            // the number flush with the type area's right edge, 7/8 of a 三号 character under the line
            List<TextPosition> number = run(doc, 1, "苏环稽〔2016〕3号");
            assertThat(mm(right(number))).isCloseTo(210 - 26f, within(0.6f));
            assertThat(top(number.get(0)) - (ys.get(1) + upperSecond / 2)).isCloseTo(16 * 7 / 8f, within(0.5f));
            // the title two lines or more under the number
            List<TextPosition> title = run(doc, 1, "苏州市环境保护局关于");
            assertThat((top(title.get(0)) - bottom(number.get(0))) / PITCH).isBetween(2f, 3f);
        }
    }

    /** 9.1: the 信函式 版记 holds only the 抄送, at the foot of the type area, without rules or 印发. */
    @Test
    void letterFormRecordIsOnlyTheCopyList() throws IOException {
        NoticeModel model = unorderedDeadlines().with(layout(NoticeModel.Form.LETTER, false));
        try (PDDocument doc = Pdfs.open(notice(model))) {
            int last = doc.getNumberOfPages();
            assertThat(last % 2).isZero();
            String text = Pdfs.squeeze(Pdfs.pageText(doc, last));
            assertThat(text).contains("抄送：江苏省环境保护厅，吴江区人民政府。").doesNotContain("印发");
            assertThat(Pdfs.strokes(doc, last).stream().filter(st -> mm(st.length()) > 155.5f && !st.red())).isEmpty();
            List<TextPosition> cc = run(doc, last, "抄送：");
            assertThat(TYPE_BOTTOM - cc.get(0).getYDirAdj()).isBetween(0f, PITCH);
        }
    }

    @Test
    void plainFormKeepsTheFilePositionsWithoutTheRedHead() throws IOException {
        NoticeModel model = unorderedDeadlines().with(layout(NoticeModel.Form.PLAIN, true));
        try (PDDocument plain = Pdfs.open(notice(model)); PDDocument file = Pdfs.open(notice(unorderedDeadlines()))) {
            assertThat(Pdfs.squeeze(Pdfs.pageText(plain, 1))).doesNotContain("文件");
            assertThat(Pdfs.strokes(plain, 1).stream().filter(Pdfs.Stroke::red)).isEmpty();
            for (String s : List.of("苏环稽〔2016〕3号", "苏州市环境保护局关于", "吴江区环境保护局：")) {
                assertThat(run(plain, 1, s).get(0).getYDirAdj()).as(s).isCloseTo(run(file, 1, s).get(0).getYDirAdj(), within(0.01f));
            }
        }
    }

    /** 7.3.5.1: date four characters from the right, the authority centred over it, room for the seal. */
    @Test
    void sealedSignatureDateFourCharactersInAuthorityCentredOverItTwoLinesForTheSeal() throws IOException {
        try (PDDocument doc = Pdfs.open(notice(unorderedDeadlines()))) {
            int page = pageOf(doc, "2016年10月20日");
            List<TextPosition> glyphs = Pdfs.positions(doc, page);
            List<TextPosition> date = Pdfs.find(glyphs, "2016年10月20日");
            List<TextPosition> authority = lastRun(glyphs, "苏州市环境保护局");
            assertThat(mm(595 - 26 * MM - right(date))).isCloseTo(4 * 156 / 28f, within(0.6f));
            float dateCentre = (date.get(0).getXDirAdj() + right(date)) / 2;
            float authorityCentre = (authority.get(0).getXDirAdj() + right(authority)) / 2;
            assertThat(mm(authorityCentre - dateCentre)).isCloseTo(0f, within(0.6f));
            assertThat(date.get(0).getYDirAdj() - authority.get(0).getYDirAdj()).isCloseTo(PITCH, within(0.3f));
            List<TextPosition> note = Pdfs.find(glyphs, "附件：问题清单");
            assertThat(note).isNotEmpty();
            assertThat((authority.get(0).getYDirAdj() - note.get(0).getYDirAdj()) / PITCH).isCloseTo(3f, within(0.05f));
        }
    }

    /** 7.3.5.2: one empty line, authority two characters from the right, date two characters further right. */
    @Test
    void unsealedSignatureAuthorityTwoCharactersInDateShiftedTwoCharacters() throws IOException {
        NoticeModel model = unorderedDeadlines().with(layout(NoticeModel.Form.FILE, false));
        try (PDDocument doc = Pdfs.open(notice(model))) {
            int page = pageOf(doc, "2016年10月20日");
            List<TextPosition> glyphs = Pdfs.positions(doc, page);
            List<TextPosition> date = Pdfs.find(glyphs, "2016年10月20日");
            List<TextPosition> authority = lastRun(glyphs, "苏州市环境保护局");
            float typeRight = 595 - 26 * MM;
            float dateWidth = right(date) - date.get(0).getXDirAdj();
            float authorityWidth = right(authority) - authority.get(0).getXDirAdj();
            if (dateWidth + 2 * CHAR <= authorityWidth) {
                assertThat(mm(typeRight - right(authority))).isCloseTo(2 * 156 / 28f, within(0.6f));
                assertThat(mm(date.get(0).getXDirAdj() - authority.get(0).getXDirAdj())).isCloseTo(2 * 156 / 28f, within(0.6f));
            } else {
                assertThat(mm(typeRight - right(date))).isCloseTo(2 * 156 / 28f, within(0.6f));
                assertThat(mm(date.get(0).getXDirAdj() - authority.get(0).getXDirAdj())).isCloseTo(2 * 156 / 28f, within(0.6f));
            }
            List<TextPosition> note = Pdfs.find(glyphs, "附件：问题清单");
            assertThat((authority.get(0).getYDirAdj() - note.get(0).getYDirAdj()) / PITCH).isCloseTo(2f, within(0.05f));
        }
    }

    private static List<TextPosition> lastRun(List<TextPosition> glyphs, String text) {
        List<TextPosition> chars = glyphs.stream().filter(t -> !t.getUnicode().isBlank()).toList();
        List<TextPosition> found = List.of();
        for (int i = 0; i < chars.size(); i++) {
            List<TextPosition> r = Pdfs.find(chars.subList(i, chars.size()), text);
            if (r.isEmpty()) {
                break;
            }
            found = r;
            i = chars.indexOf(r.get(r.size() - 1));
        }
        assertThat(found).as(text).isNotEmpty();
        return found;
    }

    /**
     * 7.3.5.4: for every length of notice, the page with the signature also holds text; when the text
     * fills its page, that page's lines are tightened (never below 225/26 mm) instead of sending the
     * signature alone to the next page. Among these lengths there are pages filled exactly.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theSignatureIsNeverAloneOnAPage(boolean sealed) throws IOException {
        int squeezed = 0;
        for (int n = 1; n <= 16; n++) {
            NoticeModel model = ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, n).with(layout(NoticeModel.Form.FILE, sealed));
            try (PDDocument doc = Pdfs.open(notice(model))) {
                int page = pageOf(doc, "2016年10月20日");
                List<TextPosition> glyphs = Pdfs.positions(doc, page);
                float signatureY = lastRun(glyphs, "苏州市环境保护局").get(0).getYDirAdj();
                long textAbove = glyphs.stream().filter(t -> t.getYDirAdj() < signatureY - 1 && t.getFontSizeInPt() == 16f)
                        .filter(t -> !t.getUnicode().isBlank()).count();
                assertThat(textAbove).as("%d findings, sealed %s: text above the signature on page %d", n, sealed, page)
                        .isGreaterThan(0);
                TreeSet<Float> baselines = new TreeSet<>();
                glyphs.stream().filter(t -> t.getFontSizeInPt() == 16f && t.getYDirAdj() < TYPE_BOTTOM)
                        .forEach(t -> baselines.add(Math.round(t.getYDirAdj() * 10) / 10f));
                float pitch = smallestGap(baselines);
                assertThat(pitch).isGreaterThanOrEqualTo(225 * MM / 26 - 0.1f);
                if (pitch < PITCH - 0.5f) {
                    squeezed++;
                    assertThat(baselines.last()).as("a tightened page still ends inside the type area").isLessThanOrEqualTo(TYPE_BOTTOM);
                }
            }
        }
        assertThat(squeezed).as("some of the lengths fill their page and are tightened").isGreaterThan(0);
    }

    private static float smallestGap(TreeSet<Float> baselines) {
        float min = Float.MAX_VALUE;
        Float prev = null;
        for (float b : baselines) {
            if (prev != null && b - prev > 1) {
                min = Math.min(min, b - prev);
            }
            prev = b;
        }
        return min;
    }

    @Test
    void aPageFilledExactlyByTextKeepsTheSignatureByTighteningItsLines() {
        List<LetterGrid.Line> lines = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            lines.add(new LetterGrid.Line(List.of(), LetterGrid.Kind.TEXT));
        }
        for (int i = 0; i < 4; i++) {
            lines.add(new LetterGrid.Line(List.of(), LetterGrid.Kind.SIGNATURE));
        }
        List<LetterGrid.Page> pages = LetterGrid.paginate(lines, 800, 225 * MM, 800, 225 * MM, PITCH, 4);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).lines()).hasSize(26);
        assertThat(pages.get(0).pitch() * 26).isCloseTo(225 * MM, within(0.01f));
        // beyond what tightening allows, the last two text lines go over with the signature
        List<LetterGrid.Page> carried = LetterGrid.paginate(lines, 800, 225 * MM, 800, 225 * MM, PITCH, 2);
        assertThat(carried).hasSize(2);
        assertThat(carried.get(1).lines().stream().filter(l -> l.kind() == LetterGrid.Kind.TEXT)).hasSize(2);
        assertThat(carried.get(0).lines()).hasSize(20);
    }

    /** 7.3.7, 7.4, 7.5: attachment on its own page, 版记 at the foot of an even page, pages numbered on. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 9, 14})
    void attachmentStartsAPageAndTheRecordSitsAtTheFootOfTheLastEvenPage(int findings) throws IOException {
        NoticeModel model = ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, findings).with(layout(NoticeModel.Form.FILE, true));
        try (PDDocument doc = Pdfs.open(notice(model))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages % 2).as("the 版记 is on the back of the last sheet").isZero();
            int attachment = pageOf(doc, "问题清单序号");
            List<TextPosition> label = run(doc, attachment, "附件");
            assertThat(mm(label.get(0).getXDirAdj())).isCloseTo(28f, within(0.3f));
            assertThat((label.get(0).getYDirAdj() - TYPE_TOP) / PITCH).isBetween(0f, 1f);
            List<TextPosition> title = run(doc, attachment, "问题清单");
            assertThat((title.get(0).getYDirAdj() - TYPE_TOP) / PITCH).isBetween(2f, 3f);
            assertThat(Pdfs.squeeze(Pdfs.pageText(doc, attachment - 1))).contains("2016年10月20日");

            List<TextPosition> printed = run(doc, pages, "2016年10月20日印发");
            List<TextPosition> printer = run(doc, pages, "苏州市环境保护局办公室");
            List<TextPosition> cc = run(doc, pages, "抄送：");
            assertThat(printed.get(0).getFontSizeInPt()).isEqualTo(14f);
            assertThat(mm(printer.get(0).getXDirAdj())).isCloseTo(28 + 14 / MM * 1f / 1, within(0.3f));
            assertThat(mm(595 - 26 * MM - right(printed))).isCloseTo(14 / MM, within(0.6f));
            assertThat(mm(cc.get(0).getXDirAdj() - 28 * MM)).isCloseTo(14 / MM, within(0.3f));
            assertThat(TYPE_BOTTOM - printed.get(0).getYDirAdj()).isBetween(0f, PITCH);
            assertThat(printed.get(0).getYDirAdj() - cc.get(0).getYDirAdj()).isCloseTo(PITCH, within(0.2f));
            // rules: thick at the type area's bottom edge and over the 抄送, thin between
            List<Pdfs.Stroke> rules = Pdfs.strokes(doc, pages).stream().filter(s -> mm(s.length()) > 155.5f).toList();
            assertThat(rules).hasSize(3);
            Pdfs.Stroke last = rules.stream().min((a, b) -> Float.compare(a.y0(), b.y0())).orElseThrow();
            assertThat(mm(last.y0() - last.width() / 2)).isCloseTo(35f, within(0.1f));
            assertThat(mm(last.width())).isCloseTo(0.35f, within(0.01f));
            assertThat(rules.stream().map(s -> mm(s.width()))).anySatisfy(w -> assertThat(w).isCloseTo(0.25f, within(0.01f)));
            // pages numbered on, except an empty page before the 版记 page and that page
            boolean blankBefore = Pdfs.squeeze(Pdfs.pageText(doc, pages - 1)).isEmpty();
            if (blankBefore) {
                assertThat(Pdfs.squeeze(Pdfs.pageText(doc, pages))).doesNotContain("—" + pages + "—");
            } else {
                assertThat(Pdfs.squeeze(Pdfs.pageText(doc, pages))).contains("—" + pages + "—");
            }
        }
    }

    /** 7.4.2: a long 抄送 list wraps under the first name, one character in from each side. */
    @Test
    void longCopyListWrapsUnderTheFirstName() throws IOException {
        List<String> cc = List.of("江苏省环境保护厅", "苏州市人民政府办公室", "苏州市吴江区人民政府", "苏州市监察局",
                "苏州市法制办公室", "吴江区环境监察大队");
        NoticeModel model = unorderedDeadlines().with(new NoticeModel.Layout(NoticeModel.Form.FILE, true, null, cc, null, null));
        try (PDDocument doc = Pdfs.open(notice(model))) {
            int last = doc.getNumberOfPages();
            List<TextPosition> glyphs = Pdfs.positions(doc, last);
            List<TextPosition> first = Pdfs.find(glyphs, "抄送：江苏省环境保护厅");
            List<TextPosition> lastName = Pdfs.find(glyphs, "吴江区环境监察大队。");
            assertThat(first).isNotEmpty();
            assertThat(lastName).isNotEmpty();
            assertThat(lastName.get(0).getYDirAdj()).isGreaterThan(first.get(0).getYDirAdj() + PITCH / 2);
            // the continued line starts under 江 (after the colon), not under 抄
            float continued = glyphs.stream().filter(t -> Math.abs(t.getYDirAdj() - lastName.get(0).getYDirAdj()) < 1)
                    .map(TextPosition::getXDirAdj).min(Float::compare).orElseThrow();
            assertThat(continued).isCloseTo(first.get(3).getXDirAdj(), within(0.5f));
            for (TextPosition t : glyphs) {
                if (t.getFontSizeInPt() == 14f && t.getYDirAdj() < TYPE_BOTTOM) {
                    assertThat(t.getXDirAdj() + t.getWidthDirAdj()).isLessThanOrEqualTo(595 - 26 * MM - 14 + 0.5f);
                }
            }
            Pdfs.assertContains(Pdfs.pageText(doc, last), "苏州市环境保护局办公室", "2016年10月20日印发");
        }
    }

    @Test
    void bodyIsSetInThreeHaoOnTwentyTwoLinesOfTwentyEightCharacters() throws IOException {
        NoticeModel longFinding = new NoticeModel(ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE), "苏环稽〔2016〕3号",
                "吴江区环境保护局", "2016年环境执法大练兵监察稽查", ReportFixtures.FROM, ReportFixtures.TO, List.of(
                new NoticeModel.Item("抽查的现场监察记录普遍未载明企业污染治理设施运行情况和污染物排放达标情况，"
                        + "部分记录未由被检查单位负责人签字确认，检查内容不完整，不能反映现场检查的真实情况，"
                        + "也无法作为后续行政处罚的证据使用。", "完善现场监察记录格式。", LocalDate.of(2016, 11, 14)),
                new NoticeModel.Item("部分案卷缺少采样单。", "规范采样单填写。", LocalDate.of(2016, 11, 30)),
                new NoticeModel.Item("询问笔录未逐页签字。", "补正相关案卷。", LocalDate.of(2016, 11, 30))),
                "苏州市环境保护局", LocalDate.of(2016, 10, 20));
        try (PDDocument doc = Pdfs.open(notice(longFinding))) {
            for (int page = 1; page <= 2; page++) {
                List<TextPosition> glyphs = Pdfs.positions(doc, page);
                TreeSet<Float> baselines = new TreeSet<>();
                for (TextPosition t : glyphs) {
                    if (t.getYDirAdj() < TYPE_BOTTOM && t.getFontSizeInPt() == 16f) {
                        baselines.add(Math.round(t.getYDirAdj() * 10) / 10f);
                    }
                }
                // every body line sits on the grid: a whole number of line pitches below the type area's top
                float first = TYPE_TOP + PITCH / 2 + 0.38f * 16;
                for (float b : baselines) {
                    double lines = (b - first) / PITCH;
                    assertThat(lines).as("baseline %s on page %d", b, page).isCloseTo(Math.rint(lines), within(0.05));
                    assertThat(Math.rint(lines)).isBetween(0.0, 21.0);
                }
            }
            String text = Pdfs.pageText(doc, 1);
            assertThat(text.lines().map(Pdfs::squeeze).filter(l -> l.codePoints().allMatch(c -> c > 0x2E80))
                    .mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0)).isEqualTo(28);
        }
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws IOException {
        try (PDDocument doc = Pdfs.open(notice(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 6)))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                for (String line : Pdfs.pageText(doc, p).lines().map(String::strip).toList()) {
                    if (!line.isEmpty()) {
                        assertThat("，。、；：？！）》").as(line).doesNotContain(line.substring(0, 1));
                    }
                }
            }
        }
    }

    @Test
    void pagesAreNumberedWithDashesOddRightEvenLeft() throws IOException {
        try (PDDocument doc = Pdfs.open(notice(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5)))) {
            List<TextPosition> one = run(doc, 1, "— 1 —");
            List<TextPosition> two = run(doc, 2, "— 2 —");
            assertThat(mm(595 - 26 * MM - right(one))).isCloseTo(14 / MM, within(0.8f));
            assertThat(mm(two.get(0).getXDirAdj() - 28 * MM)).isCloseTo(14 / MM, within(0.8f));
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("苏州市环境保护局关于吴江区环境监察稽查发现问题整改的通知 苏环稽〔2016〕3号");
            assertThat(doc.getDocumentInformation().getSubject()).contains("suzhou-2016-10", ReportFixtures.HEAD);
        }
    }

    @Test
    void englishNoticeUsesTheEnglishBundle() throws IOException {
        String text = Pdfs.text(notice(ReportFixtures.notice(Locale.ENGLISH, 2)));
        Pdfs.assertContains(text, "notice on rectifying the findings", "吴江区环境保护局:", "Requirement: ",
                "Deadline: 14 November 2016.", "by 17 November 2016", "Copies to: 江苏省环境保护厅.");
    }
}
