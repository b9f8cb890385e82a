package io.jicha.bench;

import io.jicha.report.NoticeModel;
import io.jicha.report.PdfFonts;
import io.jicha.report.RectificationNoticePdf;
import io.jicha.report.ReportFixtures;
import io.jicha.report.ReviewReportModel;
import io.jicha.report.ReviewReportPdf;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * PDF document benchmark (docs/benchmarks.md, "PDF documents"): a review report for 4 units x 30
 * reviewed files and 100 findings (target under 2 s after warm-up and under 2 MB) and a rectification
 * notice (target under 300 ms after warm-up), with the fonts PdfFonts.system() finds.
 * Not a unit test: run it as a main class.
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        PdfFonts fonts = PdfFonts.system();
        double fontMs = (System.nanoTime() - t0) / 1e6;
        fonts.warnings().forEach(System.out::println);
        System.out.printf("fonts: body %s, heading %s, embedded %s; located and loaded in %.0f ms (once per process)%n",
                fonts.body().getPostscriptFontName(), fonts.heading().getPostscriptFontName(), fonts.embedded(), fontMs);

        ReviewReportModel report = ReportFixtures.review(30, 100);
        NoticeModel notice = ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 5);
        ReviewReportPdf reportPdf = new ReviewReportPdf(fonts);
        RectificationNoticePdf noticePdf = new RectificationNoticePdf(fonts);

        long first = System.nanoTime();
        byte[] reportBytes = bytes(() -> out(o -> reportPdf.render(report, o)));
        double firstReportMs = (System.nanoTime() - first) / 1e6;
        long firstNoticeStart = System.nanoTime();
        byte[] noticeBytes = bytes(() -> out(o -> noticePdf.render(notice, o)));
        double firstNoticeMs = (System.nanoTime() - firstNoticeStart) / 1e6;

        double[] reportMs = time(5, 10, () -> out(o -> reportPdf.render(report, o)));
        double[] noticeMs = time(20, 30, () -> out(o -> noticePdf.render(notice, o)));

        Path dir = Files.createTempDirectory("jicha-bench");
        Path target = dir.resolve("review.pdf");
        long w = System.nanoTime();
        reportPdf.write(report, target, true);
        double writeMs = (System.nanoTime() - w) / 1e6;
        long fileSize = Files.size(target);
        Files.delete(target);
        Files.delete(dir);

        System.out.printf("review report (4 units x 30 files, 100 findings): first %.0f ms; warm median %.0f ms, max %.0f ms;"
                + " %d bytes (%.2f MB); write() to file %.0f ms, %d bytes%n", firstReportMs, median(reportMs),
                max(reportMs), reportBytes.length, reportBytes.length / 1048576.0, writeMs, fileSize);
        System.out.printf("rectification notice (5 findings): first %.0f ms; warm median %.1f ms, max %.1f ms; %d bytes%n",
                firstNoticeMs, median(noticeMs), max(noticeMs), noticeBytes.length);
        boolean ok = median(reportMs) < 2000 && reportBytes.length < 2 * 1024 * 1024 && median(noticeMs) < 300;
        System.out.println(ok ? "targets met" : "TARGETS MISSED");
    }

    private interface Render {
        void to(ByteArrayOutputStream out);
    }

    private static ByteArrayOutputStream out(Render render) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        render.to(out);
        return out;
    }

    private static byte[] bytes(Supplier<ByteArrayOutputStream> run) {
        return run.get().toByteArray();
    }

    private static double[] time(int warmups, int runs, Supplier<ByteArrayOutputStream> run) {
        for (int i = 0; i < warmups; i++) {
            run.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
