package io.jicha.report;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.jicha.report.GongwenDocx.BODY_HALF_POINTS;
import static io.jicha.report.GongwenDocx.LINE_PITCH;
import static io.jicha.report.GongwenDocx.TITLE_HALF_POINTS;
import static io.jicha.report.GongwenDocx.pt;

/**
 * The review report (稽查报告) as an editable Word document (.docx), from the same
 * {@link ReviewReportModel} as the PDF and in the same parts and words (the labels of
 * {@code messages/report_*}), set on the 公文 page of GB/T 9704-2012 ({@link GongwenDocx}): the title
 * in 小标宋, the parts "一、…" in 黑体, the subheadings "（一）…" in 楷体, the text in 仿宋 三号 on the
 * grid, the tables in 五号; the blocks and their words come from the model's outline
 * ({@link ReviewReportOutline}), as the PDF's do. The PDF's score charts become tables of score bands.
 */
public final class ReviewReportDocx {

    private static final int TABLE_HALF_POINTS = 21;                  // 五号 10.5 pt
    private static final int TABLE_LINE = pt(10.5 * 1.4);

    private final DocxFonts fonts;

    public ReviewReportDocx(DocxFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the report to target via a temporary file (replacing an existing file only with force). */
    public void write(ReviewReportModel model, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfOutput.write(target, force, out -> render(model, out));
    }

    public byte[] bytes(ReviewReportModel model) {
        return PdfOutput.bytes(out -> render(model, out));
    }

    public void render(ReviewReportModel m, OutputStream out) throws IOException {
        ReportMessages messages = ReportMessages.forLocale(m.provenance().locale());
        GongwenDocx d = new GongwenDocx(fonts, m.provenance().locale().toLanguageTag());
        ReviewReportOutline.write(m.outline(), new Parts(messages, d));
        String[] parts = messages.get("notice.page", "\u0000").split("\u0000", -1);
        d.endNumbered(new String[]{parts[0], parts.length > 1 ? parts[1] : ""});
        d.write(out, m.title(), m.provenance(), m.provenance().asOf(), messages);
    }

    /** The report's blocks, from the model's outline: the same parts and words as the PDF. */
    private static final class Parts implements ReviewReportOutline.Writer<RuntimeException> {
        private final ReportMessages messages;
        private final GongwenDocx d;

        Parts(ReportMessages messages, GongwenDocx d) {
            this.messages = messages;
            this.d = d;
        }

        /** A new page: an empty paragraph that starts one and is kept with the block after it. */
        @Override
        public void pageBreak(ReviewReportOutline.PageBreak p) {
            XWPFParagraph start = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            GongwenDocx.newPage(start);
            start.setKeepNext(true);
            d.run(start, "", FontRole.BODY, BODY_HALF_POINTS);
        }

        private void para(String s) {
            d.run(d.text(), s, FontRole.BODY, BODY_HALF_POINTS);
        }

        private void indented(String s) {
            XWPFParagraph p = d.paragraph(GongwenDocx.Align.BOTH, 0, 0, LINE_PITCH, true);
            d.run(p, s, FontRole.BODY, BODY_HALF_POINTS);
            GongwenDocx.ppr(p).addNewInd().setLeft(java.math.BigInteger.valueOf(Math.round(2 * GongwenDocx.CHAR_PITCH)));
        }

        /** "一、…" in 黑体, "（一）…" in 楷体, flush with the text's first lines, kept with what follows. */
        @Override
        public void heading(ReviewReportOutline.Heading h) {
            XWPFParagraph p = d.paragraph(GongwenDocx.Align.LEFT, 2, 0, LINE_PITCH, true);
            p.setKeepNext(true);
            d.run(p, h.text(), h.level() == 1 ? FontRole.HEADING : FontRole.KAI, BODY_HALF_POINTS);
        }

        @Override
        public void text(ReviewReportOutline.Text t) {
            switch (t.style()) {
                case BODY, ITEM -> para(t.text());
                case INDENTED, MONO -> indented(t.text());
                case NOTE -> d.run(d.paragraph(GongwenDocx.Align.BOTH, 0, 0, TABLE_LINE, false), t.text(), FontRole.BODY,
                        TABLE_HALF_POINTS);
            }
        }

        @Override
        public void table(ReviewReportOutline.Table t) {
            if (t.caption() != null) {
                XWPFParagraph caption = d.paragraph(GongwenDocx.Align.CENTER, 0, 0, LINE_PITCH, true);
                caption.setKeepNext(true);
                d.run(caption, t.caption(), FontRole.HEADING, TABLE_HALF_POINTS);
            }
            int[] widths = new int[t.widths().length];
            boolean[] centred = new boolean[widths.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.round(t.widths()[i] * 10);
                centred[i] = t.numeric()[i];
            }
            d.table(widths, t.headers(), t.rows(), centred, TABLE_HALF_POINTS, TABLE_LINE);
            d.paragraph(GongwenDocx.Align.LEFT, 0, 0, pt(6), false);
        }

        /** The PDF's chart as a table of score bands and their counts (an editable document keeps no drawing). */
        @Override
        public void chart(ReviewReportOutline.Chart c) {
            List<String> bands = ScoreChart.bandLabels(messages);
            int[] counts = ScoreChart.bands(c.scores());
            List<String> row = new ArrayList<>();
            row.add(c.countLabel());
            for (int n : counts) {
                row.add(Integer.toString(n));
            }
            List<String> headers = new ArrayList<>();
            headers.add(c.scoreLabel());
            headers.addAll(bands);
            int[] widths = new int[headers.size()];
            boolean[] centred = new boolean[headers.size()];
            java.util.Arrays.fill(widths, 10);
            java.util.Arrays.fill(centred, true);
            widths[0] = 14;
            XWPFParagraph caption = d.paragraph(GongwenDocx.Align.CENTER, 0, 0, LINE_PITCH, true);
            caption.setKeepNext(true);
            d.run(caption, c.caption(), FontRole.HEADING, TABLE_HALF_POINTS);
            d.table(widths, headers, List.of(row), centred, TABLE_HALF_POINTS, TABLE_LINE);
            d.paragraph(GongwenDocx.Align.LEFT, 0, 0, pt(6), false);
        }

        @Override
        public void cover(ReviewReportOutline.Cover c) {
            for (int i = 0; i < 4; i++) {
                d.blank();
            }
            d.run(d.paragraph(GongwenDocx.Align.CENTER, 0, 0, pt(34), false), c.title(), FontRole.TITLE,
                    TITLE_HALF_POINTS);
            d.blank();
            d.blank();
            for (String[] row : c.rows()) {
                XWPFParagraph p = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
                GongwenDocx.ppr(p).addNewInd().setLeft(java.math.BigInteger.valueOf(Math.round(4 * GongwenDocx.CHAR_PITCH)));
                d.run(p, messages.get("report.cover.label", row[0]), FontRole.HEADING, BODY_HALF_POINTS);
                d.run(p, row[1], FontRole.BODY, BODY_HALF_POINTS);
            }
        }

        @Override
        public void signOff(ReviewReportOutline.SignOff s) {
            d.blank();
            if (!s.authority().isBlank()) {
                XWPFParagraph who = d.paragraph(GongwenDocx.Align.RIGHT, 0, 4, LINE_PITCH, true);
                who.setKeepNext(true);
                d.run(who, s.authority(), FontRole.BODY, BODY_HALF_POINTS);
            }
            XWPFParagraph when = d.paragraph(GongwenDocx.Align.RIGHT, 0, 4, LINE_PITCH, true);
            when.setKeepNext(true);
            d.run(when, s.date(), FontRole.BODY, BODY_HALF_POINTS);
            XWPFParagraph team = d.paragraph(GongwenDocx.Align.LEFT, 0, 0, LINE_PITCH, true);
            team.setKeepNext(true);
            d.run(team, s.teamLabel(), FontRole.BODY, BODY_HALF_POINTS);
            List<List<String>> rows = s.team().stream().map(member -> List.of(member, "", "")).toList();
            d.table(new int[]{2, 3, 2}, s.headers(), rows, new boolean[]{true, true, true}, BODY_HALF_POINTS, LINE_PITCH);
        }
    }
}
