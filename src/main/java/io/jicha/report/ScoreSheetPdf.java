package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Lays out the filled score sheet (评查表) of one case file like the paper form: a header block,
 * one table row per criterion grouped by section with subtotals, the total, grade, failed veto
 * criteria, the auditor's signature line and the date.
 */
public final class ScoreSheetPdf {

    private final PdfFonts fonts;

    public ScoreSheetPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Checks glyphs, then writes the sheet to target via a temporary file. */
    public void write(ScoreSheetModel model, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfKit kit = new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
        check(model, kit);
        PdfOutput.write(target, force, out -> layout(model, kit, out));
    }

    /** Checks glyphs, then writes the sheet to a stream. */
    public void render(ScoreSheetModel model, OutputStream out) {
        PdfKit kit = new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
        check(model, kit);
        layout(model, kit, out);
    }

    private static void check(ScoreSheetModel m, PdfKit kit) {
        GlyphCheck check = new GlyphCheck();
        kit.checkLabels(check);
        check.body("unit", m.unit()).body("record id", m.recordId()).body("enterprise", m.enterprise())
                .body("rubric title", m.rubricTitle()).body("rubric version", m.rubricVersion())
                .body("grade", m.grade()).body("auditor", m.auditor()).body("total", m.totalText())
                .body("veto rule", m.vetoRule());
        for (var s : m.sections()) {
            check.heading("section " + s.name(), s.name());
            for (var r : s.rows()) {
                String at = "criterion " + r.criterion();
                check.body(at, r.criterion()).body(at + " note", r.note()).body(at + " auditor", r.auditor());
            }
        }
        for (int i = 0; i < m.evidence().size(); i++) {
            check.body("evidence line " + (i + 1), m.evidence().get(i));
        }
        for (int i = 0; i < m.vetoLines().size(); i++) {
            check.body("veto line " + (i + 1), m.vetoLines().get(i));
        }
        check.verify(kit.fonts);
    }

    private static void layout(ScoreSheetModel m, PdfKit kit, OutputStream out) {
        Document doc = new Document(PageSize.A4, 20 * PdfKit.MM, 20 * PdfKit.MM, 20 * PdfKit.MM, 25 * PdfKit.MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageCountFooter(kit, m.provenance().journalHeadHash()));
            kit.metadata(writer, doc, m.sheetTitle(kit.messages).orElse(kit.label("sheet.title")) + " " + m.recordId(), m.provenance());
            doc.open();
            content(m, kit, doc);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the score sheet", e);
        }
    }

    private static void content(ScoreSheetModel m, PdfKit kit, Document doc) throws DocumentException {
        Font text = kit.body(10f);
        Font bold = kit.heading(10f);
        // the title by kind of file, from its rubric (现场监察记录评查标准 → 现场监察记录评查表)
        Paragraph title = PdfKit.para(30, m.sheetTitle(kit.messages).orElse(kit.label("sheet.title")), kit.heading(18));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        doc.add(title);

        PdfPTable head = new PdfPTable(new float[]{1.3f, 2.5f, 1.3f, 2.5f});
        head.setWidthPercentage(100);
        head.addCell(kit.headerCell(kit.label("sheet.unit"), bold));
        head.addCell(kit.cell(m.unit(), text, Element.ALIGN_LEFT));
        head.addCell(kit.headerCell(kit.label("sheet.record"), bold));
        head.addCell(kit.cell(m.recordId(), text, Element.ALIGN_LEFT));
        head.addCell(kit.headerCell(kit.label("sheet.enterprise"), bold));
        head.addCell(span(kit.cell(m.enterprise(), text, Element.ALIGN_LEFT), 3));
        head.addCell(kit.headerCell(kit.label("sheet.rubric"), bold));
        String rubric = m.rubricVersion().isEmpty() ? m.rubricTitle() : m.rubricTitle() + "（" + m.rubricVersion() + "）";
        head.addCell(span(kit.cell(rubric, text, Element.ALIGN_LEFT), 3));
        head.setSpacingAfter(8);
        doc.add(head);

        PdfPTable t = new PdfPTable(new float[]{1.1f, 4.2f, 0.8f, 0.8f, 0.8f, 2.6f, 1.1f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String key : new String[]{"sheet.col.section", "sheet.col.criterion", "sheet.col.points",
                "sheet.col.deduction", "sheet.col.score", "sheet.col.note", "sheet.col.auditor"}) {
            t.addCell(kit.headerCell(kit.label(key), bold));
        }
        for (var s : m.sections()) {
            PdfPCell section = kit.cell(s.name(), bold, Element.ALIGN_CENTER);
            section.setRowspan(s.rows().size() + 1);
            t.addCell(section);
            for (var r : s.rows()) {
                t.addCell(kit.cell(r.criterion(), text, Element.ALIGN_LEFT));
                t.addCell(kit.cell(ReportMessages.points(r.points()), text, Element.ALIGN_CENTER));
                // 不适用 deducts nothing and scores nothing; a bonus item scores what was awarded and deducts nothing
                String deduction = switch (r.kind()) {
                    case NOT_APPLICABLE -> kit.label("sheet.not-applicable");
                    case BONUS -> r.score().signum() > 0 ? kit.label("sheet.bonus") : "";
                    case SCORED -> r.deduction().signum() == 0 ? "" : ReportMessages.points(r.deduction());
                };
                t.addCell(kit.cell(deduction, text, Element.ALIGN_CENTER));
                t.addCell(kit.cell(r.kind() == ScoreSheetModel.RowKind.NOT_APPLICABLE ? "—"
                        : ReportMessages.points(r.score()), text, Element.ALIGN_CENTER));
                t.addCell(kit.cell(r.note(), kit.body(9f), Element.ALIGN_LEFT));
                t.addCell(kit.cell(r.auditor(), text, Element.ALIGN_CENTER));
            }
            t.addCell(kit.cell(kit.label("sheet.subtotal"), bold, Element.ALIGN_RIGHT));
            t.addCell(kit.cell(ReportMessages.points(s.maxPoints()), bold, Element.ALIGN_CENTER));
            t.addCell(kit.cell("", text, Element.ALIGN_CENTER));
            t.addCell(kit.cell(ReportMessages.points(s.subtotal()), bold, Element.ALIGN_CENTER));
            t.addCell(span(kit.cell("", text, Element.ALIGN_LEFT), 2));
        }
        t.addCell(span(kit.headerCell(kit.label("sheet.total"), bold), 2));
        t.addCell(kit.cell(ReportMessages.points(m.maxTotal()), bold, Element.ALIGN_CENTER));
        t.addCell(kit.cell("", text, Element.ALIGN_CENTER));
        t.addCell(kit.cell(m.totalText(), bold, Element.ALIGN_CENTER));
        t.addCell(span(kit.cell("", text, Element.ALIGN_LEFT), 2));
        t.addCell(span(kit.headerCell(kit.label("sheet.grade"), bold), 2));
        t.addCell(span(kit.cell(m.grade(), bold, Element.ALIGN_LEFT), 5));
        t.addCell(span(kit.headerCell(kit.label("sheet.veto"), bold), 2));
        String veto = m.vetoLines().isEmpty() ? kit.label("sheet.veto.none")
                : String.join("\n", m.vetoLines()) + (m.vetoRule().isEmpty() ? "" : "\n（" + m.vetoRule() + "）");
        t.addCell(span(kit.cell(veto, text, Element.ALIGN_LEFT), 5));
        if (!m.evidence().isEmpty()) { // files kept with the case file (evidence add, issue 25)
            t.addCell(span(kit.headerCell(kit.label("sheet.evidence"), bold), 2));
            t.addCell(span(kit.cell(String.join("\n", m.evidence()), kit.body(9f), Element.ALIGN_LEFT), 5));
        }
        doc.add(t);

        // 评查人 and 复核人 sign by hand on the blank lines; the names are printed beside them, not in them
        PdfPTable sign = new PdfPTable(new float[]{1.6f, 1.8f, 1.0f, 1.1f, 1.5f});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(18);
        sign.setKeepTogether(true);
        String[][] rows = {
                {kit.label("sheet.auditor") + "：", m.auditor().isBlank() ? "" : kit.label("sheet.printedName", m.auditor()),
                        kit.label("sheet.date") + "：", kit.messages.date(m.date())},
                {kit.label("sheet.reviewer") + "：", "", kit.label("sheet.reviewDate") + "：", ""}};
        for (String[] row : rows) {
            PdfPCell label = kit.cell(row[0], bold, Element.ALIGN_LEFT);
            PdfPCell line = kit.cell(" ", text, Element.ALIGN_LEFT);
            line.setBorder(PdfPCell.BOTTOM);
            line.setBorderWidthBottom(0.5f);
            PdfPCell name = kit.cell(row[1], text, Element.ALIGN_LEFT);
            PdfPCell dateLabel = kit.cell(row[2], bold, Element.ALIGN_RIGHT);
            PdfPCell date = kit.cell(row[3].isEmpty() ? " " : row[3], text, Element.ALIGN_LEFT);
            for (PdfPCell c : new PdfPCell[]{label, name, dateLabel, date}) {
                c.setBorder(PdfPCell.NO_BORDER);
            }
            if (row[3].isEmpty()) {
                date.setBorder(PdfPCell.BOTTOM);
                date.setBorderWidthBottom(0.5f);
            }
            for (PdfPCell c : new PdfPCell[]{label, line, name, dateLabel, date}) {
                c.setPaddingTop(8);
                sign.addCell(c);
            }
        }
        doc.add(sign);
    }

    private static PdfPCell span(PdfPCell cell, int columns) {
        cell.setColspan(columns);
        return cell;
    }
}
