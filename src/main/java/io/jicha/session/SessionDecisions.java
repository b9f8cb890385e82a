package io.jicha.session;

import io.jicha.common.UserError;
import io.jicha.journal.NewEvent;

import java.util.List;

/** Decisions about the session itself that append events (creating it is {@link Workspace#create}). */
public final class SessionDecisions {

    private SessionDecisions() {
    }

    /** A remark recorded in the journal; it needs some text. */
    public static List<NewEvent> note(String text) {
        if (text == null || text.isBlank()) {
            throw UserError.of("session.note.empty");
        }
        return List.of(new NewEvent(SessionEvents.NOTE, new SessionEvents.Note(text)));
    }
}
