package io.jicha.rubric;

/**
 * The journal events of rubrics: their type names. The payload is {@link RubricLoaded}, a value the
 * rest of the code uses too, so it keeps its own file; this class is the one place the type is
 * spelled (docs/journal.md, Event catalogue).
 */
public final class RubricEvents {

    /** A rubric file pinned into the session: {@link RubricLoaded}. */
    public static final String LOADED = "rubric.loaded";

    private RubricEvents() {
    }
}
