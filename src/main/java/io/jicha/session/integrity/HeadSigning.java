package io.jicha.session.integrity;

import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.NewEvent;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionEvents.HeadSigned;
import io.jicha.session.SessionEvents.KeyRegistered;
import io.jicha.session.SessionState;
import io.jicha.session.SigningKeys;
import io.jicha.session.SessionEvents.SignedFor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Heads signed with an auditor's Ed25519 key (the JDK's own, RFC 8032). Each auditor's key pair
 * is kept outside every session, in {@code $JICHA_KEYS} (else {@code ~/.jicha/keys}), made on first
 * use, readable by its owner only. The signature and the public key are recorded in the journal
 * as a {@value SessionEvents#HEAD_SIGNED} event, the key itself once before its first signature as a
 * {@value SessionEvents#KEY_REGISTERED} event; {@code session fsck} verifies every one against
 * the chain, and against a trusted source of keys ({@link TrustedKeys}) when given one. Whoever rewrites events before a signed head and re-hashes the rest cannot sign the
 * new head as that auditor; see docs/journal.md for what this does not guard against.
 */
public final class HeadSigning {

    private static final String ALGORITHM = "Ed25519";

    private HeadSigning() {
    }

    /** The folder of the auditors' keys: {@code $JICHA_KEYS}, else {@code ~/.jicha/keys}. */
    public static Path keyFolder() {
        String env = System.getenv("JICHA_KEYS");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".jicha", "keys");
    }

    /** The text that is signed: it binds the session, the event, its hash, the purpose and the signer. */
    public static byte[] message(String session, long seq, String head, SignedFor purpose, String auditor) {
        return ("jicha head signature v1\n" + session + "\n" + seq + "\n" + head + "\n" + purpose + "\n" + auditor + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Path keyFile(Path folder, String auditor) {
        return folder.resolve(Hashes.sha256Hex(auditor).substring(0, 16) + ".ed25519");
    }

    /** The auditor's public key (base64 X.509) if the folder holds the auditor's key; never makes one. */
    public static Optional<String> knownPublicKey(Path folder, String auditor) {
        Path file = keyFile(folder, auditor);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            return lines.size() < 2 ? Optional.empty() : Optional.of(lines.get(1).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The auditor's key pair from the folder, made (and stored, owner-only) on first use. */
    public static KeyPair keyOf(Path folder, String auditor) {
        Path file = keyFile(folder, auditor);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                create(folder, file);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw UserError.of("session.key-unreadable", file, "not a regular file");
            }
            requirePrivate(file);
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            KeyFactory f = KeyFactory.getInstance(ALGORITHM);
            PrivateKey priv = f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
            PublicKey pub = f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1))));
            return new KeyPair(pub, priv);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw UserError.because(e, "session.key-unreadable", file, e.getMessage());
        }
    }

    /**
     * A private key others can read, or a file another user owns, is no key of this user's: refused with one line
     * (issue 28: a key file of mode 0666 was used without a word). Without POSIX permissions nothing is checked.
     */
    private static void requirePrivate(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        String mode = PosixFilePermissions.toString(perms);
        String owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
        if (!mode.substring(3).equals("------") || !owner.equals(System.getProperty("user.name"))) {
            throw UserError.of("session.key-not-private", file, mode, owner);
        }
    }

    private static void create(Path folder, Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        KeyPair kp = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        String text = Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()) + "\n";
        Path tmp = folder.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(tmp);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp); // another process made it first: use theirs
        }
    }

    /** The first 16 hex digits of the SHA-256 of a public key (base64 X.509): how a key is named to people. */
    public static String fingerprint(String publicKey) {
        return SigningKeys.fingerprint(publicKey);
    }

    /** What the journal records of a key before its first signature. */
    private static KeyRegistered registration(KeyPair kp) {
        String pub = Base64.getEncoder().encodeToString(kp.getPublic().getEncoded());
        return new KeyRegistered(fingerprint(pub), ALGORITHM, pub);
    }

    /** The key registration to write before a signature with {@code reg}: none when the journal has it already. */
    private static List<NewEvent> unlessRegistered(SessionState state, String auditor, KeyRegistered reg) {
        return state.get(SigningKeys.class).registered(auditor, reg.fingerprint()) ? List.of()
                : List.of(new NewEvent(SessionEvents.KEY_REGISTERED, reg));
    }

    /**
     * Records the auditor's key (from {@code folder}, made on first use) in the journal unless it is there already,
     * so that a document made next can print it beside its head; returns the key.
     */
    public static SigningKeys.Signer register(Session session, Path folder, String auditor) {
        KeyRegistered reg = registration(keyOf(folder, auditor));
        session.append(auditor, state -> unlessRegistered(state, auditor, reg));
        return new SigningKeys.Signer(auditor, reg.fingerprint());
    }

    /**
     * Signs the head {@code head} (event {@code seq}) as {@code auditor} with the key from
     * {@code folder}, and records the signature. Returns the recorded payload.
     */
    public static HeadSigned sign(Session session, Path folder, String auditor, long seq, String head, SignedFor purpose) {
        KeyPair kp = keyOf(folder, auditor);
        String signature;
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(kp.getPrivate());
            s.update(message(session.name(), seq, head, purpose, auditor));
            signature = Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17", e);
        }
        HeadSigned signed = new HeadSigned(seq, head, purpose,
                Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()), signature);
        KeyRegistered reg = registration(kp);
        session.append(auditor, state -> { // the key first, the first time it signs in this journal; one write
            List<NewEvent> events = new ArrayList<>(unlessRegistered(state, auditor, reg));
            events.add(new NewEvent(SessionEvents.HEAD_SIGNED, signed));
            return events;
        });
        return signed;
    }

    /** One recorded signature checked: null problem when it holds. */
    public record Checked(long seq, String auditor, HeadSigned signed, String problem) {
        /** The fingerprint of the key that made it, or "-" when the payload does not read. */
        public String fingerprint() {
            try {
                return signed == null ? "-" : HeadSigning.fingerprint(signed.publicKey());
            } catch (IllegalArgumentException e) {
                return "-";
            }
        }
    }

    /**
     * What fsck found of the keys and signatures: each signature checked, the faults of key registrations, and
     * warnings (a signature made before keys were registered; keys no trusted source was asked about).
     */
    public record Verified(List<Checked> signatures, List<String> faults, List<String> warnings) {
    }

    /**
     * Checks every recorded signature against the chain it is in. A key other than the one in this machine's key
     * folder is no fault (the same auditor on a second laptop has a second key): only a team keyring says which
     * keys are an auditor's ({@link #verify(String, List, TrustedKeys)}).
     */
    public static List<Checked> check(String sessionName, List<Event> events, Path keyFolder) {
        return verify(sessionName, events, null).signatures();
    }

    /** The signatures as {@link #verify(String, List, TrustedKeys)} checks them. */
    public static List<Checked> check(String sessionName, List<Event> events, TrustedKeys trust) {
        return verify(sessionName, events, trust).signatures();
    }

    /**
     * Checks every key registration (its fingerprint names its key, an Ed25519 key) and every signature: its head is
     * the hash of the event it names, it verifies with its key, and that key is registered in the journal before it
     * as a key of its signer (a signature before the journal's first registration, written by a jicha that did not
     * register keys, is only a warning). With {@code trust} (null: none), every key the journal names must be a key
     * it trusts for that auditor; without, the keys are listed in a warning, since the journal alone cannot tell
     * a forger's key registered in a re-signed journal from a second laptop's.
     */
    public static Verified verify(String sessionName, List<Event> events, TrustedKeys trust) {
        Map<Long, String> hashes = new HashMap<>();
        Map<String, Set<String>> registered = new HashMap<>();
        Map<String, Long> named = new LinkedHashMap<>(); // "auditor fingerprint" → first event naming it
        boolean registering = false;
        List<Checked> out = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Event e : events) {
            hashes.put(e.seq(), e.hash());
            if (SessionEvents.KEY_REGISTERED.equals(e.type())) {
                registering = true;
                KeyRegistered k;
                try {
                    k = e.payloadAs(KeyRegistered.class);
                } catch (RuntimeException bad) {
                    faults.add(Texts.get("session.fsck.key-bad", e.seq(), e.auditor()));
                    continue;
                }
                if (!ALGORITHM.equals(k.algorithm()) || !k.fingerprint().equals(fingerprintOrNull(k.publicKey()))
                        || publicKey(k.publicKey()) == null) {
                    faults.add(Texts.get("session.fsck.key-bad", e.seq(), e.auditor()));
                    continue;
                }
                registered.computeIfAbsent(e.auditor(), a -> new HashSet<>()).add(k.fingerprint());
                if (named.putIfAbsent(e.auditor() + " " + k.fingerprint(), e.seq()) == null
                        && trust != null && !trust.trusts(e.auditor(), k.fingerprint())) {
                    faults.add(Texts.get("session.fsck.key-untrusted", e.seq(), e.auditor(), k.fingerprint(), trust.name()));
                }
                continue;
            }
            if (!SessionEvents.HEAD_SIGNED.equals(e.type())) {
                continue;
            }
            HeadSigned h;
            try {
                h = e.payloadAs(HeadSigned.class);
            } catch (RuntimeException bad) {
                out.add(new Checked(e.seq(), e.auditor(), null, Texts.get("session.fsck.signature-bad", e.seq(), e.auditor())));
                continue;
            }
            String problem = null;
            String fp = fingerprintOrNull(h.publicKey());
            if (!h.head().equals(hashes.get(h.seq()))) {
                problem = Texts.get("session.fsck.signature-head", e.seq(), e.auditor(), h.seq());
            } else if (fp == null || !verifies(sessionName, e.auditor(), h)) {
                problem = Texts.get("session.fsck.signature-bad", e.seq(), e.auditor());
            } else if (!registered.getOrDefault(e.auditor(), Set.of()).contains(fp)) {
                if (registering) {
                    problem = Texts.get("session.fsck.signature-unregistered", e.seq(), e.auditor(), fp);
                } else {
                    warnings.add(Texts.get("session.fsck.signature-before-keys", e.seq(), e.auditor(), fp));
                }
            }
            if (problem == null && trust != null && !trust.trusts(e.auditor(), fp)) {
                problem = Texts.get("session.fsck.signature-untrusted", e.seq(), e.auditor(), fp, trust.name());
            }
            if (fp != null) {
                named.putIfAbsent(e.auditor() + " " + fp, e.seq());
            }
            out.add(new Checked(e.seq(), e.auditor(), h, problem));
        }
        if (trust == null && !named.isEmpty()) {
            warnings.add(Texts.get("session.fsck.keys-unchecked", String.join(Texts.get("session.fsck.keys-separator"),
                    named.keySet())));
        }
        return new Verified(List.copyOf(out), List.copyOf(faults), List.copyOf(warnings));
    }

    private static String fingerprintOrNull(String publicKey) {
        try {
            return publicKey == null ? null : fingerprint(publicKey);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PublicKey publicKey(String encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean verifies(String sessionName, String auditor, HeadSigned h) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(h.publicKey())));
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(message(sessionName, h.seq(), h.head(), h.purpose(), auditor));
            return s.verify(Base64.getDecoder().decode(h.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
