package io.jicha.session;

import io.jicha.journal.Event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database roles that inserted a session's lines, as a PostgreSQL store records them (docs/store.md, "Roles
 * and names"). A line's auditor is the writer's own statement; its role is the server's. A role writes as the names
 * the store maps it to, else as the auditor of its first line in the session; a line whose auditor is another name
 * is an {@link Impersonation}, which journal log and session fsck show.
 */
public record Writers(Map<Long, String> roles, Map<String, Set<String>> mapped) {

    public static final Writers NONE = new Writers(Map.of(), Map.of());

    /** A line written by {@code role} as {@code auditor}, where the role writes as {@code usual}. */
    public record Impersonation(long seq, String role, String auditor, Set<String> usual) {
    }

    public boolean recorded() {
        return !roles.isEmpty();
    }

    /** The role of the line, or "" where none was recorded. */
    public String roleOf(Event e) {
        return roles.getOrDefault(e.seq(), "");
    }

    public List<Impersonation> impersonations(List<Event> events) {
        Map<String, Set<String>> names = new HashMap<>(mapped);
        List<Impersonation> found = new ArrayList<>();
        for (Event e : events) {
            String role = roles.get(e.seq());
            if (role == null) {
                continue;
            }
            Set<String> as = names.computeIfAbsent(role, r -> Set.of(e.auditor()));
            if (!as.contains(e.auditor())) {
                found.add(new Impersonation(e.seq(), role, e.auditor(), as));
            }
        }
        return found;
    }
}
