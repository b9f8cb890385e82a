package io.jicha.sampling;

import io.jicha.record.PopulationBook;
import io.jicha.record.RecordsImported;

import java.util.ArrayList;
import java.util.List;

/**
 * Which version of its unit's ledger a draw was made from (issue 26): a re-imported ledger is a new version
 * of the population, and a draw stays pinned to the snapshots it was drawn from. One rule for {@code sample
 * show} and the review report.
 */
public final class DrawnVersions {

    private DrawnVersions() {
    }

    /** One snapshot a draw used: the ledger's version (1 for the first import) and the file imported. */
    public record Used(int version, String fileName) {
    }

    /**
     * The versions the draw's snapshots were, in the draw's order; empty when the unit's ledger of that kind
     * was never imported as a new version (then there is only one, and nothing to say).
     */
    public static List<Used> of(PopulationBook book, SampleDrawn d) {
        if (!book.versioned(d.unit(), d.recordKind())) {
            return List.of();
        }
        List<Used> used = new ArrayList<>();
        for (String snapshot : d.snapshots()) {
            String sha = snapshot.contains(".") ? snapshot.substring(0, snapshot.indexOf('.')) : snapshot;
            used.add(new Used(book.version(d.unit(), d.recordKind(), sha),
                    book.bySha(d.unit(), d.recordKind(), sha).map(RecordsImported::fileName).orElse(snapshot)));
        }
        return List.copyOf(used);
    }
}
