package io.jicha.session.integrity;

/**
 * Which signing keys are an auditor's, by a source outside the journal (issue 28: a journal re-signed with a key of
 * the forger's own, and that key registered in it, verifies by itself): the bureau's keyring file ({@link Keyring})
 * or the key table of a PostgreSQL store. {@code session fsck --trust} checks every key the journal names against it.
 */
public interface TrustedKeys {

    /** The value of {@code --trust} that names the store's key table (a keyring file so named is given as ./store). */
    String STORE = "store";

    /**
     * What {@code session fsck --trust VALUE} trusts: the key table of the workspace's {@code store} for
     * {@value #STORE}, else the keyring file VALUE; null for no value.
     */
    static TrustedKeys of(String value, io.jicha.session.SessionStore store, String workspace) {
        if (value == null) {
            return null;
        }
        return STORE.equals(value) ? StoreKeys.of(store, workspace) : Keyring.read(java.nio.file.Path.of(value));
    }

    /** Whether {@code fingerprint} is a key of {@code auditor}. */
    boolean trusts(String auditor, String fingerprint);

    /** Where the trusted keys come from, as a fault line names it (a file, a store's address). */
    String name();
}
