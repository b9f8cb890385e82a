package io.jicha.report;

import java.util.Locale;

/**
 * The faces GB/T 9704-2012 names for a 公文: 小标宋 for the title and the issuing authority's mark
 * (7.2.4, 7.3.1), 仿宋 for the body (7.3.3, 7.4), 黑体 for first-level headings and attachment labels
 * (7.3.3, 7.3.7), 楷体 for second-level headings (7.3.3). The other documents use body and heading.
 * Each role is configured by {@code JICHA_FONT_<ROLE>} or {@code -Djicha.font.<role>=...}.
 */
public enum FontRole {
    TITLE("小标宋"),
    BODY("仿宋"),
    HEADING("黑体"),
    KAI("楷体");

    private final String chineseName;

    FontRole(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The face's name in the standard: 小标宋, 仿宋, 黑体, 楷体. */
    public String chineseName() {
        return chineseName;
    }

    public String envName() {
        return "JICHA_FONT_" + name();
    }

    public String propertyName() {
        return "jicha.font." + name().toLowerCase(Locale.ROOT);
    }
}
