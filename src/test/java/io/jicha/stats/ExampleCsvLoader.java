package io.jicha.stats;

import io.jicha.record.CaseRecord;
import io.jicha.record.ImportProgress;
import io.jicha.record.Population;
import io.jicha.record.Snapshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an example file with jicha's own importer (encoding detection, header aliases, dates). */
final class ExampleCsvLoader {

    private ExampleCsvLoader() {
    }

    static List<CaseRecord> load(Path file) throws IOException {
        Path scratch = Files.createTempDirectory("jicha-example");
        Snapshots.StagedPopulation staged = Snapshots.stageAndParse(file, scratch, null, ImportProgress.NONE);
        try {
            Population p = staged.population();
            List<CaseRecord> records = new ArrayList<>(p.size());
            for (int i = 0; i < p.size(); i++) {
                records.add(p.record(i));
            }
            return records;
        } finally {
            Snapshots.discard(staged.staged());
            try (var s = Files.walk(scratch)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
