package io.jicha.journal;

import io.jicha.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest {

    @TempDir
    Path dir;

    private FileJournal journalWith(int notes) {
        Path file = dir.resolve("journal.jsonl");
        FileJournal j = FileJournal.create(file, "张三", List.of(new NewEvent("session.note", Map.of("text", "第0条"))));
        for (int i = 1; i < notes; i++) {
            int n = i;
            j.append(i % 2 == 0 ? "张三" : "李四", events -> List.of(new NewEvent("session.note", Map.of("text", "第" + n + "条"))));
        }
        return j;
    }

    @Test
    void appendedEventsChainAndVerify() {
        FileJournal j = journalWith(5);
        List<Event> events = j.events();
        assertThat(events).hasSize(5);
        assertThat(events.get(0).prev()).isEqualTo("0".repeat(64));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).prev()).isEqualTo(events.get(i - 1).hash());
            assertThat(events.get(i).seq()).isEqualTo(i + 1);
        }
        Journal.Verification v = new FileJournal(j.file()).verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.goodEvents()).isEqualTo(5);
        assertThat(v.headHash()).isEqualTo(events.get(4).hash());
    }

    @Test
    void hashIsSha256OfTheLineWithoutItsHashField() throws Exception {
        // the recipe of docs/journal.md, done independently of the journal's code
        FileJournal j = journalWith(3);
        String prev = "0".repeat(64);
        for (String line : Files.readAllLines(j.file(), StandardCharsets.UTF_8)) {
            int at = line.lastIndexOf(",\"hash\":\"");
            String hash = line.substring(at + 9, at + 9 + 64);
            String body = line.substring(0, at) + "}";
            String computed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(computed).isEqualTo(hash);
            assertThat(body).contains("\"prev\":\"" + prev + "\"");
            prev = hash;
        }
    }

    @Test
    void changingOneByteFailsVerificationAtThatLine() throws IOException {
        FileJournal j = journalWith(6);
        List<String> lines = new ArrayList<>(Files.readAllLines(j.file(), StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).replace("第3条", "第8条"));
        Files.write(j.file(), lines, StandardCharsets.UTF_8);
        Journal.Verification v = new FileJournal(j.file()).verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.badLine()).isEqualTo(4);
        assertThat(v.problem()).contains("line 4").contains("edited");
    }

    @Test
    void deletingALineFailsVerificationWhereTheGapIs() throws IOException {
        FileJournal j = journalWith(6);
        List<String> lines = new ArrayList<>(Files.readAllLines(j.file(), StandardCharsets.UTF_8));
        lines.remove(2);
        Files.write(j.file(), lines, StandardCharsets.UTF_8);
        Journal.Verification v = new FileJournal(j.file()).verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.badLine()).isEqualTo(3);
        assertThat(v.goodEvents()).isEqualTo(2);
    }

    @Test
    void swappingTwoLinesFailsVerificationAtTheFirstOfThem() throws IOException {
        FileJournal j = journalWith(6);
        List<String> lines = new ArrayList<>(Files.readAllLines(j.file(), StandardCharsets.UTF_8));
        String a = lines.get(1);
        lines.set(1, lines.get(4));
        lines.set(4, a);
        Files.write(j.file(), lines, StandardCharsets.UTF_8);
        Journal.Verification v = new FileJournal(j.file()).verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.badLine()).isEqualTo(2);
    }

    @Test
    void insertingACopiedLineFailsVerification() throws IOException {
        FileJournal j = journalWith(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(j.file(), StandardCharsets.UTF_8));
        lines.add(2, lines.get(1));
        Files.write(j.file(), lines, StandardCharsets.UTF_8);
        Journal.Verification v = new FileJournal(j.file()).verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.badLine()).isEqualTo(3);
    }

    @Test
    void aLineThatIsNotJsonIsNamed() throws IOException {
        FileJournal j = journalWith(2);
        Files.writeString(j.file(), "this is not json\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Journal.Verification v = new FileJournal(j.file()).verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.badLine()).isEqualTo(3);
        assertThatThrownBy(() -> new FileJournal(j.file()).events()).isInstanceOf(UserError.class).hasMessageContaining("line 3");
    }

    @Test
    void aTornLastLineIsNotReadAndIsMovedAsideByTheNextWriterOnly() throws IOException {
        FileJournal j = journalWith(3);
        String partial = "{\"seq\":4,\"ts\":\"2016-10-10T00:00:00Z\",\"auditor\":\"张三\",\"ty";
        Files.writeString(j.file(), partial, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        byte[] torn = Files.readAllBytes(j.file());

        FileJournal reopened = new FileJournal(j.file());
        assertThat(reopened.events()).hasSize(3);
        Journal.Verification v = reopened.verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.goodEvents()).isEqualTo(3);
        assertThat(v.incompleteTail()).isTrue();
        assertThat(Files.readAllBytes(j.file())).as("reading changes nothing").isEqualTo(torn);

        reopened.append("张三", events -> List.of(new NewEvent("session.note", Map.of("text", "after"))));
        List<Path> aside = reopened.takeSetAside();
        assertThat(aside).hasSize(1);
        assertThat(Files.readString(aside.get(0), StandardCharsets.UTF_8)).isEqualTo(partial);
        assertThat(reopened.verify().goodEvents()).isEqualTo(4);
        assertThat(reopened.verify().incompleteTail()).isFalse();
    }

    @Test
    void aRefusingDecisionAppendsNothing() {
        FileJournal j = journalWith(2);
        assertThatThrownBy(() -> j.append("张三", events -> {
            throw new UserError("not allowed");
        })).hasMessage("not allowed");
        assertThat(new FileJournal(j.file()).events()).hasSize(2);
    }

    @Test
    void decisionsSeeEventsWrittenByAnotherJournalObject() {
        FileJournal a = journalWith(2);
        FileJournal b = new FileJournal(a.file());
        b.append("李四", events -> List.of(new NewEvent("session.note", Map.of("text", "from b"))));
        List<Integer> seen = new ArrayList<>();
        a.append("张三", events -> {
            seen.add(events.size());
            return List.of(new NewEvent("session.note", Map.of("text", "from a")));
        });
        assertThat(seen).containsExactly(3);
        assertThat(new FileJournal(a.file()).verify().goodEvents()).isEqualTo(4);
    }

    @Test
    void aFullDiskIsNamedAsSuchAndNothingIsRecorded() throws IOException {
        Path full = Path.of("/dev/full"); // every write fails with ENOSPC
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "/dev/full");
        Path file = Files.createSymbolicLink(dir.resolve("journal.jsonl"), full);
        FileJournal j = new FileJournal(file, java.time.Clock.systemUTC(), 500);
        assertThatThrownBy(() -> j.append("张三", events -> List.of(new NewEvent("session.note", Map.of("text", "x")))))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("is full").hasMessageContaining("nothing was recorded")
                .hasMessageNotContaining("died");
    }
}
