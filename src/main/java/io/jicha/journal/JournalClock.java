package io.jicha.journal;

import io.jicha.common.UserError;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The time events are stamped with: the system clock, or the instant in {@code JICHA_CLOCK}
 * (ISO-8601, e.g. {@code 2016-10-10T01:00:00Z}) to reproduce a run exactly, as the example's check
 * of identical report bytes on both stores does. The stamp is what the writer's machine says either
 * way; the order of events is their sequence, not their time.
 */
public final class JournalClock {

    private JournalClock() {
    }

    public static Clock fromEnvironment() {
        String v = System.getenv("JICHA_CLOCK");
        if (v == null || v.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.parse(v.strip()), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw UserError.of("journal.bad-clock", v);
        }
    }
}
