package io.jicha.record;

import io.jicha.common.Hashes;
import io.jicha.journal.Event;
import io.jicha.session.Capability;
import io.jicha.session.IntegrityContext;
import io.jicha.session.Projection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Imported populations: {@link RecordEvents}, folded by {@link PopulationBook}; fsck checks that
 * every snapshot an import refers to is there, a regular file hashing to its name, holding the rows
 * recorded.
 */
public final class RecordCapability implements Capability {

    @Override
    public String name() {
        return "record";
    }

    @Override
    public Map<String, Class<?>> events() {
        return Map.of(RecordEvents.IMPORTED, RecordsImported.class);
    }

    @Override
    public List<Class<? extends Projection>> projections() {
        return List.of(PopulationBook.class);
    }

    @Override
    public void check(IntegrityContext ctx) {
        for (Event e : ctx.events()) {
            if (!RecordEvents.IMPORTED.equals(e.type())) {
                continue;
            }
            RecordsImported r;
            try {
                r = e.payloadAs(RecordsImported.class);
            } catch (RuntimeException unreadable) {
                continue; // reported by fsck for every line
            }
            Path dir = ctx.session().snapshotDir();
            Path file = Snapshots.path(dir, r.sha256(), r.recordFormat());
            ctx.referenced(file.getFileName().toString()); // not an orphan, whatever is checked
            if (ctx.asked(IntegrityContext.SNAPSHOTS)) {
                ctx.counted(IntegrityContext.SNAPSHOTS);
                snapshotSound(ctx, dir, e, r, file);
            }
        }
    }

    private static void snapshotSound(IntegrityContext ctx, Path dir, Event e, RecordsImported r, Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            ctx.fault(e.seq(), "session.fsck.snapshot-missing", e.seq(), r.fileName(), file);
            return;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            ctx.fault(e.seq(), "session.fsck.snapshot-not-file", e.seq(), r.fileName(), file);
            return;
        }
        try {
            if (!Hashes.sha256Hex(file).equals(r.sha256())) {
                ctx.fault(e.seq(), "session.fsck.snapshot-altered", e.seq(), r.fileName(), file);
                return;
            }
        } catch (IOException io) {
            ctx.fault(e.seq(), "session.fsck.snapshot-unreadable", e.seq(), r.fileName(), file, io.getMessage());
            return;
        }
        try {
            Population p = Snapshots.load(dir, r);
            if (p.size() != r.rows()) {
                ctx.fault(e.seq(), "session.fsck.snapshot-rows", e.seq(), r.fileName(), p.size(), r.rows());
            }
        } catch (RuntimeException bad) {
            ctx.fault(e.seq(), "session.fsck.snapshot-reads", e.seq(), r.fileName(), IntegrityContext.oneLine(bad));
        }
    }
}
