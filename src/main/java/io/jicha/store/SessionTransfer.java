package io.jicha.store;

import io.jicha.common.UserError;
import io.jicha.evidence.EvidenceBook;
import io.jicha.evidence.EvidenceFile;
import io.jicha.evidence.EvidenceStore;
import io.jicha.journal.Chain;
import io.jicha.journal.Event;
import io.jicha.journal.Journal;
import io.jicha.journal.JournalCorruptException;
import io.jicha.record.PopulationBook;
import io.jicha.record.Snapshots;
import io.jicha.session.Session;
import io.jicha.session.SessionState;
import io.jicha.session.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies a session between a workspace folder and a store (session push, session pull): the
 * journal's lines byte for byte, the snapshots they import and the evidence files they refer to
 * (each sent or fetched only when the other side lacks it). The side copied to must hold no
 * event after the last one both sides share: histories that diverged are refused, never merged.
 */
public final class SessionTransfer {

    private SessionTransfer() {
    }

    /** What a copy did: how many events it added, the head both sides now share, and whether it created the session. */
    public record Outcome(int copied, long head, boolean created, int ahead) {
    }

    /** Copies the folder session {@code name} to {@code store}: creates it there, or appends what it lacks. */
    public static Outcome push(Workspace folder, String name, PgStore store) {
        Session local = folder.open(name);
        List<String> lines = local.journal().lines();
        Chain.Batch copy = checked(name, lines);
        List<Event> events = copy.events();
        Map<String, Path> snapshots = snapshotFiles(local, events);
        pushEvidence(local, events, store);
        if (!store.exists(name)) {
            try {
                store.createFrom(name, copy, snapshots);
                return new Outcome(lines.size(), last(events), true, 0);
            } catch (UserError taken) {
                if (!"session.session-named-exists-already-choose".equals(taken.key())) {
                    throw taken;
                }
                // another push created it meanwhile: append to it like to any session of the store
            }
        }
        Journal remote = store.journal(name);
        int[] ahead = {0};
        List<Event> added = remote.appendLines(there -> {
            int common = common(name, events, there, local.location(), store.location(), true);
            ahead[0] = there.size() - common;
            if (ahead[0] > 0) {
                throw UserError.of("store.push-behind", name, store.location(), ahead[0]);
            }
            if (common == events.size()) {
                return List.of();
            }
            snapshots.forEach((file, path) -> store.keepSnapshot(name, file, PgStore.Snapshot.sha256Of(file), path));
            return lines.subList(common, lines.size());
        });
        return new Outcome(added.size(), last(events), false, 0);
    }

    /** Copies the store's session {@code name} into the workspace folder: creates it, or appends what it lacks. */
    public static Outcome pull(PgStore store, String name, Workspace folder) {
        if (!store.exists(name)) {
            throw UserError.of("store.no-session", name, store.location());
        }
        List<String> lines = store.journal(name).lines();
        Chain.Batch copy = checked(name, lines);
        List<Event> events = copy.events();
        List<String> snapshots = store.snapshotNames(name);
        if (!folder.sessionNames().contains(name)) {
            folder.createCopy(name, copy, dir -> {
                snapshots.forEach(f -> store.fetchSnapshot(f, dir.resolve(f)));
                pullEvidence(store, events, dir.resolveSibling(Session.EVIDENCE));
            });
            return new Outcome(lines.size(), last(events), true, 0);
        }
        Session local = folder.open(name);
        int[] ahead = {0};
        List<Event> added = local.journal().appendLines(here -> {
            int common = common(name, events, here, store.location(), local.location(), false);
            ahead[0] = here.size() - common;
            if (common == events.size()) {
                return List.of();
            }
            Path dir = local.dir().resolve(Session.SNAPSHOTS);
            try {
                Snapshots.ensureFolder(dir);
            } catch (IOException e) {
                throw UserError.because(e, "store.cache-failed", dir, PgDatabase.oneLine(e));
            }
            for (String f : snapshots) {
                if (!Files.isRegularFile(dir.resolve(f))) {
                    store.fetchSnapshot(f, dir.resolve(f));
                }
            }
            pullEvidence(store, events, local.evidenceDir());
            return lines.subList(common, lines.size());
        });
        return new Outcome(added.size(), Math.max(last(events), last(local.journal().events())), false, ahead[0]);
    }

    /** Which version of a diverged session keeps its name (session resolve --keep). */
    public enum Keep {
        /** The store's version; the folder's is set aside as NAME-local. */
        STORE("store", "-local"),
        /** The folder's version; the store's is copied into the folder as NAME-store. */
        LOCAL("local", "-store");

        private final String code;
        private final String asideSuffix;

        Keep(String code, String asideSuffix) {
            this.code = code;
            this.asideSuffix = asideSuffix;
        }

        /** {@code store} or {@code local}; anything else is refused with what to write. */
        public static Keep parse(String text) {
            for (Keep k : values()) {
                if (k.code.equals(text)) {
                    return k;
                }
            }
            throw UserError.of("store.resolve-keep", text);
        }

        /** The default name of the copy set aside. */
        public String asideName(String name) {
            return name + asideSuffix;
        }
    }

    /**
     * What a folder session and the store's session of the same name share, and what each has that
     * the other lacks ({@code onlyHere}: the folder's, {@code onlyThere}: the store's), in journal order.
     */
    public record Divergence(String name, String here, String there, int common, List<Event> onlyHere,
                             List<Event> onlyThere) {

        /** True when each side has events the other lacks: no copy can join them. */
        public boolean diverged() {
            return !onlyHere.isEmpty() && !onlyThere.isEmpty();
        }
    }

    /** Compares the folder's session {@code name} with the store's, event by event. */
    public static Divergence compare(Workspace folder, String name, PgStore store) {
        if (!store.exists(name)) {
            throw UserError.of("store.no-session", name, store.location());
        }
        Session local = folder.open(name);
        List<Event> here = local.journal().events();
        List<Event> there = checked(name, store.journal(name).lines()).events();
        int common = 0;
        while (common < Math.min(here.size(), there.size()) && here.get(common).hash().equals(there.get(common).hash())) {
            common++;
        }
        return new Divergence(name, local.location(), store.location(), common,
                here.subList(common, here.size()), there.subList(common, there.size()));
    }

    /**
     * Resolves a divergence by keeping the store's version: the folder's session is set aside as
     * {@code aside} (renamed, untouched), and the store's is copied into the folder under the name.
     */
    public static Outcome keepStore(Workspace folder, String name, PgStore store, String aside) {
        Divergence d = compare(folder, name, store);
        if (!d.diverged()) {
            throw UserError.of("store.not-diverged", name, store.location());
        }
        folder.setAside(name, aside);
        return pull(store, name, folder);
    }

    /**
     * Resolves a divergence by keeping the folder's version: the store's is copied into the folder as
     * {@code aside}, to read and redo from. The store's own history is never rewritten (its journals
     * are append-only), so its session keeps the name there.
     */
    public static Outcome keepLocal(Workspace folder, String name, PgStore store, String aside) {
        Divergence d = compare(folder, name, store);
        if (!d.diverged()) {
            throw UserError.of("store.not-diverged", name, store.location());
        }
        List<String> lines = store.journal(name).lines();
        Chain.Batch copy = checked(name, lines);
        List<String> snapshots = store.snapshotNames(name);
        folder.createCopy(aside, copy, dir -> snapshots.forEach(f -> store.fetchSnapshot(f, dir.resolve(f))));
        return new Outcome(lines.size(), last(copy.events()), true, d.onlyHere().size());
    }

    /**
     * How many events the copy and the destination share from the start. Refuses when they differ
     * at an event both have, naming it and the auditor of each side's version of it.
     */
    private static int common(String name, List<Event> copy, List<Event> destination, String copyWhere,
                              String destinationWhere, boolean copyIsLocal) {
        int n = Math.min(copy.size(), destination.size());
        for (int i = 0; i < n; i++) {
            if (!copy.get(i).hash().equals(destination.get(i).hash())) {
                Event here = copyIsLocal ? copy.get(i) : destination.get(i);
                Event there = copyIsLocal ? destination.get(i) : copy.get(i);
                throw UserError.of("store.diverged", name, here.seq(), copyIsLocal ? copyWhere : destinationWhere,
                        here.auditor(), copyIsLocal ? destinationWhere : copyWhere, there.auditor());
            }
        }
        return n;
    }

    /** The lines checked once as a whole journal: the copy that creates a session, and the events to compare. */
    private static Chain.Batch checked(String name, List<String> lines) {
        try {
            return Chain.continuing(List.of(), lines);
        } catch (JournalCorruptException e) {
            throw UserError.of("store.copy-corrupt", name, e.getMessage());
        }
    }

    /** The snapshot files the session's imports name, from its folder. */
    private static Map<String, Path> snapshotFiles(Session local, List<Event> events) {
        Map<String, Path> files = new TreeMap<>();
        Path dir = local.snapshotDir();
        for (String f : new SessionState(events).get(PopulationBook.class).snapshotNames()) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw UserError.of("store.snapshot-missing", f, local.location());
            }
            files.put(f, p);
        }
        return files;
    }

    /**
     * Sends the evidence files the events refer to that the store lacks (each checked against its
     * hash here, and again as it is sent), before the events that name them.
     */
    private static void pushEvidence(Session local, List<Event> events, PgStore store) {
        for (EvidenceFile f : new SessionState(events).get(EvidenceBook.class).files()) {
            if (!store.hasContent(f.sha256())) {
                store.keepEvidence(f.sha256(), EvidenceStore.open(local, f));
            }
        }
    }

    /** Fetches the evidence files the events refer to that {@code dir} lacks, each checked as it is read. */
    private static void pullEvidence(PgStore store, List<Event> events, Path dir) {
        java.util.Collection<EvidenceFile> files = new SessionState(events).get(EvidenceBook.class).files();
        if (files.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw UserError.because(e, "store.cache-failed", dir, PgDatabase.oneLine(e));
        }
        for (EvidenceFile f : files) {
            if (!Files.isRegularFile(dir.resolve(f.sha256()))) {
                store.fetchEvidence(f.sha256(), dir.resolve(f.sha256()));
            }
        }
    }

    private static long last(List<Event> events) {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
    }
}
