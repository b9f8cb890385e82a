package io.jicha.shell;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Texts;
import io.jicha.journal.Event;
import java.util.Map;

/**
 * One journal event as a sentence in the terminal's language ({@code journal.said.<type>}), for
 * {@code journal log}, {@code undo} and the differences of a diverged session: never the payload's
 * JSON. A type without a sentence (one added later) falls back to its name.
 */
final class EventSentences {

    /** For each event type, the payload fields that fill its sentence's {0}, {1} …; "target" is the scored file. */
    private static final Map<String, String[]> ARGS = Map.ofEntries(
            Map.entry("session.created", new String[]{"name", "from", "to"}),
            Map.entry("session.note", new String[]{"text"}),
            Map.entry("session.finalized", new String[]{"reason"}),
            Map.entry("session.head-signed", new String[]{"seq"}),
            Map.entry("session.undone", new String[]{"seq"}),
            Map.entry("rubric.loaded", new String[]{"id", "version"}),
            Map.entry("records.imported", new String[]{"unit", "rows", "fileName"}),
            Map.entry("sample.planned", new String[]{}),
            Map.entry("sample.drawn", new String[]{"unit", "size"}),
            Map.entry("score.deducted", new String[]{"target", "criterion", "note"}),
            Map.entry("score.vetoed", new String[]{"target", "criterion", "note"}),
            Map.entry("score.cleared", new String[]{"target", "criterion", "reason"}),
            Map.entry("score.done", new String[]{"target"}),
            Map.entry("score.reopened", new String[]{"target", "reason"}),
            Map.entry("score.not-applicable", new String[]{"target", "criterion", "note"}),
            Map.entry("score.bonus", new String[]{"target", "criterion", "points"}),
            Map.entry("finding.proposed", new String[]{"id", "unit", "text"}),
            Map.entry("finding.added", new String[]{"id", "unit", "text"}),
            Map.entry("finding.accepted", new String[]{"id"}),
            Map.entry("finding.dropped", new String[]{"id", "reason"}),
            Map.entry("finding.edited", new String[]{"id"}),
            Map.entry("finding.withdrawn", new String[]{"id", "reason"}),
            Map.entry("finding.resolved", new String[]{"id", "date"}),
            Map.entry("finding.amended", new String[]{"id", "reason"}),
            Map.entry("notice.issued", new String[]{"unit", "number", "issued"}));

    private EventSentences() {
    }

    /** What the event did, as a sentence without its time and auditor. */
    static String of(Event e) {
        String[] fields = ARGS.get(e.type());
        if (fields == null) {
            return Texts.get("journal.said.other", e.type());
        }
        Object[] args = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            args[i] = value(e.payload(), fields[i]);
        }
        return Texts.get("journal.said." + e.type(), args).strip();
    }

    /** Event {@code seq}, when and by whom, and what it did: one line. */
    static String line(Event e) {
        return Texts.get("journal.said.line", e.seq(), SessionCommands.WHEN.format(e.ts()), e.auditor(), of(e));
    }

    private static String value(JsonNode payload, String field) {
        JsonNode v = payload.path(field);
        if (field.equals("target")) {
            String kind = v.path("kind").asText("");
            return "UNIT_DOCUMENTS".equals(kind) || "unit-documents".equals(kind)
                    ? Texts.get("journal.said.unit-documents", v.path("unit").asText(""))
                    : Texts.get("journal.said.file", v.path("id").asText(""));
        }
        return v.isMissingNode() || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
    }
}
