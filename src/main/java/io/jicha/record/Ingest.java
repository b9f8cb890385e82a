package io.jicha.record;

import io.jicha.common.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Takes in a file being imported on a second thread, a mebibyte at a time: writes each chunk to
 * the snapshot copy, hashes it, and decodes it to text, which the parser reads through
 * {@link #reader()}. So the parser's thread only parses; reading, copying, hashing and decoding
 * the file keep the other core busy, and nothing is read twice.
 *
 * <p>Text that does not decode in the given encoding ends the text there (the reader throws a
 * {@link java.nio.charset.CharacterCodingException}) but not the copy, so that the caller can
 * parse the complete copy again in another encoding. A UTF-8 byte-order mark is not part of the
 * text.
 */
final class Ingest {

    /** The copy's SHA-256 and size. */
    record Result(String sha256, long bytes) {
    }

    /** Decoded text chars[0, length) ending at file byte bytesEnd; the reader hands chars back when done. */
    private record Text(char[] chars, int length, long bytesEnd) {
    }

    private static final Text END = new Text(new char[0], 0, 0);
    private static final Text UNDECODABLE = new Text(new char[0], 0, 0);
    private static final Text FAILED = new Text(new char[0], 0, 0);
    private static final int CHUNK = 1 << 20;
    /** An unfinished multi-byte sequence carried to the next chunk is shorter than this. */
    private static final int CARRY = 16;
    private static final int QUEUED = 4;

    private final BlockingQueue<Text> queue = new ArrayBlockingQueue<>(QUEUED);
    /** Char buffers the reader is done with, reused so that decoding the file makes no garbage. */
    private final BlockingQueue<char[]> free = new ArrayBlockingQueue<>(QUEUED + 2);
    private final Thread worker;
    private final TextReader reader = new TextReader();
    /** The reader wants no more text: copy and hash the rest without decoding it. */
    private volatile boolean readerDone;
    /** The import has failed: stop. */
    private volatile boolean stopped;
    private volatile IOException failure;
    private volatile Result result;
    private boolean finished;

    /**
     * Starts copying source to copy.
     *
     * @param encoding a name from {@link TextEncodings} or a Java charset name
     */
    Ingest(Path source, Path copy, String encoding) {
        worker = new Thread(() -> run(source, copy, encoding), "import-ingest");
        worker.setDaemon(true);
        worker.start();
    }

    /** The file's text, for the parser. */
    Reader reader() {
        return reader;
    }

    /** About how many bytes of the file the text read so far came from (for progress and projections). */
    long bytesRead() {
        return reader.bytesRead();
    }

    private void run(Path source, Path copy, String encoding) {
        MessageDigest md = Hashes.sha256();
        CharsetDecoder decoder = TextEncodings.decoder(encoding);
        byte[] bytes = new byte[CARRY + CHUNK];
        int carry = 0; // bytes[0, carry): the start of a sequence the last chunk ended in
        long total = 0;
        boolean decoding = true;
        try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(copy,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // CREATE_NEW: a new file (never through a link planted at its name), made with the umask's permissions
            while (!stopped) {
                int n = in.readNBytes(bytes, carry, CHUNK);
                boolean eof = n < CHUNK;
                out.write(bytes, carry, n);
                md.update(bytes, carry, n);
                boolean bom = total == 0 && TextEncodings.isUtf8(encoding) && TextEncodings.startsWithBom(bytes, n);
                int start = bom ? 3 : 0;
                total += n;
                decoding &= !readerDone;
                if (decoding) {
                    ByteBuffer src = ByteBuffer.wrap(bytes, start, carry + n - start);
                    decoding = decode(decoder, src, eof, total);
                    carry = decoding ? src.remaining() : 0;
                    System.arraycopy(bytes, src.position(), bytes, 0, carry);
                } else {
                    carry = 0; // copying and hashing only, from here on
                }
                if (eof) {
                    break;
                }
            }
            if (decoding) {
                hand(END);
            }
        } catch (IOException e) {
            failure = e;
            hand(FAILED);
        } catch (RuntimeException e) {
            failure = new IOException("copying the file failed: " + e, e);
            hand(FAILED);
        }
        result = new Result(HexFormat.of().formatHex(md.digest()), total);
    }

    /**
     * Decodes the chunk and hands its text to the reader; false (and the reader is told) when the
     * bytes do not decode. What is left in src is the start of a sequence the next chunk ends.
     */
    private boolean decode(CharsetDecoder decoder, ByteBuffer src, boolean eof, long total) {
        boolean flushing = false;
        while (true) {
            char[] chars = free.poll();
            if (chars == null) {
                chars = new char[CARRY + CHUNK]; // as many chars as bytes: enough for UTF-8 and GB18030
            }
            CharBuffer text = CharBuffer.wrap(chars);
            CoderResult r = flushing ? decoder.flush(text) : decoder.decode(src, text, eof);
            if (r.isUnderflow() && eof && !flushing) {
                flushing = true;
                r = decoder.flush(text);
            }
            if (r.isError() || (r.isUnderflow() && src.remaining() >= CARRY)) {
                hand(UNDECODABLE);
                return false;
            }
            if (text.position() > 0) {
                hand(new Text(chars, text.position(), total - src.remaining()));
            }
            if (!r.isOverflow()) {
                return true;
            }
        }
    }

    /** Queues text for the reader, unless it wants no more or the import has failed. */
    private void hand(Text text) {
        try {
            while (!stopped && !readerDone) {
                if (queue.offer(text, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            stopped = true;
        }
    }

    /** Waits for the copy to be complete (the reader need not have read all text) and returns its hash. */
    Result finish() throws IOException {
        readerDone = true;
        finished = true;
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** Stops the copy if {@link #finish()} was not reached (the import failed), and waits for the file to be closed. */
    void release() {
        if (finished) {
            return;
        }
        finished = true;
        stopped = true;
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The decoded text, chunk by chunk as the worker hands it over. */
    private final class TextReader extends Reader {
        private Text current;
        private int pos;
        private long bytesBefore; // file bytes before the current text
        private long bytesRead; // read by the parser, on the reader's thread

        long bytesRead() {
            return bytesRead;
        }

        private boolean next() throws IOException {
            if (current == END) {
                return false;
            }
            if (current != null) {
                free.offer(current.chars);
                bytesBefore = current.bytesEnd;
            }
            Text t;
            try {
                t = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
            if (t == UNDECODABLE) {
                throw new MalformedInputException(0);
            }
            if (t == FAILED) {
                throw failure;
            }
            current = t;
            pos = 0;
            return t != END;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (current == null || pos == current.length) {
                if (!next()) {
                    return -1;
                }
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current.chars, pos, cbuf, off, n);
            pos += n;
            bytesRead = bytesBefore + (long) ((double) (current.bytesEnd - bytesBefore) * pos / current.length);
            return n;
        }

        @Override
        public void close() {
        }
    }
}
