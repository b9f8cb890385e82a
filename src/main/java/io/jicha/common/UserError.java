package io.jicha.common;

/**
 * A problem the user caused and can fix: a bad file, a bad option, the wrong state.
 * Its message is one line saying what is wrong and what to do; the shell prints it
 * without a stack trace and exits non-zero in non-interactive mode.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
