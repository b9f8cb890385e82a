package io.jicha.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The font names a .docx asks for, by {@link FontRole}: a word processor draws them with the
 * faces installed where the document is opened, so these are names as offices have them
 * (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312), not files. Each is configured by
 * {@code JICHA_DOCX_FONT_<ROLE>} or {@code -Djicha.docx.font.<role>=...} (docs/fonts.md).
 */
public record DocxFonts(Map<FontRole, String> names) {

    /** The names of the faces GB/T 9704-2012 names, as Chinese offices have them installed. */
    public static final Map<FontRole, String> OFFICE = Map.of(
            FontRole.TITLE, "方正小标宋简体",
            FontRole.BODY, "仿宋_GB2312",
            FontRole.HEADING, "黑体",
            FontRole.KAI, "楷体_GB2312");

    public DocxFonts {
        EnumMap<FontRole, String> copy = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            String name = Objects.requireNonNull(names.get(role), () -> "no font name for " + role);
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank font name for " + role);
            }
            copy.put(role, name.strip());
        }
        names = Map.copyOf(copy);
    }

    /** The office names, each replaced by its environment variable or system property when set. */
    public static DocxFonts configured() {
        EnumMap<FontRole, String> names = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            String value = System.getenv(envName(role));
            if (value == null || value.isBlank()) {
                value = System.getProperty(propertyName(role));
            }
            names.put(role, value == null || value.isBlank() ? OFFICE.get(role) : value);
        }
        return new DocxFonts(names);
    }

    public String name(FontRole role) {
        return names.get(role);
    }

    static String envName(FontRole role) {
        return "JICHA_DOCX_FONT_" + role.name();
    }

    static String propertyName(FontRole role) {
        return "jicha.docx.font." + role.name().toLowerCase(Locale.ROOT);
    }
}
