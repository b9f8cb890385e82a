package io.jicha.record;

/**
 * Which part of an Excel workbook holds the population: a sheet by name (null: the first) and the
 * Excel row number of its header (null: found below any title rows). Ignored for CSV and JSON Lines.
 */
public record SheetChoice(String sheet, Integer headerRow) {

    /** The first sheet, header found. */
    public static final SheetChoice FIRST = new SheetChoice(null, null);

    /** Whether the user chose anything (which only a workbook can honour). */
    public boolean given() {
        return sheet != null || headerRow != null;
    }
}
