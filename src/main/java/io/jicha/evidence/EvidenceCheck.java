package io.jicha.evidence;

import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.common.UserError;
import io.jicha.journal.Event;
import io.jicha.session.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The integrity check of evidence, called by {@code session fsck}: every file an event refers to is
 * re-hashed (for a session in a store, a file missing from this machine's cache is fetched first),
 * and named when it is missing, not a regular file, or edited; every file of the evidence folder
 * that no event refers to is named too, as is a staged copy left by an interrupted command. Reads
 * only: it never changes the session.
 */
public final class EvidenceCheck {

    /** How many files were re-hashed, and one line per fault (in journal order, then by name). */
    public record Result(int files, List<String> faults) {
    }

    private EvidenceCheck() {
    }

    /** Checks the evidence the events refer to against the session's evidence folder. */
    public static Result check(Session session, List<Event> events) {
        EvidenceBook book = new EvidenceBook();
        Map<String, Long> firstSeq = new HashMap<>();
        for (Event e : events) {
            try {
                book.apply(e);
            } catch (RuntimeException bad) {
                continue; // fsck names a payload that does not read on its own
            }
            for (EvidenceFile f : book.files()) {
                firstSeq.putIfAbsent(f.sha256(), e.seq());
            }
        }
        List<String> faults = new ArrayList<>();
        Path dir = session.evidenceDir();
        int checked = 0;
        for (EvidenceFile f : book.files()) {
            checked++;
            long seq = firstSeq.get(f.sha256());
            Path file = dir.resolve(f.sha256());
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectories(dir);
                    if (session.fetchEvidence(f.sha256(), file)) {
                        continue; // fetched from the store, its hash checked as it was read
                    }
                } catch (IOException | UserError e) {
                    faults.add(Texts.get("evidence.fsck.unfetched", seq, f.name(), f.shortHash(), e.getMessage()));
                    continue;
                }
                faults.add(Texts.get("evidence.fsck.missing", seq, f.name(), f.shortHash(), file));
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                faults.add(Texts.get("evidence.fsck.not-file", seq, f.name(), f.shortHash(), file));
                continue;
            }
            try {
                if (Files.size(file) != f.size() || !Hashes.sha256Hex(file).equals(f.sha256())) {
                    faults.add(Texts.get("evidence.fsck.edited", seq, f.name(), f.shortHash(), file));
                }
            } catch (IOException e) {
                faults.add(Texts.get("evidence.fsck.unreadable", seq, f.name(), file, e.getMessage()));
            }
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (EvidenceStore.storedName(name)) {
                        if (!book.refers(name)) {
                            faults.add(Texts.get("evidence.fsck.unreferenced", p));
                        }
                    } else if (!EvidenceStore.liveTemp(name)) {
                        faults.add(Texts.get(name.endsWith(".tmp") ? "evidence.fsck.temporary" : "evidence.fsck.stray", p));
                    }
                }
            } catch (IOException e) {
                faults.add(Texts.get("evidence.fsck.unlistable", dir, e.getMessage()));
            }
        } else if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            faults.add(Texts.get("evidence.fsck.folder", dir));
        }
        return new Result(checked, List.copyOf(faults));
    }
}
