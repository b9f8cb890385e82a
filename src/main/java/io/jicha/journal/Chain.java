package io.jicha.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Json;
import io.jicha.common.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain rules every store shares: how new events become lines after a head, how copied lines
 * are checked against it, and how stored lines are verified from the start. A store only keeps
 * lines; it never forms or checks one itself.
 */
public final class Chain {

    private Chain() {
    }

    /** Lines to store and the events they are, checked to continue the chain they were made for. */
    public record Batch(List<String> lines, List<Event> events) {
    }

    /**
     * The longest line an event may take, in characters: below the longest string the JSON reader accepts
     * (20,000,000), so that every line written can be read back.
     */
    public static final int MAX_LINE_CHARS = 16_000_000;

    /** The hash a first event links to. */
    public static String genesis() {
        return JournalLine.GENESIS;
    }

    /** The lines of {@code drafts} written by {@code auditor} at {@code now}, after {@code head}. */
    public static Batch draft(List<Event> head, String auditor, Instant now, List<NewEvent> drafts) {
        long seq = lastSeq(head);
        String prev = lastHash(head);
        List<String> lines = new ArrayList<>(drafts.size());
        List<Event> events = new ArrayList<>(drafts.size());
        for (NewEvent draft : drafts) {
            seq++;
            JsonNode payload = Json.tree(draft.payload());
            String line = JournalLine.format(seq, now, auditor, draft.type(), payload, prev);
            if (line.length() > MAX_LINE_CHARS) { // refused before it is written, not read back as "not strict JSON"
                throw io.jicha.common.UserError.of("journal.event-too-large", draft.type(), line.length(), MAX_LINE_CHARS);
            }
            Event event = JournalLine.parse(line, 0, seq, prev);
            lines.add(line);
            events.add(event);
            prev = event.hash();
        }
        return new Batch(List.copyOf(lines), List.copyOf(events));
    }

    /**
     * Checks that {@code lines} (copied from another copy of the journal) continue the chain after
     * {@code head}; throws {@link JournalCorruptException} naming the first that does not.
     */
    public static Batch continuing(List<Event> head, List<String> lines) {
        long seq = lastSeq(head);
        String prev = lastHash(head);
        List<Event> events = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.indexOf('\n') >= 0) {
                throw new JournalCorruptException((int) seq + 1, Texts.get("journal.line.layout"));
            }
            Event e = JournalLine.parse(line, (int) Math.min(Integer.MAX_VALUE, seq + 1), seq + 1, prev);
            events.add(e);
            seq = e.seq();
            prev = e.hash();
        }
        return new Batch(List.copyOf(lines), List.copyOf(events));
    }

    /** One stored line, checked to follow {@code seq - 1} whose hash is {@code prev}. */
    public static Event parse(byte[] line, long seq, String prev) {
        return JournalLine.parse(line, 0, line.length, (int) Math.min(Integer.MAX_VALUE, seq), seq, prev);
    }

    /** Verifies stored lines from the first, as {@link Journal#scan()} does for a file. */
    public static Journal.Scan scan(List<byte[]> lines) {
        List<Event> events = new ArrayList<>(lines.size());
        long seq = 0;
        String prev = JournalLine.GENESIS;
        int lineNo = 0;
        for (byte[] line : lines) {
            lineNo++;
            try {
                Event e = JournalLine.parse(line, 0, line.length, lineNo, seq + 1, prev);
                events.add(e);
                seq = e.seq();
                prev = e.hash();
            } catch (JournalCorruptException bad) {
                return new Journal.Scan(List.copyOf(events),
                        new Journal.Verification(false, lineNo - 1, prev, lineNo, bad.getMessage(), false));
            }
        }
        if (lineNo == 0) {
            return new Journal.Scan(List.of(),
                    new Journal.Verification(false, 0, prev, 1, Texts.get("journal.line.empty"), false));
        }
        return new Journal.Scan(List.copyOf(events), new Journal.Verification(true, lineNo, prev, 0, null, false));
    }

    private static long lastSeq(List<Event> head) {
        return head.isEmpty() ? 0 : head.get(head.size() - 1).seq();
    }

    private static String lastHash(List<Event> head) {
        return head.isEmpty() ? JournalLine.GENESIS : head.get(head.size() - 1).hash();
    }
}
