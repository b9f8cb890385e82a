package io.jicha.rubric;

import io.jicha.common.Hashes;
import io.jicha.journal.Event;
import io.jicha.session.Capability;
import io.jicha.session.IntegrityContext;
import io.jicha.session.Projection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Rubrics pinned into a session: {@link RubricEvents}, folded by {@link RubricBook}; fsck re-hashes and re-reads each. */
public final class RubricCapability implements Capability {

    @Override
    public String name() {
        return "rubric";
    }

    @Override
    public Map<String, Class<?>> events() {
        return Map.of(RubricEvents.LOADED, RubricLoaded.class);
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(RubricBook.class);
    }

    /** Every pinned rubric's content hashes to its recorded SHA-256 and still reads. */
    @Override
    public void check(IntegrityContext ctx) {
        if (!ctx.asked(IntegrityContext.RUBRICS)) {
            return;
        }
        for (Event e : ctx.events()) {
            if (!RubricEvents.LOADED.equals(e.type())) {
                continue;
            }
            RubricLoaded r;
            try {
                r = e.payloadAs(RubricLoaded.class);
            } catch (RuntimeException unreadable) {
                continue; // reported by fsck for every line
            }
            ctx.counted(IntegrityContext.RUBRICS);
            byte[] bytes = r.content().getBytes(StandardCharsets.UTF_8);
            if (!Hashes.sha256Hex(bytes).equals(r.sha256())) {
                ctx.fault(e.seq(), "session.fsck.rubric-hash", e.seq(), r.id(), r.version());
                ctx.unreplayable();
                continue;
            }
            try {
                RubricLoader.parse(r.file(), bytes);
            } catch (InvalidRubricException bad) {
                ctx.fault(e.seq(), "session.fsck.rubric-reads", e.seq(), r.id(), r.version(), IntegrityContext.oneLine(bad));
                ctx.unreplayable();
            }
        }
    }
}
