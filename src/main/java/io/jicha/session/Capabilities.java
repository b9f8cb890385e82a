package io.jicha.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of capabilities: every {@link Capability} named in
 * {@code META-INF/services/io.jicha.session.Capability}, in that order. Replay, fsck and the docs'
 * catalogue read it instead of keeping lists of their own.
 */
public final class Capabilities {

    private static final List<Capability> ALL = load();
    private static final Map<String, Class<?>> PAYLOADS = payloads(ALL);

    private Capabilities() {
    }

    /** Every registered capability, in registration order. */
    public static List<Capability> all() {
        return ALL;
    }

    /** Every registered event type → its payload record, in registration order. */
    public static Map<String, Class<?>> eventTypes() {
        return PAYLOADS;
    }

    /** The payload record of a registered event type; empty when no capability declares it. */
    public static Optional<Class<?>> payloadOf(String type) {
        return Optional.ofNullable(PAYLOADS.get(type));
    }

    /** Whether a registered capability declares {@code type} as bookkeeping ({@link Capability#bookkeeping}). */
    public static boolean isBookkeeping(String type) {
        return ALL.stream().anyMatch(c -> c.bookkeeping().contains(type));
    }

    public static boolean knows(String type) {
        return PAYLOADS.containsKey(type);
    }

    private static List<Capability> load() {
        List<Capability> found = ServiceLoader.load(Capability.class, Capability.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no capability is registered (META-INF/services/" + Capability.class.getName() + ")");
        }
        return found;
    }

    private static Map<String, Class<?>> payloads(List<Capability> capabilities) {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (Capability c : capabilities) {
            c.events().forEach((type, payload) -> {
                String before = owner.putIfAbsent(type, c.name());
                if (before != null) {
                    throw new IllegalStateException(type + " is declared by both " + before + " and " + c.name());
                }
                all.put(type, payload);
            });
        }
        return Collections.unmodifiableMap(all);
    }
}
