package io.jicha.session;

import com.fasterxml.jackson.annotation.JsonInclude;

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
}
