package io.jicha.scoring;

import io.jicha.journal.Event;
import io.jicha.rubric.RubricEvents;
import io.jicha.rubric.RubricLoaded;
import io.jicha.sampling.SampleDrawn;
import io.jicha.sampling.SamplingEvents;
import io.jicha.session.Capability;
import io.jicha.session.IntegrityContext;
import io.jicha.session.Projection;
import io.jicha.session.SessionEvents;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores: {@link ScoreEvents}, folded by {@link ScoreBook}. fsck checks every line of every type
 * declared here (so a new score event cannot skip it): it names a rubric pinned before it, and a
 * file drawn before it (or a unit of the session, for unit documents).
 */
public final class ScoringCapability implements Capability {

    @Override
    public String name() {
        return "scoring";
    }

    @Override
    public java.util.Set<String> bookkeeping() {
        return java.util.Set.of(ScoreEvents.OPENED, ScoreEvents.RELEASED);
    }

    @Override
    public Map<String, Class<?>> events() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(ScoreEvents.DEDUCTED, ScoreEvents.Deducted.class);
        m.put(ScoreEvents.VETOED, ScoreEvents.Vetoed.class);
        m.put(ScoreEvents.CLEARED, ScoreEvents.Cleared.class);
        m.put(ScoreEvents.DONE, ScoreEvents.Done.class);
        m.put(ScoreEvents.REOPENED, ScoreEvents.Reopened.class);
        m.put(ScoreEvents.NOT_APPLICABLE, ScoreEvents.NotApplicable.class);
        m.put(ScoreEvents.BONUS, ScoreEvents.Bonus.class);
        m.put(ScoreEvents.OPENED, ScoreEvents.Opened.class);
        m.put(ScoreEvents.RELEASED, ScoreEvents.Released.class);
        m.put(ScoreEvents.CLAIM_OVERRIDDEN, ScoreEvents.ClaimOverridden.class);
        return m;
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(ScoreBook.class);
    }

    @Override
    public void check(IntegrityContext ctx) {
        if (!ctx.asked(IntegrityContext.SCORES)) {
            return;
        }
        Set<String> scoreTypes = events().keySet();
        Set<String> pinned = new HashSet<>();
        Set<String> drawn = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (Event e : ctx.events()) {
            try {
                switch (e.type()) {
                    case SessionEvents.CREATED -> units.addAll(e.payloadAs(SessionEvents.Created.class).units());
                    case RubricEvents.LOADED -> {
                        RubricLoaded r = e.payloadAs(RubricLoaded.class);
                        pinned.add(r.id() + " v" + r.version());
                    }
                    case SamplingEvents.DRAWN -> {
                        SampleDrawn d = e.payloadAs(SampleDrawn.class);
                        for (String id : d.ids()) {
                            drawn.add(d.unit() + "\u0000" + d.kind() + "\u0000" + id);
                        }
                    }
                    default -> {
                        if (scoreTypes.contains(e.type())) {
                            ctx.counted(IntegrityContext.SCORES);
                            scoreSound(ctx, e, pinned, drawn, units);
                        }
                    }
                }
            } catch (RuntimeException unreadable) {
                // a payload that does not read is reported by fsck for every line
            }
        }
    }

    /** The claim events name no rubric: a file can be opened before its rubric is loaded. */
    private static final Set<String> CLAIMS = Set.of(ScoreEvents.OPENED, ScoreEvents.RELEASED,
            ScoreEvents.CLAIM_OVERRIDDEN);

    private static void scoreSound(IntegrityContext ctx, Event e, Set<String> pinned, Set<String> drawn,
                                   Set<String> units) {
        ScoreTarget target = io.jicha.common.Json.value(e.payload().get("target"), ScoreTarget.class);
        String rubric = e.payload().path("rubric").asText("");
        if (!CLAIMS.contains(e.type()) && !pinned.contains(rubric)) {
            ctx.fault(e.seq(), "session.fsck.score-rubric", e.seq(), target.label(), rubric);
        }
        if (target.isUnitDocuments()) {
            if (!units.contains(target.unit())) {
                ctx.fault(e.seq(), "session.fsck.score-unit", e.seq(), target.unit());
            }
        } else if (!drawn.contains(target.unit() + "\u0000" + target.kind().code() + "\u0000" + target.id())) {
            ctx.fault(e.seq(), "session.fsck.score-undrawn", e.seq(), target.id(), target.unit(), target.kind().code());
        }
    }
}
