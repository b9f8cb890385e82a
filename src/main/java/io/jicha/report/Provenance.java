package io.jicha.report;

import io.jicha.session.SigningKeys;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a document comes from, printed in its metadata (and the review report's footer):
 * the session, the team (the PDF author), the journal head hash the document was derived from,
 * the locale whose message bundle labels the document, and {@code asOf}, the time of the journal's
 * last event (nullable): the documents' creation and modification dates come from it, never from
 * the clock, so the same journal gives the same bytes. {@code signer} (nullable, issue 28) is whose key signs or
 * signed the head, printed beside it ({@link #headLine}) so that a reader can ask {@code session fsck --head} and
 * {@code --trust} about both.
 */
public record Provenance(String sessionName, List<String> team, String journalHeadHash, Locale locale, Instant asOf,
                         SigningKeys.Signer signer) {

    public Provenance {
        Objects.requireNonNull(sessionName, "sessionName");
        Objects.requireNonNull(journalHeadHash, "journalHeadHash");
        Objects.requireNonNull(locale, "locale");
        team = List.copyOf(team);
    }

    /** Without a signer. */
    public Provenance(String sessionName, List<String> team, String journalHeadHash, Locale locale, Instant asOf) {
        this(sessionName, team, journalHeadHash, locale, asOf, null);
    }

    /**
     * The head as documents print it: the hash, and beside it who signs it with which key (when known), in the
     * words of {@code messages}. The one place the head line's text is made.
     */
    public String headLine(ReportMessages messages) {
        return signer == null ? journalHeadHash
                : messages.get("head.signed", journalHeadHash, signer.auditor(), signer.fingerprint());
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
