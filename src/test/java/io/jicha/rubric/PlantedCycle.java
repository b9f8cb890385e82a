package io.jicha.rubric;

import io.jicha.scoring.ScoreBook;

/**
 * A planted violation, for ArchitectureTest only (never in main code): rubric reaching up into
 * scoring, which already uses rubric, closes a cycle between the two slices.
 */
final class PlantedCycle {

    private PlantedCycle() {
    }

    static Class<?> reach() {
        return ScoreBook.class;
    }
}
