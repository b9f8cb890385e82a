package io.jicha.record;

import io.jicha.common.Durable;
import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Population snapshots: imported files stored content-addressed as {@code <sha256>.<ext>} in the
 * session's snapshot folder, the only truth about a population. Parsed populations are cached in
 * memory by snapshot hash (a derived value that may be dropped and rebuilt at any time).
 */
public final class Snapshots {

    private static final int HEAD = 8192;
    private static final Map<String, SoftReference<Population>> CACHE = new ConcurrentHashMap<>();

    private Snapshots() {
    }

    /** Where the snapshot with this hash and format lives. */
    public static Path path(Path snapshotDir, String sha256, RecordFormat format) {
        return snapshotDir.resolve(sha256 + "." + format.extension());
    }

    /**
     * A staged file and the population parsed from it; for a workbook also the sheet read and the
     * Excel row of its header (null for text files).
     */
    public record StagedPopulation(StagedFile staged, Population population, String sheet, Integer headerRow) {

        public StagedPopulation(StagedFile staged, Population population) {
            this(staged, population, null, null);
        }
    }

    /**
     * Copies, hashes and parses the file in one pass: a second thread reads the file, writes it
     * into the snapshot folder, hashes it and decodes it, while this one parses the text (see
     * {@link Ingest}). The encoding is chosen from the first 64 KiB (BOM, else UTF-8 if well-formed
     * so far, else GB18030); if UTF-8 text turns out malformed further on, the copy is parsed again
     * as GB18030.
     */
    public static StagedPopulation stageAndParse(Path source, Path snapshotDir, String encodingOverride,
                                                 ImportProgress progress) throws IOException {
        return stageAndParse(source, snapshotDir, encodingOverride, SheetChoice.FIRST, progress);
    }

    /**
     * The same for any format: an Excel workbook (recognised from its content) is copied and
     * hashed, then the chosen sheet of the copy is read (see {@link XlsxReader}).
     */
    public static StagedPopulation stageAndParse(Path source, Path snapshotDir, String encodingOverride,
                                                 SheetChoice choice, ImportProgress progress) throws IOException {
        if (Files.isRegularFile(source)) {
            byte[] head;
            try (InputStream first = Files.newInputStream(source)) {
                head = first.readNBytes(8);
            }
            if (XlsxReader.isZip(head)) {
                if (encodingOverride != null) {
                    throw UserError.of("record.xlsx.encoding", source.getFileName());
                }
                return stageWorkbook(source, snapshotDir, choice, progress);
            }
            XlsxReader.refuseOtherWorkbooks(source.getFileName().toString(), head, source);
            if (choice.given()) {
                throw UserError.of("record.xlsx.sheetOptionsForText", source.getFileName());
            }
        }
        return stageAndParseText(source, snapshotDir, encodingOverride, progress);
    }

    /** Copies and hashes a workbook into the snapshot folder, then reads the chosen sheet of the copy. */
    private static StagedPopulation stageWorkbook(Path source, Path snapshotDir, SheetChoice choice,
                                                  ImportProgress progress) throws IOException {
        ensureFolder(snapshotDir);
        String name = source.getFileName().toString();
        Path temp = snapshotDir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".tmp");
        boolean staged = false;
        try {
            // A workbook is small next to a register in CSV: copied (a new file, umask permissions,
            // never through a link), forced, then hashed as every snapshot is checked.
            Files.copy(source, temp);
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            String sha256 = Hashes.sha256Hex(temp);
            XlsxReader.Result read = XlsxReader.read(temp, name, choice.sheet(), choice.headerRow(), progress);
            StagedFile file = new StagedFile(temp, name, sha256, RecordFormat.XLSX, null, Files.size(temp));
            CACHE.put(workbookKey(file.sha256(), read.sheet(), read.headerRow()), new SoftReference<>(read.population()));
            staged = true;
            return new StagedPopulation(file, read.population(), read.sheet(), read.headerRow());
        } finally {
            if (!staged) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static String workbookKey(String sha256, String sheet, Integer headerRow) {
        return sha256 + "|" + RecordFormat.XLSX + "|" + sheet + "|" + headerRow;
    }

    /** The population held by the snapshot of a recorded import (any format), parsed once per process. */
    public static Population load(Path snapshotDir, RecordsImported r) {
        if (r.recordFormat() != RecordFormat.XLSX) {
            return load(snapshotDir, r.sha256(), r.recordFormat(), r.encoding(), r.fileName());
        }
        String key = workbookKey(r.sha256(), r.sheet(), r.headerRow());
        SoftReference<Population> ref = CACHE.get(key);
        Population p = ref == null ? null : ref.get();
        if (p != null) {
            return p;
        }
        Path file = path(snapshotDir, r.sha256(), RecordFormat.XLSX);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.of("record.snapshot-missing", r.fileName(), file);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.of("record.snapshot-not-file", r.fileName(), file);
        }
        try {
            if (!Hashes.sha256Hex(file).equals(r.sha256())) { // re-hashed on first load, as every snapshot
                throw UserError.of("record.snapshot-altered", r.fileName(), file);
            }
            p = XlsxReader.read(file, r.fileName(), r.sheet(), r.headerRow(), ImportProgress.NONE, false).population();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CACHE.put(key, new SoftReference<>(p));
        return p;
    }

    private static StagedPopulation stageAndParseText(Path source, Path snapshotDir, String encodingOverride,
                                                      ImportProgress progress) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw UserError.of("record.such-file", source);
        }
        String override = encodingOverride == null ? null : TextEncodings.parseOverride(encodingOverride);
        ensureFolder(snapshotDir);
        String name = source.getFileName().toString();
        long total = Files.size(source);
        Path temp = snapshotDir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".tmp");
        Ingest ingest = null;
        boolean staged = false;
        try {
            byte[] head;
            try (InputStream first = Files.newInputStream(source)) {
                head = first.readNBytes(HEAD_SNIFF);
            }
            boolean bom = TextEncodings.startsWithBom(head, head.length);
            RecordFormat format = sniffFormat(name, head, Math.min(head.length, HEAD), bom);
            Utf8Validator headCheck = new Utf8Validator();
            headCheck.update(head, 0, head.length);
            String encoding = override != null ? override
                    : bom ? TextEncodings.UTF8_BOM : headCheck.validSoFar() ? TextEncodings.UTF8 : TextEncodings.GB18030;
            // Chinese text that is well-formed UTF-8 for 64 KiB is UTF-8: a bad byte further on is an
            // error at its line, not a reason to read the file as GB18030. Plain ASCII so far proves nothing.
            boolean provenUtf8 = override == null && encoding.equals(TextEncodings.UTF8) && hasNonAscii(head);
            ingest = new Ingest(source, temp, encoding);
            Population population = null;
            boolean undecodable = false;
            try {
                population = PopulationReader.read(ingest.reader(), ingest::bytesRead, total, name, format, encoding,
                        progress);
            } catch (java.nio.charset.CharacterCodingException e) {
                undecodable = true;
            }
            Ingest.Result copied = ingest.finish();
            if (undecodable) {
                if (override == null && encoding.equals(TextEncodings.UTF8) && !provenUtf8) {
                    encoding = TextEncodings.GB18030;
                    population = PopulationReader.read(temp, name, format, encoding, progress);
                } else {
                    throw PopulationReader.encodingError(name, temp, encoding);
                }
            }
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                c.force(true); // the copy's bytes are on disk before its name is (see commit)
            }
            StagedFile file = new StagedFile(temp, name, copied.sha256(), format, encoding, copied.bytes());
            CACHE.put(key(file.sha256(), format, encoding), new SoftReference<>(population));
            staged = true;
            return new StagedPopulation(file, population);
        } finally {
            if (!staged) { // a refused or failed import leaves no copy and no thread behind
                if (ingest != null) {
                    ingest.release();
                }
                Files.deleteIfExists(temp);
            }
        }
    }

    private static boolean hasNonAscii(byte[] head) {
        for (byte b : head) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static final int HEAD_SNIFF = 1 << 16;
    /** Staged copies are named import-PID-UUID.tmp, so that a sweep can tell a live one from a leftover. */
    private static final String TEMP_PREFIX = "import-";
    private static final Pattern TEMP = Pattern.compile("import-(\\d+)-[0-9a-f-]{36}\\.tmp");
    private static final Pattern SNAPSHOT = Pattern.compile("[0-9a-f]{64}\\.[a-z]+");

    /**
     * Makes sure the snapshot folder is a real folder (not a link, which would put snapshots
     * elsewhere) and, when it is new, that its name is on disk.
     */
    public static void ensureFolder(Path snapshotDir) throws IOException {
        if (Files.exists(snapshotDir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(snapshotDir, LinkOption.NOFOLLOW_LINKS)) {
                throw UserError.of("record.snapshot-folder", snapshotDir);
            }
            return;
        }
        Files.createDirectory(snapshotDir);
        Durable.syncFolder(snapshotDir.getParent());
    }

    /**
     * Moves a staged file to its content address (a snapshot already there with the same bytes is
     * kept), then forces the folder, so that the snapshot is on disk before the import event that
     * names it is written. The rename replaces whatever else stands at that name (a link, a
     * damaged copy): nothing is ever written through it.
     */
    public static Path commit(StagedFile staged, Path snapshotDir) throws IOException {
        Path target = path(snapshotDir, staged.sha256(), staged.format());
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && intact(snapshotDir, staged.sha256(), staged.format())) {
            Files.deleteIfExists(staged.temp());
        } else {
            Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Durable.syncFolder(snapshotDir);
        return target;
    }

    /**
     * Removes what killed imports left behind: staged copies of processes no longer running, and
     * snapshots no import refers to (a snapshot is committed under the journal lock just before its
     * event, so under the lock an unreferenced one is a leftover). Call under the journal lock.
     *
     * @param referenced the file names of the snapshots the journal refers to
     */
    public static void sweep(Path snapshotDir, Set<String> referenced) throws IOException {
        if (!Files.isDirectory(snapshotDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> files = Files.list(snapshotDir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                Matcher m = TEMP.matcher(n);
                if (m.matches()) {
                    if (ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    leftovers.add(f);
                } else if (SNAPSHOT.matcher(n).matches() && !referenced.contains(n)) {
                    leftovers.add(f);
                }
            }
        }
        for (Path f : leftovers) {
            Files.deleteIfExists(f);
        }
        if (!leftovers.isEmpty()) {
            Durable.syncFolder(snapshotDir);
        }
    }

    public static void discard(StagedFile staged) {
        try {
            Files.deleteIfExists(staged.temp());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The population held by a stored snapshot, parsed once per process and cached by hash. The
     * first read in a process also re-hashes the file: a snapshot whose bytes no longer match its
     * name is refused, never used.
     *
     * @param fileName the original file name, for messages
     */
    public static Population load(Path snapshotDir, String sha256, RecordFormat format, String encoding,
                                  String fileName) {
        if (format == RecordFormat.XLSX) {
            throw new IllegalArgumentException("a workbook's snapshot is read with its sheet: load(snapshotDir, import)");
        }
        String key = key(sha256, format, encoding);
        SoftReference<Population> ref = CACHE.get(key);
        Population p = ref == null ? null : ref.get();
        if (p != null) {
            return p;
        }
        Path file = path(snapshotDir, sha256, format);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.of("record.snapshot-missing", fileName, file);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.of("record.snapshot-not-file", fileName, file);
        }
        MessageDigest md = Hashes.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), md)) {
            try {
                InputStream kept = new java.io.FilterInputStream(in) {
                    @Override
                    public void close() {
                        // the reader closes its stream; the rest is still to be hashed
                    }
                };
                p = PopulationReader.read(kept, Files.size(file), fileName, format, encoding, ImportProgress.NONE);
            } catch (UserError | java.nio.charset.CharacterCodingException e) {
                in.transferTo(OutputStream.nullOutputStream());
                if (!HexFormat.of().formatHex(md.digest()).equals(sha256)) {
                    throw UserError.of("record.snapshot-altered", fileName, file);
                }
                if (e instanceof UserError u) {
                    throw u;
                }
                throw PopulationReader.encodingError(fileName, file, encoding);
            }
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            throw UserError.of("record.snapshot-missing", fileName, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!HexFormat.of().formatHex(md.digest()).equals(sha256)) {
            throw UserError.of("record.snapshot-altered", fileName, file);
        }
        CACHE.put(key, new SoftReference<>(p));
        return p;
    }

    /** Whether the stored snapshot is a regular file (not a link) whose bytes still hash to its name. */
    public static boolean intact(Path snapshotDir, String sha256, RecordFormat format) {
        Path file = path(snapshotDir, sha256, format);
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Hashes.sha256Hex(file).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets every cached population (for tests and benchmarks). */
    public static void clearCache() {
        CACHE.clear();
    }

    private static String key(String sha256, RecordFormat format, String encoding) {
        return sha256 + "|" + format + "|" + encoding;
    }

    static RecordFormat sniffFormat(String name, byte[] head, int len, boolean bom) {
        if (len == 0) {
            throw UserError.of("record.empty-expected-csv-json-lines", name);
        }
        String kind = binaryKind(head, len);
        if (kind != null) {
            throw UserError.of("record.csv-json-lines-file-looks", name, kind);
        }
        int i = bom ? 3 : 0;
        while (i < len && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < len && head[i] == '{') {
            return RecordFormat.JSONL;
        }
        int end = i;
        while (end < len && head[end] != '\n') {
            end++;
        }
        String firstLine = new String(head, i, end - i, StandardCharsets.ISO_8859_1);
        if (firstLine.indexOf(',') >= 0) {
            return RecordFormat.CSV;
        }
        throw UserError.of("record.csv-json-lines-file-first", name);
    }

    private static String binaryKind(byte[] h, int len) {
        if (len >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
            return Texts.get("record.looks-like-zip");
        }
        if (len >= 4 && (h[0] & 0xFF) == 0xD0 && (h[1] & 0xFF) == 0xCF && (h[2] & 0xFF) == 0x11 && (h[3] & 0xFF) == 0xE0) {
            return Texts.get("record.looks-like-ole");
        }
        if (len >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') {
            return Texts.get("record.looks-like-pdf");
        }
        for (int i = 0; i < len; i++) {
            if (h[i] == 0) {
                return Texts.get("record.looks-like-binary");
            }
        }
        return null;
    }
}
