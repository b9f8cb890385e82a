package io.jicha.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.jicha.common.Json;
import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Reads a population file (CSV or JSON Lines, in a known encoding) into a {@link Population},
 * all or nothing: the first bad row stops the read with a {@link UserError} naming the file, the
 * row, the column and the value. The one CSV reader of jicha (Jackson CSV).
 */
public final class PopulationReader {

    /** The one CSV mapper: rows as arrays of strings, header handled here. */
    public static final CsvMapper CSV = new CsvMapper();
    private static final int PROGRESS_EVERY = 8192;
    /** At most this many columns (a case register has a few dozen; see docs/records.md). */
    public static final int MAX_COLUMNS = 1024;
    /** At most this many characters in a cell: Excel's own limit for a cell (32,767). */
    public static final int MAX_CELL = 32767;
    /** At most this many characters in a record (a CSV row or a JSON Lines line): 1 Mi. */
    public static final int MAX_RECORD = 1 << 20;

    private PopulationReader() {
    }

    /**
     * Reads the file.
     *
     * @param sourceName the name used in error messages (the user's file name)
     * @param encoding   a name from {@link TextEncodings} or a Java charset name
     */
    public static Population read(Path file, String sourceName, RecordFormat format, String encoding,
                                  ImportProgress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file), sourceName, format, encoding, progress);
        } catch (CharacterCodingException e) {
            throw encodingError(sourceName, file, encoding);
        }
    }

    /**
     * Reads from a stream of {@code total} bytes. Text that does not decode is thrown as a
     * CharacterCodingException (the caller locates it with {@link #encodingError}).
     */
    static Population read(InputStream stream, long total, String sourceName, RecordFormat format, String encoding,
                           ImportProgress progress) throws IOException {
        CountingStream in = new CountingStream(stream);
        InputStream text = in;
        if (TextEncodings.isUtf8(encoding)) {
            java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
            byte[] b = pushback.readNBytes(3);
            if (!TextEncodings.startsWithBom(b, b.length)) {
                pushback.unread(b);
            }
            text = pushback;
        }
        Reader reader = new InputStreamReader(text, TextEncodings.decoder(encoding));
        return read(reader, () -> in.count, total, sourceName, format, encoding, progress);
    }

    /**
     * Reads decoded text (without a byte-order mark) from a file of {@code total} bytes.
     *
     * @param bytesRead how many bytes of the file the text read so far came from
     */
    static Population read(Reader reader, LongSupplier bytesRead, long total, String sourceName, RecordFormat format,
                           String encoding, ImportProgress progress) throws IOException {
        Sink sink = new Sink(sourceName, bytesRead, total, progress);
        try {
            if (format == RecordFormat.CSV) {
                readCsv(reader, sink, encoding);
            } else {
                readJsonLines(reader, sink, encoding);
            }
            sink.checkIds();
        } catch (UncheckedIOException e) {
            sink.checkIds(); // a duplicate id in an earlier row is the first error
            if (e.getCause() instanceof CharacterCodingException c) {
                throw c;
            }
            throw e;
        } catch (UserError e) {
            sink.checkIds();
            throw e;
        }
        return sink.finish();
    }

    /** The error for text in the file that does not decode, naming its line. */
    static UserError encodingError(String sourceName, Path file, String encoding) throws IOException {
        return encodingError(sourceName, "line " + firstUndecodableLine(file, encoding), encoding);
    }

    /** The 1-based number of the first text line that does not decode (readers decode ahead, so find it exactly). */
    private static long firstUndecodableLine(Path file, String encoding) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (TextEncodings.isUtf8(encoding)) {
                skipBom(in);
            }
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            long lineNo = 1;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    try {
                        TextEncodings.decoder(encoding).decode(java.nio.ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return lineNo;
                    }
                    if (b < 0) {
                        return lineNo;
                    }
                    line.reset();
                    lineNo++;
                } else {
                    line.write(b);
                }
            }
        }
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!TextEncodings.startsWithBom(b, b.length)) {
            in.reset();
        }
    }

    /** One CSV row's cells, trimmed, in a reusable array. */
    private static final class RowBuffer {
        String[] cells = new String[32];
        int count;

        void clear() {
            count = 0;
        }

        void add(String cell) {
            if (count == cells.length) {
                cells = java.util.Arrays.copyOf(cells, count * 2);
            }
            cells[count++] = cell.strip();
        }

        boolean blank() {
            for (int c = 0; c < count; c++) {
                if (!cells[c].isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void readCsv(Reader reader, Sink sink, String encoding) throws IOException {
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(reader)) {
            RowBuffer cells = new RowBuffer();
            int row = 0;
            if (!nextRow(parser, cells, sink, row)) {
                throw UserError.of("record.empty-expected-header-row-id", sink.sourceName);
            }
            row++;
            String[] headers = new String[cells.count];
            for (int c = 0; c < headers.length; c++) {
                headers[c] = cells.cells[c].replace("\uFEFF", "");
            }
            List<String> canon = canonicalHeaders(sink.sourceName, List.of(headers), "column");
            int idColumn = canon.indexOf(Columns.ID);
            int dateColumn = canon.indexOf(Columns.DATE);
            requireIdAndDate(sink.sourceName, idColumn, dateColumn, List.of(headers));
            int[] target = new int[headers.length];
            boolean[] ruled = new boolean[headers.length];
            for (int c = 0; c < headers.length; c++) {
                String name = canon.get(c);
                sink.builder.header(name, headers[c]);
                target[c] = name.isEmpty() || c == idColumn || c == dateColumn ? -1 : sink.builder.column(name);
                ruled[c] = FieldRules.hasRule(name);
            }
            Layout layout = new Layout(headers, canon, idColumn, dateColumn, target, ruled);
            while (nextRow(parser, cells, sink, row)) {
                row++;
                if (!cells.blank() && !sink.leftOut(row, cells.cells, cells.count)) {
                    layout.add(cells, sink, row);
                }
            }
        }
        if (sink.builder.rows() == 0) {
            throw UserError.of("record.no-records", sink.sourceName);
        }
    }

    /**
     * The header's columns: where the id and the date are, which attribute each column fills and
     * which are checked. Adds one row at a time (a method of its own, so that it compiles on its own).
     */
    private record Layout(String[] headers, List<String> canon, int idColumn, int dateColumn, int[] target,
                          boolean[] ruled) {

        void add(RowBuffer cells, Sink sink, int row) {
            if (cells.count != headers.length) {
                throw UserError.of("record.row-fields-but-header-has", sink.sourceName, row, cells.count, headers.length);
            }
            String[] v = cells.cells;
            sink.startRow(row, "row", v[idColumn], headers[idColumn], v[dateColumn], headers[dateColumn]);
            for (int c = 0; c < headers.length; c++) {
                int t = target[c];
                if (t < 0) {
                    if (c != idColumn && c != dateColumn && !v[c].isEmpty()) {
                        throw UserError.of("record.row-column-value-has-header", sink.sourceName, row, (c + 1), v[c]);
                    }
                    continue;
                }
                if (v[c].isEmpty()) {
                    continue;
                }
                sink.builder.set(t, ruled[c] ? sink.normalize(row, "row", headers[c], canon.get(c), v[c]) : v[c]);
            }
            sink.rowDone();
        }
    }

    /** Reads the next CSV row into cells; false at the end of the file. */
    private static boolean nextRow(CsvParser parser, RowBuffer cells, Sink sink, int row) {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return false;
            }
            cells.clear();
            long chars = 0;
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                int column = cells.count + 1;
                if (column > MAX_COLUMNS) {
                    throw UserError.of("record.too-many-columns", sink.sourceName, row + 1, MAX_COLUMNS);
                }
                if (text.length() > MAX_CELL) {
                    throw UserError.of("record.cell-too-long", sink.sourceName, row + 1, column, MAX_CELL);
                }
                chars += text.length();
                if (chars > MAX_RECORD) {
                    throw UserError.of("record.row-too-long", sink.sourceName, row + 1, MAX_RECORD);
                }
                if (text.indexOf('\u0000') >= 0) {
                    throw UserError.of("record.nul", sink.sourceName, row + 1, column);
                }
                cells.add(text);
            }
            return true;
        } catch (JsonProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException c) {
                    throw new UncheckedIOException(c);
                }
            }
            throw UserError.of("record.row-valid-csv", sink.sourceName, (row + 1), e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserError encodingError(String source, String where, String encoding) {
        return UserError.of("record.text-valid-give-file-s", source, where, encoding);
    }

    static List<String> canonicalHeaders(String source, List<String> headers, String what) {
        List<String> canon = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<String> meant = Columns.canonical(headers);
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            String c = meant.get(i);
            if (!c.isEmpty()) {
                String earlier = seen.putIfAbsent(c, h.strip());
                if (earlier != null) {
                    throw UserError.of("record.s-both-mean-keep-one", source, what, earlier, h.strip(), c);
                }
            }
            canon.add(c);
        }
        return canon;
    }

    static void requireIdAndDate(String source, int idColumn, int dateColumn, List<String> headers) {
        for (String[] required : new String[][]{{Columns.ID, String.valueOf(idColumn)},
                {Columns.DATE, String.valueOf(dateColumn)}}) {
            if (Integer.parseInt(required[1]) < 0) {
                String name = required[0];
                throw UserError.of("record.column-name-one-header-has", source, name, name, String.join(", ", Columns.aliases().get(name)), headers.stream().map(String::strip).collect(Collectors.joining(", ")));
            }
        }
    }

    private static void readJsonLines(Reader reader, Sink sink, String encoding) throws IOException {
        BufferedReader lines = new BufferedReader(reader, 1 << 16);
        int lineNo = 0;
        Map<String, Integer> columnByKey = new HashMap<>();
        while (true) {
            String line = readLine(lines, sink.sourceName, lineNo + 1);
            if (line == null) {
                break;
            }
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw UserError.of("record.line-valid-json", sink.sourceName, lineNo, e.getOriginalMessage().lines().findFirst().orElse(""));
            }
            if (node == null || !node.isObject()) {
                throw UserError.of("record.line-json-object-json-lines", sink.sourceName, lineNo);
            }
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            if (keys.size() > MAX_COLUMNS) {
                throw UserError.of("record.too-many-columns", sink.sourceName, lineNo, MAX_COLUMNS);
            }
            List<String> canon = canonicalHeaders(sink.sourceName + " line " + lineNo, keys, "field");
            int idAt = canon.indexOf(Columns.ID);
            int dateAt = canon.indexOf(Columns.DATE);
            if (idAt < 0 || dateAt < 0) {
                String missing = idAt < 0 ? Columns.ID : Columns.DATE;
                throw UserError.of("record.line-field-name", sink.sourceName, lineNo, missing, missing, String.join(", ", Columns.aliases().get(missing)));
            }
            String[] values = new String[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                values[i] = scalar(sink.sourceName, lineNo, keys.get(i), node.get(keys.get(i)));
            }
            sink.startRow(lineNo, "line", values[idAt], keys.get(idAt), values[dateAt], keys.get(dateAt));
            sink.checkIds(); // line by line: the message names the id field as this line spells it
            for (int i = 0; i < keys.size(); i++) {
                if (i == idAt || i == dateAt) {
                    continue;
                }
                String name = canon.get(i);
                int t = columnByKey.computeIfAbsent(name, sink.builder::column);
                String v = values[i];
                if (FieldRules.hasRule(name)) {
                    v = sink.normalize(lineNo, "line", keys.get(i), name, v);
                }
                sink.builder.set(t, v);
            }
            sink.rowDone();
        }
        if (sink.builder.rows() == 0) {
            throw UserError.of("record.no-records", sink.sourceName);
        }
    }

    /** The next line (without its line end) of at most {@link #MAX_RECORD} characters; null at the end. */
    private static String readLine(BufferedReader in, String sourceName, int lineNo) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() == MAX_RECORD) {
                throw UserError.of("record.line-too-long", sourceName, lineNo, MAX_RECORD);
            }
            line.append((char) c);
            c = in.read();
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    private static String scalar(String source, int line, String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            if (v.textValue().length() > MAX_CELL) {
                throw UserError.of("record.field-too-long", source, line, key, MAX_CELL);
            }
            return v.textValue().strip();
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().toPlainString();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
                JsonNode item = it.next();
                if (item.isContainerNode()) {
                    throw UserError.of("record.line-field-list-may-hold", source, line, key);
                }
                items.add(scalar(source, line, key, item));
            }
            return String.join(Columns.LIST_SEPARATOR, items);
        }
        throw UserError.of("record.line-field-nested-objects-supported", source, line, key);
    }

    /** Collects rows into the builder, checking id and date, and reports progress (also for {@link XlsxReader}). */
    static final class Sink {
        final String sourceName;
        final PopulationBuilder builder = new PopulationBuilder();
        final LongSupplier bytesRead;
        final long total;
        final ImportProgress progress;
        int sinceProgress;
        long expectedRows;
        String rowWord = "row";
        String idHeader = Columns.ID; // the id column's name in the file (of the last row, in JSON Lines)

        /** What the progress reports: the bytes read of the file's size, unless {@link #showRows}. */
        private String phase = ImportProgress.READING;
        private LongSupplier progressDone;
        private long progressTotal;

        Sink(String sourceName, LongSupplier bytesRead, long total, ImportProgress progress) {
            this.sourceName = sourceName;
            this.bytesRead = bytesRead;
            this.total = total;
            this.progress = progress;
            this.progressDone = bytesRead;
            this.progressTotal = total;
        }

        /**
         * Reports progress as the row number reached of the last row (a workbook's sheet, whose bytes are
         * not counted), not as bytes; the rows foreseen for the arrays still come from the bytes only.
         */
        void showRows(LongSupplier rowReached, long lastRow) {
            this.phase = ImportProgress.READING_ROWS;
            this.progressDone = rowReached;
            this.progressTotal = lastRow;
        }

        void startRow(int row, String rowWord, String id, String idHeader, String dateText, String dateHeader) {
            // The "file row n" prefix of a message is built only when there is an error to report.
            if (id.isEmpty()) {
                throw UserError.of("record.column-id-missing-every-record", where(row, rowWord), idHeader.strip());
            }
            if (hasControl(id)) {
                throw UserError.of("record.id-has-control-characters", where(row, rowWord), idHeader.strip(),
                        id.replaceAll("\\p{Cntrl}", "?"));
            }
            int day = RecordDates.epochDay(dateText);
            if (day == RecordDates.NOT_A_DATE) {
                throw UserError.of("record.column-date-use", where(row, rowWord), dateHeader.strip(), dateText, RecordDates.FORMS);
            }
            this.rowWord = rowWord;
            this.idHeader = idHeader;
            PopulationBuilder.Duplicate d = builder.startRow(id, day, row);
            if (d != null) {
                throw duplicateError(d);
            }
        }

        /**
         * Throws the error for the first duplicate id among the rows read so far, if there is one
         * (ids are checked in batches, so a duplicate may be found a few rows after its own row; an
         * error in a later row must not hide it).
         */
        void checkIds() {
            PopulationBuilder.Duplicate d = builder.checkIds();
            if (d != null) {
                throw duplicateError(d);
            }
        }

        private UserError duplicateError(PopulationBuilder.Duplicate d) {
            return UserError.of("record.column-duplicate-id-also", where(d.sourceRow(), rowWord), idHeader.strip(), d.id(),
                    Texts.get("record.where." + rowWord, "", d.earlierSourceRow()).strip());
        }

        private String where(int row, String rowWord) {
            return Texts.get("record.where." + rowWord, sourceName, row);
        }

        String normalize(int row, String rowWord, String header, String canonical, String value) {
            try {
                return FieldRules.normalize(canonical, value);
            } catch (IllegalArgumentException e) {
                throw UserError.of("record.row-column-bad-value", where(row, rowWord), header.strip(), value, e.getMessage());
            }
        }

        void rowDone() {
            if (++sinceProgress == PROGRESS_EVERY) {
                sinceProgress = 0;
                progress.update(phase, Math.min(progressTotal, progressDone.getAsLong()), progressTotal, builder.rows());
                expectRows();
            }
        }

        /**
         * Foresees the number of rows from the bytes read so far and the file's size, so that the
         * population's arrays grow to about their final size at once (2 % to spare; the count of
         * bytes also includes what the decoder has read ahead).
         */
        private void expectRows() {
            long read = bytesRead.getAsLong();
            if (read <= 0 || total <= read) {
                return;
            }
            long estimate = (long) ((double) builder.rows() * total / read * 1.02);
            // Once foreseen, only a clearly larger estimate grows the arrays again (each growth copies them).
            if (estimate <= expectedRows + expectedRows / 8 || estimate >= Integer.MAX_VALUE - 8) {
                return;
            }
            expectedRows = estimate;
            builder.expect((int) estimate);
        }

        /**
         * True when the row is left out: a footer row ({@link LedgerFooter}) or any row after the
         * first one. Counts them and tells the progress once the file is read.
         */
        boolean leftOut(int row, String[] cells, int count) {
            if (footerRow == 0) {
                String text = LedgerFooter.footerText(cells, count);
                if (text == null) {
                    return false;
                }
                footerRow = row;
                footerText = text;
            }
            leftOutRows++;
            return true;
        }

        int footerRow;
        String footerText;
        int leftOutRows;

        Population finish() {
            if (leftOutRows > 0) {
                progress.leftOut(leftOutRows, footerRow, footerText);
            }
            progress.update(phase, progressTotal, progressTotal, builder.rows());
            return builder.build();
        }
    }

    /** Whether the text holds a control character (general category Cc: U+0000-U+001F, U+007F-U+009F). */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads through a 64 KiB buffer and counts the bytes handed on, for progress. {@link #available}
     * tells only what the buffer holds: the decoder asks before each read, and asking a file
     * stream costs two system calls (fstat and lseek), about 4 % of a large import.
     */
    private static final class CountingStream extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        long count;

        CountingStream(InputStream in) {
            this.in = in;
        }

        private boolean fill() throws IOException {
            pos = 0;
            limit = Math.max(0, in.read(buffer, 0, buffer.length));
            return limit > 0;
        }

        @Override
        public int read() throws IOException {
            if (pos == limit && !fill()) {
                return -1;
            }
            count++;
            return buffer[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == limit && !fill()) {
                return -1;
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buffer, pos, b, off, n);
            pos += n;
            count += n;
            return n;
        }

        @Override
        public int available() {
            return limit - pos;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
