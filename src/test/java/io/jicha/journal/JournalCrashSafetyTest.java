package io.jicha.journal;

import io.jicha.session.SessionEvents;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real child JVM appends 1,000 events and is killed with SIGKILL at a random point: every
 * event whose command reported success must survive, and the chain must verify.
 */
@Tag("process")
class JournalCrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void killedWriterLosesNothingItAcknowledged() throws Exception {
        Path ws = dir.resolve("ws");
        JichaProcess jicha = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        assertThat(jicha.run("session", "new", "--name", "crash", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三,李四").exit()).isZero();

        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            lines.add("session note \"记录 " + i + "\"");
        }
        Path script = dir.resolve("notes.jicha");
        Files.write(script, lines, StandardCharsets.UTF_8);

        long seed = System.nanoTime();
        int killAfter = 50 + new Random(seed).nextInt(850);
        Process p = jicha.builder("@" + script).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Integer, Long> acknowledged = new HashMap<>();
        // the script echoes each line ("» session note "记录 n"") before running it, then prints "noted (event k)"
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int current = 0;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("» session note")) {
                    current = Integer.parseInt(line.replaceAll("\\D+", " ").trim().split(" ")[0]);
                } else if (line.startsWith("noted")) {
                    Matcher m = Pattern.compile("event (\\d+)").matcher(line);
                    assertThat(m.find()).isTrue();
                    acknowledged.put(current, Long.parseLong(m.group(1)));
                    if (acknowledged.size() == killAfter) {
                        p.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("seed %d", seed).hasSize(killAfter);

        Path journalFile = ws.resolve("crash").resolve("journal.jsonl");
        Journal journal = new FileJournal(journalFile);
        byte[] before = Files.readAllBytes(journalFile);
        Journal.Verification v = journal.verify(); // a torn tail is not counted, and verifying moves nothing
        assertThat(Files.readAllBytes(journalFile)).isEqualTo(before);
        assertThat(v.ok()).as("seed %d: %s", seed, v.problem()).isTrue();
        List<Event> events = journal.events();
        Map<Long, String> textBySeq = new HashMap<>();
        for (Event e : events) {
            if (e.type().equals(SessionEvents.NOTE)) {
                textBySeq.put(e.seq(), e.payload().path("text").asText());
            }
        }
        acknowledged.forEach((n, seq) -> assertThat(textBySeq.get(seq)).as("note %d", n).isEqualTo("记录 " + n));
        // the writer may have run ahead of what this test read from its output before the kill (the pipe
        // buffers), so more notes than acknowledged may be there: exactly notes 1..m in order, m >= killAfter
        List<String> notes = events.stream().filter(e -> e.type().equals(SessionEvents.NOTE))
                .map(e -> e.payload().path("text").asText()).toList();
        assertThat(notes.size()).as("seed %d", seed).isGreaterThanOrEqualTo(killAfter);
        for (int i = 0; i < notes.size(); i++) {
            assertThat(notes.get(i)).as("seed %d: note at position %d", seed, i + 1).isEqualTo("记录 " + (i + 1));
        }
        try (Stream<Path> files = Files.list(journalFile.getParent())) {
            long torn = files.filter(f -> f.getFileName().toString().startsWith("journal.jsonl.torn-")).count();
            assertThat(torn).isLessThanOrEqualTo(1);
        }
    }
}
