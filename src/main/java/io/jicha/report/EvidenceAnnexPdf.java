package io.jicha.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.jicha.evidence.EvidenceFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the 照片及佐证材料 annex: A4 pages of six photos each (two columns, three rows), every
 * photo upright, fitted in its frame and captioned with its number, file name, time taken, the
 * first 12 hex digits of its SHA-256 and the note; then a table of the files that are not drawn.
 * Thumbnails are asked for one at a time as the page is laid out, so memory stays bounded however
 * many photos there are. Same journal, same bytes (see {@link PdfKit#metadata}).
 */
public final class EvidenceAnnexPdf {

    /** Photos a page: two columns of three (the page's grid). */
    public static final int PER_PAGE = 6;
    private static final int COLUMNS = 2;
    private static final float FRAME_W = 80 * PdfKit.MM;
    private static final float FRAME_H = 56 * PdfKit.MM;
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final PdfFonts fonts;

    public EvidenceAnnexPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Checks glyphs, then writes the annex to target via a temporary file. */
    public void write(EvidenceAnnexModel model, EvidenceAnnexModel.Thumbnails thumbnails, Path target, boolean force) {
        PdfOutput.checkTarget(target, force);
        PdfKit kit = new PdfKit(fonts, ReportMessages.forLocale(model.provenance().locale()));
        check(model, kit);
        PdfOutput.write(target, force, out -> layout(model, thumbnails, kit, out));
    }

    private static void check(EvidenceAnnexModel m, PdfKit kit) {
        GlyphCheck check = new GlyphCheck();
        kit.checkLabels(check);
        check.body("subject", m.subject());
        for (EvidenceAnnexModel.Entry e : m.entries()) {
            check.body("file " + e.n(), e.file().name()).body("note " + e.n(), e.note());
        }
        check.verify(kit.fonts);
    }

    private static void layout(EvidenceAnnexModel m, EvidenceAnnexModel.Thumbnails thumbnails, PdfKit kit,
                               OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 20 * PdfKit.MM, 20 * PdfKit.MM, 18 * PdfKit.MM, 25 * PdfKit.MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageCountFooter(kit, m.provenance().journalHeadHash()));
            kit.metadata(writer, doc, kit.label("annex.title") + " " + m.subject(), m.provenance());
            doc.open();
            content(m, thumbnails, kit, doc);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the evidence annex", e);
        }
    }

    private static void content(EvidenceAnnexModel m, EvidenceAnnexModel.Thumbnails thumbnails, PdfKit kit,
                                Document doc) throws DocumentException, IOException {
        heading(m, kit, doc);
        List<EvidenceAnnexModel.Entry> listed = new ArrayList<>();
        PdfPTable grid = null;
        int onPage = 0;
        for (EvidenceAnnexModel.Entry e : m.entries()) {
            byte[] thumb = e.file().kind().picture() ? thumbnails.of(e.file()) : null;
            if (thumb == null) {
                listed.add(e);
                continue;
            }
            if (grid == null) {
                grid = grid();
            }
            grid.addCell(photoCell(e, thumb, kit));
            onPage++;
            if (onPage == PER_PAGE) { // a full page: written out now, its thumbnails freed
                doc.add(grid);
                doc.newPage();
                grid = null;
                onPage = 0;
            }
        }
        if (grid != null) {
            grid.completeRow();
            doc.add(grid);
        }
        if (!listed.isEmpty()) {
            others(listed, kit, doc);
        }
        if (m.entries().isEmpty()) {
            doc.add(PdfKit.para(16, kit.label("annex.none"), kit.body(10.5f)));
        }
    }

    private static void heading(EvidenceAnnexModel m, PdfKit kit, Document doc) throws DocumentException {
        Paragraph title = PdfKit.para(26, kit.label("annex.title"), kit.heading(16));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph subject = PdfKit.para(16, m.subject(), kit.body(10.5f));
        subject.setAlignment(Element.ALIGN_CENTER);
        subject.setSpacingAfter(6);
        doc.add(subject);
    }

    private static PdfPTable grid() {
        PdfPTable t = new PdfPTable(COLUMNS);
        t.setWidthPercentage(100);
        t.setSplitLate(true);
        t.setSplitRows(false);
        t.getDefaultCell().setBorder(Rectangle.NO_BORDER); // the cell completing a last row stays blank
        return t;
    }

    private static PdfPCell photoCell(EvidenceAnnexModel.Entry e, byte[] thumb, PdfKit kit) throws IOException {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4f);
        Image img = Image.getInstance(thumb);
        img.scaleToFit(FRAME_W, FRAME_H);
        img.setAlignment(Element.ALIGN_CENTER);
        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        PdfPCell picture = new PdfPCell(img, false);
        picture.setFixedHeight(FRAME_H + 6f);
        picture.setHorizontalAlignment(Element.ALIGN_CENTER);
        picture.setVerticalAlignment(Element.ALIGN_MIDDLE);
        picture.setBorderColor(PdfKit.RULE);
        picture.setBorderWidth(0.5f);
        frame.addCell(picture);
        cell.addElement(frame);
        Font small = kit.body(8.5f);
        EvidenceFile f = e.file();
        cell.addElement(PdfKit.para(11, kit.label("annex.caption.file", e.n(), f.name()), kit.heading(8.5f)));
        String taken = f.takenAt() == null ? kit.label("annex.caption.untimed") : TAKEN.format(f.takenAt());
        cell.addElement(PdfKit.para(11, kit.label("annex.caption.meta", taken, f.shortHash()), small));
        String note = e.note() == null ? "" : e.note();
        Paragraph n = PdfKit.para(11, note.isEmpty() ? " " : note, small);
        n.setSpacingAfter(4);
        cell.addElement(n);
        return cell;
    }

    private static void others(List<EvidenceAnnexModel.Entry> listed, PdfKit kit, Document doc) throws DocumentException {
        Paragraph h = PdfKit.para(20, kit.label("annex.others"), kit.heading(11));
        h.setSpacingBefore(8);
        h.setSpacingAfter(4);
        doc.add(h);
        PdfPTable t = new PdfPTable(new float[] {0.6f, 3.3f, 0.9f, 1.1f, 2.0f, 2.7f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        Font bold = kit.heading(9f);
        for (String key : new String[] {"annex.col.n", "annex.col.file", "annex.col.kind", "annex.col.size",
                "annex.col.hash", "annex.col.note"}) {
            t.addCell(kit.headerCell(kit.label(key), bold));
        }
        Font text = kit.body(9f);
        for (EvidenceAnnexModel.Entry e : listed) {
            EvidenceFile f = e.file();
            t.addCell(kit.cell(Integer.toString(e.n()), text, Element.ALIGN_CENTER));
            t.addCell(kit.cell(f.name(), text, Element.ALIGN_LEFT));
            t.addCell(kit.cell(f.kind().word(), text, Element.ALIGN_CENTER));
            t.addCell(kit.cell(EvidenceFile.sizeText(f.size()), text, Element.ALIGN_RIGHT));
            t.addCell(kit.cell(f.shortHash(), text, Element.ALIGN_CENTER));
            t.addCell(kit.cell(e.note() == null ? "" : e.note(), text, Element.ALIGN_LEFT));
        }
        doc.add(t);
    }

}
