package io.jicha.rectification;

import io.jicha.common.UserError;
import java.util.Locale;

/** What a unit is escalated to when items are not fixed in time: 督办, 约谈 or 通报. */
public enum Escalation {
    SUPERVISE("督办"),
    SUMMONS("约谈"),
    CIRCULAR("通报");

    private final String typed;

    Escalation(String typed) {
        this.typed = typed;
    }

    /** The lower-case English word: supervise, summons, circular. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Escalation parse(String text) {
        String s = text == null ? "" : text.strip();
        for (Escalation e : values()) {
            if (e.code().equalsIgnoreCase(s) || e.typed.equals(s)) {
                return e;
            }
        }
        throw UserError.of("rectify.bad-escalation", s);
    }
}
