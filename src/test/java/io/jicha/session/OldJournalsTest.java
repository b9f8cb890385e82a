package io.jicha.session;

import io.jicha.journal.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Journals written by earlier releases replay to the state they meant when they were written.
 * Each folder under {@code src/test/resources/journals/} is a session folder copied from a real
 * run (journal, snapshots, any torn line set aside) with {@code expected-state.json}, the
 * {@link StateDump} of its replayed state made by the release that wrote it. See docs/journal.md
 * ("Old journals") for when to add one and how; an expected dump is never regenerated.
 */
class OldJournalsTest {

    static final Path FIXTURES = OldJournals.FIXTURES;
    static final String EXPECTED = OldJournals.EXPECTED;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(Session.JOURNAL)))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void anOldJournalReplaysToTheStateItWasWrittenWith(String fixture, @TempDir Path workspace) throws IOException {
        Session session = copy(fixture, workspace);
        String actual = StateDump.of(session);
        Path expected = FIXTURES.resolve(fixture).resolve(EXPECTED);
        if (!Files.exists(expected) && fixture.equals(System.getProperty("jicha.recordFixture"))) {
            // only ever for a fixture that has no expected state yet: see docs/journal.md
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected state of fixture " + fixture + " (docs/journal.md, Old journals)").exists();
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "fixture " + fixture + " no longer replays to the state it was written with");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void anOldJournalPassesSessionFsck(String fixture, @TempDir Path workspace) {
        Session session = copy(fixture, workspace);
        // every check but the folder's files: a fixture folder also holds its script
        Set<io.jicha.integrity.Fsck.Check> checks = java.util.EnumSet.complementOf(
                java.util.EnumSet.of(io.jicha.integrity.Fsck.Check.FILES));
        io.jicha.integrity.Fsck.Report report = io.jicha.integrity.Fsck.run(session, checks, null);
        assertThat(report.faults()).as("session fsck of fixture " + fixture).isEmpty();
        assertThat(report.events()).isEqualTo(session.state().events().size());
    }

    @Test
    void theFixturesHoldEveryEventTypeTheCodeDeclaresAndNoOther(@TempDir Path workspace) throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String fixture : fixtures().toList()) {
            Path dir = workspace.resolve(fixture);
            copy(fixture, dir).state().events().stream().map(Event::type).forEach(seen::add);
        }
        Set<String> declared = EventCatalogue.types();
        assertThat(declared).as("the catalogue read from the XxxEvents classes").contains(SessionEvents.CREATED);
        Set<String> unrecorded = new TreeSet<>(declared);
        unrecorded.removeAll(seen);
        assertThat(unrecorded).as("event types no fixture journal holds: record a fixture with them"
                + " (docs/journal.md, Old journals)").isEmpty();
        Set<String> forgotten = new TreeSet<>(seen);
        forgotten.removeAll(declared);
        assertThat(forgotten).as("event types of old journals the code no longer declares (never remove one)").isEmpty();
    }

    static Session copy(String fixture, Path workspace) {
        return OldJournals.open(fixture, workspace);
    }
}
