package io.jicha.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes one sample of each document into a folder, to look at while changing layouts. */
public final class ReportSamples {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        Files.createDirectories(dir);
        PdfFonts fonts = PdfFonts.system();
        fonts.warnings().forEach(System.err::println);
        new ReviewReportPdf(fonts).write(ReportFixtures.review(30, 100), dir.resolve("review.pdf"), true);
        new RectificationNoticePdf(fonts).write(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5),
                dir.resolve("notice.pdf"), true);
        NoticeModel notice = ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5);
        for (NoticeModel.Form form : NoticeModel.Form.values()) {
            for (boolean sealed : new boolean[]{true, false}) {
                new RectificationNoticePdf(fonts).write(notice.with(new NoticeModel.Layout(form, sealed, null,
                                notice.layout().cc(), null, null)),
                        dir.resolve("notice-" + form.name().toLowerCase() + (sealed ? "-sealed" : "-unsealed") + ".pdf"), true);
            }
        }
        new RectificationNoticePdf(fonts).write(ReportFixtures.notice(Locale.ENGLISH, 2),
                dir.resolve("notice-en.pdf"), true);
        new ScoreSheetPdf(fonts).write(ReportFixtures.sheet(), dir.resolve("sheet.pdf"), true);
        new SummaryTablePdf(fonts).write(ReportFixtures.summary(), dir.resolve("summary.pdf"), true);
        System.out.println("written to " + dir.toAbsolutePath());
    }
}
