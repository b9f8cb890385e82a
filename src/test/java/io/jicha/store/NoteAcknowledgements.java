package io.jicha.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a script's output line by line and keeps which notes it acknowledged, and at which event: a script echoes
 * each line ({@code » session note "text"}) before running it, and a recorded note prints {@code noted (event N)}.
 */
final class NoteAcknowledgements {

    private static final String ECHO = "» session note \"";
    private static final Pattern NOTED = Pattern.compile("^noted \\(event (\\d+)\\)");

    private final Map<String, Long> seqByText = new LinkedHashMap<>();
    private String current;

    void accept(String line) {
        if (line.startsWith(ECHO) && line.endsWith("\"")) {
            current = line.substring(ECHO.length(), line.length() - 1);
            return;
        }
        Matcher m = NOTED.matcher(line);
        if (m.find()) {
            if (current == null) {
                throw new AssertionError("'" + line + "' follows no echoed note");
            }
            if (seqByText.put(current, Long.parseLong(m.group(1))) != null) {
                throw new AssertionError("note '" + current + "' acknowledged twice");
            }
            current = null;
        }
    }

    /** The acknowledged notes, in the order acknowledged: text to the event number printed. */
    Map<String, Long> seqByText() {
        return seqByText;
    }

    int size() {
        return seqByText.size();
    }
}
