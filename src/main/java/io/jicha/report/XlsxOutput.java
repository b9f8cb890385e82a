package io.jicha.report;

import io.jicha.text.DisplayWidth;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes tables as an Excel workbook (.xlsx, with fastexcel): one sheet per table, its header row
 * bold and frozen, column widths fitted to the widest text (a Chinese character counts two), and
 * cells of their own type: numbers ({@link Number}) as numbers (a {@link BigDecimal} shown with its
 * own decimals), days ({@link LocalDate}) as date cells shown yyyy-mm-dd, everything else as text. Written atomically through {@link PdfOutput};
 * the same tables give the same bytes (the workbook carries no creation time).
 */
public final class XlsxOutput {

    /** One sheet: its name (at most 31 characters, as Excel allows), its headers and its rows. */
    public record Sheet(String name, List<String> headers, List<List<Object>> rows) {

        public Sheet {
            Objects.requireNonNull(name, "name");
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
            name = name.length() > 31 ? name.substring(0, 31) : name;
        }
    }

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private XlsxOutput() {
    }

    /**
     * Writes the sheets to target (replacing an existing file only with force).
     *
     * @param description the workbook's description property (where it comes from)
     */
    public static void write(Path target, boolean force, List<Sheet> sheets, String description) {
        PdfOutput.write(target, force, out -> write(out, sheets, description));
    }

    /** Writes the workbook to a stream. */
    public static void write(OutputStream out, List<Sheet> sheets, String description) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        Workbook wb = new Workbook(raw, "jicha", "1.0");
        wb.properties().setDescription(description);
        for (Sheet s : sheets) {
            writeSheet(wb.newWorksheet(s.name()), s);
        }
        wb.finish();
        withoutCreationTime(raw.toByteArray(), out);
    }

    private static void writeSheet(Worksheet ws, Sheet s) {
        int columns = s.headers().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            ws.value(0, c, s.headers().get(c));
            widths[c] = DisplayWidth.of(s.headers().get(c));
        }
        ws.range(0, 0, 0, Math.max(0, columns - 1)).style().bold().fillColor("DDEBF7").wrapText(true).set();
        int r = 1;
        for (List<Object> row : s.rows()) {
            for (int c = 0; c < row.size() && c < columns; c++) {
                Object v = row.get(c);
                String shown;
                if (v == null) {
                    continue;
                } else if (v instanceof BigDecimal d) {
                    ws.value(r, c, d);
                    if (d.scale() > 0) { // shown with its decimals, as written (a mean of 98.0 stays 98.0)
                        ws.style(r, c).format("0." + "0".repeat(d.scale())).set();
                    }
                    shown = d.toPlainString();
                } else if (v instanceof Number n) {
                    ws.value(r, c, n);
                    shown = n.toString();
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format(DATE_FORMAT).set();
                    shown = "2016-10-10";
                } else {
                    shown = v.toString();
                    ws.value(r, c, shown);
                }
                widths[c] = Math.max(widths[c], DisplayWidth.of(shown));
            }
            r++;
        }
        for (int c = 0; c < columns; c++) {
            ws.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)));
        }
        ws.freezePane(0, 1);
    }

    /**
     * Copies the workbook, leaving the creation time out of docProps/core.xml (fastexcel writes the
     * clock's time there), so that the same tables give the same bytes.
     */
    private static void withoutCreationTime(byte[] workbook, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (org.apache.commons.compress.archivers.zip.ZipFile in = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] bytes;
                try (var entry = in.getInputStream(e)) {
                    bytes = entry.readAllBytes();
                }
                if (e.getName().equals("docProps/core.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** 1980-01-01 00:00 local time, the earliest a ZIP entry can say: no clock time in the file. */
    private static final long FIXED_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
}
