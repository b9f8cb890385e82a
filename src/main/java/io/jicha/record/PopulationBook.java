package io.jicha.record;

import io.jicha.common.UserError;
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
    /** Every import in journal order, superseded versions included (their snapshots stay pinned by draws). */
    private final Map<String, List<RecordsImported>> everImported = new LinkedHashMap<>();

    @Override
    public void apply(Event event) {
        if (RecordEvents.IMPORTED.equals(event.type())) {
            RecordsImported r = event.payloadAs(RecordsImported.class);
            List<RecordsImported> current = imports.computeIfAbsent(key(r.unit(), r.recordKind()), k -> new ArrayList<>());
            if (r.isNewVersion()) {
                current.removeIf(earlier -> r.supersedes().contains(earlier.sha256()));
            }
            current.add(r);
            everImported.computeIfAbsent(key(r.unit(), r.recordKind()), k -> new ArrayList<>()).add(r);
        }
    }

    /**
     * The version of a unit's ledger an import is (1 for the first import, 2 for the first new
     * version of it …); 0 when the import is not one of the unit's.
     */
    public int version(String unit, RecordKind kind, String sha256) {
        int version = 0;
        for (RecordsImported r : everImported.getOrDefault(key(unit, kind), List.of())) {
            if (version == 0 || r.isNewVersion()) {
                version++;
            }
            if (r.sha256().equals(sha256)) {
                return version;
            }
        }
        return 0;
    }

    /** Whether a unit's ledger of this kind was ever imported as a new version (issue 26). */
    public boolean versioned(String unit, RecordKind kind) {
        return everImported.getOrDefault(key(unit, kind), List.of()).stream().anyMatch(RecordsImported::isNewVersion);
    }

    /** What a new version changed against the imports it supersedes: ids added, changed and no longer listed. */
    public record VersionChange(int version, List<String> added, List<String> changed, List<String> removed) {
    }

    /** The changes a new-version import made; null when the import is not a new version. */
    public VersionChange change(Path snapshotDir, RecordsImported r) {
        if (!r.isNewVersion()) {
            return null;
        }
        List<RecordsImported> before = everImported.getOrDefault(key(r.unit(), r.recordKind()), List.of()).stream()
                .filter(e -> r.supersedes().contains(e.sha256())).toList();
        Population old = load(snapshotDir, before);
        Population now = Snapshots.load(snapshotDir, r);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int row = 0; row < now.size(); row++) {
            int was = old.indexOf(now.id(row));
            if (was < 0) {
                added.add(now.id(row));
            } else if (!old.record(was).equals(now.record(row))) {
                changed.add(now.id(row));
            }
        }
        List<String> removed = new ArrayList<>();
        for (int row = 0; row < old.size(); row++) {
            if (!now.contains(old.id(row))) {
                removed.add(old.id(row));
            }
        }
        return new VersionChange(version(r.unit(), r.recordKind(), r.sha256()), added, changed, removed);
    }

    /** The imports of a unit's population of one kind, oldest first; empty when none. */
    public List<RecordsImported> imports(String unit, RecordKind kind) {
        return List.copyOf(imports.getOrDefault(key(unit, kind), List.of()));
    }

    /** The file names of the snapshots the imports refer to (see {@link Snapshots#path}). */
    public Set<String> snapshotNames() {
        Set<String> names = new HashSet<>();
        everImported.values().forEach(parts -> parts.forEach(r -> names.add(r.sha256() + "." + r.recordFormat().extension())));
        return names;
    }

    /** The number of records of a unit and kind, without parsing anything. */
    public int count(String unit, RecordKind kind) {
        return imports(unit, kind).stream().mapToInt(RecordsImported::rows).sum();
    }

    /** Refuses a unit with no records of any kind imported, saying to import them (what stats summary needs). */
    public void requireAnyImport(String unit) {
        if (java.util.Arrays.stream(RecordKind.values()).allMatch(k -> imports(unit, k).isEmpty())) {
            throw UserError.of("stats.has-imported-records-import-them", unit, unit);
        }
    }

    /** The number of records imported for a unit and kind, or a refusal saying to import them first. */
    public int requireCount(String unit, RecordKind kind) {
        int n = count(unit, kind);
        if (n == 0) {
            throw UserError.of("sample.has-records-imported-run-records", unit, kind, unit, kind);
        }
        return n;
    }

    /** The population of a unit and kind, or a refusal saying to import it first (records list, records fields). */
    public Population requirePopulation(Path snapshotDir, String unit, RecordKind kind) {
        Population p = population(snapshotDir, unit, kind);
        if (p.size() == 0) {
            throw UserError.of("record.records-imported-run-records-import", kind, unit, unit, kind);
        }
        return p;
    }

    /** Where a record of this id was imported (each unit and kind holding it), or a refusal when none holds it. */
    public List<Found> requireFound(Path snapshotDir, String id) {
        List<Found> found = find(snapshotDir, id);
        if (found.isEmpty()) {
            throw UserError.of("record.record-session-s-populations-check", id);
        }
        return found;
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
        return everImported.getOrDefault(key(unit, kind), List.of()).stream().filter(r -> r.sha256().equals(sha256)).findFirst();
    }

    /** A record found by id in any population: unit, kind and the record. */
    public record Found(String unit, RecordKind kind, CaseRecord record, Population population) {

        /**
         * How the unit's ledger heads a column: its own header text (当事人), else the first Chinese
         * header of the column (docs/records.md), else the name as kept.
         */
        public String header(String canonical) {
            String own = population == null ? null : population.header(canonical);
            return own != null ? own : Columns.header(canonical);
        }
    }

    /** Every record with this id across the session's populations. */
    public List<Found> find(Path snapshotDir, String id) {
        List<Found> found = new ArrayList<>();
        for (List<RecordsImported> parts : imports.values()) {
            RecordsImported first = parts.get(0);
            Population p = load(snapshotDir, parts);
            int row = p.indexOf(id);
            if (row >= 0) {
                found.add(new Found(first.unit(), first.recordKind(), p.record(row), p));
            }
        }
        return found;
    }

    private static String key(String unit, RecordKind kind) {
        return unit + "\u0000" + kind.code();
    }
}
