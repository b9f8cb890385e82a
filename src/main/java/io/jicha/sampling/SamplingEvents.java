package io.jicha.sampling;

/**
 * The journal events of sampling: their type names. The payloads are {@link SamplePlanned} and
 * {@link SampleDrawn}, values the rest of the code uses too, so they keep their own files; this
 * class is the one place the types are spelled (docs/journal.md, Event catalogue).
 */
public final class SamplingEvents {

    /** The plan later draws with --plan use: {@link SamplePlanned}. */
    public static final String PLANNED = "sample.planned";
    /** A draw, with everything needed to recompute it: {@link SampleDrawn}. */
    public static final String DRAWN = "sample.drawn";

    private SamplingEvents() {
    }
}
