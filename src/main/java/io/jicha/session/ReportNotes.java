package io.jicha.session;

import io.jicha.journal.Event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The notes the team wrote for the report's sections, in journal order; notes without a section are not here. */
public final class ReportNotes implements Projection {

    private final Map<ReportSection, List<String>> bySection = new EnumMap<>(ReportSection.class);

    @Override
    public void apply(Event e) {
        if (SessionEvents.NOTE.equals(e.type())) {
            SessionEvents.Note n = e.payloadAs(SessionEvents.Note.class);
            if (n.section() != null) {
                bySection.computeIfAbsent(n.section(), s -> new ArrayList<>()).add(n.text());
            }
        }
    }

    /** The paragraphs written for a section (empty when none). */
    public List<String> in(ReportSection section) {
        return List.copyOf(bySection.getOrDefault(section, List.of()));
    }
}
