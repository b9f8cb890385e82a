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
        return reason(t) != null;
    }

    /** The operating system's words for it ("No space left on device"), without any class name; null if not. */
    public static String reason(Throwable t) {
        String m = t.getMessage();
        if (m == null) {
            return null;
        }
        for (String words : new String[] {"No space left on device", "Disk quota exceeded"}) {
            if (m.contains(words)) {
                return words;
            }
        }
        return null;
    }
}
