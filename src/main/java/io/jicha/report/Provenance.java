package io.jicha.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a document comes from, printed in its metadata (and the review report's footer):
 * the session, the team (the PDF author), the journal head hash the document was derived from,
 * the locale whose message bundle labels the document, and {@code asOf}, the time of the journal's
 * last event (nullable): the documents' creation and modification dates come from it, never from
 * the clock, so the same journal gives the same bytes.
 */
public record Provenance(String sessionName, List<String> team, String journalHeadHash, Locale locale, Instant asOf) {

    public Provenance {
        Objects.requireNonNull(sessionName, "sessionName");
        Objects.requireNonNull(journalHeadHash, "journalHeadHash");
        Objects.requireNonNull(locale, "locale");
        team = List.copyOf(team);
    }

    /** A provenance without a journal time: the documents then carry no creation date. */
    public Provenance(String sessionName, List<String> team, String journalHeadHash, Locale locale) {
        this(sessionName, team, journalHeadHash, locale, null);
    }

    /** A locale from a session's language tag such as "zh-CN" or "en". */
    public static Locale localeOf(String languageTag) {
        return Locale.forLanguageTag(languageTag == null || languageTag.isBlank() ? "zh-CN" : languageTag);
    }
}
