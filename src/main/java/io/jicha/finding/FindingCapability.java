package io.jicha.finding;

import io.jicha.session.Capability;
import io.jicha.session.Projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings and notices: {@link FindingEvents}, folded by {@link FindingBook}. */
public final class FindingCapability implements Capability {

    @Override
    public String name() {
        return "finding";
    }

    @Override
    public Map<String, Class<?>> events() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put(FindingEvents.PROPOSED, FindingEvents.Proposed.class);
        m.put(FindingEvents.ADDED, FindingEvents.Added.class);
        m.put(FindingEvents.ACCEPTED, FindingEvents.Accepted.class);
        m.put(FindingEvents.DROPPED, FindingEvents.Dropped.class);
        m.put(FindingEvents.EDITED, FindingEvents.Edited.class);
        m.put(FindingEvents.WITHDRAWN, FindingEvents.Withdrawn.class);
        m.put(FindingEvents.RESOLVED, FindingEvents.Resolved.class);
        m.put(FindingEvents.AMENDED, FindingEvents.Amended.class);
        m.put(FindingEvents.NOTICE_ISSUED, FindingEvents.NoticeIssued.class);
        m.put(FindingEvents.DOCUMENT_SENT, FindingEvents.DocumentSent.class);
        m.put(FindingEvents.NOTICE_REPRINTED, FindingEvents.NoticeReprinted.class);
        return m;
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(FindingBook.class);
    }
}
