package io.jicha.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's own events ({@link SessionEvents}) and its report notes. The signatures of signed
 * heads are checked by fsck with the signers' keys (session.integrity.HeadSigning), not here.
 */
public final class SessionCapability implements Capability {

    @Override
    public String name() {
        return "session";
    }

    @Override
    public java.util.Set<String> bookkeeping() {
        return java.util.Set.of(SessionEvents.KEY_REGISTERED);
    }

    @Override
    public Map<String, Class<?>> events() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(SessionEvents.CREATED, SessionEvents.Created.class);
        m.put(SessionEvents.NOTE, SessionEvents.Note.class);
        m.put(SessionEvents.FINALIZED, SessionEvents.Finalized.class);
        m.put(SessionEvents.HEAD_SIGNED, SessionEvents.HeadSigned.class);
        m.put(SessionEvents.UNDONE, SessionEvents.Undone.class);
        m.put(SessionEvents.KEY_REGISTERED, SessionEvents.KeyRegistered.class);
        return m;
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(ReportNotes.class, SigningKeys.class);
    }
}
