package io.jicha.journal;

import io.jicha.common.UserError;

/** The journal file does not verify: a line was edited, deleted, inserted or reordered, or is not JSON. */
public class JournalCorruptException extends UserError {

    private final int line;

    public JournalCorruptException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based number of the first bad line. */
    public int line() {
        return line;
    }
}
