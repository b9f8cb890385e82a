package io.jicha.record;

import io.jicha.common.Hashes;
import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
     * Copies the file into the snapshot folder under a temporary name while hashing it, and
     * recognises its format and encoding.
     *
     * @param encodingOverride the user's --encoding, or null to detect
     */
    public static StagedFile stage(Path source, Path snapshotDir, String encodingOverride, ImportProgress progress)
            throws IOException {
        if (!Files.isRegularFile(source)) {
            throw UserError.of("record.such-file", source);
        }
        String encoding = encodingOverride == null ? null : TextEncodings.parseOverride(encodingOverride);
        Files.createDirectories(snapshotDir);
        Path temp = Files.createTempFile(snapshotDir, "import-", ".tmp");
        long total = Files.size(source);
        MessageDigest md = Hashes.sha256();
        Utf8Validator utf8 = new Utf8Validator();
        byte[] head = new byte[HEAD];
        int headLen = 0;
        long done = 0;
        try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(temp)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                utf8.update(buf, 0, n);
                out.write(buf, 0, n);
                if (headLen < HEAD) {
                    int k = Math.min(n, HEAD - headLen);
                    System.arraycopy(buf, 0, head, headLen, k);
                    headLen += k;
                }
                done += n;
                progress.update("copying", done, total, 0);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        String name = source.getFileName().toString();
        try {
            boolean bom = TextEncodings.startsWithBom(head, headLen);
            RecordFormat format = sniffFormat(name, head, headLen, bom);
            if (encoding == null) {
                encoding = bom ? TextEncodings.UTF8_BOM : utf8.isValid() ? TextEncodings.UTF8 : TextEncodings.GB18030;
            }
            return new StagedFile(temp, name, HexFormat.of().formatHex(md.digest()), format, encoding, done);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
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
        Files.createDirectories(snapshotDir);
        String name = source.getFileName().toString();
        Path temp = Files.createTempFile(snapshotDir, "import-", ".tmp");
        boolean staged = false;
        try {
            // A workbook is small next to a register in CSV: copied, then hashed as every snapshot is checked.
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
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
        if (!Files.isRegularFile(file)) {
            throw UserError.of("record.snapshot-missing-restore-backup-session", r.fileName(), file);
        }
        try {
            p = XlsxReader.read(file, r.fileName(), r.sheet(), r.headerRow(), ImportProgress.NONE).population();
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
        Files.createDirectories(snapshotDir);
        String name = source.getFileName().toString();
        long total = Files.size(source);
        Path temp = Files.createTempFile(snapshotDir, "import-", ".tmp");
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
                if (override == null && encoding.equals(TextEncodings.UTF8)) {
                    encoding = TextEncodings.GB18030;
                    population = PopulationReader.read(temp, name, format, encoding, progress);
                } else {
                    throw PopulationReader.encodingError(name, temp, encoding);
                }
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

    private static final int HEAD_SNIFF = 1 << 16;

    /** Moves a staged file to its content address; a snapshot already there (same bytes) is kept. */
    public static Path commit(StagedFile staged, Path snapshotDir) throws IOException {
        Path target = path(snapshotDir, staged.sha256(), staged.format());
        try {
            Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(staged.temp());
        }
        if (Files.exists(staged.temp())) { // some file systems replace silently instead of failing
            Files.deleteIfExists(staged.temp());
        }
        return target;
    }

    public static void discard(StagedFile staged) {
        try {
            Files.deleteIfExists(staged.temp());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a staged file (not yet committed) and caches the result under its hash. */
    public static Population parse(StagedFile staged, ImportProgress progress) throws IOException {
        Population p = PopulationReader.read(staged.temp(), staged.fileName(), staged.format(), staged.encoding(),
                progress);
        CACHE.put(key(staged.sha256(), staged.format(), staged.encoding()), new SoftReference<>(p));
        return p;
    }

    /**
     * The population held by a stored snapshot, parsed once per process and cached by hash.
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
        try {
            p = PopulationReader.read(file, fileName, format, encoding, ImportProgress.NONE);
        } catch (NoSuchFileException e) {
            throw UserError.of("record.snapshot-missing-restore-backup-session", fileName, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CACHE.put(key, new SoftReference<>(p));
        return p;
    }

    /** Whether the stored snapshot's bytes still hash to its name. */
    public static boolean intact(Path snapshotDir, String sha256, RecordFormat format) {
        Path file = path(snapshotDir, sha256, format);
        try {
            return Files.isRegularFile(file) && Hashes.sha256Hex(file).equals(sha256);
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
