package io.jicha.finding;

import io.jicha.session.SessionState;
import java.util.Map;

/**
 * Where the default rectification deadline of each severity comes from: the rubric that applies
 * to the finding (the unit-documents rubric for a unit's finding, the case-file rubric for a
 * record's). Implemented by the rubric capability; until it is, findings need an explicit deadline.
 */
public interface DeadlineDefaults {

    /**
     * Severity → default deadline,
     * for a finding of {@code unit} about {@code recordId} (null: about the unit's own documents).
     * An empty map means the session's rubrics give no defaults.
     */
    Map<Severity, Deadline> defaults(SessionState state, String unit, String recordId);
}
