package io.jicha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.zh-CN.md says everything README.md says: every jicha command and every option either
 * mentions appears in the other (issue 26: a Chinese reader met no Excel, no score na, no --head).
 */
class ReadmeLanguagesTest {

    private static final Pattern COMMAND = Pattern.compile(
            "(?<![\\w-])(session|auditor|journal|rubric|records|sample|score|review|finding|report|stats|rectify|evidence) ([a-z]+)(?![\\w-])");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");

    @Test
    void bothReadmesMentionTheSameCommandsAndOptions() throws IOException {
        String en = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String zh = Files.readString(Path.of("README.zh-CN.md"), StandardCharsets.UTF_8);
        assertThat(mentioned(zh)).as("README.zh-CN.md").isEqualTo(mentioned(en));
        assertThat(mentioned(en)).contains("score na", "finding due", "session todo", "--head", "--xlsx");
        assertThat(zh).contains("Excel");
    }

    private static final Pattern FENCE = Pattern.compile("```.*?```", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");

    /** The commands and options in the text's code spans (`…`), where commands are written. */
    private static Set<String> mentioned(String markdown) {
        StringBuilder code = new StringBuilder();
        Matcher fence = FENCE.matcher(markdown);
        while (fence.find()) {
            code.append(fence.group().replaceAll("(?m)^\\s*#.*$", "")).append('\n'); // not the comments
        }
        Matcher span = CODE.matcher(FENCE.matcher(markdown).replaceAll(""));
        while (span.find()) {
            code.append(span.group(1)).append('\n');
        }
        String text = code.toString();
        Set<String> found = new TreeSet<>();
        Matcher c = COMMAND.matcher(text);
        while (c.find()) {
            found.add(c.group(1) + " " + c.group(2));
        }
        Matcher o = OPTION.matcher(text);
        while (o.find()) {
            found.add(o.group());
        }
        found.removeIf(s -> s.equals("--"));
        return found;
    }
}
