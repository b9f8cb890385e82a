package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays out the monthly enforcement summary (执法情况汇总表) on one page: title, period, a row per
 * item with a column per unit and the total; rows of one group (e.g. 重大案件) share a merged cell.
 * Portrait for up to five units, landscape beyond.
 */
public final class SummaryTablePdf {

    private final PdfFonts fonts;

    public SummaryTablePdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Checks glyphs, then writes the table to target via a temporary file. */
    public void write(SummaryTableModel model, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfKit kit = new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
        check(model, kit);
        PdfOutput.write(target, force, out -> layout(model, kit, out));
    }

    /** Checks glyphs, then writes the table to a stream. */
    public void render(SummaryTableModel model, OutputStream out) {
        PdfKit kit = new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
        check(model, kit);
        layout(model, kit, out);
    }

    private static void check(SummaryTableModel m, PdfKit kit) {
        GlyphCheck check = new GlyphCheck();
        kit.checkLabels(check);
        check.heading("title", m.title()).body("period", m.periodText());
        m.units().forEach(u -> check.heading("unit " + u, u));
        for (int i = 0; i < m.rows().size(); i++) {
            var r = m.rows().get(i);
            check.body("row " + (i + 1) + " number", r.number()).body("row " + (i + 1) + " group", r.group())
                    .body("row " + (i + 1) + " label", r.label()).body("row " + (i + 1) + " total", r.total());
            for (String v : r.values()) {
                check.body("row " + (i + 1) + " value", v);
            }
        }
        check.verify(kit.fonts);
    }

    private static void layout(SummaryTableModel m, PdfKit kit, OutputStream out) {
        Rectangle page = m.units().size() > 5 ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
        Document doc = new Document(page, 20 * PdfKit.MM, 20 * PdfKit.MM, 22 * PdfKit.MM, 20 * PdfKit.MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String title = m.periodText().isEmpty() ? m.title() : m.title() + " " + m.periodText();
            kit.metadata(writer, doc, title, m.provenance());
            doc.open();
            content(m, kit, doc);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the summary table", e);
        }
    }

    private static void content(SummaryTableModel m, PdfKit kit, Document doc) throws DocumentException {
        Font text = kit.body(10.5f);
        Font bold = kit.heading(10.5f);
        Paragraph title = PdfKit.para(30, m.title(), kit.heading(18));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(m.periodText().isEmpty() ? 10 : 0);
        doc.add(title);
        if (!m.periodText().isEmpty()) {
            Paragraph period = PdfKit.para(20, m.periodText(), kit.body(12));
            period.setAlignment(Element.ALIGN_RIGHT);
            period.setSpacingAfter(6);
            doc.add(period);
        }

        boolean grouped = m.rows().stream().anyMatch(r -> r.group() != null);
        List<Float> widths = new ArrayList<>(List.of(0.6f));
        if (grouped) {
            widths.add(1.3f);
        }
        widths.add(grouped ? 3.2f : 4f);
        m.units().forEach(u -> widths.add(1.1f));
        widths.add(1.1f);
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        PdfPTable t = new PdfPTable(w);
        t.setWidthPercentage(100);
        t.addCell(kit.headerCell(kit.label("summary.col.number"), bold));
        PdfPCell item = kit.headerCell(kit.label("summary.col.item"), bold);
        item.setColspan(grouped ? 2 : 1);
        t.addCell(item);
        m.units().forEach(u -> t.addCell(kit.headerCell(u, bold)));
        t.addCell(kit.headerCell(kit.label("summary.col.total"), bold));

        List<SummaryTableModel.Row> rows = m.rows();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            boolean startsGroup = r.group() != null && (i == 0 || !Objects.equals(rows.get(i - 1).group(), r.group()));
            int groupSize = 1;
            if (startsGroup) {
                while (i + groupSize < rows.size() && Objects.equals(rows.get(i + groupSize).group(), r.group())) {
                    groupSize++;
                }
            }
            if (r.group() == null || startsGroup) {
                PdfPCell number = kit.cell(r.number(), text, Element.ALIGN_CENTER);
                number.setRowspan(groupSize);
                number.setMinimumHeight(24);
                t.addCell(number);
            }
            if (startsGroup) {
                PdfPCell group = kit.cell(r.group(), text, Element.ALIGN_CENTER);
                group.setRowspan(groupSize);
                t.addCell(group);
            }
            PdfPCell label = kit.cell(r.label(), text, Element.ALIGN_LEFT);
            label.setMinimumHeight(24);
            if (grouped && r.group() == null) {
                label.setColspan(2);
            }
            t.addCell(label);
            r.values().forEach(v -> t.addCell(kit.cell(v, text, Element.ALIGN_RIGHT)));
            t.addCell(kit.cell(r.total(), bold, Element.ALIGN_RIGHT));
        }
        doc.add(t);
    }
}
