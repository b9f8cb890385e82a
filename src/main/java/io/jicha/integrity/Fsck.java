package io.jicha.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import io.jicha.common.JichaVersion;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.journal.Journal;
import io.jicha.sampling.Sampling;
import io.jicha.session.Capabilities;
import io.jicha.session.Capability;
import io.jicha.session.IntegrityContext;
import io.jicha.session.Projection;
import io.jicha.session.Session;
import io.jicha.session.SessionEvents;
import io.jicha.session.SessionState;
import io.jicha.session.integrity.HeadSigning;
import io.jicha.session.integrity.TrustedKeys;

import java.io.IOException;
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
 * once and checks, as asked: the chain and line format; every line's type declared by a registered
 * capability and its payload reading as that type's record (U+FFFD in any text is a warning); then
 * each capability's own check ({@link Capability#check}, in registration order): every snapshot an import refers to present,
 * a regular file and hashing to its name, and still holding the rows recorded; every rubric's
 * content hashing right and still reading; every draw recomputed from its snapshots; every score
 * referring to a file drawn before it and to a rubric pinned before it; the signatures of signed
 * heads; every capability's projections folding over the journal; no orphan and no leftover temporary file in the session folder. Optionally, whether a
 * head (from a PDF, a receipt) is in the chain and how many events follow it.
 *
 * <p>{@code journal verify} and {@code sample verify} are narrower views of the same checks.
 * Reads only: it never changes the session.
 */
public final class Fsck {

    /** What to check. */
    public enum Check { CHAIN, RUBRICS, SNAPSHOTS, DRAWS, SCORES, SIGNATURES, FILES, EVIDENCE, RECTIFICATION }

    /** Every check. */
    public static final Set<Check> ALL = EnumSet.allOf(Check.class);

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
                         HeadPosition headPosition, List<String> faults, List<String> warnings, int evidence,
                         List<HeadSigning.Checked> signed) {
        public boolean ok() {
            return faults.isEmpty();
        }
    }

    private final Session session;
    private final Set<Check> checks;
    private final List<String> faults = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> referenced = new HashSet<>();
    private Path keyFolder;
    private TrustedKeys trust;

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
        return run(session, checks, head, keyFolder, null);
    }

    /**
     * The same, with each key the journal names checked against the team's keyring or the store's key table
     * {@code trust} (null: not
     * checked); {@code keyFolder} (this machine's keys) no longer decides whose key a signature is: a
     * second laptop's key is no fault, only a team keyring names an auditor's keys.
     */
    public static Report run(Session session, Set<Check> checks, String head, Path keyFolder, TrustedKeys trust) {
        Fsck f = new Fsck(session, EnumSet.copyOf(checks));
        f.keyFolder = keyFolder;
        f.trust = trust;
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
        Context ctx = new Context(events);
        for (Event e : events) {
            lineSound(ctx, e);
        }
        for (Capability c : Capabilities.all()) {
            c.check(ctx);
        }
        if (checks.contains(Check.DRAWS) && ctx.replayable && !events.isEmpty()) {
            foldsEveryProjection(ctx, events);
        }
        ctx.lineFaults.sort(java.util.Comparator.comparingLong(SeqFault::seq)); // stable: journal order
        ctx.lineFaults.forEach(f -> faults.add(f.line()));
        @SuppressWarnings("unchecked")
        List<Sampling.DrawCheck> draws = (List<Sampling.DrawCheck>) (List<?>) ctx.details(IntegrityContext.DRAWS);
        int signatures = 0;
        List<HeadSigning.Checked> signed = List.of();
        if (checks.contains(Check.SIGNATURES)) {
            HeadSigning.Verified keys = HeadSigning.verify(session.name(), events, trust);
            signed = keys.signatures();
            faults.addAll(keys.faults());
            for (HeadSigning.Checked c : signed) {
                signatures++;
                if (c.problem() != null) {
                    faults.add(c.problem());
                }
            }
            warnings.addAll(keys.warnings());
        }
        int files = checks.contains(Check.FILES) ? files() : 0;
        return new Report(v, v.goodEvents(), v.headHash(), ctx.count(IntegrityContext.SNAPSHOTS),
                ctx.count(IntegrityContext.RUBRICS), draws, ctx.count(IntegrityContext.SCORES), signatures, files,
                position, List.copyOf(faults), List.copyOf(warnings), ctx.count(IntegrityContext.EVIDENCE), signed);
    }

    /**
     * What every line gets, whatever its capability: a type some capability declares, a payload
     * that reads as that type's record, and (a warning) no U+FFFD in its text, the mark of text
     * decoded in the wrong charset before issue 22 refused it.
     */
    private void lineSound(Context ctx, Event e) {
        Optional<Class<?>> payload = Capabilities.payloadOf(e.type());
        if (payload.isEmpty()) {
            ctx.fault(e.seq(), "session.fsck.unknown-type", e.seq(), e.type(), JichaVersion.current());
            ctx.replayable = false;
            return;
        }
        try {
            e.payloadAs(payload.get());
        } catch (RuntimeException bad) {
            ctx.fault(e.seq(), "session.fsck.payload", e.seq(), e.type(), IntegrityContext.oneLine(bad));
            ctx.replayable = false;
        }
        String replaced = replacementIn(e.payload());
        if (replaced != null) {
            warnings.add(Texts.get("session.fsck.replacement-char", e.seq(), e.type(), replaced));
        }
        if (e.auditor().indexOf('\uFFFD') >= 0) {
            warnings.add(Texts.get("session.fsck.replacement-char", e.seq(), e.type(), e.auditor()));
        }
    }

    /** The first text of the payload holding U+FFFD, or null. */
    private static String replacementIn(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue().indexOf('\uFFFD') >= 0 ? node.textValue() : null;
        }
        for (JsonNode child : node) {
            String found = replacementIn(child);
            if (found != null) {
                return found;
            }
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.indexOf('\uFFFD') >= 0) {
                return name;
            }
        }
        return null;
    }

    /** Folds every projection every capability declares, so that a journal that breaks one is a fault. */
    private void foldsEveryProjection(Context ctx, List<Event> events) {
        try {
            SessionState state = new SessionState(events);
            for (Capability c : Capabilities.all()) {
                for (Class<? extends Projection> p : c.projections()) {
                    state.get(p);
                }
            }
        } catch (RuntimeException bad) {
            ctx.fault(Long.MAX_VALUE, "session.fsck.replay", IntegrityContext.oneLine(bad));
        }
    }

    private record SeqFault(long seq, String line) {
    }

    /** What the capabilities' checks see and report to. */
    private final class Context implements IntegrityContext {
        private final List<Event> events;
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, List<Object>> details = new HashMap<>();
        private final List<SeqFault> lineFaults = new ArrayList<>();
        private boolean replayable = true;

        Context(List<Event> events) {
            this.events = events;
        }

        @Override
        public Session session() {
            return session;
        }

        @Override
        public List<Event> events() {
            return events;
        }

        @Override
        public boolean asked(String check) {
            return checks.stream().anyMatch(c -> c.name().equalsIgnoreCase(check));
        }

        @Override
        public void counted(String check) {
            counts.merge(check, 1, Integer::sum);
        }

        int count(String check) {
            return counts.getOrDefault(check, 0);
        }

        @Override
        public void detail(String check, Object detail) {
            details.computeIfAbsent(check, k -> new ArrayList<>()).add(detail);
        }

        List<Object> details(String check) {
            return List.copyOf(details.getOrDefault(check, List.of()));
        }

        @Override
        public void fault(long seq, String key, Object... args) {
            lineFaults.add(new SeqFault(seq, Texts.get(key, args)));
        }

        @Override
        public void faultLine(long seq, String line) {
            lineFaults.add(new SeqFault(seq, line));
        }

        @Override
        public void referenced(String snapshotFileName) {
            referenced.add(snapshotFileName);
        }

        @Override
        public void unreplayable() {
            replayable = false;
        }

        @Override
        public boolean replayable() {
            return replayable;
        }
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

    /** Lists what in the session folder no event accounts for; returns how many files were looked at. */
    private int files() {
        Path dir = session.dir();
        int count = 0;
        try (Stream<Path> top = Files.list(dir)) {
            for (Path f : top.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals(Session.EVIDENCE) && Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // the evidence capability's check lists and counts what is in it (a store's cache may lack it)
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
}
