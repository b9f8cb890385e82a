package io.jicha.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay between jicha and a PostgreSQL server that can drop the connection at the moment a
 * transaction commits, as a network failure would: either the COMMIT never reaches the server, or
 * it does and its answer never comes back. Each cut happens once, then the relay passes again. It
 * recognises the COMMIT by its text, so the client must send it as text each time (the driver's
 * {@code prepareThreshold=0}; otherwise it binds a statement prepared on first use).
 */
final class CuttingProxy implements AutoCloseable {

    enum Cut { NONE, BEFORE_COMMIT, AFTER_COMMIT }

    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final int target;
    private final AtomicReference<Cut> next = new AtomicReference<>(Cut.NONE);
    private volatile byte[] trigger = COMMIT;
    private volatile int cuts;

    CuttingProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "proxy accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Cuts the next connection that commits, in the way given. */
    void cutNextCommit(Cut how) {
        trigger = COMMIT;
        next.set(how);
    }

    /** Cuts the next connection that sends {@code text} (in a statement), before it reaches the server. */
    void cutBefore(String text) {
        trigger = text.getBytes(StandardCharsets.UTF_8);
        next.set(Cut.BEFORE_COMMIT);
    }

    private volatile boolean refusing;

    /** While set, every new connection is closed at once, as when the server cannot be reached. */
    void refuseNewConnections(boolean refuse) {
        refusing = refuse;
    }

    /** How many cuts were made. */
    int cuts() {
        return cuts;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                Link link = new Link(client, upstream);
                start(() -> link.clientToServer(), "proxy c->s");
                start(() -> link.serverToClient(), "proxy s->c");
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void start(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private final class Link {
        private final Socket client;
        private final Socket upstream;
        private volatile boolean dropAnswer;

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void clientToServer() {
            byte[] buf = new byte[65536];
            try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    Cut how = next.get();
                    if (how != Cut.NONE && contains(buf, n, trigger) && next.compareAndSet(how, Cut.NONE)) {
                        if (how == Cut.BEFORE_COMMIT) {
                            cuts++;
                            closeBoth();
                            return;
                        }
                        dropAnswer = true;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: the link ends
            } finally {
                closeBoth();
            }
        }

        void serverToClient() {
            byte[] buf = new byte[65536];
            try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    if (dropAnswer) {
                        cuts++;
                        closeBoth(); // the server has committed; its answer is lost
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: the link ends
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                upstream.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static boolean contains(byte[] buf, int n, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= n; i++) {
            for (int j = 0; j < what.length; j++) {
                if (buf[i + j] != what[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
