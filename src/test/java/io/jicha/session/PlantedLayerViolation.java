package io.jicha.session;

import io.jicha.scoring.ScoreBook;

/**
 * A planted violation, for ArchitectureTest only (never in main code): the session layer reaching
 * up into a capability (the SessionState → ScoreBook dependency issue 22 found).
 */
final class PlantedLayerViolation {

    private PlantedLayerViolation() {
    }

    static Class<?> reach() {
        return ScoreBook.class;
    }
}
