package io.jicha.session;

import io.jicha.common.Hashes;
import io.jicha.journal.Event;

import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The auditors' signing keys as the journal records them ({@value SessionEvents#KEY_REGISTERED}), and who signed
 * its last head ({@value SessionEvents#HEAD_SIGNED}): what a document prints beside the head it was made from.
 */
public final class SigningKeys implements Projection {

    /** One auditor's key, by the fingerprint people see. */
    public record Signer(String auditor, String fingerprint) {
    }

    private final Map<String, Map<String, String>> byAuditor = new HashMap<>();
    private Signer lastSigner;

    @Override
    public void apply(Event e) {
        if (SessionEvents.KEY_REGISTERED.equals(e.type())) {
            SessionEvents.KeyRegistered k = e.payloadAs(SessionEvents.KeyRegistered.class);
            byAuditor.computeIfAbsent(e.auditor(), a -> new LinkedHashMap<>()).put(k.fingerprint(), k.publicKey());
        } else if (SessionEvents.HEAD_SIGNED.equals(e.type())) {
            String key = e.payloadAs(SessionEvents.HeadSigned.class).publicKey();
            try {
                lastSigner = new Signer(e.auditor(), fingerprint(key));
            } catch (IllegalArgumentException unreadable) {
                lastSigner = null; // fsck names it; a document then prints no signer
            }
        }
    }

    /** Whether the journal records {@code fingerprint} as a key of {@code auditor}. */
    public boolean registered(String auditor, String fingerprint) {
        return byAuditor.getOrDefault(auditor, Map.of()).containsKey(fingerprint);
    }

    /** The key the auditor registered last, if any. */
    public Optional<Signer> latest(String auditor) {
        String last = null;
        for (String fp : byAuditor.getOrDefault(auditor, Map.of()).keySet()) {
            last = fp;
        }
        return Optional.ofNullable(last).map(fp -> new Signer(auditor, fp));
    }

    /** Who signed the journal's last signed head, with which key; empty when no head is signed. */
    public Optional<Signer> lastSigner() {
        return Optional.ofNullable(lastSigner);
    }

    /** The first 16 hex digits of the SHA-256 of a public key (base64 X.509): how a key is named to people. */
    public static String fingerprint(String publicKey) {
        return Hashes.sha256Hex(Base64.getDecoder().decode(publicKey)).substring(0, 16);
    }
}
