package io.jicha.store;

import io.jicha.common.UserError;

import java.util.Optional;

/**
 * The rules of {@code session offline} and {@code session online}, decided from the workspace's state
 * (is it offline, from which store; which session is open) and, going back online, from what each
 * side holds that the other lacks. The shell only copies what the decision says and prints it.
 * <ul>
 * <li>Going offline needs an open session and a workspace that is not offline already.</li>
 * <li>Going online needs a workspace that is offline and an open session. A session the store lacks
 * (created offline) is pushed; events only the laptop has are pushed; events only the store has are
 * pulled; nothing missing on either side copies nothing. When each side has events the other lacks
 * the workspace stays offline: nothing is lost, and the refusal names the command that resolves it.</li>
 * </ul>
 */
public final class OfflineSwitch {

    private OfflineSwitch() {
    }

    /** The session to copy to the laptop; a user's error when already offline or no session is open. */
    public static String goingOffline(Optional<String> offlineFrom, Optional<String> open) {
        if (offlineFrom.isPresent()) {
            throw UserError.of("session.offline.already", offlineFrom.get());
        }
        return open.orElseThrow(() -> UserError.of("session.offline.nothing-open"));
    }

    /** Going back online: the store the workspace went offline from, and the open session. */
    public record Back(String store, String session) {

        /** Whether the store now named (JICHA_STORE) is another than the one the workspace went offline from. */
        public boolean toOtherStore(String location) {
            return !store.equals(location);
        }
    }

    /** The way back; a user's error when the workspace is not offline or no session is open. */
    public static Back goingOnline(Optional<String> offlineFrom, Optional<String> open) {
        String store = offlineFrom.orElseThrow(() -> UserError.of("session.online.not-offline"));
        String session = open.orElseThrow(() -> UserError.of("session.offline.nothing-open"));
        return new Back(store, session);
    }

    /** What going online copies. */
    public enum Copy {
        /** The laptop's events (or its whole session) go to the store. */
        PUSH,
        /** The store's events come to the laptop. */
        PULL,
        /** Both sides hold the same events. */
        NOTHING
    }

    /**
     * What to copy, from whether the store has the session ({@code onStore}) and how many events only
     * the laptop ({@code onlyHere}) and only the store ({@code onlyThere}) hold; a user's error, the
     * workspace staying offline, when both hold events the other lacks.
     */
    public static Copy copy(String session, String storeLocation, boolean onStore, int onlyHere, int onlyThere) {
        if (!onStore) {
            return Copy.PUSH; // created while offline
        }
        if (onlyHere > 0 && onlyThere > 0) {
            throw UserError.of("session.online.diverged", session, storeLocation, onlyHere, onlyThere);
        }
        return onlyHere > 0 ? Copy.PUSH : onlyThere > 0 ? Copy.PULL : Copy.NOTHING;
    }

    /** What {@code session resolve} does with a session that may have diverged from the store. */
    public enum Resolution {
        /** The sides have not diverged: show them and say so. */
        NOT_DIVERGED,
        /** They have diverged and no version was chosen: show both and name the choice. */
        CHOOSE,
        /** They have diverged and {@code --keep} chose a version: keep it, set the other aside. */
        KEEP
    }

    /**
     * What resolving does, from whether the sides diverged and whether a version to keep was given;
     * a user's error when one was given for sides that have not diverged (there is nothing to set aside).
     */
    public static Resolution resolve(String session, String storeLocation, boolean diverged, boolean keepGiven) {
        if (!diverged) {
            if (keepGiven) {
                throw UserError.of("store.not-diverged", session, storeLocation);
            }
            return Resolution.NOT_DIVERGED;
        }
        return keepGiven ? Resolution.KEEP : Resolution.CHOOSE;
    }
}
