package io.jicha.record;

import io.jicha.common.Texts;
import io.jicha.common.UserError;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

import java.util.zip.ZipException;

/**
 * Reads an .xlsx workbook once as a stream, before the workbook reader holds any of it, and refuses with one
 * line what would cost unbounded memory or time, or what a CSV would be refused for (docs/records.md, "Limits"):
 * a ZIP entry or a workbook that inflates beyond its cap or far beyond its compressed size (a ZIP bomb), too
 * many shared strings, a row or column index beyond Excel's sheet, a cell, a record or a column count beyond
 * {@link PopulationReader}'s limits, a character XML does not allow, a damaged deflate stream. Nothing is kept
 * but one number per shared string (its length), so memory stays bounded whatever the file holds.
 */
final class XlsxGuard {

    /** The inflated size of any one part of the workbook (a sheet's XML, the shared strings). */
    static final long MAX_ENTRY = 256L << 20;
    /** The inflated size of the parts read, together. */
    static final long MAX_TOTAL = 512L << 20;
    /** How many times its compressed size a part may inflate to, once it is past {@link #RATIO_FROM}. */
    static final long MAX_RATIO = 250;
    static final long RATIO_FROM = 1L << 20;
    /** Shared strings: more than this many is no register (a sheet of 1,024 columns by 4,096 rows). */
    static final int MAX_SHARED_STRINGS = 1 << 22;
    /** Excel's own sheet: 1,048,576 rows, 16,384 columns (XFD). */
    static final int MAX_ROW = 1 << 20;
    static final int MAX_EXCEL_COLUMNS = 1 << 14;

    private XlsxGuard() {
    }

    /**
     * Checks the workbook. {@code strict}: also docs/records.md's limits on columns, cells and records, as on
     * import; a snapshot already recorded is read with only the caps that keep memory and time bounded, so a
     * workbook imported by an older jicha still replays.
     */
    static Map<String, Integer> check(Path file, String fileName, boolean strict) {
        ZipFile opened;
        try {
            opened = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            throw UserError.of("record.xlsx.unreadable", fileName);
        }
        try (ZipFile zip = opened) {
            Scan scan = new Scan(zip, fileName, strict);
            scan.run();
            return scan.lastRows;
        } catch (ZipException e) {
            throw UserError.of("record.xlsx.unreadable", fileName);
        } catch (IOException e) {
            throw UserError.of("record.xlsx.damaged", fileName, "-");
        }
    }

    /** One scan of one workbook. */
    private static final class Scan {
        private final ZipFile zip;
        private final String fileName;
        private final boolean strict;
        private long total;
        private int[] sharedLengths = new int[1024];
        private int shared;
        /** Each sheet's last row number (Excel's, from 1), by sheet name: the total an import's progress shows. */
        final Map<String, Integer> lastRows = new HashMap<>();

        Scan(ZipFile zip, String fileName, boolean strict) {
            this.zip = zip;
            this.fileName = fileName;
            this.strict = strict;
        }

        void run() throws IOException {
            ZipArchiveEntry book = zip.getEntry("xl/workbook.xml");
            if (book == null) {
                throw UserError.of("record.xlsx.unreadable", fileName);
            }
            Map<String, String> sheetIds = new LinkedHashMap<>(); // r:id to sheet name
            parse(book, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    if (local.equals("sheet")) {
                        String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                        if (id != null) {
                            sheetIds.put(id, a.getValue("name"));
                        }
                    }
                }
            }, null);
            Map<String, String> sheetByPart = new HashMap<>();
            ZipArchiveEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
            if (rels != null) {
                parse(rels, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String q, Attributes a) {
                        String name = sheetIds.get(a.getValue("Id"));
                        String target = a.getValue("Target");
                        if (local.equals("Relationship") && name != null && target != null) {
                            sheetByPart.put(target.startsWith("/") ? target.substring(1) : "xl/" + target, name);
                        }
                    }
                }, null);
            }
            ZipArchiveEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                parse(strings, new SharedStrings(), null);
            }
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    String sheet = sheetByPart.getOrDefault(name, name);
                    String source = Texts.get("record.xlsx.source", fileName, sheet);
                    SheetCells cells = new SheetCells(source);
                    parse(entry, cells, cells);
                    lastRows.put(sheet, cells.row);
                }
            }
        }

        /** Parses one part through the caps; SAX reports text in pieces, so no text is held whole. */
        private void parse(ZipArchiveEntry entry, DefaultHandler handler, SheetCells where) throws IOException {
            SAXParser parser;
            try {
                SAXParserFactory f = SAXParserFactory.newDefaultInstance(); // the JDK's, whatever else is on the path
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                parser = f.newSAXParser();
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException(e);
            }
            try (InputStream in = new Capped(zip.getInputStream(entry), entry)) {
                parser.parse(new InputSource(in), handler);
            } catch (SAXParseException e) {
                if (where != null) {
                    throw UserError.of("record.xlsx.badXml", where.source, where.row, where.column());
                }
                throw UserError.of("record.xlsx.damaged", fileName, entry.getName());
            } catch (SAXException e) {
                if (e.getCause() instanceof UserError u) {
                    throw u;
                }
                throw UserError.of("record.xlsx.damaged", fileName, entry.getName());
            } catch (IOException | IllegalArgumentException e) { // a damaged deflate stream, a cut archive
                throw UserError.of("record.xlsx.damaged", fileName, entry.getName());
            }
        }

        /**
         * The inflated bytes of one part, counted as they are read, against the caps: the ratio is of the bytes
         * inflated so far to the packed bytes consumed so far, so a bomb is stopped within its first MiB.
         */
        private final class Capped extends FilterInputStream {
            private final ZipArchiveEntry entry;
            private long read;

            Capped(InputStream in, ZipArchiveEntry entry) {
                super(in);
                this.entry = entry;
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                read += n;
                total += n;
                long packed = in instanceof InputStreamStatistics s ? Math.max(1, s.getCompressedCount())
                        : Math.max(1, entry.getCompressedSize());
                if (read > MAX_ENTRY || total > MAX_TOTAL || (read > RATIO_FROM && read / packed > MAX_RATIO)) {
                    throw UserError.of("record.xlsx.bomb", fileName, entry.getName(), MAX_ENTRY >> 20, MAX_TOTAL >> 20,
                            MAX_RATIO);
                }
            }
        }

        /** Counts the shared strings and keeps each one's length (capped), never its text. */
        private final class SharedStrings extends DefaultHandler {
            private int depthT;
            private long length;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                if (local.equals("si")) {
                    length = 0;
                } else if (local.equals("rPh")) {
                    inPhonetic = true;
                } else if (local.equals("t") && !inPhonetic) {
                    depthT++;
                }
            }

            @Override
            public void endElement(String uri, String local, String q) {
                if (local.equals("si")) {
                    if (shared == MAX_SHARED_STRINGS) {
                        throw UserError.of("record.xlsx.tooManyStrings", fileName, MAX_SHARED_STRINGS);
                    }
                    if (shared == sharedLengths.length) {
                        sharedLengths = Arrays.copyOf(sharedLengths, shared * 2);
                    }
                    sharedLengths[shared++] = (int) Math.min(length, Integer.MAX_VALUE);
                } else if (local.equals("rPh")) {
                    inPhonetic = false;
                } else if (local.equals("t") && !inPhonetic) {
                    depthT--;
                }
            }

            @Override
            public void characters(char[] ch, int start, int n) {
                if (depthT > 0) {
                    length += n;
                    int cap = strict ? PopulationReader.MAX_CELL : PopulationReader.MAX_RECORD;
                    if (length > cap) { // a cell never holds more: no need to read on
                        throw UserError.of("record.xlsx.longString", fileName, shared + 1, cap);
                    }
                }
            }
        }

        /** Follows the rows and cells of a sheet: their indices, each cell's length and each row's. */
        private final class SheetCells extends DefaultHandler {
            final String source;
            int row;
            private int col = -1;
            private boolean inCell;
            private boolean sharedRef;
            private boolean inValue;
            private boolean inFormula;
            private long formulaChars;
            private long cellChars;
            private long rowChars;
            private final StringBuilder ref = new StringBuilder(); // a shared string's index, at most a few digits

            SheetCells(String source) {
                this.source = source;
            }

            String column() {
                return col < 0 ? "-" : XlsxReader.columnLetter(col);
            }

            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                switch (local) {
                    case "row" -> {
                        String r = a.getValue("r");
                        row = r == null ? row + 1 : parseRow(r);
                        col = -1;
                        rowChars = 0;
                    }
                    case "c" -> {
                        String r = a.getValue("r");
                        col = r == null ? col + 1 : parseColumn(r);
                        inCell = true;
                        sharedRef = "s".equals(a.getValue("t"));
                        cellChars = 0;
                        ref.setLength(0);
                    }
                    case "v", "t" -> inValue = inCell;
                    case "f" -> {
                        inFormula = inCell;
                        formulaChars = 0;
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String q) {
                switch (local) {
                    case "v", "t" -> inValue = false;
                    case "f" -> inFormula = false;
                    case "c" -> {
                        if (sharedRef && ref.length() > 0) {
                            cellLength(sharedLength());
                        }
                        inCell = false;
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int n) {
                if (inFormula) { // a formula is not the cell's value, but is held while reading it
                    formulaChars += n;
                    if (formulaChars > PopulationReader.MAX_CELL) {
                        throw UserError.of("record.cell-too-long", source, row, column(), PopulationReader.MAX_CELL);
                    }
                    return;
                }
                if (!inValue) {
                    return;
                }
                if (sharedRef) {
                    if (ref.length() + n > 10) {
                        throw UserError.of("record.xlsx.badXml", source, row, column());
                    }
                    ref.append(ch, start, n);
                } else {
                    cellLength(n);
                }
            }

            private int sharedLength() {
                int i;
                try {
                    i = Integer.parseInt(ref.toString().strip());
                } catch (NumberFormatException e) {
                    throw UserError.of("record.xlsx.badXml", source, row, column());
                }
                if (i < 0 || i >= shared) {
                    throw UserError.of("record.xlsx.badXml", source, row, column());
                }
                return sharedLengths[i];
            }

            private void cellLength(long n) {
                cellChars += n;
                rowChars += n;
                if (cellChars > PopulationReader.MAX_CELL && (strict || cellChars > MAX_ROW)) {
                    throw UserError.of("record.cell-too-long", source, row, column(), PopulationReader.MAX_CELL);
                }
                if (strict && rowChars > PopulationReader.MAX_RECORD) {
                    throw UserError.of("record.row-too-long", source, row, PopulationReader.MAX_RECORD);
                }
            }

            private int parseRow(String r) {
                long n = 0;
                for (int i = 0; i < r.length(); i++) {
                    char c = r.charAt(i);
                    if (c < '0' || c > '9' || (n = n * 10 + (c - '0')) > MAX_ROW) {
                        throw UserError.of("record.xlsx.rowIndex", source, r.length() > 12 ? r.substring(0, 12) + "…" : r,
                                MAX_ROW);
                    }
                }
                if (n < 1) {
                    throw UserError.of("record.xlsx.rowIndex", source, r, MAX_ROW);
                }
                return (int) n;
            }

            /** The 0-based column of a cell reference such as {@code AB12}. */
            private int parseColumn(String r) {
                long n = 0;
                int i = 0;
                while (i < r.length() && r.charAt(i) >= 'A' && r.charAt(i) <= 'Z') {
                    n = n * 26 + (r.charAt(i) - 'A' + 1);
                    i++;
                    if (n > MAX_EXCEL_COLUMNS) {
                        throw UserError.of("record.xlsx.columnIndex", source, row,
                                r.length() > 12 ? r.substring(0, 12) + "…" : r);
                    }
                }
                if (i == 0) {
                    throw UserError.of("record.xlsx.badXml", source, row, "-");
                }
                int column = (int) n - 1;
                if (strict && column >= PopulationReader.MAX_COLUMNS) {
                    throw UserError.of("record.too-many-columns", source, row, PopulationReader.MAX_COLUMNS);
                }
                return column;
            }
        }
    }
}
