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

    /**
     * The units of a new session as typed ({@code --units}, already split at commas): each a unit's
     * short name, or {@code 吴江区=苏州市吴江区环境保护局}, the unit and its full name (the 主送 of its
     * notice); neither side of the {@code =} may be empty, and no unit may be named twice. {@code typed}
     * is the option as given, for the refusal.
     */
    public static Units units(List<String> items, String typed) {
        List<String> units = new java.util.ArrayList<>();
        java.util.Map<String, String> fullNames = new java.util.LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            String unit = eq < 0 ? item : item.substring(0, eq).strip();
            if (eq >= 0) {
                String full = item.substring(eq + 1).strip();
                if (unit.isEmpty() || full.isEmpty()) {
                    throw UserError.of("session.unit-full-name", item);
                }
                fullNames.put(unit, full);
            }
            units.add(unit);
        }
        if (units.stream().distinct().count() != units.size()) {
            throw UserError.of("shell.names-someone-something-twice", "--units", typed);
        }
        return new Units(List.copyOf(units), java.util.Collections.unmodifiableMap(fullNames));
    }

    /** A new session's units, in order, and the full names given for some of them. */
    public record Units(List<String> units, java.util.Map<String, String> fullNames) {
    }

    /** The languages a session's documents can be written in. */
    public static final List<String> LOCALES = List.of("zh-CN", "en");

    /** A new session's locale: zh-CN when none is given, else one of {@link #LOCALES}. */
    public static String locale(String given) {
        String loc = given == null ? "zh-CN" : given;
        if (!LOCALES.contains(loc)) {
            throw UserError.of("session.locale-supported-use-zh-cn", loc);
        }
        return loc;
    }

    /**
     * The review a new session follows up (回头看): another session of the same workspace
     * ({@code existing} names them), not the new session itself. Returns its name, stripped.
     */
    public static String follows(String name, String follows, List<String> existing) {
        String followed = follows.strip();
        if (followed.equals(name)) {
            throw UserError.of("rectify.follows.itself");
        }
        if (!existing.contains(followed)) {
            throw UserError.of("rectify.follows.no-such", followed);
        }
        return followed;
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
     * has changed the session since (anything but a remark, a signature or bookkeeping such as opening a file), since that work may rest
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
            if (e.auditor().equals(auditor) && !NOT_UNDOABLE.contains(e.type()) && !Capabilities.isBookkeeping(e.type())) {
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
                    && !SessionEvents.HEAD_SIGNED.equals(later.type()) && !Capabilities.isBookkeeping(later.type())) {
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
