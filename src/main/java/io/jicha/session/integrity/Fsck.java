package io.jicha.session.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.Hashes;
import io.jicha.evidence.EvidenceCheck;
import io.jicha.common.Json;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.Journal;
import io.jicha.record.Population;
import io.jicha.record.RecordEvents;
import io.jicha.record.RecordsImported;
import io.jicha.record.Snapshots;
import io.jicha.rubric.InvalidRubricException;
import io.jicha.rubric.RubricEvents;
import io.jicha.rubric.RubricLoaded;
import io.jicha.rubric.RubricLoader;
import io.jicha.sampling.DrawBook;
import io.jicha.sampling.SampleDrawn;
import io.jicha.sampling.Sampling;
import io.jicha.sampling.SamplingEvents;
import io.jicha.scoring.ScoreEvents;
import io.jicha.scoring.ScoreTarget;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code session fsck}: the one integrity check of a session, like git fsck. It reads the journal
 * once and checks, as asked: the chain and line format; every snapshot an import refers to present,
 * a regular file and hashing to its name, and still holding the rows recorded; every rubric's
 * content hashing right and still reading; every draw recomputed from its snapshots; every score
 * referring to a file drawn before it and to a rubric pinned before it; the signatures of signed
 * heads; every evidence file re-hashed, and none that nothing refers to ({@link EvidenceCheck}); no
 * orphan and no leftover temporary file in the session folder. Optionally, whether a
 * head (from a PDF, a receipt) is in the chain and how many events follow it.
 *
 * <p>{@code journal verify} and {@code sample verify} are narrower views of the same checks.
 * Reads only: it never changes the session.
 */
public final class Fsck {

    /** What to check. */
    public enum Check { CHAIN, RUBRICS, SNAPSHOTS, DRAWS, SCORES, SIGNATURES, FILES, EVIDENCE }

    /** Every check. */
    public static final Set<Check> ALL = EnumSet.allOf(Check.class);

    private static final Set<String> SCORE_TYPES = Set.of(ScoreEvents.DEDUCTED, ScoreEvents.VETOED,
            ScoreEvents.CLEARED, ScoreEvents.DONE, ScoreEvents.REOPENED);

    /** Where a head stands in the chain: its event, and how many events follow it; null seq when absent. */
    public record HeadPosition(String head, Long seq, int following) {
        public boolean found() {
            return seq != null;
        }
    }

    /**
     * What fsck found. {@code faults} holds one line per fault, in journal order; an empty list
     * means the session is sound as far as it was checked.
     */
    public record Report(Journal.Verification chain, int events, String head, int snapshots, int rubrics,
                         List<Sampling.DrawCheck> draws, int scores, int signatures, int files,
                         HeadPosition headPosition, List<String> faults, int evidence) {
        public boolean ok() {
            return faults.isEmpty();
        }
    }

    private final Session session;
    private final Set<Check> checks;
    private final List<String> faults = new ArrayList<>();
    private final Set<String> referenced = new HashSet<>();
    private Path keyFolder;

    private Fsck(Session session, Set<Check> checks) {
        this.session = session;
        this.checks = checks;
    }

    /**
     * Checks the session.
     *
     * @param head a head hash (or its first 12+ hex digits) to place in the chain, or null
     */
    public static Report run(Session session, Set<Check> checks, String head) {
        return run(session, checks, head, null);
    }

    /**
     * The same; signed heads are also checked against the signers' keys in {@code keyFolder}
     * (when it holds them; null: not checked).
     */
    public static Report run(Session session, Set<Check> checks, String head, Path keyFolder) {
        Fsck f = new Fsck(session, EnumSet.copyOf(checks));
        f.keyFolder = keyFolder;
        return f.run(head);
    }

    private Report run(String head) {
        Journal.Scan scan = session.journal().scan();
        Journal.Verification v = scan.verification();
        List<Event> events = scan.events();
        if (!v.ok()) {
            fault("session.fsck.chain", v.problem(), v.goodEvents());
        }
        HeadPosition position = head == null ? null : place(head, events);
        if (position != null && !position.found()) {
            fault("session.fsck.head-missing", head, v.goodEvents());
        }
        if (!events.isEmpty() && !SessionEvents.CREATED.equals(events.get(0).type())) {
            fault("session.fsck.first", events.get(0).type());
            events = List.of();
        }
        int rubrics = 0;
        int snapshots = 0;
        int scores = 0;
        Map<String, Long> pinned = new HashMap<>();
        Set<String> drawn = new HashSet<>();
        Set<String> units = new HashSet<>();
        boolean replayable = true;
        for (Event e : events) {
            try {
                switch (e.type()) {
                    case SessionEvents.CREATED -> units.addAll(e.payloadAs(SessionEvents.Created.class).units());
                    case RubricEvents.LOADED -> {
                        RubricLoaded r = e.payloadAs(RubricLoaded.class);
                        pinned.put(r.id() + " v" + r.version(), e.seq());
                        if (checks.contains(Check.RUBRICS)) {
                            rubrics++;
                            replayable &= rubricSound(e, r);
                        }
                    }
                    case RecordEvents.IMPORTED -> {
                        RecordsImported r = e.payloadAs(RecordsImported.class);
                        Path file = Snapshots.path(session.snapshotDir(), r.sha256(), r.recordFormat());
                        referenced.add(file.getFileName().toString());
                        if (checks.contains(Check.SNAPSHOTS)) {
                            snapshots++;
                            snapshotSound(e, r, file);
                        }
                    }
                    case SamplingEvents.DRAWN -> {
                        SampleDrawn d = e.payloadAs(SampleDrawn.class);
                        for (String id : d.ids()) {
                            drawn.add(d.unit() + "\u0000" + d.kind() + "\u0000" + id);
                        }
                    }
                    default -> {
                        if (SCORE_TYPES.contains(e.type()) && checks.contains(Check.SCORES)) {
                            scores++;
                            scoreSound(e, pinned, drawn, units);
                        }
                    }
                }
            } catch (RuntimeException bad) {
                fault("session.fsck.payload", e.seq(), e.type(), oneLine(bad));
                replayable = false;
            }
        }
        List<Sampling.DrawCheck> draws = List.of();
        if (checks.contains(Check.DRAWS) && replayable && !events.isEmpty()) {
            try {
                SessionState state = new SessionState(events);
                draws = Sampling.verify(state, session.snapshotDir());
                for (Sampling.DrawCheck c : draws) {
                    if (!c.match()) {
                        DrawBook.Entry d = c.entry();
                        fault("session.fsck.draw", d.seq(), d.draw().unit(), d.draw().kind(), c.detail());
                    }
                }
            } catch (RuntimeException bad) {
                fault("session.fsck.replay", oneLine(bad));
            }
        }
        int signatures = 0;
        if (checks.contains(Check.SIGNATURES)) {
            for (HeadSigning.Checked c : HeadSigning.check(session.name(), events, keyFolder)) {
                signatures++;
                if (c.problem() != null) {
                    faults.add(c.problem());
                }
            }
        }
        int files = checks.contains(Check.FILES) ? files() : 0;
        int evidence = 0;
        if (checks.contains(Check.EVIDENCE)) {
            EvidenceCheck.Result r = EvidenceCheck.check(session, events);
            evidence = r.files();
            faults.addAll(r.faults());
        }
        return new Report(v, v.goodEvents(), v.headHash(), snapshots, rubrics, draws, scores, signatures, files,
                position, List.copyOf(faults), evidence);
    }

    private static HeadPosition place(String head, List<Event> events) {
        String h = head.strip().toLowerCase(java.util.Locale.ROOT);
        if (!h.matches("[0-9a-f]{12,64}")) {
            throw UserError.of("session.fsck.head-bad", head);
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).hash().startsWith(h)) {
                return new HeadPosition(events.get(i).hash(), events.get(i).seq(), events.size() - 1 - i);
            }
        }
        return new HeadPosition(h, null, 0);
    }

    private boolean rubricSound(Event e, RubricLoaded r) {
        byte[] bytes = r.content().getBytes(StandardCharsets.UTF_8);
        if (!Hashes.sha256Hex(bytes).equals(r.sha256())) {
            fault("session.fsck.rubric-hash", e.seq(), r.id(), r.version());
            return false;
        }
        try {
            RubricLoader.parse(r.file(), bytes);
            return true;
        } catch (InvalidRubricException bad) {
            fault("session.fsck.rubric-reads", e.seq(), r.id(), r.version(), oneLine(bad));
            return false;
        }
    }

    private void snapshotSound(Event e, RecordsImported r, Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            fault("session.fsck.snapshot-missing", e.seq(), r.fileName(), file);
            return;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            fault("session.fsck.snapshot-not-file", e.seq(), r.fileName(), file);
            return;
        }
        try {
            if (!Hashes.sha256Hex(file).equals(r.sha256())) {
                fault("session.fsck.snapshot-altered", e.seq(), r.fileName(), file);
                return;
            }
        } catch (IOException io) {
            fault("session.fsck.snapshot-unreadable", e.seq(), r.fileName(), file, io.getMessage());
            return;
        }
        try {
            Population p = Snapshots.load(session.snapshotDir(), r);
            if (p.size() != r.rows()) {
                fault("session.fsck.snapshot-rows", e.seq(), r.fileName(), p.size(), r.rows());
            }
        } catch (RuntimeException bad) {
            fault("session.fsck.snapshot-reads", e.seq(), r.fileName(), oneLine(bad));
        }
    }

    private void scoreSound(Event e, Map<String, Long> pinned, Set<String> drawn, Set<String> units) {
        JsonNode p = e.payload();
        ScoreTarget target = Json.value(p.get("target"), ScoreTarget.class);
        String rubric = p.path("rubric").asText("");
        if (!pinned.containsKey(rubric)) {
            fault("session.fsck.score-rubric", e.seq(), target.label(), rubric);
        }
        if (target.isUnitDocuments()) {
            if (!units.contains(target.unit())) {
                fault("session.fsck.score-unit", e.seq(), target.unit());
            }
        } else if (!drawn.contains(target.unit() + "\u0000" + target.kind().code() + "\u0000" + target.id())) {
            fault("session.fsck.score-undrawn", e.seq(), target.id(), target.unit(), target.kind().code());
        }
    }

    /** Lists what in the session folder no event accounts for; returns how many files were looked at. */
    private int files() {
        Path dir = session.dir();
        int count = 0;
        try (Stream<Path> top = Files.list(dir)) {
            for (Path f : top.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals(Session.EVIDENCE) && Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // the evidence check lists and counts what is in it (a store's cache may lack it)
                }
                count++;
                if (name.equals(Session.JOURNAL) || name.equals(Session.JOURNAL + ".holder")
                        || name.startsWith(Session.JOURNAL + ".torn-")) {
                    continue;
                }
                if (name.equals(Session.SNAPSHOTS) && Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    count += snapshotFiles(f);
                    continue;
                }
                stray(f);
            }
        } catch (IOException e) {
            fault("session.fsck.unlistable", dir, e.getMessage());
        }
        return count;
    }

    private int snapshotFiles(Path dir) throws IOException {
        int count = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                count++;
                if (!referenced.contains(f.getFileName().toString())) {
                    stray(f);
                }
            }
        }
        return count;
    }

    private void stray(Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(".tmp") || name.startsWith(".new-")) {
            fault("session.fsck.temporary", f);
        } else {
            fault("session.fsck.orphan", f);
        }
    }

    private void fault(String key, Object... args) {
        faults.add(Texts.get(key, args));
    }

    private static String oneLine(Throwable t) {
        return Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName()).lines().findFirst().orElse("");
    }
}
