package io.jicha.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The old-journal fixtures under src/test/resources/journals (docs/journal.md, Old journals). */
public final class OldJournals {

    public static final Path FIXTURES = Path.of("src/test/resources/journals");
    public static final String EXPECTED = "expected-state.json";

    private OldJournals() {
    }

    /**
     * The fixture copied into {@code workspace} and opened there (the fixture itself is never
     * written to: opening or appending may set a torn line aside).
     */
    public static Session open(String fixture, Path workspace) {
        Path from = FIXTURES.resolve(fixture);
        Path to = workspace.resolve(fixture);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(EXPECTED)) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Workspace(workspace).open(fixture);
    }
}
