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
        err.print("\r" + label + ": " + line(phase, done, total, rows) + "   ");
        err.flush();
    }

    /**
     * How far the import has come, with the total and a percentage where the size is known: a text file's
     * bytes ({@code 读取 8.2 MB / 10.0 MB（82%），81,920 行}), a workbook sheet's rows ({@code 读取 81,920 / 100,000 行（82%）}).
     */
    static String line(String phase, long done, long total, long rows) {
        String key = "record.phase." + phase;
        String word = Texts.has(key) ? Texts.get(key) : phase;
        if (total <= 0) {
            return word + (rows > 0 ? Texts.get("record.progress-rows", String.format(java.util.Locale.ROOT, "%,d", rows)) : "");
        }
        int percent = (int) (100 * Math.min(done, total) / total);
        if (phase.equals(ImportProgress.READING_ROWS)) {
            return Texts.get("record.progress.of-rows", word, String.format(java.util.Locale.ROOT, "%,d", done), String.format(java.util.Locale.ROOT, "%,d", total), percent);
        }
        return Texts.get("record.progress.of-bytes", word, size(done), size(total), percent, String.format(java.util.Locale.ROOT, "%,d", rows));
    }

    /** A size as people read it: KB under a megabyte, else MB with one decimal (1 MB = 1,048,576 bytes). */
    static String size(long bytes) {
        return bytes < (1 << 20) ? Texts.get("record.size.kb", String.format(java.util.Locale.ROOT, "%,d", (bytes + 1023) / 1024))
                : Texts.get("record.size.mb", String.format(java.util.Locale.ROOT, "%,.1f", bytes / 1048576.0));
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
