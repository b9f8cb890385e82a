package io.jicha.finding;

import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jicha.common.UserError;
import java.util.Locale;

/** How serious a finding is: 一般 (minor), 较重 (major), 严重 (severe). Written as the Chinese label. */
public enum Severity {
    MINOR("一般", "minor", "general"),
    MAJOR("较重", "major", "serious"),
    SEVERE("严重", "severe", "severe");

    private final String label;
    private final String english;
    private final String rubricCode;

    /** {@code rubricCode}: the English word rubric files may use, accepted too. */
    Severity(String label, String english, String rubricCode) {
        this.label = label;
        this.english = english;
        this.rubricCode = rubricCode;
    }

    /** The Chinese label, as in rubrics, notices and the journal. */
    @JsonValue
    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : label;
    }

    /** The severity named by its Chinese label or an English word, if any. */
    public static Optional<Severity> find(String text) {
        String s = text == null ? "" : text.strip();
        for (Severity v : values()) {
            if (v.label.equals(s) || v.english.equalsIgnoreCase(s) || v.rubricCode.equalsIgnoreCase(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Accepts the Chinese label or an English word (minor/major/severe, or general/serious), any case. */
    @JsonCreator
    public static Severity parse(String text) {
        return find(text).orElseThrow(() -> UserError.of("finding.severity-one-minor-major-severe", (text == null ? "" : text.strip())));
    }
}
