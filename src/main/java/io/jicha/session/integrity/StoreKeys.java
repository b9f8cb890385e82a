package io.jicha.session.integrity;

import io.jicha.common.UserError;
import io.jicha.session.SessionStore;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signing keys of a PostgreSQL store's key table (schema version 3, docs/store.md "Signing keys"), as a trust
 * anchor for {@code session fsck --trust store}: a key is an auditor's when the store registered it from a journal
 * line inserted by a login role the administrator maps to that auditor ({@code jicha_role_auditor}). A key a role
 * registered under a name it does not write as, or a role with no names mapped, vouches for nothing.
 */
public record StoreKeys(String name, List<SessionStore.StoredKey> keys, Map<String, Set<String>> roleNames)
        implements TrustedKeys {

    public StoreKeys {
        keys = List.copyOf(keys);
        roleNames = Map.copyOf(roleNames);
    }

    /** The key table of {@code store}; one line when the sessions are no store's (a workspace's folders). */
    public static StoreKeys of(SessionStore store, String workspace) {
        if (store == null) {
            throw UserError.of("session.trust-no-store", workspace);
        }
        List<SessionStore.StoredKey> keys = store.signingKeys()
                .orElseThrow(() -> UserError.of("session.trust-no-store", store.location()));
        return new StoreKeys(store.location(), keys, store.roleNames());
    }

    @Override
    public boolean trusts(String auditor, String fingerprint) {
        return keys.stream().anyMatch(k -> k.auditor().equals(auditor) && k.fingerprint().equals(fingerprint)
                && roleNames.getOrDefault(k.registeredBy(), Set.of()).contains(auditor));
    }
}
