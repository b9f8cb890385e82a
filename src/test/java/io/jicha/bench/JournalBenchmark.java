package io.jicha.bench;

import io.jicha.journal.FileJournal;
import io.jicha.journal.Journal;
import io.jicha.journal.NewEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times one journal append (lock, re-read of the tail, write, fsync, release) on the disk the
 * journal is on. Usage: JournalBenchmark [folder] [appends]. Not a test: see docs/benchmarks.md.
 */
public final class JournalBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("jicha-bench");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path file = Files.createTempDirectory(dir, "journal").resolve("journal.jsonl");
        FileJournal journal = FileJournal.create(file, "张三", List.of(new NewEvent("session.note", Map.of("text", "start"))));
        for (int i = 0; i < 50; i++) {
            note(journal, i);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            note(journal, i);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("journal append with fsync, %d appends on %s: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                n, file.getParent(), nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[n - 1] / 1e6);
        System.out.printf("journal verify of %d events: %d events ok%n", n + 51, journal.verify().goodEvents());
    }

    private static void note(Journal journal, int i) {
        journal.append("张三", events -> List.of(new NewEvent("session.note",
                Map.of("text", "第" + i + "条 检查记录：询问笔录第3页无被询问人签名"))));
    }
}
