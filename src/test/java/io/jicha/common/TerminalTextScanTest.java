package io.jicha.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans the sources for terminal text left in code: no {@code new UserError(...)} outside
 * UserError itself (errors come from the bundles by key), every key the code names exists in both
 * languages, and the shell adapters hold no string literal with words in it except text keys,
 * identifiers (command and option names, bean and property names, environment variables) and the
 * few listed in {@link #ALLOWED} with the reason. Annotation descriptions are only fallbacks (help
 * reads {@code help.*} keys) and are not scanned.
 */
class TerminalTextScanTest {

    private static final Path MAIN = Path.of("src/main/java/io/jicha");
    private static final Set<String> BUNDLES = Set.of("shell", "session", "journal", "rubric", "record", "sample", "rectify",
            "score", "finding", "report", "stats", "help", "store", "evidence");

    /** Literals with words that are not terminal text, each for a reason. */
    private static final Set<String> ALLOWED = Set.of(
            "ARG",                  // usage metavariable before the argument's number, like the option metavariables
            "yyyy-MM-dd HH:mm",     // a date-time pattern
            "jicha: ",              // the program's name before a one-shot error, as Unix tools do
            "jicha",                // the program's name in the prompt
            "zh-CN", "en",          // document language codes the user types
            "true", "false",        // flag values the user types
            "exit", "quit",         // words the user types to leave
            "id", "date",           // the canonical columns of imported records, shown by their names
            "content",              // a journal payload field
            "Findings",             // FindingCommands' annotation group (help groups by HelpText.groupOf)
            "Evidence",             // EvidenceCommands' annotation group, likewise
            // values the user types for report notice --form / --signature
            "file", "letter", "plain", "文件式", "信函式", "sealed", "unsealed", "盖章", "不盖章");

    private static final Pattern CALL = Pattern.compile(
            "(Texts\\.get|Texts\\.has|UserError\\.of|UserError\\.because|Labels\\.line|Labels\\.headers)\\(");
    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z]+(\\.[a-z0-9][a-z0-9-]*)*\\.");
    private static final Pattern FORMAT = Pattern.compile("%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]");
    private static final Pattern DOTTED_OR_OPTION = Pattern.compile(
            "(--?[a-z][a-z0-9-]*)|((?=.*\\.)\\.?[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9-]*)*)|(\\$\\{[^}]*})");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u[0-9a-fA-F]{4}|\\\\.");
    private static final Pattern CAMEL = Pattern.compile("[a-z]+[A-Z][a-zA-Z0-9]*");
    private static final Pattern ENV = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+");

    @Test
    void noUserErrorIsBuiltFromAMessageInCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : javaFiles(MAIN)) {
            if (p.endsWith("common/UserError.java")) {
                continue;
            }
            String src = stripComments(Files.readString(p, StandardCharsets.UTF_8));
            if (src.contains("new UserError(")) {
                found.add(MAIN.relativize(p).toString());
            }
        }
        assertThat(found).as("files building UserError from a message instead of UserError.of(key, ...)").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExistsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (Path p : javaFiles(MAIN)) {
            String src = stripComments(Files.readString(p, StandardCharsets.UTF_8));
            Matcher m = CALL.matcher(src);
            while (m.find()) {
                if (m.group(1).equals("Texts.has")) {
                    continue;
                }
                int open = m.end() - 1;
                String args = src.substring(open + 1, matchParen(src, open));
                // the key is the first argument (Labels.headers: every argument), possibly a choice of keys
                String keyArgs = m.group(1).equals("Labels.headers") ? args : firstArgument(args);
                for (String lit : literals(keyArgs)) {
                    if (KEY.matcher(lit).matches() && BUNDLES.contains(lit.substring(0, lit.indexOf('.')))) {
                        keys++;
                        for (Texts.Lang lang : Texts.Lang.values()) {
                            if (Texts.bundle(lit.substring(0, lit.indexOf('.')), lang).getProperty(lit) == null) {
                                missing.add(lang + " " + lit + " (" + MAIN.relativize(p) + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(keys).as("keys found in the code").isGreaterThan(300);
        assertThat(missing).as("keys the code uses but the bundles lack").isEmpty();
    }

    @Test
    void theShellAdaptersHoldNoTerminalTextInCode() throws IOException {
        List<Path> files = javaFiles(MAIN.resolve("shell"));
        Set<String> words = new TreeSet<>();
        Pattern names = Pattern.compile("(?:name|longName)\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")");
        for (Path p : files) {
            Matcher m = names.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                literals(m.group(1)).forEach(w -> words.addAll(List.of(w.split(" "))));
            }
        }
        assertThat(words).contains("session", "new", "unit", "kind");
        List<String> found = new ArrayList<>();
        for (Path p : files) {
            String src = withoutAnnotations(stripComments(Files.readString(p, StandardCharsets.UTF_8)));
            for (String lit : literals(src)) {
                if (!allowed(lit, words)) {
                    found.add(MAIN.relativize(p) + ": \"" + lit + "\"");
                }
            }
        }
        assertThat(found).as("string literals with words in shell/: move them into messages/cli").isEmpty();
    }

    @Test
    void everyCommandOptionAndArgumentIsDescribedInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern name = Pattern.compile("name\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")");
        Pattern longName = Pattern.compile("longName\\s*=\\s*\"([^\"]*)\"");
        Pattern index = Pattern.compile("index\\s*=\\s*(\\d+)");
        int commands = 0;
        for (Path p : javaFiles(MAIN.resolve("shell"))) {
            String src = stripComments(Files.readString(p, StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("@Command\\(").matcher(src);
            while (m.find()) {
                int close = matchParen(src, m.end() - 1);
                Matcher n = name.matcher(src.substring(m.end(), close));
                if (!n.find()) {
                    continue;
                }
                commands++;
                String key = "help." + String.join(".", literals(n.group(1)));
                List<String> keys = new ArrayList<>(List.of(key));
                int open = src.indexOf('(', close + 1);
                String params = src.substring(open + 1, matchParen(src, open));
                Matcher a = Pattern.compile("@(Option|Argument)\\(").matcher(params);
                while (a.find()) {
                    String ann = params.substring(a.end(), matchParen(params, a.end() - 1));
                    Matcher o = (a.group(1).equals("Option") ? longName : index).matcher(ann);
                    keys.add(key + "." + (a.group(1).equals("Option") ? (o.find() ? o.group(1) : "?") : "arg" + (o.find() ? o.group(1) : "0")));
                }
                for (String k : keys) {
                    for (Texts.Lang lang : Texts.Lang.values()) {
                        if (Texts.bundle("help", lang).getProperty(k) == null) {
                            missing.add(lang + " " + k + " (" + MAIN.relativize(p) + ")");
                        }
                    }
                }
            }
        }
        assertThat(commands).as("commands found").isGreaterThan(50);
        assertThat(missing).as("help texts missing from messages/cli/help_*.properties").isEmpty();
    }

    @Test
    void theScanCatchesTextAndLetsIdentifiersAndKeysThrough() {
        Set<String> words = Set.of("session", "new", "unit");
        assertThat(allowed("no sessions yet", words)).isFalse();
        assertThat(allowed("finalized", words)).isFalse();
        assertThat(allowed("无", words)).isFalse();
        assertThat(allowed("session.created-one", words)).isTrue();
        assertThat(allowed("session.no-such-key-anywhere", words)).isFalse();
        assertThat(allowed("help.group.", words)).isTrue();
        assertThat(allowed("session new", words)).isTrue();
        assertThat(allowed("unit", words)).isTrue();
        assertThat(allowed("--debug", words)).isTrue();
        assertThat(allowed("sessionNameCompletion", words)).isTrue();
        assertThat(allowed("JICHA_AUDITOR", words)).isTrue();
        assertThat(allowed("%,d", words)).isTrue();
        assertThat(allowed(" → ", words)).isTrue();
        assertThat(allowed("\\uFEFF", words)).isTrue();
        assertThat(allowed("io.jicha.", words)).isTrue();
    }

    static boolean allowed(String lit, Set<String> words) {
        String bare = FORMAT.matcher(ESCAPE.matcher(lit).replaceAll("")).replaceAll("");
        if (bare.codePoints().noneMatch(Character::isLetter) || ALLOWED.contains(lit)) {
            return true;
        }
        int dot = lit.indexOf('.');
        if (dot > 0 && BUNDLES.contains(lit.substring(0, dot))) {
            if (KEY_PREFIX.matcher(lit).matches()) {
                return true;
            }
            if (KEY.matcher(lit).matches()) {
                return Texts.bundle(lit.substring(0, dot), Texts.Lang.EN).getProperty(lit) != null;
            }
        }
        if (DOTTED_OR_OPTION.matcher(lit).matches() || CAMEL.matcher(lit).matches() || ENV.matcher(lit).matches()) {
            return true;
        }
        return Stream.of(lit.split(" ")).allMatch(words::contains);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The source without // and block comments (string and char literals kept). */
    static String stripComments(String src) {
        StringBuilder b = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(src, i);
                b.append(src, i, end);
                i = end;
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The source without the annotations whose strings are names or fallback descriptions (and their constants). */
    private static String withoutAnnotations(String src) {
        Matcher c = Pattern.compile("description\\s*=\\s*([A-Z][A-Z0-9_]*)").matcher(src);
        while (c.find()) {
            src = src.replaceAll("static final String " + c.group(1) + "\\s*=\\s*\"(?:[^\"\\\\]|\\\\.)*\";", "");
        }
        Matcher m = Pattern.compile("@(Command|Option|Argument|ConditionalOnProperty)\\(").matcher(src);
        StringBuilder b = new StringBuilder();
        int from = 0;
        while (m.find(from)) {
            b.append(src, from, m.start());
            from = matchParen(src, m.end() - 1) + 1;
        }
        return b.append(src.substring(from)).toString();
    }

    /** The string literals of a piece of source, unescaped for the common escapes. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"') {
                if (src.startsWith("\"\"\"", i)) {
                    int end = src.indexOf("\"\"\"", i + 3);
                    out.add(src.substring(i + 3, end));
                    i = end + 3;
                    continue;
                }
                int end = endOfLiteral(src, i);
                out.add(src.substring(i + 1, end - 1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
                i = end;
            } else if (c == '\'') {
                i = endOfLiteral(src, i);
            } else {
                i++;
            }
        }
        return out;
    }

    /** The text up to the first comma outside parentheses and literals. */
    private static String firstArgument(String args) {
        int depth = 0;
        int i = 0;
        while (i < args.length()) {
            char c = args.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(args, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return args.substring(0, i);
            }
            i++;
        }
        return args;
    }

    private static int endOfLiteral(String src, int start) {
        char quote = src.charAt(start);
        int i = start + 1;
        while (i < src.length() && src.charAt(i) != quote) {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, src.length());
    }

    private static int matchParen(String src, int open) {
        int depth = 0;
        int i = open;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(src, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return src.length();
    }
}
