package io.jicha.shell;

import org.springframework.stereotype.Component;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Standard output and error, always UTF-8 whatever the platform's default encoding. */
@Component
public class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final PrintWriter outWriter;

    public Console() {
        this(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    public Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public PrintWriter outWriter() {
        return outWriter;
    }
}
