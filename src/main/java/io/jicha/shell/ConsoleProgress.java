package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.record.ImportProgress;

import java.io.PrintStream;

/** Shows import progress on stderr once an import has run for more than a second, at most twice a second. */
final class ConsoleProgress implements ImportProgress {

    private final PrintStream err;
    private final String label;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    ConsoleProgress(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void update(String phase, long done, long total, long rows) {
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastShown < 500_000_000L) {
            return;
        }
        lastShown = now;
        shown = true;
        String percent = total <= 0 ? "" : " " + (int) (100 * done / total) + "%"; // a workbook's rows: no byte count
        String key = "record.phase." + phase;
        err.print("\r" + label + ": " + (Texts.has(key) ? Texts.get(key) : phase) + percent
                + (rows > 0 ? Texts.get("record.progress-rows", String.format("%,d", rows)) : "") + "   ");
        err.flush();
    }

    private String leftOut = "";

    @Override
    public void leftOut(int rows, int firstRow, String text) {
        leftOut = Texts.get("record.left-out", rows, firstRow, text);
    }

    /** What the import left out below the table, as a line to print after its result ("" if nothing). */
    String leftOutLine() {
        return leftOut;
    }

    /** Ends the progress line, if one was shown. */
    void finish() {
        if (shown) {
            err.println();
        }
    }
}
