package io.jicha.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.jicha.common.UserError;
import io.jicha.stats.SummaryTable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a summary table as CSV that Excel on Chinese Windows opens correctly: UTF-8 with a
 * byte-order mark, CRLF line ends, one header row (序号, 项目内容, the units, 合计, and 累计 when the
 * table has it), then the lines; worded in the session's language ({@link SummaryWords}).
 */
public final class SummaryCsvWriter {

    private final SummaryWords words;

    public SummaryCsvWriter(SummaryWords words) {
        this.words = words;
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public void write(SummaryTable table, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(table, out);
            }
        } catch (IOException e) {
            throw UserError.because(e, "stats.cannot-write", file, e.getMessage());
        }
    }

    /**
     * A cell that a spreadsheet would take for a formula (it starts with =, +, - or @, OWASP's "CSV injection") is
     * written with a leading ' so that it shows as the text it is; a number such as -3 is left as it is.
     */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");

    /** Writes the table to the stream and closes it. */
    public void write(SummaryTable table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (SequenceWriter rows = new CsvMapper().writer(schema).writeValues(w)) {
            List<String> header = words.headers(table, true);
            rows.write(header.stream().map(SummaryCsvWriter::neutralised).toArray(String[]::new));
            for (SummaryTable.Line line : table.lines()) {
                List<String> cells = new ArrayList<>();
                cells.add(line.number());
                cells.add(words.label(line));
                cells.addAll(words.cells(table, line));
                cells.add(line.total());
                if (table.hasYearToDate()) {
                    cells.add(line.yearToDate());
                }
                rows.write(cells.stream().map(SummaryCsvWriter::neutralised).toArray(String[]::new));
            }
        }
    }
}
