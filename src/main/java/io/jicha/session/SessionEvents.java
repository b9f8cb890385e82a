package io.jicha.session;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/** Event types and payloads that belong to the session itself. */
public final class SessionEvents {

    public static final String CREATED = "session.created";
    public static final String NOTE = "session.note";
    public static final String FINALIZED = "session.finalized";
    /** A head of the chain signed with an auditor's Ed25519 key (see session.integrity.HeadSigning). */
    public static final String HEAD_SIGNED = "session.head-signed";
    /** An auditor's earlier change taken back (undo): the change stays in the journal, replay skips it. */
    public static final String UNDONE = "session.undone";
    /**
     * An auditor's public signing key, recorded before the first head it signs (issue 28): the journal says which
     * keys its signatures may be made with, and fsck names them.
     */
    public static final String KEY_REGISTERED = "session.key-registered";

    private SessionEvents() {
    }

    /**
     * The session's first line. {@code zone} (an IANA time zone id, since issue 22) is the zone its
     * documents are dated in; absent in older journals, which take the default of their locale
     * ({@link SessionInfo#defaultZone}). {@code jicha} (since issue 22) is the version of jicha that
     * created the journal, named when a later line cannot be read; absent in older journals.
     * {@code fullNames} (since issue 23) gives a unit's full name (吴江区 → 苏州市吴江区环境保护局), written
     * only when some unit has one.
     */
    public record Created(String name, LocalDate from, LocalDate to, List<String> units, List<String> team,
                          String locale, @JsonInclude(JsonInclude.Include.NON_NULL) String zone,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String jicha,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.Map<String, String> fullNames) {

        /** As every journal before issue 22: no zone, no version, no full names. */
        public Created(String name, LocalDate from, LocalDate to, List<String> units, List<String> team, String locale) {
            this(name, from, to, units, team, locale, null, null, null);
        }

        /** Without full names. */
        public Created(String name, LocalDate from, LocalDate to, List<String> units, List<String> team, String locale,
                       String zone, String jicha) {
            this(name, from, to, units, team, locale, zone, jicha, null);
        }
    }

    /**
     * A remark in the journal; with a {@code section} (absent in older journals and in plain
     * remarks) it is a paragraph the team wrote for that part of the review report.
     */
    public record Note(String text, @JsonInclude(JsonInclude.Include.NON_NULL) ReportSection section) {

        public Note(String text) {
            this(text, null);
        }
    }

    /** Scores and findings are locked; {@code unreviewed} lists what was left open with --allow-incomplete. */
    public record Finalized(boolean allowIncomplete, String reason, List<String> unreviewed) {
    }

    /** Why a head was signed. */
    public enum SignedFor { FINALIZE, NOTICE }

    /**
     * The head {@code head} (the hash of event {@code seq}) signed by the event's auditor: the
     * Ed25519 {@code signature} (base64) of the text {@code HeadSigning.message} over it, and the
     * auditor's {@code publicKey} (base64 X.509). Version 1 of this payload.
     */
    public record HeadSigned(long seq, String head, SignedFor purpose, String publicKey, String signature) {
    }

    /**
     * The event's auditor signs with the key {@code publicKey} (base64 X.509) of {@code algorithm} (Ed25519), named by
     * {@code fingerprint} (the first 16 hex digits of the SHA-256 of the key's bytes, as jicha prints it). Recorded
     * once per key, before the first {@link #HEAD_SIGNED} made with it; a second laptop of the same auditor records
     * a second key. Version 1 of this payload.
     */
    public record KeyRegistered(String fingerprint, String algorithm, String publicKey) {
    }

    /**
     * Takes back event {@code seq} (of type {@code type}) by the same auditor, with {@code with}, the
     * events that change wrote as its consequence (a finding a deduction proposed): a compensating
     * event, never a deletion. Replay folds the projections as if those events had not been written.
     */
    public record Undone(long seq, String type, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> with) {

        public Undone {
            with = with == null ? List.of() : List.copyOf(with);
        }
    }
}
