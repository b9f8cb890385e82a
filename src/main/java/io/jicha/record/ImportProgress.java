package io.jicha.record;

/** Told now and then how far a long import has come; the shell shows it when an import is slow. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total, rows) -> {
    };

    /** The phase of a text file's rows: {@code done} and {@code total} count its bytes. */
    String READING = "reading";
    /** The phase of a workbook's sheet: {@code done} is the row number reached, {@code total} the sheet's last row. */
    String READING_ROWS = "reading-rows";

    /**
     * @param phase {@link #READING} or {@link #READING_ROWS} while rows are parsed, "copying" while the file is stored
     * @param done  bytes done so far; in {@link #READING_ROWS} the sheet's row number reached
     * @param total bytes in the file; in {@link #READING_ROWS} the sheet's last row number (0: not known)
     * @param rows  rows read so far (0 while copying)
     */
    void update(String phase, long done, long total, long rows);

    /**
     * The rows left out below the table: {@code rows} of them, from file row {@code firstRow}, whose
     * first cell reads {@code text} (填表人：王芳 …). Called once, when the file is read, if any.
     */
    default void leftOut(int rows, int firstRow, String text) {
    }
}
