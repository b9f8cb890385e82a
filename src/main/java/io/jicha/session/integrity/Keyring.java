package io.jicha.session.integrity;

import io.jicha.common.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The team's trusted signing keys, as the bureau distributes them (docs/journal.md, "Head receipts"): a text file,
 * one key per line, {@code <auditor> <fingerprint>}, the fingerprint being the 16 hex digits jicha prints for a key
 * (a second laptop of the same auditor adds a second line); blank lines and lines starting with {@code #} are
 * skipped. {@code session fsck --trust FILE} accepts a signature only when its key is listed for its signer.
 */
public record Keyring(Path source, Map<String, Set<String>> fingerprints) implements TrustedKeys {

    public static Keyring read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw UserError.of("session.keyring-unreadable", file, e.getMessage());
        }
        Map<String, Set<String>> keys = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || !parts[1].matches("[0-9a-f]{16}")) {
                throw UserError.of("session.keyring-line", file, i + 1);
            }
            keys.computeIfAbsent(parts[0], a -> new TreeSet<>()).add(parts[1]);
        }
        return new Keyring(file, Map.copyOf(keys));
    }

    @Override
    public String name() {
        return source.toString();
    }

    @Override
    public boolean trusts(String auditor, String fingerprint) {
        return fingerprints.getOrDefault(auditor, Set.of()).contains(fingerprint);
    }
}
