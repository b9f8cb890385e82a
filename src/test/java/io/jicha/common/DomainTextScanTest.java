package io.jicha.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words in code, in every package (issue 22): the shell is held to none by {@link TerminalTextScanTest};
 * everywhere else a string literal holding Chinese or an English phrase (three words or more) is text
 * that belongs in the bundles (messages/cli for the terminal, messages/report for documents), and the
 * domain returns typed values. Exempt: internal errors (a line building an exception that is a bug,
 * never a user's doing), SQL, and the files below, each for its reason. The list only shrinks: a file
 * listed that no longer holds such a literal fails the test, so it is struck off when it is cleaned.
 */
class DomainTextScanTest {

    private static final Path MAIN = Path.of("src/main/java/io/jicha");

    private static final String INPUT = "parses what users type or what their files hold (aliases, headers, units)";
    private static final String NAMES = "the standard Chinese name of a typed value, which users also type to choose it";
    private static final String FONTS = "font family and file names as the systems install them";

    /** Files allowed to hold words in literals, with the reason. */
    static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            // input and file formats
            entry("record/Columns.java", INPUT),
            entry("record/LedgerFooter.java", INPUT + ": a ledger's footer rows (填表人, 合计, …)"),
            entry("record/FieldRules.java", INPUT + ": units of measure in cells (人, 件, 万元)"),
            entry("record/RecordDates.java", INPUT + ": the date forms accepted, named in a refusal"),
            entry("stats/SummaryRecordReader.java", INPUT),
            entry("finding/DeadlineInput.java", INPUT + ": a deadline as users and rubrics write it (30日, 15个工作日)"),
            entry("stats/SummaryScope.java", INPUT + ": a city's name in a sheet title"),
            entry("stats/MajorCaseKind.java", INPUT + ": the 重大案件类型 cells and their published names"),
            entry("report/KeepWhole.java", "patterns of document numbers and dates kept on one line (GB/T 9704-2012)"),
            entry("report/TitleLines.java", "characters a 公文 title may not be broken after (GB/T 9704-2012 7.3.3)"),
            entry("report/ReportMessages.java", "Chinese numerals (一二三…) for numbering parts"),
            entry("journal/FileJournal.java", "the operating system's own words for a full disk, matched in its errors"),
            entry("common/DiskFull.java", "the operating system's own words for a full disk, matched in its errors"),
            entry("session/integrity/HeadSigning.java", "the signed header line of a head signature (a format)"),
            // typed values' names
            entry("finding/Severity.java", NAMES),
            entry("finding/FindingStatus.java", NAMES),
            entry("rectification/Escalation.java", NAMES),
            entry("rectification/CheckMethod.java", NAMES),
            entry("sampling/DrawMethod.java", NAMES),
            entry("session/ReportSection.java", NAMES),
            entry("record/RecordKind.java", NAMES),
            entry("rubric/RubricTarget.java", NAMES),
            // fonts
            entry("report/FontLocator.java", FONTS),
            entry("report/FontRole.java", FONTS),
            entry("report/DocxFonts.java", FONTS),
            entry("report/FontChoice.java", FONTS)));

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern PHRASE = Pattern.compile("[A-Za-z]{2,}( [A-Za-z,']+){2,}");
    private static final Pattern SQL = Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|LOCK|GRANT|REVOKE"
            + "|SET|WITH|BEGIN|COMMIT)\\b|\\b(FROM|WHERE|VALUES|NOT NULL|PRIMARY KEY|ON CONFLICT|timestamptz)\\b|^\\s*(AND|OR)\\b.*\\?");

    @Test
    void noPackageHoldsWordsInCodeButTheListedFiles() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> stale = new ArrayList<>(ALLOWED.keySet());
        for (Path p : javaFiles()) {
            String rel = MAIN.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith("shell/")) {
                continue; // TerminalTextScanTest holds the shell to no words at all
            }
            List<String> words = words(Files.readString(p, StandardCharsets.UTF_8));
            if (!words.isEmpty()) {
                stale.remove(rel);
                if (!ALLOWED.containsKey(rel)) {
                    words.forEach(w -> found.add(rel + ": \"" + w + "\""));
                }
            }
        }
        assertThat(found).as("words in code outside the shell: return a typed value, put the words in the bundles").isEmpty();
        assertThat(stale).as("listed files that hold no words any more: strike them off the list").isEmpty();
    }

    @Test
    void theScanFindsChineseAndEnglishPhrasesAndLetsInternalErrorsAndSqlThrough() {
        assertThat(words("String s = \"否决\";")).containsExactly("否决");
        assertThat(words("return chinese ? \"x\" : \"a vetoed file scores 0\";")).containsExactly("a vetoed file scores 0");
        assertThat(words("throw new IllegalStateException(\"journal event names an unknown finding\");")).isEmpty();
        assertThat(words("throw new IllegalStateException(\"journal event #\" + seq\n    + \" names unknown finding \" + id);")).isEmpty();
        assertThat(words("ps = c.prepareStatement(\"SELECT name FROM jicha_session\");")).isEmpty();
        assertThat(words("// 否决 in a comment\nString k = \"score.shown.vetoed\";")).isEmpty();
    }

    /** The literals of a source holding Chinese or an English phrase, outside comments, exceptions and SQL. */
    static List<String> words(String source) {
        List<String> out = new ArrayList<>();
        // by statement (up to a line ending in ; { or }), so that an exception's message over several lines is one
        for (String line : TerminalTextScanTest.stripComments(source).split("(?<=[;{}])\\s*\n")) {
            if (line.contains("Exception(") || line.contains("AssertionError(")) {
                continue; // an internal error: a bug, for whoever reads the stack trace
            }
            for (String lit : TerminalTextScanTest.literals(line)) {
                if (SQL.matcher(lit).find()) {
                    continue;
                }
                if (HAN.matcher(lit).find() || PHRASE.matcher(lit).find()) {
                    out.add(lit);
                }
            }
        }
        return out;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
