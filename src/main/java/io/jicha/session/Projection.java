package io.jicha.session;

import io.jicha.journal.Event;

/** TEMPORARY stub of the lead's contract (COMMON.md); replaced by main's version on merge. */
public interface Projection {
    void apply(Event event);
}
