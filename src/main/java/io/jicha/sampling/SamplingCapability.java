package io.jicha.sampling;

import io.jicha.session.Capability;
import io.jicha.session.IntegrityContext;
import io.jicha.session.Projection;
import io.jicha.session.SessionState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans and draws: {@link SamplingEvents}, folded by {@link DrawBook}; fsck recomputes every draw from its snapshots. */
public final class SamplingCapability implements Capability {

    @Override
    public String name() {
        return "sampling";
    }

    @Override
    public Map<String, Class<?>> events() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(SamplingEvents.PLANNED, SamplePlanned.class);
        m.put(SamplingEvents.DRAWN, SampleDrawn.class);
        return m;
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(DrawBook.class);
    }

    /** Every draw recomputed from its snapshots (only when the journal replays). */
    @Override
    public void check(IntegrityContext ctx) {
        if (!ctx.asked(IntegrityContext.DRAWS) || !ctx.replayable() || ctx.events().isEmpty()) {
            return;
        }
        try {
            SessionState state = new SessionState(ctx.events());
            for (Sampling.DrawCheck c : Sampling.verify(state, ctx.session().snapshotDir())) {
                ctx.detail(IntegrityContext.DRAWS, c);
                if (!c.match()) {
                    DrawBook.Entry d = c.entry();
                    ctx.fault(d.seq(), "session.fsck.draw", d.seq(), d.draw().unit(), d.draw().kind(), c.detail());
                }
            }
        } catch (RuntimeException bad) {
            ctx.fault(Long.MAX_VALUE, "session.fsck.replay", IntegrityContext.oneLine(bad));
        }
    }
}
