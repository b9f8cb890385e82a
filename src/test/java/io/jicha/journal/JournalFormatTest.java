package io.jicha.journal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line format of docs/journal.md, enforced exactly: {@code journal verify} and the document's
 * own verifier (its Python script, run with python3 when present) give the same verdict on a real
 * journal and on many altered copies of it; each altered copy also has the verdict it must get.
 * Alterations inside a line are re-hashed (and every later line re-chained), as an attacker who
 * knows the recipe would: only the format rules can catch them.
 */
class JournalFormatTest {

    private static final Pattern PREV = Pattern.compile("\"prev\":\"[0-9a-f]{64}\"");
    /** Stands for a byte that is not UTF-8 (0xFF) in a mutated body. */
    private static final char NOT_UTF8 = '\uE000';

    @TempDir
    static Path dir;
    static List<String> bodies;
    static Path script;

    @BeforeAll
    static void realJournal() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2016-10-10T01:02:03.456Z"), ZoneOffset.UTC);
        Path file = dir.resolve("journal.jsonl");
        Files.createFile(file);
        Journal j = new FileJournal(file, clock, 1000);
        j.append("张三", e -> List.of(new NewEvent("session.created",
                Map.of("name", "苏州", "units", List.of("吴江区", "太仓市")))));
        for (int i = 1; i < 5; i++) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("text", "第" + i + "条 \"引号\" \\ 反斜杠");
            payload.put("n", i);
            payload.put("nested", Map.of("a", List.of(1, 2)));
            j.append(i % 2 == 0 ? "张三" : "李四", e -> List.of(new NewEvent("session.note", payload)));
        }
        bodies = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            bodies.add(line.substring(0, line.lastIndexOf(",\"hash\":\"")) + "}");
        }
        String doc = Files.readString(Path.of("docs/journal.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("docs/journal.md holds the verifier").isTrue();
        script = dir.resolve("verify.py");
        Files.writeString(script, m.group(1), StandardCharsets.UTF_8);
    }

    /** The lines of the given bodies, each re-chained to the one before and hashed, each ended by \n. */
    static byte[] chain(List<String> bodies) {
        return chain(bodies, -1);
    }

    /** The same, leaving line {@code keepPrev}'s prev as it is. */
    static byte[] chain(List<String> bodies, int keepPrev) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String prev = "0".repeat(64);
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            Matcher m = PREV.matcher(body);
            int last = -1;
            while (m.find()) {
                last = m.start();
            }
            if (last >= 0 && i != keepPrev) {
                body = body.substring(0, last) + "\"prev\":\"" + prev + "\"" + body.substring(last + 73);
            }
            byte[] b = bytes(body);
            String hash = sha256(b);
            out.writeBytes(java.util.Arrays.copyOf(b, b.length - 1));
            out.writeBytes((",\"hash\":\"" + hash + "\"}\n").getBytes(StandardCharsets.US_ASCII));
            prev = hash;
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String body) {
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] marker = String.valueOf(NOT_UTF8).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (i + 3 <= utf8.length && utf8[i] == marker[0] && utf8[i + 1] == marker[1] && utf8[i + 2] == marker[2]) {
                out.write(0xFF);
                i += 2;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The journal with body {@code index} (0-based) changed, re-hashed and re-chained. */
    static byte[] edit(int index, UnaryOperator<String> change) {
        List<String> b = new ArrayList<>(bodies);
        b.set(index, change.apply(b.get(index)));
        return chain(b);
    }

    /** The journal with line {@code index}'s prev set to {@code prev}, re-hashed, and the lines after it re-chained. */
    static byte[] wrongPrev(int index, String prev) {
        List<String> b = new ArrayList<>(bodies);
        b.set(index, b.get(index).replaceFirst("\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + prev + "\""));
        return chain(b, index);
    }

    /** The journal's bytes with {@code extra} put after line {@code index}'s closing brace. */
    static byte[] afterBrace(int index, String extra) {
        String text = new String(chain(bodies), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        lines.set(index, lines.get(index) + extra);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> journals() {
        byte[] good = chain(bodies);
        String goodText = new String(good, StandardCharsets.UTF_8);
        List<Arguments> cases = new ArrayList<>();
        // valid: what jicha writes, and what an attacker can do that only a head receipt catches
        cases.add(Arguments.of("as written", good, 5));
        cases.add(Arguments.of("last lines cut after a complete line", chain(bodies.subList(0, 3)), 3));
        cases.add(Arguments.of("last event edited and re-hashed", edit(4, s -> s.replace("第4条", "第9条")), 5));
        cases.add(Arguments.of("an incomplete last line (a write in progress)",
                (goodText + "{\"seq\":6,\"ts\":\"2016").getBytes(StandardCharsets.UTF_8), 5));
        cases.add(Arguments.of("escapes in a string", edit(2, s -> s.replace("第2条", "\\u7b2c2\\/条")), 5));
        cases.add(Arguments.of("whitespace inside a string", edit(2, s -> s.replace("第2条", "第 2\\t条")), 5));
        cases.add(Arguments.of("a 6-digit fraction in ts", edit(1, s -> s.replace(".456Z", ".456789Z")), 5));
        cases.add(Arguments.of("no fraction in ts", edit(1, s -> s.replace(".456Z", "Z")), 5));
        // invalid: bytes after the hash, other line ends
        cases.add(Arguments.of("CR after the last line's brace", afterBrace(4, "\r"), 0));
        cases.add(Arguments.of("CR after a middle line's brace", afterBrace(2, "\r"), 0));
        cases.add(Arguments.of("U+0085 after a brace", afterBrace(3, "\u0085"), 0));
        cases.add(Arguments.of("U+2028 after a brace", afterBrace(4, "\u2028"), 0));
        cases.add(Arguments.of("U+2029 after a brace", afterBrace(1, "\u2029"), 0));
        cases.add(Arguments.of("a space after a brace", afterBrace(0, " "), 0));
        cases.add(Arguments.of("the whole file in CRLF", goodText.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), 0));
        cases.add(Arguments.of("a blank line in the middle", goodText.replaceFirst("\n", "\n\n").getBytes(StandardCharsets.UTF_8), 0));
        cases.add(Arguments.of("a byte-order mark", ("\uFEFF" + goodText).getBytes(StandardCharsets.UTF_8), 0));
        cases.add(Arguments.of("an empty file", new byte[0], 0));
        cases.add(Arguments.of("the hash in upper case", goodText.replaceFirst("\"hash\":\"([0-9a-f]{64})\"",
                "\"hash\":\"" + sha256(bytes(bodies.get(0))).toUpperCase() + "\"").getBytes(StandardCharsets.UTF_8), 0));
        // invalid: re-hashed lines that break the documented fields and types
        cases.add(Arguments.of("seq as a string", edit(2, s -> s.replace("\"seq\":3", "\"seq\":\"3\"")), 0));
        cases.add(Arguments.of("seq as 3.0", edit(2, s -> s.replace("\"seq\":3", "\"seq\":3.0")), 0));
        cases.add(Arguments.of("seq as 3e0", edit(2, s -> s.replace("\"seq\":3", "\"seq\":3e0")), 0));
        cases.add(Arguments.of("seq skips one", edit(2, s -> s.replace("\"seq\":3", "\"seq\":4")), 0));
        cases.add(Arguments.of("fields reordered", edit(2, s -> s.replaceFirst("^\\{(\"seq\":3),(\"ts\":\"[^\"]*\")", "{$2,$1")), 0));
        cases.add(Arguments.of("a field twice", edit(2, s -> s.replace("\"auditor\":\"张三\"", "\"auditor\":\"张三\",\"auditor\":\"李四\"")), 0));
        cases.add(Arguments.of("a field missing", edit(2, s -> s.replace("\"auditor\":\"张三\",", "")), 0));
        cases.add(Arguments.of("an extra field", edit(2, s -> s.replace("\"type\":", "\"note\":\"x\",\"type\":")), 0));
        cases.add(Arguments.of("payload an array", edit(2, s -> s.replaceFirst("\"payload\":\\{.*\\},\"prev\"", "\"payload\":[1,2],\"prev\"")), 0));
        cases.add(Arguments.of("payload null", edit(2, s -> s.replaceFirst("\"payload\":\\{.*\\},\"prev\"", "\"payload\":null,\"prev\"")), 0));
        cases.add(Arguments.of("empty auditor", edit(2, s -> s.replace("\"auditor\":\"张三\"", "\"auditor\":\"\"")), 0));
        cases.add(Arguments.of("auditor a number", edit(2, s -> s.replace("\"auditor\":\"张三\"", "\"auditor\":7")), 0));
        cases.add(Arguments.of("empty type", edit(2, s -> s.replace("\"type\":\"session.note\"", "\"type\":\"\"")), 0));
        cases.add(Arguments.of("ts with a space", edit(2, s -> s.replace("2016-10-10T01", "2016-10-10 01")), 0));
        cases.add(Arguments.of("ts without Z", edit(2, s -> s.replace(".456Z", ".456")), 0));
        cases.add(Arguments.of("ts with an offset", edit(2, s -> s.replace(".456Z", ".456+08:00")), 0));
        cases.add(Arguments.of("ts on 30 February", edit(2, s -> s.replace("2016-10-10", "2016-02-30")), 0));
        cases.add(Arguments.of("ts with 2 digits of fraction", edit(2, s -> s.replace(".456Z", ".45Z")), 0));
        cases.add(Arguments.of("ts with other digits", edit(2, s -> s.replace("2016-10-10", "٢٠١٦-10-10")), 0));
        cases.add(Arguments.of("prev not the line before", wrongPrev(2, "1".repeat(64)), 0));
        cases.add(Arguments.of("a space after a colon", edit(2, s -> s.replace("\"auditor\":\"", "\"auditor\": \"")), 0));
        cases.add(Arguments.of("something after the object", edit(2, s -> s.substring(0, s.length() - 1) + "}x}"), 0));
        cases.add(Arguments.of("a duplicate key in the payload", edit(2, s -> s.replace("\"n\":2", "\"n\":2,\"n\":3")), 0));
        cases.add(Arguments.of("NaN in the payload", edit(2, s -> s.replace("\"n\":2", "\"n\":NaN")), 0));
        cases.add(Arguments.of("a byte that is not UTF-8", edit(2, s -> s.replace("第2条", "第2" + NOT_UTF8 + "条")), 0));
        cases.add(Arguments.of("a raw tab in a string", edit(2, s -> s.replace("第2条", "第2\t条")), 0));
        cases.add(Arguments.of("a comment", edit(2, s -> s.replace("\"n\":2", "\"n\":2/*x*/")), 0));
        cases.add(Arguments.of("the first line's prev not zeros", wrongPrev(0, "1".repeat(64)), 0));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journals")
    void journalVerifyAndTheDocumentsVerifierAgree(String name, byte[] journal, int expectedEvents) throws Exception {
        Path file = dir.resolve("mutant.jsonl");
        Files.write(file, journal);
        boolean valid = expectedEvents > 0;

        Journal.Verification v = new FileJournal(file).verify();
        assertThat(v.ok()).as("journal verify: %s", v.problem()).isEqualTo(valid);
        if (valid) {
            assertThat(v.goodEvents()).isEqualTo(expectedEvents);
        }
        assertThat(Files.readAllBytes(file)).as("verify changes nothing").isEqualTo(journal);

        Python py = python(file);
        if (py != null) {
            assertThat(py.exit == 0).as("the document's verifier: %s", py.output).isEqualTo(valid);
            if (valid) {
                assertThat(py.output).startsWith(expectedEvents + " events, head " + v.headHash());
            } else {
                assertThat(py.output).contains("line " + v.badLine() + " does not verify");
            }
        }
    }

    private record Python(int exit, String output) {
    }

    /** Runs the document's script on the file; null when python3 is not installed. */
    private static Python python(Path file) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Python(p.exitValue(), out);
    }
}
