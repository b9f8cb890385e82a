package io.jicha.report;

import com.lowagie.text.pdf.BaseFont;
import io.jicha.common.Texts;
import io.jicha.common.UserError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, before anything is written, that the fonts have a glyph for every character a document
 * will draw; OpenPDF would otherwise drop a missing character silently. Texts are registered with
 * where they occur ("finding 3 text") so the error can name the place.
 */
final class GlyphCheck {

    private record Entry(String where, String text, FontRole role) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** A text drawn in the body font. Null texts are ignored. */
    GlyphCheck body(String where, String text) {
        if (text != null) {
            entries.add(new Entry(where, text, FontRole.BODY));
        }
        return this;
    }

    /** A text drawn in the heading font. */
    GlyphCheck heading(String where, String text) {
        return face(FontRole.HEADING, where, text);
    }

    /** A text drawn in the font of a role. Null texts are ignored. */
    GlyphCheck face(FontRole role, String where, String text) {
        if (text != null) {
            entries.add(new Entry(where, text, role));
        }
        return this;
    }

    /** Throws UserError naming every character a font lacks, with U+XXXX and where it occurs. */
    void verify(PdfFonts fonts) {
        Map<Integer, Set<String>> missing = new LinkedHashMap<>();
        Set<String> fontNames = new LinkedHashSet<>();
        for (Entry e : entries) {
            BaseFont font = fonts.face(e.role());
            e.text().codePoints().forEach(cp -> {
                if (!isLayoutControl(cp) && !font.charExists(cp)) {
                    missing.computeIfAbsent(cp, k -> new LinkedHashSet<>()).add(e.where());
                    fontNames.add(PdfFonts.nameOf(font));
                }
            });
        }
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<Integer, Set<String>> m : missing.entrySet()) {
            if (!first) {
                sb.append("; ");
            }
            first = false;
            sb.append('\'').appendCodePoint(m.getKey()).append('\'')
                    .append(String.format(" U+%04X ", m.getKey()))
                    .append(Texts.get("report.glyph-in", String.join(", ", m.getValue())));
        }
        throw UserError.of(missing.size() == 1 ? "report.glyph-missing" : "report.glyphs-missing",
                String.join(" / ", fontNames), missing.size(), sb);
    }

    private static boolean isLayoutControl(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t';
    }
}
