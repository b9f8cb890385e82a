package io.jicha.finding;

import io.jicha.common.UserError;
import java.util.Locale;

/** What an amendment after finalize does besides changing content. */
public enum AmendAction {
    EDIT, ACCEPT, DROP, WITHDRAW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AmendAction parse(String s) {
        for (AmendAction a : values()) {
            if (a.code().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return a;
            }
        }
        throw UserError.of("finding.amend-action-one-edit-accept", s);
    }
}
