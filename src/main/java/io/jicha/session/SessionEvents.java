package io.jicha.session;

import java.time.LocalDate;
import java.util.List;

/** Event types and payloads that belong to the session itself. */
public final class SessionEvents {

    public static final String CREATED = "session.created";
    public static final String NOTE = "session.note";
    public static final String FINALIZED = "session.finalized";

    private SessionEvents() {
    }

    public record Created(String name, LocalDate from, LocalDate to, List<String> units, List<String> team,
                          String locale) {
    }

    public record Note(String text) {
    }

    /** Scores and findings are locked; {@code unreviewed} lists what was left open with --allow-incomplete. */
    public record Finalized(boolean allowIncomplete, String reason, List<String> unreviewed) {
    }
}
