package io.jicha.record;

import io.jicha.journal.Event;
import io.jicha.session.Projection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session's populations as imported so far: for each unit and kind, the files imported in
 * order. A population is the union of its imports; {@link #population} parses the stored
 * snapshots (cached in memory by hash).
 */
public final class PopulationBook implements Projection {

    private final Map<String, List<RecordsImported>> imports = new LinkedHashMap<>();

    @Override
    public void apply(Event event) {
        if (RecordEvents.IMPORTED.equals(event.type())) {
            RecordsImported r = event.payloadAs(RecordsImported.class);
            imports.computeIfAbsent(key(r.unit(), r.recordKind()), k -> new ArrayList<>()).add(r);
        }
    }

    /** The imports of a unit's population of one kind, oldest first; empty when none. */
    public List<RecordsImported> imports(String unit, RecordKind kind) {
        return List.copyOf(imports.getOrDefault(key(unit, kind), List.of()));
    }

    /** The file names of the snapshots the imports refer to (see {@link Snapshots#path}). */
    public Set<String> snapshotNames() {
        Set<String> names = new HashSet<>();
        imports.values().forEach(parts -> parts.forEach(r -> names.add(r.sha256() + "." + r.recordFormat().extension())));
        return names;
    }

    /** The number of records of a unit and kind, without parsing anything. */
    public int count(String unit, RecordKind kind) {
        return imports(unit, kind).stream().mapToInt(RecordsImported::rows).sum();
    }

    /** The population of a unit and kind (empty when nothing was imported). */
    public Population population(Path snapshotDir, String unit, RecordKind kind) {
        return load(snapshotDir, imports(unit, kind));
    }

    /** The population made of the given imports, in the given order. */
    public static Population load(Path snapshotDir, List<RecordsImported> parts) {
        if (parts.isEmpty()) {
            return Population.empty();
        }
        List<Population> populations = new ArrayList<>();
        for (RecordsImported r : parts) {
            populations.add(Snapshots.load(snapshotDir, r));
        }
        return Population.union(populations);
    }

    /** The import with this snapshot hash in the given unit and kind, if any. */
    public Optional<RecordsImported> bySha(String unit, RecordKind kind, String sha256) {
        return imports(unit, kind).stream().filter(r -> r.sha256().equals(sha256)).findFirst();
    }

    /** A record found by id in any population: unit, kind and the record. */
    public record Found(String unit, RecordKind kind, CaseRecord record) {
    }

    /** Every record with this id across the session's populations. */
    public List<Found> find(Path snapshotDir, String id) {
        List<Found> found = new ArrayList<>();
        for (List<RecordsImported> parts : imports.values()) {
            RecordsImported first = parts.get(0);
            Population p = load(snapshotDir, parts);
            int row = p.indexOf(id);
            if (row >= 0) {
                found.add(new Found(first.unit(), first.recordKind(), p.record(row)));
            }
        }
        return found;
    }

    private static String key(String unit, RecordKind kind) {
        return unit + "\u0000" + kind.code();
    }
}
