package io.jicha.record;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one sheet of an Excel workbook (.xlsx, with fastexcel-reader) into a {@link Population}, all
 * or nothing, through the same header aliases, field rules and builder as the CSV reader
 * ({@link PopulationReader.Sink}). Title rows above the header are skipped, a header of two rows
 * (group cells merged over sub-headers) is joined, date cells become {@code yyyy-MM-dd}, numbers are
 * written as Excel shows them (no {@code 1.0E7}, no trailing {@code .0}) and formulas give their
 * saved values. Messages name the sheet, the Excel row number and the column letter.
 */
final class XlsxReader {

    /** How far down the header row is looked for when --header-row is not given. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** Excel shows a number in General format with at most 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The population and where in the workbook it was read: the sheet's name and the header's Excel row. */
    record Result(Population population, String sheet, int headerRow) {
    }

    private XlsxReader() {
    }

    /** Whether the bytes start like a ZIP archive (an .xlsx workbook is one). */
    static boolean isZip(byte[] head) {
        // PK\3\4 starts an entry; PK\5\6, the end of the directory, starts an empty archive
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /**
     * Refuses, with what to do instead, a file that is a workbook jicha does not read (an encrypted
     * workbook, an .xls) or that is named like a workbook but is not one (a CSV named .xlsx).
     */
    static void refuseOtherWorkbooks(String fileName, byte[] head, Path file) throws IOException {
        boolean ole2 = head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        if (ole2) {
            // An encrypted .xlsx is an OLE2 container holding the streams EncryptionInfo and EncryptedPackage.
            if (contains(file, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE))) {
                throw UserError.of("record.xlsx.encrypted", fileName);
            }
            throw UserError.of("record.xlsx.xls", fileName);
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            throw UserError.of("record.xlsx.notWorkbook", fileName);
        }
    }

    private static boolean contains(Path file, byte[] needle) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int keep = 0;
            int n;
            while ((n = in.readNBytes(buf, keep, buf.length - keep)) > 0) {
                int len = keep + n;
                for (int i = 0; i + needle.length <= len; i++) {
                    int j = 0;
                    while (j < needle.length && buf[i + j] == needle[j]) {
                        j++;
                    }
                    if (j == needle.length) {
                        return true;
                    }
                }
                keep = Math.min(needle.length - 1, len);
                System.arraycopy(buf, len - keep, buf, 0, keep);
            }
        }
        return false;
    }

    /**
     * Reads the sheet.
     *
     * @param fileName  the user's file name, for messages
     * @param sheetName the sheet to read, or null for the first
     * @param headerRow the header's Excel row number, or null to find it
     */
    static Result read(Path file, String fileName, String sheetName, Integer headerRow, ImportProgress progress)
            throws IOException {
        return read(file, fileName, sheetName, headerRow, progress, true);
    }

    /**
     * Reads the sheet after {@link XlsxGuard} has streamed through the workbook; {@code strict}: with
     * docs/records.md's limits, as an import is; without them for a snapshot already recorded.
     */
    static Result read(Path file, String fileName, String sheetName, Integer headerRow, ImportProgress progress,
                       boolean strict) throws IOException {
        java.util.Map<String, Integer> lastRows = XlsxGuard.check(file, fileName, strict);
        ReadableWorkbook wb;
        try {
            wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw UserError.because(e, "record.xlsx.unreadable", fileName);
        }
        try (wb) {
            Sheet sheet;
            if (sheetName == null) {
                sheet = wb.getFirstSheet();
            } else {
                sheet = wb.findSheet(sheetName).orElseThrow(() -> UserError.of("record.xlsx.noSheet", fileName,
                        sheetName, sheetNames(wb)));
            }
            String source = Texts.get("record.xlsx.source", fileName, sheet.getName());
            try (Stream<Row> rows = sheet.openStream()) {
                SheetRead read = new SheetRead(source, wb.isDate1904(), progress, lastRows.getOrDefault(sheet.getName(), 0));
                Population p = read.read(rows.iterator(), headerRow);
                return new Result(p, sheet.getName(), read.headerRow);
            } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
                throw UserError.because(e, "record.xlsx.unreadable", fileName);
            }
        }
    }

    private static String sheetNames(ReadableWorkbook wb) {
        return wb.getSheets().map(Sheet::getName).collect(Collectors.joining(", "));
    }

    /** The letters of a 0-based column index as Excel names it: A, B, …, Z, AA, AB, … */
    static String columnLetter(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    /** One row's cells as text, by column index. */
    private record Cells(int rowNum, String[] text) {
        boolean blank() {
            for (String s : text) {
                if (s != null && !s.isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        String at(int c) {
            return c < text.length && text[c] != null ? text[c] : "";
        }
    }

    /** One read of one sheet. */
    private static final class SheetRead {
        private final String source;
        private final boolean date1904;
        private final PopulationReader.Sink sink;
        /** The Excel row number of the header, once found. */
        int headerRow;

        /** The Excel row number of the row read last: how far the read has come, of the sheet's last row. */
        private int reached;

        SheetRead(String source, boolean date1904, ImportProgress progress, int lastRow) {
            this.source = source;
            this.date1904 = date1904;
            this.sink = new PopulationReader.Sink(source, () -> 0, 0, progress);
            sink.showRows(() -> reached, lastRow);
        }

        Population read(Iterator<Row> rows, Integer headerRow) {
            try {
                return readRows(rows, headerRow);
            } catch (UserError e) {
                sink.checkIds(); // a duplicate id in an earlier row is the first error
                throw e;
            }
        }

        private Population readRows(Iterator<Row> rows, Integer headerRow) {
            // The rows down to the header (and the row below it, a possible sub-header) are kept to find it.
            List<Row> kept = new ArrayList<>();
            List<Cells> top = new ArrayList<>();
            int last = headerRow == null ? HEADER_SEARCH_ROWS : headerRow;
            while (rows.hasNext()) {
                Row r = rows.next();
                reached = r.getRowNum();
                kept.add(r);
                Cells c = cells(r, null);
                top.add(c);
                if (c.rowNum() > last) {
                    break;
                }
            }
            if (top.stream().allMatch(Cells::blank) && !rows.hasNext()) {
                throw UserError.of("record.xlsx.emptySheet", source);
            }
            Header header = headerRow == null ? findHeader(top) : givenHeader(top, headerRow);
            this.headerRow = header.rowNum();
            List<String> canon = PopulationReader.canonicalHeaders(source, header.names(), "column");
            int idColumn = canon.indexOf(Columns.ID);
            int dateColumn = canon.indexOf(Columns.DATE);
            PopulationReader.requireIdAndDate(source, idColumn, dateColumn, header.names());
            int width = header.names().size();
            String[] labels = new String[width];
            int[] target = new int[width];
            boolean[] ruled = new boolean[width];
            boolean[] dateOnly = new boolean[width];
            for (int c = 0; c < width; c++) {
                String name = canon.get(c);
                labels[c] = columnLetter(c) + " (" + header.names().get(c).strip() + ")";
                sink.builder.header(name, header.names().get(c));
                target[c] = name.isEmpty() || c == idColumn || c == dateColumn ? -1 : sink.builder.column(name);
                ruled[c] = FieldRules.hasRule(name);
                dateOnly[c] = name.equals(Columns.DATE) || name.equals(Columns.DECISION_DATE);
            }
            Layout layout = new Layout(labels, canon, idColumn, dateColumn, target, ruled, dateOnly);
            int firstData = header.rowNum() + header.height();
            for (Row r : kept) {
                if (r.getRowNum() >= firstData) {
                    add(layout, cells(r, layout));
                }
            }
            while (rows.hasNext()) {
                Row r = rows.next();
                reached = r.getRowNum();
                add(layout, cells(r, layout));
            }
            if (sink.builder.rows() == 0) {
                throw UserError.of("record.xlsx.noRecords", source, header.rowNum());
            }
            sink.checkIds();
            return sink.finish();
        }

        private Header findHeader(List<Cells> rows) {
            // A row that alone names the id and the date wins over two rows that do together (a title above a header).
            for (int i = 0; i < rows.size() && rows.get(i).rowNum() <= HEADER_SEARCH_ROWS; i++) {
                Header h = singleHeaderAt(rows, i);
                if (h != null) {
                    return h;
                }
            }
            for (int i = 0; i < rows.size() && rows.get(i).rowNum() <= HEADER_SEARCH_ROWS; i++) {
                Header h = joinedHeaderAt(rows, i);
                if (h != null) {
                    return h;
                }
            }
            throw UserError.of("record.xlsx.noHeader", source, HEADER_SEARCH_ROWS,
                    String.join(", ", Columns.aliases().get(Columns.ID)), String.join(", ", Columns.aliases().get(Columns.DATE)));
        }

        private Header givenHeader(List<Cells> rows, int headerRow) {
            if (headerRow < 1) {
                throw UserError.of("record.xlsx.headerRowNumber", headerRow);
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).rowNum() == headerRow) {
                    Header h = headerAt(rows, i);
                    return h != null ? h : new Header(single(rows.get(i)), headerRow, 1);
                }
            }
            throw UserError.of("record.xlsx.headerRowEmpty", source, headerRow);
        }

        private record Layout(String[] labels, List<String> canon, int idColumn, int dateColumn, int[] target,
                              boolean[] ruled, boolean[] dateOnly) {
        }

        private void add(Layout layout, Cells cells) {
            if (cells.blank()) {
                return;
            }
            String[] v = cells.text();
            int row = cells.rowNum();
            if (sink.leftOut(row, v, v.length)) {
                return;
            }
            for (int c = layout.labels().length; c < v.length; c++) {
                if (v[c] != null && !v[c].isEmpty()) {
                    throw UserError.of("record.xlsx.noHeaderForValue", source, row, columnLetter(c), v[c]);
                }
            }
            int id = layout.idColumn();
            int date = layout.dateColumn();
            sink.startRow(row, "row", cells.at(id), layout.labels()[id], cells.at(date), layout.labels()[date]);
            for (int c = 0; c < layout.labels().length; c++) {
                int t = layout.target()[c];
                String value = cells.at(c);
                if (t < 0) {
                    if (c != id && c != date && !value.isEmpty()) {
                        throw UserError.of("record.xlsx.noHeaderForValue", source, row, columnLetter(c), value);
                    }
                    continue;
                }
                if (value.isEmpty()) {
                    continue;
                }
                sink.builder.set(t, layout.ruled()[c]
                        ? sink.normalize(row, "row", layout.labels()[c], layout.canon().get(c), value) : value);
            }
            sink.rowDone();
        }

        private Cells cells(Row row, Layout layout) {
            int n = row.getCellCount();
            String[] text = new String[n];
            for (int c = 0; c < n; c++) {
                Cell cell = row.getCell(c);
                boolean dateOnly = layout == null || (c < layout.dateOnly().length && layout.dateOnly()[c]);
                text[c] = cell == null ? "" : cellText(cell, row.getRowNum(), c, dateOnly);
            }
            return new Cells(row.getRowNum(), text);
        }

        /** The cell as text: what Excel shows for numbers, yyyy-MM-dd for dates, a formula's saved value. */
        private String cellText(Cell cell, int rowNum, int column, boolean dateOnly) {
            String raw = cell.getRawValue();
            switch (cell.getType()) {
                case EMPTY:
                    return "";
                case STRING:
                    return cell.getText().strip();
                case BOOLEAN:
                    return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
                case ERROR:
                    throw UserError.of("record.xlsx.errorCell", source, rowNum, columnLetter(column), raw);
                case FORMULA:
                    if (raw == null) {
                        throw UserError.of("record.xlsx.noCachedValue", source, rowNum, columnLetter(column));
                    }
                    if (raw.startsWith("#")) {
                        throw UserError.of("record.xlsx.errorCell", source, rowNum, columnLetter(column), raw);
                    }
                    BigDecimal n = number(raw);
                    return n == null ? raw.strip() : numberText(cell, n, dateOnly);
                case NUMBER:
                default:
                    return raw == null ? cell.getText().strip() : numberText(cell, raw, dateOnly);
            }
        }

        /** Whether each number format (by id) shows a date, decided once per format. */
        private final java.util.Map<Integer, Boolean> dateFormats = new java.util.HashMap<>();

        private boolean isDate(Cell cell) {
            Integer id = cell.getDataFormatId();
            if (id == null) {
                return isDateFormat(null, cell.getDataFormatString());
            }
            Boolean known = dateFormats.get(id);
            if (known == null) {
                known = isDateFormat(id, cell.getDataFormatString());
                dateFormats.put(id, known);
            }
            return known;
        }

        private String numberText(Cell cell, String raw, boolean dateOnly) {
            if (!isDate(cell) && isPlainInteger(raw)) {
                return raw; // most numbers in a register: counts, amounts, ids Excel made numbers
            }
            BigDecimal n = number(raw);
            return n == null ? cell.getText().strip() : numberText(cell, n, dateOnly);
        }

        private String numberText(Cell cell, BigDecimal n, boolean dateOnly) {
            if (isDate(cell)) {
                long days = n.setScale(0, RoundingMode.FLOOR).longValueExact();
                LocalDate day = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days);
                BigDecimal fraction = n.subtract(BigDecimal.valueOf(days));
                if (fraction.signum() == 0 || dateOnly) {
                    return day.toString();
                }
                long seconds = fraction.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP)
                        .longValue();
                return LocalDateTime.of(day, java.time.LocalTime.MIN).plusSeconds(seconds).format(DATE_TIME);
            }
            BigDecimal shown = n.round(EXCEL_DIGITS).stripTrailingZeros();
            return shown.signum() == 0 ? "0" : shown.toPlainString();
        }
    }

    /** 1 to 15 digits without a leading zero (or "0"): shown by Excel exactly as stored. */
    private static boolean isPlainInteger(String raw) {
        int n = raw.length();
        if (n == 0 || n > 15 || (raw.charAt(0) == '0' && n > 1)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal number(String raw) {
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether a number format shows a date: Excel's built-in date formats (14-22, 27-36 and 50-58
     * in Chinese locales, 45-47) or a custom format with year, month or day parts outside quoted
     * text and brackets.
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58))) {
            return !(id >= 18 && id <= 21) && !(id >= 45 && id <= 47) || hasDatePart(format);
        }
        return format != null && hasDatePart(format);
    }

    private static boolean hasDatePart(String format) {
        if (format == null) {
            return false;
        }
        StringBuilder plain = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '[') {
                bracket++;
            } else if (!quoted && ch == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (!quoted && ch == '\\') {
                i++;
            } else if (!quoted && bracket == 0) {
                plain.append(Character.toLowerCase(ch));
            }
        }
        String p = plain.toString();
        return p.indexOf('y') >= 0 || p.indexOf('d') >= 0;
    }

    /** The header: its names, its first Excel row and how many rows it takes (1, or 2 with sub-headers). */
    private record Header(List<String> names, int rowNum, int height) {
    }

    private static boolean holdsIdAndDate(List<String> names) {
        boolean id = false;
        boolean date = false;
        for (String c : Columns.canonical(names)) {
            id |= c.equals(Columns.ID);
            date |= c.equals(Columns.DATE);
        }
        return id && date;
    }

    private static boolean known(String header) {
        return Columns.aliases().containsKey(Columns.canonical(header));
    }

    private static List<String> single(Cells row) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < row.text().length; c++) {
            names.add(row.at(c));
        }
        trimTrailingBlanks(names);
        return names;
    }

    /**
     * The names of a two-row header: a cell merged over several columns (its text in the first of
     * them) heads the sub-headers below it; a cell merged down two rows has no sub-header. A column's
     * name is its group text followed by its sub-header when that is a known header (罚款 over
     * 金额（元） makes 罚款金额（元）), else the sub-header when that is a known header (决定日期),
     * else the group text followed by the sub-header.
     */
    private static List<String> joined(Cells top, Cells sub) {
        int width = Math.max(top.text().length, sub.text().length);
        List<String> names = new ArrayList<>();
        String group = "";
        for (int c = 0; c < width; c++) {
            String t = top.at(c);
            String s = sub.at(c);
            if (!t.isEmpty()) {
                group = t;
            } else if (!s.isEmpty()) {
                t = group; // under a cell merged across columns
            }
            if (s.isEmpty() || s.equals(t)) {
                names.add(t);
            } else if (t.isEmpty()) {
                names.add(s);
            } else if (known(t + s)) {
                names.add(t + s);
            } else if (known(s)) {
                names.add(s);
            } else {
                names.add(t + s);
            }
        }
        trimTrailingBlanks(names);
        return names;
    }

    private static void trimTrailingBlanks(List<String> names) {
        while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
            names.remove(names.size() - 1);
        }
    }

    /** A row right below a header is its sub-header row when its cell under the id is empty and another is not. */
    private static boolean isSubHeader(Cells below, List<String> header) {
        int id = Columns.canonical(header).lastIndexOf(Columns.ID);
        return id >= 0 && below.at(id).isEmpty() && !below.blank();
    }

    private static Cells next(List<Cells> rows, int i) {
        if (i + 1 < rows.size() && rows.get(i + 1).rowNum() == rows.get(i).rowNum() + 1) {
            return rows.get(i + 1);
        }
        return null;
    }

    /** The header starting at row i when that row alone names the id and the date (with its sub-header row, if any). */
    private static Header singleHeaderAt(List<Cells> rows, int i) {
        Cells row = rows.get(i);
        Cells below = next(rows, i);
        List<String> one = single(row);
        if (!holdsIdAndDate(one)) {
            return null;
        }
        if (below != null && isSubHeader(below, one)) {
            List<String> two = joined(row, below);
            if (holdsIdAndDate(two)) {
                return new Header(two, row.rowNum(), 2);
            }
        }
        return new Header(one, row.rowNum(), 1);
    }

    /** The header of rows i and i + 1 joined, when only together they name the id and the date. */
    private static Header joinedHeaderAt(List<Cells> rows, int i) {
        Cells below = next(rows, i);
        if (below == null) {
            return null;
        }
        List<String> two = joined(rows.get(i), below);
        return holdsIdAndDate(two) ? new Header(two, rows.get(i).rowNum(), 2) : null;
    }

    private static Header headerAt(List<Cells> rows, int i) {
        Header h = singleHeaderAt(rows, i);
        return h != null ? h : joinedHeaderAt(rows, i);
    }

}
