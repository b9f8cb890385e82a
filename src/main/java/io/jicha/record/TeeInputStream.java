package io.jicha.record;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.jicha.common.Hashes;

/**
 * Passes a file's bytes to its reader and, on a second thread, writes the same bytes to a copy
 * and hashes them, so that storing a snapshot costs no extra pass over the file.
 */
final class TeeInputStream extends FilterInputStream {

    /** The copy's SHA-256 and size. */
    record Result(String sha256, long bytes) {
    }

    /** Bytes data[0, length) of the file, in a buffer the writer hands back when done with it. */
    private record Chunk(byte[] data, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);
    private static final int CHUNK = 1 << 20;
    private static final int QUEUED = 8;

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
    /** Buffers the writer is done with, reused so that copying the file makes no garbage. */
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(QUEUED + 2);
    private final Thread writer;
    private volatile IOException failure;
    private volatile Result result;
    private boolean finished;
    /** The chunk being served to the reader: served[pos, limit); the writer gets it once it is all read. */
    private byte[] served;
    private int pos;
    private int limit;
    private boolean eof;

    TeeInputStream(InputStream in, Path copy) {
        super(in);
        writer = new Thread(() -> write(copy), "snapshot-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void write(Path copy) {
        MessageDigest md = Hashes.sha256();
        long bytes = 0;
        boolean failed = false;
        try (OutputStream out = Files.newOutputStream(copy)) {
            while (true) {
                Chunk chunk = queue.take();
                if (chunk == END) {
                    break;
                }
                if (failed) {
                    continue; // keep draining so the reader never blocks
                }
                try {
                    out.write(chunk.data, 0, chunk.length);
                } catch (IOException e) {
                    failure = e;
                    failed = true;
                }
                md.update(chunk.data, 0, chunk.length);
                bytes += chunk.length;
                free.offer(chunk.data);
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new InterruptedIOException("snapshot writer interrupted");
        }
        result = new Result(HexFormat.of().formatHex(md.digest()), bytes);
    }

    /**
     * Hands the chunk the reader has been served to the writer and reads the next one, a whole
     * chunk at a time: a mebibyte per hand-off, since each one may wake the writer thread (a system
     * call) and each read of the file is one.
     */
    private boolean next() throws IOException {
        if (served != null) {
            put(new Chunk(served, limit));
            served = null;
        }
        if (eof) {
            return false;
        }
        byte[] data = free.poll();
        if (data == null) {
            data = new byte[CHUNK];
        }
        int n = in.readNBytes(data, 0, CHUNK);
        if (n < CHUNK) {
            eof = true;
        }
        if (n == 0) {
            return false;
        }
        served = data;
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (pos == limit && !next()) {
            return -1;
        }
        return served[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == limit && !next()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(served, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)]);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void put(Chunk chunk) throws IOException {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    /** Reads what the reader left, waits for the copy to be complete and returns its hash. */
    Result finish() throws IOException {
        while (next()) {
            // hands the rest of the file to the writer
        }
        finished = true;
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** Readers close their streams when done; the tee stays open until {@link #release()}. */
    @Override
    public void close() {
    }

    /** Stops the writer (if {@link #finish()} was not reached) and closes the file. */
    void release() throws IOException {
        try {
            if (!finished) {
                finished = true;
                put(END);
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            super.close();
        }
    }
}
