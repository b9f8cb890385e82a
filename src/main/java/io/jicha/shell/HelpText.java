package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.text.DisplayWidth;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Usage text for one command and the list of all commands, in the user's language. A command's
 * description is the text of {@code help.<command words>} (e.g. {@code help.session.new}), an
 * option's of {@code help.<command words>.<option>}, an argument's of
 * {@code help.<command words>.arg<N>}; the annotation's description is the fallback for a command
 * without a text.
 */
final class HelpText {

    /** The groups of the overview, in the order of a review. */
    enum Group {
        SESSIONS, RUBRICS, RECORDS, SAMPLING, SCORING, FINDINGS, DOCUMENTS, STATISTICS, JOURNAL, OTHER;

        String title() {
            return Texts.get("help.group." + name().toLowerCase(Locale.ROOT));
        }
    }

    private HelpText() {
    }

    /** The group a command is listed under: by its first word, closing steps with the documents. */
    static Group groupOf(String commandName) {
        if (commandName.equals("session summary") || commandName.equals("session finalize")) {
            return Group.DOCUMENTS;
        }
        return switch (commandName.split(" ")[0]) {
            case "session", "auditor" -> Group.SESSIONS;
            case "rubric" -> Group.RUBRICS;
            case "records" -> Group.RECORDS;
            case "sample" -> Group.SAMPLING;
            case "score", "review" -> Group.SCORING;
            case "finding", "rectify" -> Group.FINDINGS;
            case "report" -> Group.DOCUMENTS;
            case "stats" -> Group.STATISTICS;
            case "journal" -> Group.JOURNAL;
            default -> Group.OTHER;
        };
    }

    static String key(Command c) {
        return "help." + c.getName().replace(' ', '.');
    }

    static String description(Command c) {
        String key = key(c);
        return Texts.has(key) ? Texts.get(key) : nullToEmpty(c.getDescription());
    }

    static String optionDescription(Command c, CommandOption o) {
        String key = key(c) + "." + o.longName();
        return Texts.has(key) ? Texts.get(key) : nullToEmpty(o.description());
    }

    /** The description of the command's argument {@code index} (0-based), or null without a text. */
    static String argumentDescription(Command c, int index) {
        String key = key(c) + ".arg" + index;
        return Texts.has(key) ? Texts.get(key) : null;
    }

    /** One command's usage; {@code arguments} is how many positional arguments it takes. */
    static String forCommand(Command c, int arguments) {
        StringBuilder b = new StringBuilder();
        b.append(c.getName()).append(" — ").append(description(c)).append('\n');
        StringBuilder usage = new StringBuilder(c.getName());
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < arguments; i++) {
            String d = argumentDescription(c, i);
            String meta = Texts.get("help.meta.argument", i + 1);
            usage.append(' ').append(meta);
            lines.add(new String[] {meta, d == null ? "" : d});
        }
        for (CommandOption o : c.getOptions()) {
            boolean flag = o.type() == boolean.class || o.type() == Boolean.class;
            String metaKey = "help.meta." + o.longName();
            String part = "--" + o.longName() + (flag ? "" : " " + (Texts.has(metaKey) ? Texts.get(metaKey)
                    : o.longName().toUpperCase(Locale.ROOT).replace('-', '_')));
            usage.append(' ').append(Boolean.TRUE.equals(o.required()) ? part : "[" + part + "]");
            String d = optionDescription(c, o);
            lines.add(new String[] {"--" + o.longName(),
                    Boolean.TRUE.equals(o.required()) ? Texts.get("help.required", d) : d});
        }
        b.append(Texts.get("help.usage", usage)).append('\n');
        int w = lines.stream().mapToInt(l -> DisplayWidth.of(l[0])).max().orElse(0);
        for (String[] l : lines) {
            b.append("  ").append(DisplayWidth.padRight(l[0], w)).append("  ").append(l[1]).append('\n');
        }
        return b.toString();
    }

    /** Every command, grouped in the order of a review. */
    static String overview(List<Command> commands) {
        Map<Group, List<Command>> groups = new EnumMap<>(Group.class);
        for (Command c : commands) {
            groups.computeIfAbsent(groupOf(c.getName()), g -> new ArrayList<>()).add(c);
        }
        int w = commands.stream().mapToInt(c -> DisplayWidth.of(c.getName())).max().orElse(10);
        StringBuilder b = new StringBuilder();
        groups.forEach((g, cmds) -> {
            b.append(g.title()).append('\n');
            cmds.stream().sorted(Comparator.comparing(Command::getName)).forEach(c ->
                    b.append("  ").append(DisplayWidth.padRight(c.getName(), w)).append("  ").append(description(c)).append('\n'));
        });
        b.append('\n').append(Texts.get("help.footer")).append('\n');
        return b.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
