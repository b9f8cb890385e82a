package io.jicha.store;

import io.jicha.common.UserError;
import io.jicha.journal.Chain;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;
import io.jicha.session.SessionStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of a JICHA_STORE that cannot be used (a malformed address, a password in it): every use
 * says why in one line, while commands that need no session (help, rubric validate) still run.
 */
final class UnusableStore implements SessionStore {

    private final UserError why;

    UnusableStore(UserError why) {
        this.why = why;
    }

    private UserError fail() {
        return why;
    }

    @Override
    public String location() {
        throw fail();
    }

    @Override
    public String cacheKey() {
        throw fail();
    }

    @Override
    public List<String> names() {
        throw fail();
    }

    @Override
    public boolean exists(String name) {
        throw fail();
    }

    @Override
    public Journal create(String name, String auditor, List<NewEvent> first) {
        throw fail();
    }

    @Override
    public Journal createFrom(String name, Chain.Batch copy, Map<String, Path> snapshots) {
        throw fail();
    }

    @Override
    public Journal journal(String name) {
        throw fail();
    }

    @Override
    public void keepSnapshot(String session, String fileName, String sha256, Path file) {
        throw fail();
    }

    @Override
    public List<String> snapshotNames(String session) {
        throw fail();
    }

    @Override
    public void fetchSnapshot(String fileName, Path target) {
        throw fail();
    }

    @Override
    public void keepEvidence(String sha256, Path file) {
        throw fail();
    }

    @Override
    public boolean hasContent(String sha256) {
        throw fail();
    }

    @Override
    public void fetchEvidence(String sha256, Path target) {
        throw fail();
    }

    @Override
    public Optional<String> currentSession(String auditor) {
        throw fail();
    }

    @Override
    public void setCurrentSession(String auditor, String session) {
        throw fail();
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
