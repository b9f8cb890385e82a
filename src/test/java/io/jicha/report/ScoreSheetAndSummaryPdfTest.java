package io.jicha.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.jicha.stats.MajorCaseKind;
import io.jicha.stats.SummaryItem;
import io.jicha.stats.SummaryTable;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreSheetAndSummaryPdfTest {

    private static final PdfFonts FONTS = PdfFonts.system();

    @Test
    void scoreSheetShowsRowsSubtotalsTotalGradeAuditorAndDate(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sheet.pdf");
        new ScoreSheetPdf(FONTS).write(ReportFixtures.sheet(), out, false);
        try (PDDocument doc = Pdfs.open(Files.readAllBytes(out))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = Pdfs.pageText(doc, 1);
            Pdfs.assertContains(text, "案卷评查表", "吴江区", "CF1-2016-007", "苏州市吴江区盛泽印染有限公司",
                    "行政处罚案卷评查标准（2016.1）", "实体评查", "1.3 处罚裁量适当", "15 1.5 13.5 裁量说明未载明从轻理由",
                    "小计 70 66.5", "小计 30 27.5", "总分 100 94", "评定等级 优秀", "一票否决 无",
                    "评查人（签字）：（李明、王晓燕）", "复核人（签字）：复核日期：", "评查日期：2016年10月11日", "第 1 页 共 1 页");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("行政处罚案卷评查表 CF1-2016-007");
        }
    }

    @Test
    void summaryTableFitsOnePageWithUnitColumnsAndTotals(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("summary.pdf");
        new SummaryTablePdf(FONTS).write(ReportFixtures.summary(), out, false);
        try (PDDocument doc = Pdfs.open(Files.readAllBytes(out))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = Pdfs.pageText(doc, 1);
            Pdfs.assertContains(text, "苏州市执法大练兵情况汇总表", "2016年10月", "序号 项目内容 吴江区 太仓市 相城区 高新区 合计",
                    "1 检查企业（厂次） 1021 876 1005 857 3759", "罚款金额（万元） 230.5 190.3 221.6 172 814.4",
                    "重大案件", "查封/扣押（件） 2 1 2 1 6");
        }
    }

    @Test
    void statsSummaryTableIsDrawnWithItsOwnFormattingAndOneTotalColumn() throws IOException {
        SummaryTable table = new SummaryTable("", YearMonth.of(2016, 10), List.of("常熟市"), Set.of(), List.of(
                new SummaryTable.Line(SummaryItem.INSPECTIONS, null, List.of("402"), "402", null),
                new SummaryTable.Line(SummaryItem.FINES, null, List.of("95.80"), "95.80", null),
                new SummaryTable.Line(SummaryItem.MAJOR_CASES, MajorCaseKind.SEIZURE, List.of("1"), "1", null),
                new SummaryTable.Line(SummaryItem.MAJOR_CASES_TOTAL, null, List.of("1"), "1", null)));
        SummaryTableModel model = SummaryTableModel.of(table, ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE));
        assertThat(model.rows().get(0).group()).isNull();
        byte[] pdf = Pdfs.render(out -> new SummaryTablePdf(FONTS).render(model, out));
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            // the title as the seed sets it: the month on its own line below
            Pdfs.assertContains(Pdfs.pageText(doc, 1), "执法大练兵情况汇总表\n2016年10月", "序号 项目内容 常熟市 合计",
                    "4 罚款金额（万元） 95.80 95.80", "重大案件");
            assertThat(doc.getDocumentInformation().getSubject()).contains(ReportFixtures.HEAD);
        }
    }

    @Test
    void tenUnitsTurnThePageToLandscapeAndStillFitOnePage() throws IOException {
        List<String> units = List.of("张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "工业园区", "高新区");
        List<String> values = List.of("402", "880", "311", "390", "421", "376", "355", "198", "402", "224");
        List<SummaryTable.Line> lines = new java.util.ArrayList<>();
        for (SummaryItem item : SummaryItem.values()) {
            if (item == SummaryItem.MAJOR_CASES) {
                for (MajorCaseKind kind : MajorCaseKind.values()) {
                    lines.add(new SummaryTable.Line(item, kind, values, "3759", null));
                }
            } else {
                lines.add(new SummaryTable.Line(item, null, values, "3759", null));
            }
        }
        SummaryTableModel model = SummaryTableModel.of(new SummaryTable("", YearMonth.of(2016, 10), units, Set.of(), lines),
                ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE));
        try (PDDocument doc = Pdfs.open(Pdfs.render(out -> new SummaryTablePdf(FONTS).render(model, out)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            Pdfs.assertContains(Pdfs.pageText(doc, 1), "张家港市", "工业园区", "高新区", "合计");
        }
    }

    @Test
    void theFiledTableHasItsFilingLinesAYearToDateColumnAndNoWrappedHeader() throws IOException {
        List<String> units = List.of("张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "工业园区", "高新区");
        List<String> values = List.of("520", "430", "310", "612", "560", "380", "290", "150", "290", "217");
        List<SummaryTable.Line> lines = new java.util.ArrayList<>();
        lines.add(new SummaryTable.Line(SummaryItem.INSPECTIONS, null, values, "3759", "31882"));
        lines.add(new SummaryTable.Line(SummaryItem.FINES, null, values, "814.40", "6721.35"));
        lines.add(new SummaryTable.Line(SummaryItem.MAJOR_CASES, MajorCaseKind.DAILY_PENALTY, values, "10", "87"));
        lines.add(new SummaryTable.Line(SummaryItem.MAJOR_CASES, MajorCaseKind.POLICE_TRANSFER, values, "10", "87"));
        lines.add(new SummaryTable.Line(SummaryItem.MAJOR_CASES_TOTAL, null, values, "10", "87"));
        SummaryTableModel model = SummaryTableModel.of(new SummaryTable("苏州市",
                YearMonth.of(2016, 10), units, Set.of(), lines), ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE),
                new SummaryTableModel.Filing("苏州市环境保护局", java.time.LocalDate.of(2016, 11, 4), "张三", "李四",
                        "0512-12345678"));
        try (PDDocument doc = Pdfs.open(Pdfs.render(out -> new SummaryTablePdf(FONTS).render(model, out)))) {
            String page = Pdfs.pageText(doc, 1);
            Pdfs.assertContains(page, "填报单位：苏州市环境保护局", "填报日期：2016年11月4日", "审核人：张三",
                    "填报人：李四", "联系电话：0512-12345678",
                    "4 罚款金额（万元） 520 430 310 612 560 380 290 150 290 217 814.40 6721.35");
            // every header on one line: the header row reads whole, in order
            assertThat(page.lines().map(String::strip)).contains(
                    "序号 项目内容 张家港市 常熟市 太仓市 昆山市 吴江区 吴中区 相城区 姑苏区 工业园区 高新区 合计 累计");
        }
    }

    /** Issue 22: the table's words come from the report bundle in the session's language, not from the stats domain. */
    @Test
    void anEnglishSessionsTableIsWordedInEnglishAndAChineseOnesAsFiled() {
        SummaryTable table = new SummaryTable("苏州市", YearMonth.of(2016, 10), List.of("常熟市", "太仓市"), Set.of("太仓市"),
                List.of(new SummaryTable.Line(SummaryItem.FINES, null, List.of("95.8", "0"), "95.8", null),
                        new SummaryTable.Line(SummaryItem.MAJOR_CASES, MajorCaseKind.DAILY_PENALTY, List.of("1", "0"), "1", null),
                        new SummaryTable.Line(SummaryItem.MAJOR_CASES_TOTAL, null, List.of("1", "0"), "1", null)));
        SummaryTableModel zh = SummaryTableModel.of(table, ReportFixtures.provenance(Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.title()).isEqualTo("苏州市执法大练兵情况汇总表");
        assertThat(zh.periodText()).isEqualTo("2016年10月");
        assertThat(zh.rows()).extracting(SummaryTableModel.Row::number, SummaryTableModel.Row::group, SummaryTableModel.Row::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4", null, "罚款金额（万元）"),
                        org.assertj.core.groups.Tuple.tuple("7", "重大案件", "实施按日连续处罚（件）"),
                        org.assertj.core.groups.Tuple.tuple("", "重大案件", "合计"));
        assertThat(zh.rows().get(0).values()).containsExactly("95.8", "无数据");
        SummaryTableModel en = SummaryTableModel.of(table, ReportFixtures.provenance(Locale.ENGLISH));
        assertThat(en.title()).isEqualTo("Enforcement campaign summary, 苏州市");
        assertThat(en.periodText()).isEqualTo("October 2016");
        assertThat(en.rows()).extracting(SummaryTableModel.Row::group, SummaryTableModel.Row::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "Fines (10,000 yuan)"),
                        org.assertj.core.groups.Tuple.tuple("Major cases", "Daily continuous penalties"),
                        org.assertj.core.groups.Tuple.tuple("Major cases", "Total"));
        assertThat(en.rows().get(0).values()).containsExactly("95.8", "no data");
    }
}
