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
        return workspaceFromEnvironment(line -> {
        });
    }

    /**
     * The same; {@code say} is told, in one line, when the first connection creates or upgrades the store's
     * schema. A workspace marked offline ({@code session offline}) is its folder, whatever JICHA_STORE says.
     */
    public static Workspace workspaceFromEnvironment(java.util.function.Consumer<String> say) {
        Path root = Workspace.rootFromEnvironment();
        String store = System.getenv("JICHA_STORE");
        if (store == null || store.isBlank() || Workspace.markedOffline(root)) {
            return new Workspace(root);
        }
        try {
            return new Workspace(root, PgStore.at(store, JournalClock.fromEnvironment()).announcing(say));
        } catch (UserError e) {
            return new Workspace(root, new UnusableStore(e)); // said when a session is used
        }
    }
}
