package io.jicha.session;

import io.jicha.common.UserError;
import io.jicha.journal.NewEvent;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Decisions about the session itself that append events (creating it is {@link Workspace#create}). */
public final class SessionDecisions {

    private SessionDecisions() {
    }

    /** A remark recorded in the journal; it needs some text. */
    public static List<NewEvent> note(String text) {
        return note(text, null);
    }

    /**
     * A remark recorded in the journal, for a part of the review report when {@code section} names
     * one (its code or Chinese name, see {@link ReportSection}); it needs some text.
     */
    public static List<NewEvent> note(String text, String section) {
        if (text == null || text.isBlank()) {
            throw UserError.of("session.note.empty");
        }
        ReportSection s = section == null || section.isBlank() ? null : ReportSection.parse(section)
                .orElseThrow(() -> UserError.of("session.note.unknownSection", section, Arrays.stream(ReportSection.values())
                        .map(ReportSection::chinese).collect(Collectors.joining("、"))));
        return List.of(new NewEvent(SessionEvents.NOTE, new SessionEvents.Note(text, s)));
    }
}
