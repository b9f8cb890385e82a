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

    /** Event types an auditor cannot take back: the session's birth, its locking and its signatures. */
    private static final java.util.Set<String> NOT_UNDOABLE = java.util.Set.of(
            SessionEvents.CREATED, SessionEvents.FINALIZED, SessionEvents.HEAD_SIGNED, SessionEvents.UNDONE);

    /**
     * Takes back {@code auditor}'s own last change as a compensating {@link SessionEvents#UNDONE}
     * event (never a deletion: the change stays in the journal, replay skips it). Refused when the
     * session is finalized, when the auditor has nothing left to take back, or when another auditor
     * has changed the session since (anything but a remark or a signature), since that work may rest
     * on the change.
     */
    public static List<NewEvent> undo(SessionState state, String auditor) {
        if (state.finalized()) {
            throw UserError.of("session.undo.finalized");
        }
        List<io.jicha.journal.Event> effective = state.effectiveEvents();
        io.jicha.journal.Event target = null;
        int at = -1;
        for (int i = effective.size() - 1; i >= 0; i--) {
            io.jicha.journal.Event e = effective.get(i);
            if (e.auditor().equals(auditor) && !NOT_UNDOABLE.contains(e.type())) {
                target = e;
                at = i;
                break;
            }
        }
        if (target == null) {
            throw UserError.of("session.undo.nothing", auditor);
        }
        for (io.jicha.journal.Event later : effective.subList(at + 1, effective.size())) {
            if (!later.auditor().equals(auditor) && !SessionEvents.NOTE.equals(later.type())
                    && !SessionEvents.HEAD_SIGNED.equals(later.type())) {
                throw UserError.of("session.undo.others-since", target.seq(), later.auditor(), later.seq());
            }
        }
        // An event that records what proposed it (a finding's "source", e.g. "score C6") is the
        // consequence of the auditor's change written just before it, in the same batch: both go.
        List<Long> with = new java.util.ArrayList<>();
        while (at > 0 && target.payload().path("source").isTextual()) {
            io.jicha.journal.Event cause = effective.get(at - 1);
            if (!cause.auditor().equals(auditor) || !cause.ts().equals(target.ts()) || NOT_UNDOABLE.contains(cause.type())) {
                break;
            }
            with.add(0, target.seq());
            target = cause;
            at--;
        }
        return List.of(new NewEvent(SessionEvents.UNDONE, new SessionEvents.Undone(target.seq(), target.type(), with)));
    }
}
