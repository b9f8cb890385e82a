package io.jicha.rectification;

import io.jicha.common.UserError;
import java.util.Locale;

/** How the team checked a reported rectification: on paper (书面核查) or on site (现场复查). */
public enum CheckMethod {
    PAPER("书面"),
    SITE("现场");

    private final String typed;

    CheckMethod(String typed) {
        this.typed = typed;
    }

    /** The lower-case English word: paper, site. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 书面|现场 (also 书面核查, 现场复查), or paper|site. */
    public static CheckMethod parse(String text) {
        String s = text == null ? "" : text.strip();
        for (CheckMethod m : values()) {
            if (m.code().equalsIgnoreCase(s) || s.startsWith(m.typed)) {
                return m;
            }
        }
        throw UserError.of("rectify.bad-method", s);
    }
}
