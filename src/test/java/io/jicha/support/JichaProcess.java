package io.jicha.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs jicha in a child JVM, as a user would, with its own workspace and environment. */
public final class JichaProcess {

    private final Path workspace;
    private final Map<String, String> env;

    public JichaProcess(Path workspace, Map<String, String> env) {
        this.workspace = workspace;
        this.env = env;
    }

    public JichaProcess(Path workspace) {
        this(workspace, Map.of());
    }

    /** The result of a finished run. */
    public record Result(int exit, String out, String err) {
    }

    public ProcessBuilder builder(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.jicha.shell.JichaApplication");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JICHA_WORKSPACE", workspace.toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("JICHA_AUDITOR");
        // the auditors' signing keys beside the workspace, not in the home folder of whoever runs the tests
        pb.environment().put("JICHA_KEYS", workspace.resolveSibling(workspace.getFileName() + "-keys").toString());
        pb.environment().put("JICHA_LANG", "en"); // the terminal's language; a test that wants Chinese says so in env
        pb.environment().putAll(env);
        pb.directory(new File(System.getProperty("user.dir")));
        return pb;
    }

    public Result run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jicha-out", ".txt");
        Path err = Files.createTempFile("jicha-err", ".txt");
        try {
            Process p = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("jicha did not finish: " + List.of(args));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Writes a script file of the given lines and runs it. */
    public Result script(Path file, List<String> lines) throws IOException, InterruptedException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return run("@" + file);
    }
}
