package io.jicha.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fonts {@link FontLocator} chose: a face for every {@link FontRole} (a font shipped in the jar
 * when nothing better was found), and the notes the caller should print once (which roles were
 * substituted).
 */
public record FontChoice(Map<FontRole, FontSpec> faces, List<String> warnings, Set<FontRole> substituted) {

    public FontChoice {
        faces = new EnumMap<>(faces);
        for (FontRole role : FontRole.values()) {
            Objects.requireNonNull(faces.get(role), () -> "no font for " + role);
        }
        faces = Map.copyOf(faces);
        warnings = List.copyOf(warnings);
        substituted = substituted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(substituted));
    }

    /** Faces chosen as configured: no role drawn by a substitute. */
    public FontChoice(Map<FontRole, FontSpec> faces, List<String> warnings) {
        this(faces, warnings, Set.of());
    }

    /** Every role drawn with the same face (tests). */
    public static FontChoice all(FontSpec spec) {
        Map<FontRole, FontSpec> faces = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            faces.put(role, spec);
        }
        return new FontChoice(faces, List.of());
    }

    public FontSpec face(FontRole role) {
        return faces.get(role);
    }

    public FontSpec body() {
        return faces.get(FontRole.BODY);
    }

    public FontSpec heading() {
        return faces.get(FontRole.HEADING);
    }
}
