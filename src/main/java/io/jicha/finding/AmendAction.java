package io.jicha.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jicha.common.UserError;
import java.util.Locale;

/**
 * What an amendment after finalize does besides changing content; the {@code action} of a
 * {@code finding.amended} event, written as its lower-case code ({@code "edit"} …), as every
 * journal since the first has it.
 */
public enum AmendAction {
    EDIT, ACCEPT, DROP, WITHDRAW,
    /** Follows the {@code finding.added} of a finding written after finalize ({@code finding add … --reason}). */
    ADD;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action as a journal writes it; anything else is not a journal this code wrote. */
    @JsonCreator
    public static AmendAction ofCode(String code) {
        for (AmendAction a : values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown amend action '" + code + "'");
    }

    /** The action given to {@code finding amend --action}: edit, accept, drop or withdraw, any case. */
    public static AmendAction parse(String s) {
        String given = s == null ? "" : s.strip();
        for (AmendAction a : values()) {
            if (a != ADD && a.code().equalsIgnoreCase(given)) {
                return a;
            }
        }
        throw UserError.of("finding.amend.unknown-action", given);
    }
}
