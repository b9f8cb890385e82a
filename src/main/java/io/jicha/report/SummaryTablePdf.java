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
 * Lays out the monthly enforcement summary (执法情况汇总表) on one page as it is filed: title,
 * the month on its own line, 填报单位 and 填报日期 above the table, a row per item with a column per
 * unit, the total and the year-to-date total (累计) when the model has it, 审核人, 填报人 and
 * 联系电话 below (blank to be written by hand when not given); rows of one group (e.g. 重大案件)
 * share a merged cell. Portrait for up to five units, landscape beyond. No header wraps: each
 * number column is as wide as its header and values need, in the largest font size (10.5 down to
 * 7 pt) that leaves the item column room; the item column takes the rest.
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
        check.heading("title", m.title()).body("period", m.periodText())
                .body("filed by", m.filing().filedBy()).body("reviewer", m.filing().reviewer())
                .body("preparer", m.filing().preparer()).body("phone", m.filing().phone());
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

    /** Room the item column keeps at least, in points; a smaller font size is chosen until it does. */
    private static final float MIN_ITEM_WIDTH = 150f;
    /** Cell padding left and right plus a margin, in points. */
    private static final float CELL_SLACK = 10f;

    private static void content(SummaryTableModel m, PdfKit kit, Document doc) throws DocumentException {
        Paragraph title = PdfKit.para(30, m.title(), kit.heading(18));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(m.periodText().isEmpty() ? 6 : 0);
        doc.add(title);
        if (!m.periodText().isEmpty()) {
            Paragraph period = PdfKit.para(20, m.periodText(), kit.body(12));
            period.setAlignment(Element.ALIGN_CENTER);
            period.setSpacingAfter(6);
            doc.add(period);
        }
        float available = doc.right() - doc.left();
        doc.add(filingLine(kit, available, kit.label("summary.filedBy", m.filing().filedBy()),
                kit.label("summary.filedOn", m.filing().filedOn() == null ? kit.label("summary.blankDate")
                        : kit.messages.date(m.filing().filedOn()))));

        boolean grouped = m.rows().stream().anyMatch(r -> r.group() != null);
        float size = 10.5f;
        float[] widths = widths(m, kit, grouped, size, available);
        while (widths == null && size > 7f) {
            size -= 0.5f;
            widths = widths(m, kit, grouped, size, available);
        }
        if (widths == null) {
            widths = widths(m, kit, grouped, size, 0);   // too many units for the page: the item column gives way
        }
        Font text = kit.body(size);
        Font bold = kit.heading(size);
        PdfPTable t = new PdfPTable(widths.length);
        t.setTotalWidth(widths);
        t.setLockedWidth(true);
        t.setHeaderRows(1);
        t.addCell(header(kit, kit.label("summary.col.number"), bold));
        PdfPCell item = header(kit, kit.label("summary.col.item"), bold);
        item.setColspan(grouped ? 2 : 1);
        t.addCell(item);
        m.units().forEach(u -> t.addCell(header(kit, u, bold)));
        t.addCell(header(kit, kit.label("summary.col.total"), bold));
        if (m.hasYearToDate()) {
            t.addCell(header(kit, kit.label("summary.col.yearToDate"), bold));
        }

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
            if (m.hasYearToDate()) {
                t.addCell(kit.cell(r.yearToDate(), bold, Element.ALIGN_RIGHT));
            }
        }
        t.setSpacingAfter(8);
        doc.add(t);
        doc.add(filingLine(kit, available, kit.label("summary.reviewer", blankOr(m.filing().reviewer())), ""));
        doc.add(filingLine(kit, available, kit.label("summary.preparer", blankOr(m.filing().preparer())),
                kit.label("summary.phone", blankOr(m.filing().phone()))));
    }

    /** A value, or room to write it by hand. */
    private static String blankOr(String value) {
        return value.isEmpty() ? "\u3000".repeat(6) : value;
    }

    /** A header cell that never wraps. */
    private static PdfPCell header(PdfKit kit, String text, Font font) {
        PdfPCell c = kit.headerCell(text, font);
        c.setNoWrap(true);
        return c;
    }

    /** A line with one text at the left and one at the right, across the page. */
    private static PdfPTable filingLine(PdfKit kit, float width, String left, String right) {
        PdfPTable line = new PdfPTable(2);
        line.setTotalWidth(new float[]{width / 2, width / 2});
        line.setLockedWidth(true);
        line.setSpacingAfter(4);
        for (int i = 0; i < 2; i++) {
            PdfPCell c = kit.cell(i == 0 ? left : right, kit.body(11), i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            c.setBorder(PdfPCell.NO_BORDER);
            c.setPaddingLeft(0);
            c.setPaddingRight(0);
            line.addCell(c);
        }
        return line;
    }

    /**
     * Column widths in points at a font size: 序号, the group column (if any) and every number
     * column as wide as their widest text, the item column the rest; null when that rest is under
     * {@link #MIN_ITEM_WIDTH} (with {@code available} 0: the item column gets that minimum).
     */
    private static float[] widths(SummaryTableModel m, PdfKit kit, boolean grouped, float size, float available) {
        List<Float> w = new ArrayList<>();
        float number = width(kit, size, kit.label("summary.col.number"));
        for (var r : m.rows()) {
            number = Math.max(number, width(kit, size, r.number()));
        }
        w.add(number);
        if (grouped) {
            float group = 0;
            for (var r : m.rows()) {
                group = Math.max(group, r.group() == null ? 0 : width(kit, size, r.group()));
            }
            w.add(group);
        }
        w.add(0f);   // the item column, filled in below
        for (int u = 0; u < m.units().size(); u++) {
            float col = width(kit, size, m.units().get(u));
            for (var r : m.rows()) {
                col = Math.max(col, width(kit, size, r.values().get(u)));
            }
            w.add(col);
        }
        float total = width(kit, size, kit.label("summary.col.total"));
        float ytd = width(kit, size, kit.label("summary.col.yearToDate"));
        for (var r : m.rows()) {
            total = Math.max(total, width(kit, size, r.total()));
            ytd = Math.max(ytd, r.yearToDate() == null ? 0 : width(kit, size, r.yearToDate()));
        }
        w.add(total);
        if (m.hasYearToDate()) {
            w.add(ytd);
        }
        float fixed = 0;
        for (float f : w) {
            fixed += f;
        }
        float item = available == 0 ? MIN_ITEM_WIDTH : available - fixed;
        if (item < MIN_ITEM_WIDTH) {
            return null;
        }
        int itemAt = grouped ? 2 : 1;
        w.set(itemAt, item);
        float[] out = new float[w.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.get(i);
        }
        return out;
    }

    /** The width a text takes in a cell, in the heading font (the wider of the two), with padding. */
    private static float width(PdfKit kit, float size, String text) {
        if (text == null || text.isEmpty()) {
            return CELL_SLACK;
        }
        return Math.max(kit.fonts.heading().getWidthPoint(text, size), kit.fonts.body().getWidthPoint(text, size))
                + CELL_SLACK;
    }
}
