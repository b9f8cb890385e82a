package io.jicha.shell;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.JLineInputProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Replaces Spring Shell's runners: runs the one-shot command, the {@code @FILE} script or the
 * interactive loop, prints each failure as one line on stderr and sets the exit status
 * (0 success, 1 a failing command, 2 a script that cannot be read, 3 an internal error).
 */
@Component
public class JichaRunner implements ApplicationRunner, ExitCodeGenerator {

    static final int FAILED = 1;
    static final int BAD_SCRIPT = 2;
    static final int INTERNAL = 3;
    private static final String PREFIX = "jicha: ";

    private final CommandDispatcher dispatcher;
    private final Console console;
    private final CommandRegistry registry;
    private final JichaPrompt prompt;
    private final ShellContext shell;
    private final FirstRunGuide guide;
    private final boolean debug;
    private int exitCode;

    public JichaRunner(CommandDispatcher dispatcher, Console console, CommandRegistry registry, JichaPrompt prompt,
                       ShellContext shell, FirstRunGuide guide, @Value("${jicha.debug:false}") boolean debug) {
        this.guide = guide;
        this.dispatcher = dispatcher;
        this.console = console;
        this.registry = registry;
        this.prompt = prompt;
        this.shell = shell;
        this.debug = debug;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = List.of(args.getSourceArgs());
        if (words.isEmpty()) {
            exitCode = interactive();
        } else if (!argumentsWhole(words)) {
            exitCode = FAILED;
        } else if (words.size() == 1 && words.get(0).startsWith("@")) {
            exitCode = script(Path.of(words.get(0).substring(1)));
        } else {
            exitCode = runOne(words, PREFIX);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Whether the process arguments arrived as typed (see {@link TextIntake}); says why not. */
    private boolean argumentsWhole(List<String> words) {
        try {
            TextIntake.check(words, TextIntake.argumentCharset());
            TextIntake.checkAgainstCommandLine(words, System.getenv("JICHA_CMDLINE")); // set by jicha.cmd
            return true;
        } catch (UserError e) {
            console.err().println(PREFIX + e.getMessage());
            return false;
        }
    }

    /** Runs one command; reports a failure with the given prefix and returns the exit status. */
    int runOne(List<String> words, String prefix) {
        try {
            TextIntake.check(words, StandardCharsets.UTF_8); // script lines and typed lines: read as UTF-8
            dispatcher.run(words);
            return 0;
        } catch (UserError e) {
            console.err().println(prefix + e.getMessage());
            if (debug) {
                e.printStackTrace(console.err());
            }
            return FAILED;
        } catch (RuntimeException | Error e) {
            console.err().println(prefix + Texts.get(debug ? "shell.internal-error-debug" : "shell.internal-error", e));
            if (debug) {
                e.printStackTrace(console.err());
            }
            return INTERNAL;
        }
    }

    private int script(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            console.err().println(PREFIX + Texts.get("shell.no-script-file", file));
            return BAD_SCRIPT;
        } catch (MalformedInputException e) {
            console.err().println(PREFIX + Texts.get("shell.script-not-utf8", file));
            return BAD_SCRIPT;
        } catch (IOException e) {
            console.err().println(PREFIX + Texts.get("shell.cannot-read-script", file, e.getMessage()));
            return BAD_SCRIPT;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            List<String> words;
            try {
                words = Tokenizer.split(line);
            } catch (UserError e) {
                console.err().println(where + e.getMessage());
                return FAILED;
            }
            console.out().println("» " + line);
            int code = runOne(words, where);
            if (code != 0) {
                console.err().println(PREFIX + Texts.get("shell.script-stopped", i + 1, file));
                return code;
            }
        }
        return 0;
    }

    private int interactive() {
        LineInput terminal;
        try {
            terminal = LineInput.open(registry, shell, prompt, shell.workspace().root().resolve(".history"));
        } catch (IOException | RuntimeException e) {
            console.err().println(PREFIX + Texts.get("shell.no-terminal"));
            return FAILED;
        }
        try (terminal) {
            return interactive(terminal.input());
        }
    }

    private int interactive(JLineInputProvider input) {
        console.out().println(Texts.get("shell.welcome"));
        guide.ifNoSessions().ifPresent(console.out()::println);
        while (true) {
            String line;
            try {
                line = input.readInput();
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            if (line == null) {
                return 0;
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("exit") || line.equals("quit")) {
                return 0;
            }
            try {
                runOne(Tokenizer.split(line), Texts.get("shell.error-prefix"));
            } catch (UserError e) {
                console.err().println(Texts.get("shell.error-prefix") + e.getMessage());
            }
        }
    }
}
