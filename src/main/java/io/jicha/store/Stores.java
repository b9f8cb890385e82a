package io.jicha.store;

import io.jicha.common.UserError;
import io.jicha.journal.JournalClock;
import io.jicha.session.Workspace;

import java.nio.file.Path;

/** Chooses where sessions are kept: the workspace folder, or the store named by JICHA_STORE. */
public final class Stores {

    private Stores() {
    }

    /**
     * The workspace of $JICHA_WORKSPACE (else the user's data folder, see Workspace), with its sessions in the PostgreSQL
     * store of $JICHA_STORE when that is set. Nothing is connected until a session is used.
     */
    public static Workspace workspaceFromEnvironment() {
        Path root = Workspace.rootFromEnvironment();
        String store = System.getenv("JICHA_STORE");
        if (store == null || store.isBlank()) {
            return new Workspace(root);
        }
        try {
            return new Workspace(root, PgStore.at(store, JournalClock.fromEnvironment()));
        } catch (UserError e) {
            return new Workspace(root, new UnusableStore(e)); // said when a session is used
        }
    }
}
