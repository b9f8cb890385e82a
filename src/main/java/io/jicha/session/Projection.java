package io.jicha.session;

import io.jicha.journal.Event;

/**
 * A fold over a session's events into some derived state (the loaded rubrics, the draws, the
 * scores …). Implementations have a public no-arg constructor and ignore event types they do not
 * know. They may be thrown away and rebuilt from the journal at any time.
 */
public interface Projection {

    void apply(Event event);
}
