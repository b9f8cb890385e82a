package io.jicha.report;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Word document (.docx, Apache POI XWPF) on the 公文 page of GB/T 9704-2012: A4, type area
 * 156 mm x 225 mm (margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right, 5.2.1), a document
 * grid of 22 lines of 28 characters of 三号 (the grid Word and WPS use for 公文, 5.2.2), the fonts
 * by role ({@link DocxFonts}), page numbers "— 1 —" in 四号 7 mm under the type area, odd pages
 * right and even left (7.5). A document model becomes a .docx by a few calls: {@link #paragraph},
 * {@link #run}, {@link #table}, {@link #endMainPart} and {@link #write}. The bytes depend only on
 * what was added and the provenance: no clock time, no random id.
 */
final class GongwenDocx {

    /** Twentieths of a point in a millimetre. */
    static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int PAGE_WIDTH = 11906;                       // A4, 210 mm
    static final int PAGE_HEIGHT = 16838;                      // A4, 297 mm
    static final int TOP = twips(37);                          // 5.2.1
    static final int BOTTOM = twips(35);
    static final int LEFT = twips(28);
    static final int RIGHT = twips(26);
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;   // 156 mm
    static final int LINES = 22;
    static final int CHARS = 28;
    /** One line of the grid: 225 mm / 22, in twips (the 579 of Word's 公文 templates). */
    static final int LINE_PITCH = (int) Math.floor(225 * TWIPS_PER_MM / LINES);
    /** One character of the grid: 156 mm / 28, in twips. */
    static final double CHAR_PITCH = (double) TEXT_WIDTH / CHARS;
    static final int BODY_HALF_POINTS = 32;                    // 三号 16 pt
    static final int TITLE_HALF_POINTS = 44;                   // 二号 22 pt
    static final int RECORD_HALF_POINTS = 28;                  // 四号 14 pt (版记, page numbers)
    static final int TABLE_HALF_POINTS = 24;                   // 小四 12 pt
    static final String RED = "E60012";
    /**
     * 三号 characters set 0.25 pt closer (in twentieths of a point), so that 28 fit a line of 156 mm
     * (15.75 pt each) in every word processor: LibreOffice lays Word's "lines and characters" grid
     * out as two grid cells a character, so the grid here fixes the lines and the spacing the characters.
     */
    static final int BODY_CHAR_SPACING = -5;

    private final XWPFDocument doc = new XWPFDocument();
    private final DocxFonts fonts;

    GongwenDocx(DocxFonts fonts, String languageTag) {
        this.fonts = fonts;
        defaults(languageTag);
        doc.setEvenAndOddHeadings(true);   // 7.5: odd pages right, even pages left
    }

    static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /** Twips from points. */
    static int pt(double points) {
        return (int) Math.round(points * 20);
    }

    // ---- paragraphs and runs ------------------------------------------------------------------

    /** Where a paragraph's lines go. */
    enum Align { LEFT, CENTER, RIGHT, BOTH }

    /**
     * A paragraph of the main text: lines of exactly {@code lineTwips} (the grid pitch for text),
     * its first line indented by {@code firstLineChars} characters of the grid, {@code rightChars}
     * characters kept free on the right; {@code onGrid} false for parts placed by millimetres (the
     * 版头) rather than by the grid.
     */
    XWPFParagraph paragraph(Align align, double firstLineChars, double rightChars, int lineTwips, boolean onGrid) {
        return style(doc.createParagraph(), align, firstLineChars, rightChars, lineTwips, onGrid);
    }

    /** A body paragraph on the grid: first line two characters in, justified. */
    XWPFParagraph text() {
        return paragraph(Align.BOTH, 2, 0, LINE_PITCH, true);
    }

    /** The paragraphs of the main text so far. */
    List<XWPFParagraph> paragraphs() {
        return doc.getParagraphs();
    }

    /** An empty line of the grid. */
    XWPFParagraph blank() {
        return paragraph(Align.LEFT, 0, 0, LINE_PITCH, true);
    }

    static XWPFParagraph style(XWPFParagraph p, Align align, double firstLineChars, double rightChars, int lineTwips,
                               boolean onGrid) {
        p.setAlignment(switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case BOTH -> ParagraphAlignment.BOTH;
        });
        CTPPr ppr = ppr(p);
        // no extra space between Chinese and Latin letters or digits: the characters stay on the grid
        ppr.addNewAutoSpaceDE().setVal(STOnOff1.OFF);
        ppr.addNewAutoSpaceDN().setVal(STOnOff1.OFF);
        if (!onGrid) {
            ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        }
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(lineTwips));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        if (firstLineChars != 0 || rightChars != 0) {
            CTInd ind = ppr.addNewInd();
            if (firstLineChars != 0) {
                ind.setFirstLine(BigInteger.valueOf(Math.round(firstLineChars * CHAR_PITCH)));
            }
            if (rightChars != 0) {
                ind.setRight(BigInteger.valueOf(Math.round(rightChars * CHAR_PITCH)));
            }
        }
        return p;
    }

    static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /** Space before the paragraph, in twips. */
    static void before(XWPFParagraph p, int twips) {
        ppr(p).getSpacing().setBefore(BigInteger.valueOf(twips));
    }

    /** The paragraph starts a new page. */
    static void newPage(XWPFParagraph p) {
        p.setPageBreak(true);
    }

    /** A rule under the paragraph's text, {@code spaceTwips} under it, as wide as the paragraph. */
    static void ruleBelow(XWPFParagraph p, double widthPoints, int spacePoints, String color) {
        CTPBdr bdr = ppr(p).addNewPBdr();
        CTBorder b = bdr.addNewBottom();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(Math.round(widthPoints * 8)));
        b.setSpace(BigInteger.valueOf(spacePoints));
        b.setColor(color);
    }

    /** A tab stop flush with the paragraph's right edge (at {@code position} twips). */
    static void rightTab(XWPFParagraph p, int position) {
        CTTabStop tab = ppr(p).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(position));
    }

    /** Text in the role's font and size (half-points); a line feed breaks the line. */
    XWPFRun run(XWPFParagraph p, String text, FontRole role, int halfPoints) {
        return run(p, text, role, halfPoints, null);
    }

    XWPFRun run(XWPFParagraph p, String text, FontRole role, int halfPoints, String color) {
        XWPFRun r = p.createRun();
        font(r, fonts.name(role), halfPoints);
        if (color != null) {
            r.setColor(color);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    private static void font(XWPFRun r, String name, int halfPoints) {
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(name);
        f.setHAnsi(name);
        f.setEastAsia(name);
        f.setCs(name);
        f.setHint(STHint.EAST_ASIA);
        if (halfPoints == BODY_HALF_POINTS) {
            rpr.addNewSpacing().setVal(BigInteger.valueOf(BODY_CHAR_SPACING));
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    // ---- tables --------------------------------------------------------------------------------

    /**
     * A table as wide as the type area, its columns in the given proportions, the first row a
     * header repeated on each page (黑体), the others in the body face; every cell bordered by a
     * 0.5 pt line, its text {@code halfPoints} high on lines of {@code lineTwips}. Each row is a list
     * of cells; {@code centred[c]} centres column c.
     */
    XWPFTable table(int[] proportions, List<String> headers, List<List<String>> rows, boolean[] centred,
                    int halfPoints, int lineTwips) {
        XWPFTable t = doc.createTable();
        int total = 0;
        for (int w : proportions) {
            total += w;
        }
        int[] widths = new int[proportions.length];
        int used = 0;
        for (int c = 0; c < proportions.length; c++) {
            widths[c] = c == proportions.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * proportions[c] / total;
            used += widths[c];
        }
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        borders(pr, STBorder.SINGLE, 4);
        t.setCellMargins(pt(2), pt(3), pt(3), pt(3));
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        fillRow(t.getRow(0), headers, widths, centred, FontRole.HEADING, halfPoints, lineTwips, true);
        t.getRow(0).setRepeatHeader(true);
        for (List<String> row : rows) {
            fillRow(t.createRow(), row, widths, centred, FontRole.BODY, halfPoints, lineTwips, false);
        }
        return t;
    }

    private void fillRow(XWPFTableRow row, List<String> cells, int[] widths, boolean[] centred, FontRole role,
                         int halfPoints, int lineTwips, boolean header) {
        row.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
            cell.setWidth(Integer.toString(widths[c]));
            cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
            style(p, header || centred[c] ? Align.CENTER : Align.LEFT, 0, 0, lineTwips, false);
            String text = c < cells.size() ? cells.get(c) : "";
            if (!text.isEmpty()) {
                run(p, text, role, halfPoints);
            }
        }
    }

    static void borders(CTTblPr pr, STBorder.Enum style, int eighths) {
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder side : new CTBorder[]{b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            side.setVal(style);
            side.setSz(BigInteger.valueOf(eighths));
            side.setSpace(BigInteger.ZERO);
            side.setColor("000000");
        }
    }

    /** A cell's own top or bottom border ({@code eighths} of a point; 0: none). */
    static void cellRules(XWPFTableCell cell, int topEighths, int bottomEighths) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTcBorders b = tcPr.isSetTcBorders() ? tcPr.getTcBorders() : tcPr.addNewTcBorders();
        rule(b.addNewTop(), topEighths);
        rule(b.addNewLeft(), 0);
        rule(b.addNewBottom(), bottomEighths);
        rule(b.addNewRight(), 0);
    }

    private static void rule(CTBorder border, int eighths) {
        border.setVal(eighths == 0 ? STBorder.NIL : STBorder.SINGLE);
        if (eighths > 0) {
            border.setSz(BigInteger.valueOf(eighths));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
    }

    /**
     * A table of one column as wide as the type area, with no borders of its own (the 版记), in
     * {@code where} (a footer).
     */
    XWPFTable bareTable(XWPFHeaderFooter where, int rows, int sideMarginTwips) {
        XWPFTable t = where.createTable(rows, 1);
        CTTblPr pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        borders(pr, STBorder.NIL, 0);
        t.setCellMargins(0, sideMarginTwips, 0, sideMarginTwips);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH));
        for (XWPFTableRow row : t.getRows()) {
            row.getCell(0).setWidth(Integer.toString(TEXT_WIDTH));
        }
        return t;
    }

    // ---- sections ----------------------------------------------------------------------------

    /**
     * Ends the main part (版头, 主体, 附件) with a paragraph carrying its section: the 公文 page, page
     * numbers "— 1 —" odd right and even left, one character in (7.5); {@code numberFirstPage} false
     * leaves the first page unnumbered (信函式, 9.1).
     */
    void endMainPart(String[] around, boolean numberFirstPage) {
        XWPFParagraph end = doc.createParagraph();
        style(end, Align.LEFT, 0, 0, 20, false);
        numbered(ppr(end).addNewSectPr(), around, numberFirstPage);
    }

    /** Ends the document with the 公文 page and its page numbers (a document without 版记). */
    void endNumbered(String[] around) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        numbered(sect, around, true);
    }

    private void numbered(CTSectPr sect, String[] around, boolean numberFirstPage) {
        page(sect);
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        pageNumber(policy.createFooter(STHdrFtr.DEFAULT), around, Align.RIGHT);
        pageNumber(policy.createFooter(STHdrFtr.EVEN), around, Align.LEFT);
        if (!numberFirstPage) {
            sect.addNewTitlePg();
            policy.createFooter(STHdrFtr.FIRST);
        }
    }

    /**
     * The last part: the 版记 (7.4), on an even page of its own (a section that starts on an even
     * page), written by {@code content} into that page's footer, whose foot lies on the type area's
     * bottom edge: its last rule stays there in every word processor, whatever is edited above; the
     * page carries no number (7.5).
     */
    void lastPartInFooter(java.util.function.Consumer<XWPFHeaderFooter> content) {
        XWPFParagraph end = doc.createParagraph();
        style(end, Align.LEFT, 0, 0, 20, false);
        run(end, "", FontRole.BODY, 2);
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        sect.addNewType().setVal(STSectionMark.EVEN_PAGE);
        page(sect);
        sect.getPgMar().setFooter(BigInteger.valueOf(BOTTOM));
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        for (STHdrFtr.Enum type : new STHdrFtr.Enum[]{STHdrFtr.DEFAULT, STHdrFtr.EVEN}) {
            XWPFFooter footer = policy.createFooter(type);
            for (XWPFParagraph p : footer.getParagraphs()) {
                style(p, Align.LEFT, 0, 0, 20, false);
            }
            content.accept(footer);
            XWPFParagraph last = footer.createParagraph();
            style(last, Align.LEFT, 0, 0, 20, false);
            run(last, "", FontRole.BODY, 2);
        }
    }

    private static void page(CTSectPr sect) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(TOP));
        mar.setBottom(BigInteger.valueOf(BOTTOM));
        mar.setLeft(BigInteger.valueOf(LEFT));
        mar.setRight(BigInteger.valueOf(RIGHT));
        mar.setHeader(BigInteger.valueOf(twips(15)));
        // 7.5: the number's top 7 mm under the type area: the footer's foot at 35 - 7 - 四号 (4.9 mm)
        mar.setFooter(BigInteger.valueOf(twips(35 - 7 - 14 / 72.0 * 25.4)));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** "— PAGE —" in 四号 body face, one character in from its side. */
    private void pageNumber(XWPFFooter footer, String[] around, Align side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        style(p, side, 0, 0, pt(14), false);
        CTInd ind = ppr(p).addNewInd();
        if (side == Align.RIGHT) {
            ind.setRight(BigInteger.valueOf(pt(14)));
        } else {
            ind.setLeft(BigInteger.valueOf(pt(14)));
        }
        run(p, around[0], FontRole.BODY, RECORD_HALF_POINTS);
        run(p, "", FontRole.BODY, RECORD_HALF_POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = run(p, "", FontRole.BODY, RECORD_HALF_POINTS).getCTR().addNewInstrText();
        instr.setStringValue(" PAGE ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        run(p, "", FontRole.BODY, RECORD_HALF_POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", FontRole.BODY, RECORD_HALF_POINTS);
        run(p, "", FontRole.BODY, RECORD_HALF_POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, around[1], FontRole.BODY, RECORD_HALF_POINTS);
    }

    /** Default text: the body face in 三号, the document's language. */
    private void defaults(String languageTag) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        String body = fonts.name(FontRole.BODY);
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(body);
        f.setHAnsi(body);
        f.setEastAsia(body);
        f.setCs(body);
        rpr.addNewKern().setVal(BigInteger.ZERO);
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        var lang = rpr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh".equals(java.util.Locale.forLanguageTag(languageTag).getLanguage()) ? "zh-CN" : "en-US");
        styles.getDocDefaults().addNewPPrDefault().addNewPPr();
        doc.createStyles().setStyles(styles);
    }

    // ---- writing -----------------------------------------------------------------------------

    /**
     * Writes the document: title, author (the team), subject and keywords (session and journal
     * head), created and modified at {@code date} (none when null), every ZIP entry dated
     * 1980-01-01 00:00, the earliest a ZIP entry can say, so that the same content gives the same
     * bytes on any machine, at any time, in any time zone.
     */
    void write(OutputStream out, String title, Provenance provenance, Instant date, ReportMessages messages)
            throws IOException {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(String.join(", ", provenance.team()));
        core.setLastModifiedByUser(String.join(", ", provenance.team()));
        core.setSubjectProperty(messages.get("meta.subject", provenance.sessionName(), provenance.headLine(messages)));
        core.setKeywords(messages.get("meta.keywords", provenance.sessionName(), provenance.journalHeadHash()));
        core.setCreated(Optional.ofNullable(date).map(Date::from));
        core.setModified(Optional.ofNullable(date).map(Date::from));
        doc.getProperties().getExtendedProperties().setApplication("jicha");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        doc.write(raw);
        doc.close();
        normalised(raw.toByteArray(), out);
    }

    /** Copies the package, each entry in the same order, dated 1980-01-01 00:00. */
    private static void normalised(byte[] docx, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = readAll(in);
                ZipEntry copy = new ZipEntry(e.getName());
                // (setTimeLocal would add an extended timestamp in UTC, which differs by time zone)
                copy.setTime(LocalDateTime.of(1980, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()
                        .toEpochMilli());
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
