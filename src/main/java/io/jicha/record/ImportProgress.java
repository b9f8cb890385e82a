package io.jicha.record;

/** Told now and then how far a long import has come; the shell shows it when an import is slow. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total, rows) -> {
    };

    /**
     * @param phase "copying" while the file is stored, "reading" while rows are parsed
     * @param done  bytes done so far
     * @param total bytes in the file (0 while a workbook's sheet is read: its rows are counted, not its bytes)
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
