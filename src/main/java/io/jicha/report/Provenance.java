package io.jicha.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a document comes from, printed in its metadata (and the review report's footer):
 * the session, the team (the PDF author), the journal head hash the document was derived from,
 * and the locale whose message bundle labels the document.
 */
public record Provenance(String sessionName, List<String> team, String journalHeadHash, Locale locale) {

    public Provenance {
        Objects.requireNonNull(sessionName, "sessionName");
        Objects.requireNonNull(journalHeadHash, "journalHeadHash");
        Objects.requireNonNull(locale, "locale");
        team = List.copyOf(team);
    }

    /** A locale from a session's language tag such as "zh-CN" or "en". */
    public static Locale localeOf(String languageTag) {
        return Locale.forLanguageTag(languageTag == null || languageTag.isBlank() ? "zh-CN" : languageTag);
    }
}
