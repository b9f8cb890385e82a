package io.jicha.shell;

import io.jicha.text.DisplayWidth;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Usage text for one command and the list of all commands. */
final class HelpText {

    private HelpText() {
    }

    static String forCommand(Command c) {
        StringBuilder b = new StringBuilder();
        b.append(c.getName()).append(" — ").append(c.getDescription()).append('\n');
        b.append("usage: ").append(c.getName());
        for (CommandOption o : c.getOptions()) {
            boolean flag = o.type() == boolean.class || o.type() == Boolean.class;
            String part = "--" + o.longName() + (flag ? "" : " " + o.longName().toUpperCase().replace('-', '_'));
            b.append(' ').append(Boolean.TRUE.equals(o.required()) ? part : "[" + part + "]");
        }
        b.append('\n');
        if (!c.getOptions().isEmpty()) {
            int w = c.getOptions().stream().mapToInt(o -> o.longName().length() + 2).max().orElse(0);
            for (CommandOption o : c.getOptions()) {
                b.append("  ").append(DisplayWidth.padRight("--" + o.longName(), w)).append("  ")
                        .append(o.description() == null ? "" : o.description())
                        .append(Boolean.TRUE.equals(o.required()) ? " (required)" : "")
                        .append('\n');
            }
        }
        return b.toString();
    }

    static String overview(List<Command> commands) {
        Map<String, TreeMap<String, String>> groups = new TreeMap<>();
        for (Command c : commands) {
            groups.computeIfAbsent(c.getGroup(), g -> new TreeMap<>()).put(c.getName(), c.getDescription());
        }
        int w = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10);
        StringBuilder b = new StringBuilder();
        groups.forEach((g, cmds) -> {
            b.append(g).append('\n');
            cmds.forEach((n, d) -> b.append("  ").append(DisplayWidth.padRight(n, w)).append("  ").append(d).append('\n'));
        });
        b.append("\n'help COMMAND' or 'COMMAND --help' shows a command's options. Run 'java -jar jicha.jar @FILE' for a script.\n");
        return b.toString();
    }
}
