package io.jicha.finding;

import io.jicha.common.UserError;
import java.util.Locale;

/**
 * Where a finding is in its life: proposed → accepted | dropped; accepted → withdrawn | resolved.
 * A finding written directly by an auditor starts accepted. Only accepted and resolved findings
 * go into notices.
 */
public enum FindingStatus {
    PROPOSED("待确认"),
    ACCEPTED("已确认"),
    DROPPED("已舍弃"),
    WITHDRAWN("已撤回"),
    RESOLVED("已整改");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? code() : label;
    }

    /** The lower-case English word used on the command line: proposed, accepted, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the states a notice reports. */
    public boolean inNotice() {
        return this == ACCEPTED || this == RESOLVED;
    }

    /** True when nothing more can happen to the finding. */
    public boolean isClosedForGood() {
        return this == DROPPED || this == WITHDRAWN;
    }

    public static FindingStatus parse(String text) {
        String s = text == null ? "" : text.strip();
        for (FindingStatus v : values()) {
            if (v.code().equalsIgnoreCase(s) || v.label.equals(s)) {
                return v;
            }
        }
        throw UserError.of("finding.status-one-proposed-accepted-dropped", s);
    }
}
