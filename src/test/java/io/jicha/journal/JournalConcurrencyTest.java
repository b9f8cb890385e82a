package io.jicha.journal;

import io.jicha.session.Workspace;
import io.jicha.support.JichaProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two real processes append to one session at once; a writer that cannot get the lock is refused. */
@Tag("process")
class JournalConcurrencyTest {

    @TempDir
    Path dir;

    private JichaProcess newSession(Path ws) throws Exception {
        JichaProcess admin = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "张三"));
        assertThat(admin.run("session", "new", "--name", "together", "--period", "2016-10-10..2016-10-13",
                "--units", "吴江区", "--team", "张三,李四").exit()).isZero();
        return admin;
    }

    @Test
    void twoProcessesAppendingAtOnceEndInOneVerifiedChain() throws Exception {
        Path ws = dir.resolve("ws");
        newSession(ws);
        List<Process> running = new ArrayList<>();
        for (String auditor : List.of("张三", "李四")) {
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= 500; i++) {
                lines.add("session note \"" + auditor + " " + i + "\"");
            }
            Path script = dir.resolve(auditor + ".jicha");
            Files.write(script, lines, StandardCharsets.UTF_8);
            JichaProcess p = new JichaProcess(ws, Map.of("JICHA_AUDITOR", auditor, "JICHA_LOCK_TIMEOUT_MS", "60000"));
            running.add(p.builder("@" + script).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process p : running) {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        Journal journal = new FileJournal(ws.resolve("together").resolve("journal.jsonl"));
        Journal.Verification v = journal.verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.goodEvents()).isEqualTo(1001);
        List<Event> events = journal.events();
        for (String auditor : List.of("张三", "李四")) {
            List<String> texts = events.stream().filter(e -> e.auditor().equals(auditor) && e.type().equals("session.note"))
                    .map(e -> e.payload().path("text").asText()).toList();
            assertThat(texts).hasSize(500);
            for (int i = 0; i < 500; i++) {
                assertThat(texts.get(i)).isEqualTo(auditor + " " + (i + 1));
            }
        }
    }

    @Test
    void aWriterThatCannotGetTheLockIsRefusedWithTheHolderNamed() throws Exception {
        Path ws = dir.resolve("ws");
        newSession(ws);
        Journal journal = new Workspace(ws).open("together").journal();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> journal.append("张三", events -> {
            holding.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }));
        holder.start();
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            JichaProcess other = new JichaProcess(ws, Map.of("JICHA_AUDITOR", "李四", "JICHA_LOCK_TIMEOUT_MS", "500"));
            JichaProcess.Result r = other.run("session", "note", "blocked");
            assertThat(r.exit()).isNotZero();
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains("busy").contains("process " + ProcessHandle.current().pid())
                    .contains("张三");
            // read-only commands never wait
            JichaProcess.Result status = other.run("journal", "log");
            assertThat(status.exit()).isZero();
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(journal.verify().goodEvents()).isEqualTo(1);
    }
}
