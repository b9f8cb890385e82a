package io.jicha.session;

import io.jicha.journal.Chain;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions are kept when they are not in the workspace folder: a database shared by a review
 * team (see docs/store.md). It keeps each session's journal lines, the snapshots of the files it
 * imported (once per SHA-256), and which session each auditor has open. The workspace folder still
 * holds what belongs to one machine: the acting auditor, the history, and a cache of snapshots.
 */
public interface SessionStore extends AutoCloseable {

    /** The store, for messages, without any password: {@code postgresql://user@host:5432/db}. */
    String location();

    /** A short stable name of the store, for the folder that caches its snapshots on this machine. */
    String cacheKey();

    /** The names of the sessions kept here, sorted. */
    List<String> names();

    boolean exists(String name);

    /** Creates a session whose journal starts with {@code first}; refuses a name that is taken. */
    Journal create(String name, String auditor, List<NewEvent> first);

    /**
     * Creates a session holding a copy of another journal's lines and the snapshots they import
     * (file name to file), all in one step (session push); refuses a taken name.
     */
    Journal createFrom(String name, Chain.Batch copy, java.util.Map<String, Path> snapshots);

    /** The journal of an existing session. */
    Journal journal(String name);

    /**
     * Keeps an imported file's bytes as a snapshot of the session (stored once per SHA-256), as part
     * of the append in progress when there is one, so that the snapshot and its import are kept
     * together or not at all.
     */
    void keepSnapshot(String session, String fileName, String sha256, Path file);

    /** The snapshot file names ({@code <sha256>.<ext>}) kept for the session. */
    List<String> snapshotNames(String session);

    /** Writes a kept snapshot to {@code target}, checking its SHA-256 as it is read. */
    void fetchSnapshot(String fileName, Path target);

    /**
     * Keeps an evidence file's bytes (stored once per SHA-256, like snapshots), as part of the append
     * in progress when there is one, else on its own.
     */
    void keepEvidence(String sha256, Path file);

    /** Whether the store holds the bytes with this SHA-256. */
    boolean hasContent(String sha256);

    /** Writes a kept evidence file to {@code target}, checking its SHA-256 as it is read. */
    void fetchEvidence(String sha256, Path target);

    /** The session the auditor has open, if any. */
    Optional<String> currentSession(String auditor);

    void setCurrentSession(String auditor, String session);

    /**
     * The database role that inserted each line of the session, by seq, as the store recorded it itself (not
     * the client); empty where the store records none (a folder, lines stored before schema version 2).
     */
    default java.util.Map<Long, String> roles(String session) {
        return java.util.Map.of();
    }

    /** The team member names each login role may write as, as the store's administrator mapped them. */
    default java.util.Map<String, java.util.Set<String>> roleNames() {
        return java.util.Map.of();
    }

    /** A signing key as a store registered it: whose, which, and the login role whose journal line registered it. */
    record StoredKey(String auditor, String fingerprint, String registeredBy) {
    }

    /**
     * The signing keys the store registered from its journals (issue 28), or empty when the store keeps no key
     * table (a folder of the workspace).
     */
    default Optional<java.util.List<StoredKey>> signingKeys() {
        return Optional.empty();
    }

    @Override
    void close();
}
