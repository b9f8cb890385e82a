package io.jicha.rectification;

import io.jicha.session.Capability;
import io.jicha.session.IntegrityContext;
import io.jicha.session.Projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rectification ledger: {@link RectificationEvents}, folded by {@link RectificationBook}; its check
 * holds the ledger's events against the findings and notices before them ({@link RectificationCheck}).
 */
public final class RectificationCapability implements Capability {

    @Override
    public String name() {
        return "rectification";
    }

    @Override
    public Map<String, Class<?>> events() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(RectificationEvents.RECEIVED, RectificationEvents.Received.class);
        m.put(RectificationEvents.REPORTED, RectificationEvents.Reported.class);
        m.put(RectificationEvents.CHECKED, RectificationEvents.Checked.class);
        m.put(RectificationEvents.EXTENDED, RectificationEvents.Extended.class);
        m.put(RectificationEvents.LASTING, RectificationEvents.Lasting.class);
        m.put(RectificationEvents.ESCALATED, RectificationEvents.Escalated.class);
        m.put(RectificationEvents.FOLLOWS, RectificationEvents.Follows.class);
        return m;
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(RectificationBook.class);
    }

    @Override
    public void check(IntegrityContext context) {
        if (!context.asked(IntegrityContext.RECTIFICATION) || !context.replayable()) {
            return;
        }
        RectificationCheck.check(context.events()).forEach(f -> context.faultLine(Long.MAX_VALUE, f));
    }
}
