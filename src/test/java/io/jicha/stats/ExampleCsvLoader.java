package io.jicha.stats;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.jicha.record.CaseRecord;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TEMPORARY, TEST-ONLY: reads the example CSV files into {@link CaseRecord}s until the record
 * import of io.jicha.record (another branch) lands. Replace every use with that importer and
 * delete this class: the project has one CSV reader, and it is not this one.
 * Handles just what the example files need: UTF-8 with or without BOM, or GB18030; ISO or
 * 2016/10/8 dates; the Chinese headers the examples use.
 */
final class ExampleCsvLoader {

    /** Chinese headers of the example files and the canonical attribute names they stand for. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("企业名称", "enterprise"), Map.entry("行业", "industry"),
            Map.entry("检查人员", "officer_names"), Map.entry("出动人数", "officers"),
            Map.entry("执法人员", "officers"), Map.entry("检查人数", "officers"),
            Map.entry("行政处理书", "admin_decisions"), Map.entry("责令改正决定书", "correction_orders"),
            Map.entry("罚款金额（元）", "fine_yuan"), Map.entry("罚款金额（万元）", "fine_wan"),
            Map.entry("决定日期", "decision_date"), Map.entry("重大案件类型", "major_kinds"));
    private static final List<String> ID_HEADERS = List.of("编号", "案号");
    private static final List<String> DATE_HEADERS = List.of("检查日期", "立案日期");

    private ExampleCsvLoader() {
    }

    static List<CaseRecord> load(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        String[] header = rows.get(0);
        List<CaseRecord> records = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            String id = null;
            LocalDate date = null;
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                String h = header[i].strip();
                String v = i < row.length ? row[i] : "";
                if (ID_HEADERS.contains(h)) {
                    id = v;
                } else if (DATE_HEADERS.contains(h)) {
                    date = date(v);
                } else {
                    attributes.put(ALIASES.getOrDefault(h, h), v);
                }
            }
            records.add(new CaseRecord(id, date, attributes));
        }
        return records;
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
    }

    private static LocalDate date(String s) {
        String[] p = s.strip().split("[-/]");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
