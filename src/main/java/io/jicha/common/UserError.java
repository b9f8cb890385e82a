package io.jicha.common;

/**
 * A problem the user caused and can fix: a bad file, a bad option, the wrong state.
 * Its message is one line saying what is wrong and what to do; the shell prints it
 * without a stack trace and exits non-zero in non-interactive mode.
 *
 * <p>Code says it with a text key ({@link #of}), so the message comes from the bundles in the
 * user's language ({@link Texts}); {@code new UserError("…")} is refused by TerminalTextScanTest. The
 * plain-string constructors remain for subclasses that pass a message already taken from the bundles
 * (a rubric's problems, a journal's broken line).
 */
public class UserError extends RuntimeException {

    private final String key;

    public UserError(String message) {
        super(message);
        this.key = null;
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
    }

    protected UserError(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The error whose message is the text of {@code key} in the user's language. */
    public static UserError of(String key, Object... args) {
        return new UserError(key, Texts.get(key, args), null);
    }

    /** The same, keeping what caused it (shown with --debug). */
    public static UserError because(Throwable cause, String key, Object... args) {
        return new UserError(key, Texts.get(key, args), cause);
    }

    /** The text key the message came from, or null for a plain message. */
    public String key() {
        return key;
    }
}
