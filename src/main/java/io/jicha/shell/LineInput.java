package io.jicha.shell;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandHighlighter;
import org.springframework.shell.jline.ExtendedDefaultParser;
import org.springframework.shell.jline.JLineInputProvider;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The interactive shell's terminal and line reader (JLine): completion, highlighting and history in
 * the workspace's {@code .history}. Built only when the shell runs interactively, so a one-shot
 * command or a script never loads the terminal, and the Spring context is the same in every mode
 * (which the ahead-of-time processed context needs: its beans are fixed at build time).
 * Set up as Spring Shell's JLine auto-configuration does.
 */
final class LineInput implements AutoCloseable {

    private final Terminal terminal;
    private final History history;
    private final JLineInputProvider input;

    private LineInput(Terminal terminal, History history, JLineInputProvider input) {
        this.terminal = terminal;
        this.history = history;
        this.input = input;
    }

    /** Opens the terminal; an IOException means there is none to open. */
    static LineInput open(CommandRegistry registry, JichaPrompt prompt, Path historyFile) throws IOException {
        return open(registry, null, prompt, historyFile);
    }

    /** With the shell's context: Tab then also completes the values of the shared options (see {@link ValueCompletions}). */
    static LineInput open(CommandRegistry registry, ShellContext ctx, JichaPrompt prompt, Path historyFile)
            throws IOException {
        Terminal terminal = TerminalBuilder.builder().systemOutput(TerminalBuilder.SystemOutput.SysOut)
                .encoding(TextIntake.terminalCharset()).build(); // never ASCII: it would turn Chinese into ?
        ExtendedDefaultParser parser = new ExtendedDefaultParser();
        parser.setEofOnUnclosedQuote(true);
        parser.setEofOnEscapedNewLine(true);
        keepPrivate(historyFile);
        History history = new DefaultHistory() {
            @Override
            public void add(java.time.Instant time, String line) {
                if (!io.jicha.store.StoreUrl.mayHoldPassword(line)) { // refused, and never kept (issue 28)
                    super.add(time, line);
                }
            }
        };
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("jicha")
                .completer(new JichaCompleter(registry, ctx == null ? null : new ValueCompletions(ctx)))
                .history(history)
                .highlighter(new CommandHighlighter(registry))
                .parser(parser)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .build();
        reader.unsetOpt(LineReader.Option.INSERT_TAB);
        // never JLine's English question "do you wish to see all N possibilities": the list is shown
        reader.setVariable(LineReader.LIST_MAX, Integer.MAX_VALUE);
        history.attach(reader);
        JLineInputProvider input = new JLineInputProvider(reader);
        input.setPromptProvider(prompt);
        return new LineInput(terminal, history, input);
    }

    /**
     * The history is the user's own: mode 0600, created so before JLine first writes it, and put back to
     * 0600 if it was made readable by others.
     */
    private static void keepPrivate(Path historyFile) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> own = java.util.EnumSet.of(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            if (!java.nio.file.Files.exists(historyFile)) {
                java.nio.file.Files.createDirectories(historyFile.getParent());
                java.nio.file.Files.createFile(historyFile,
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(own));
            } else {
                java.nio.file.Files.setPosixFilePermissions(historyFile, own);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no POSIX permissions (Windows: the user's profile is private), or no history at all
        }
    }

    JLineInputProvider input() {
        return input;
    }

    /** Saves the history and releases the terminal. */
    @Override
    public void close() {
        try {
            history.save();
        } catch (IOException | RuntimeException e) {
            // a history that cannot be saved costs nothing but the history
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // the process ends anyway
        }
    }
}
