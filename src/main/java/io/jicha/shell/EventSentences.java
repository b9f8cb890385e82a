package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.finding.FindingEvents;
import io.jicha.journal.Event;
import io.jicha.record.RecordEvents;
import io.jicha.record.RecordsImported;
import io.jicha.rubric.RubricEvents;
import io.jicha.rubric.RubricLoaded;
import io.jicha.sampling.SampleDrawn;
import io.jicha.sampling.SamplingEvents;
import io.jicha.scoring.ScoreEvents;
import io.jicha.scoring.ScoreTarget;
import io.jicha.session.SessionEvents;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One journal event as a sentence in the terminal's language ({@code journal.said.<type>}), for
 * {@code journal log}, {@code undo} and the differences of a diverged session: never the payload's
 * JSON. A type without a sentence (one added later) falls back to its name.
 */
final class EventSentences {

    /** For each event type, the values that fill its sentence's {0}, {1} … */
    private static final Map<String, Function<Event, Object[]>> ARGS = Map.ofEntries(
            Map.entry(SessionEvents.CREATED, e -> {
                SessionEvents.Created c = e.payloadAs(SessionEvents.Created.class);
                return args(c.name(), c.from(), c.to());
            }),
            Map.entry(SessionEvents.NOTE, e -> args(e.payloadAs(SessionEvents.Note.class).text())),
            Map.entry(SessionEvents.FINALIZED, e -> args(e.payloadAs(SessionEvents.Finalized.class).reason())),
            Map.entry(SessionEvents.HEAD_SIGNED, e -> args(e.payloadAs(SessionEvents.HeadSigned.class).seq())),
            Map.entry(SessionEvents.UNDONE, e -> args(e.payloadAs(SessionEvents.Undone.class).seq())),
            Map.entry(SessionEvents.KEY_REGISTERED, e -> args(e.payloadAs(SessionEvents.KeyRegistered.class).fingerprint())),
            Map.entry(RubricEvents.LOADED, e -> {
                RubricLoaded r = e.payloadAs(RubricLoaded.class);
                return args(r.id(), r.version());
            }),
            Map.entry(RecordEvents.IMPORTED, e -> {
                RecordsImported r = e.payloadAs(RecordsImported.class);
                return args(r.unit(), r.rows(), r.fileName());
            }),
            Map.entry(SamplingEvents.PLANNED, e -> args()),
            Map.entry(SamplingEvents.DRAWN, e -> {
                SampleDrawn d = e.payloadAs(SampleDrawn.class);
                return args(d.unit(), d.ids().size());
            }),
            Map.entry(ScoreEvents.DEDUCTED, e -> {
                ScoreEvents.Deducted d = e.payloadAs(ScoreEvents.Deducted.class);
                return args(target(d.target()), d.criterion(), d.note());
            }),
            Map.entry(ScoreEvents.VETOED, e -> {
                ScoreEvents.Vetoed d = e.payloadAs(ScoreEvents.Vetoed.class);
                return args(target(d.target()), d.criterion(), d.note());
            }),
            Map.entry(ScoreEvents.CLEARED, e -> {
                ScoreEvents.Cleared d = e.payloadAs(ScoreEvents.Cleared.class);
                return args(target(d.target()), d.criterion(), d.reason());
            }),
            Map.entry(ScoreEvents.DONE, e -> args(target(e.payloadAs(ScoreEvents.Done.class).target()))),
            Map.entry(ScoreEvents.REOPENED, e -> {
                ScoreEvents.Reopened d = e.payloadAs(ScoreEvents.Reopened.class);
                return args(target(d.target()), d.reason());
            }),
            Map.entry(ScoreEvents.NOT_APPLICABLE, e -> {
                ScoreEvents.NotApplicable d = e.payloadAs(ScoreEvents.NotApplicable.class);
                return args(target(d.target()), d.criterion(), d.note());
            }),
            Map.entry(ScoreEvents.BONUS, e -> {
                ScoreEvents.Bonus d = e.payloadAs(ScoreEvents.Bonus.class);
                return args(target(d.target()), d.criterion(), d.points() == null ? null : d.points().toPlainString());
            }),
            Map.entry(ScoreEvents.OPENED, e -> {
                ScoreEvents.Opened d = e.payloadAs(ScoreEvents.Opened.class);
                return args(target(d.target()), d.takenFrom() == null ? ""
                        : Texts.get("journal.said.taken-from", d.takenFrom(), d.reason()));
            }),
            Map.entry(ScoreEvents.RELEASED, e -> {
                ScoreEvents.Released d = e.payloadAs(ScoreEvents.Released.class);
                return args(target(d.target()), d.holder(), d.reason() == null ? ""
                        : Texts.get("journal.said.because", d.reason()));
            }),
            Map.entry(ScoreEvents.CLAIM_OVERRIDDEN, e -> {
                ScoreEvents.ClaimOverridden d = e.payloadAs(ScoreEvents.ClaimOverridden.class);
                return args(target(d.target()), d.holder(), d.reason());
            }),
            Map.entry(FindingEvents.PROPOSED, e -> {
                FindingEvents.Proposed f = e.payloadAs(FindingEvents.Proposed.class);
                return args(f.id(), f.unit(), f.text());
            }),
            Map.entry(FindingEvents.ADDED, e -> {
                FindingEvents.Added f = e.payloadAs(FindingEvents.Added.class);
                return args(f.id(), f.unit(), f.text());
            }),
            Map.entry(FindingEvents.ACCEPTED, e -> args(e.payloadAs(FindingEvents.Accepted.class).id())),
            Map.entry(FindingEvents.DROPPED, e -> {
                FindingEvents.Dropped f = e.payloadAs(FindingEvents.Dropped.class);
                return args(f.id(), f.reason());
            }),
            Map.entry(FindingEvents.EDITED, e -> args(e.payloadAs(FindingEvents.Edited.class).id())),
            Map.entry(FindingEvents.WITHDRAWN, e -> {
                FindingEvents.Withdrawn f = e.payloadAs(FindingEvents.Withdrawn.class);
                return args(f.id(), f.reason());
            }),
            Map.entry(FindingEvents.RESOLVED, e -> {
                FindingEvents.Resolved f = e.payloadAs(FindingEvents.Resolved.class);
                return args(f.id(), f.date());
            }),
            Map.entry(FindingEvents.AMENDED, e -> {
                FindingEvents.Amended f = e.payloadAs(FindingEvents.Amended.class);
                return args(f.id(), f.reason());
            }),
            Map.entry(FindingEvents.NOTICE_ISSUED, e -> {
                FindingEvents.NoticeIssued n = e.payloadAs(FindingEvents.NoticeIssued.class);
                return args(n.unit(), n.number(), n.issued());
            }),
            Map.entry(FindingEvents.NOTICE_REPRINTED, e -> {
                FindingEvents.NoticeReprinted n = e.payloadAs(FindingEvents.NoticeReprinted.class);
                return args(n.unit(), n.issued(), Texts.get("journal.form." + n.form()), n.file());
            }));

    private EventSentences() {
    }

    /** What the event did, as a sentence without its time and auditor. */
    static String of(Event e) {
        Function<Event, Object[]> args = ARGS.get(e.type());
        if (args == null) {
            return Texts.get("journal.said.other", e.type());
        }
        return Texts.get("journal.said." + e.type(), args.apply(e)).strip();
    }

    /** Event {@code seq}, when and by whom, and what it did: one line. */
    static String line(Event e) {
        return Texts.get("journal.said.line", e.seq(), SessionCommands.WHEN.format(e.ts()), e.auditor(), of(e));
    }

    private static Object[] args(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Objects.toString(values[i], "");
        }
        return out;
    }

    private static String target(ScoreTarget t) {
        return t.isUnitDocuments() ? Texts.get("journal.said.unit-documents", t.unit()) : Texts.get("journal.said.file", t.id());
    }
}
