package io.jicha.shell;

import io.jicha.session.SessionState;

import java.util.Optional;

/**
 * Where 'sample show' and 'sample evaluate' learn how a drawn file fared. The scoring capability
 * provides it as a Spring bean; until then every drawn file is "not yet scored".
 */
public interface SampleOutcomes {

    /** The file's status for display, e.g. "not yet scored", "scored: 良好". */
    String status(SessionState state, String recordId);

    /** Whether the scored file fails (true) or passes (false); empty when not scored yet. */
    Optional<Boolean> failed(SessionState state, String recordId);

    /** The same, for the file drawn in {@code unit} (a record id may be drawn in several units). */
    default Optional<Boolean> failed(SessionState state, String unit, String recordId) {
        return failed(state, recordId);
    }
}
