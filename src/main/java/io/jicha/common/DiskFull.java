package io.jicha.common;

/** Recognises an I/O failure because the disk, or the user's quota on it, is full (ENOSPC, EDQUOT). */
public final class DiskFull {

    private DiskFull() {
    }

    /**
     * Whether {@code t} is an I/O failure for want of space: the operating system's own words, whatever wraps
     * them (a PDF library passes an IOException on inside a RuntimeException of its own).
     */
    public static boolean is(Throwable t) {
        String m = t.getMessage();
        return m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"));
    }
}
