package io.jicha.evidence;

import io.jicha.session.Capability;
import io.jicha.session.IntegrityContext;
import io.jicha.session.Projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence files: {@link EvidenceEvents}, folded by {@link EvidenceBook}; its check re-hashes every
 * kept file and names any missing, edited or referred to by nothing ({@link EvidenceCheck}).
 */
public final class EvidenceCapability implements Capability {

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public Map<String, Class<?>> events() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(EvidenceEvents.ADDED, EvidenceEvents.Added.class);
        return m;
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(EvidenceBook.class);
    }

    @Override
    public void check(IntegrityContext context) {
        if (!context.asked(IntegrityContext.EVIDENCE)) {
            return;
        }
        EvidenceCheck.Result r = EvidenceCheck.check(context.session(), context.events());
        for (int i = 0; i < r.files(); i++) {
            context.counted(IntegrityContext.EVIDENCE);
        }
        r.faults().forEach(f -> context.faultLine(Long.MAX_VALUE, f));
    }
}
