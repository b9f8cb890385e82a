package io.jicha.shell;

import io.jicha.support.JichaProcess;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The interactive shell on a real pseudo-terminal (util-linux {@code script}), so that JLine reads
 * keys and Tab completes: keys are typed once the prompt is up, each batch after the screen has
 * settled; the screen is returned without its terminal escapes.
 */
final class Pty {

    private Pty() {
    }

    static String session(JichaProcess jicha, String prompt, List<String> keys) throws Exception {
        List<String> command = jicha.builder().command();
        String line = "stty cols 200 rows 200; exec " + command.stream().map(Pty::quote).collect(Collectors.joining(" "));
        ProcessBuilder pb = jicha.builder();
        pb.command("script", "-q", "-e", "-c", line, "/dev/null");
        pb.environment().put("TERM", "xterm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                byte[] b = new byte[8192];
                for (int n; (n = in.read(b)) > 0; ) {
                    synchronized (screen) {
                        screen.write(b, 0, n);
                    }
                }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        reader.start();
        OutputStream keyboard = p.getOutputStream();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!text(screen).contains(prompt)) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException("no prompt: " + clean(text(screen)));
            }
            Thread.sleep(100);
        }
        for (String k : keys) {
            keyboard.write(k.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            settle(screen);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        reader.join(5000);
        return clean(text(screen));
    }

    /** Waits until nothing more has been written for a second (at most 30 s). */
    private static void settle(ByteArrayOutputStream screen) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int size = -1;
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
            int now;
            synchronized (screen) {
                now = screen.size();
            }
            if (now == size) {
                return;
            }
            size = now;
        }
    }

    private static String text(ByteArrayOutputStream screen) {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    private static String clean(String s) {
        return s.replaceAll("\\u001b\\][^\\u0007]*\\u0007", "").replaceAll("\\u001b\\[[0-9;?]*[A-Za-z]", "")
                .replaceAll("\\u001b[=>()][0-9A-B]?", "").replace("\r", "");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
