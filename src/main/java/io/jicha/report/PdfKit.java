package io.jicha.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;

/** The fonts, labels and small layout helpers one document is built with. */
final class PdfKit {

    static final float MM = 72f / 25.4f;
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
    static final Color RULE = new Color(0x66, 0x66, 0x66);

    final PdfFonts fonts;
    final ReportMessages messages;

    PdfKit(PdfFonts fonts, ReportMessages messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    Font body(float size) {
        return new Font(fonts.body(), size);
    }

    Font heading(float size) {
        return new Font(fonts.heading(), size);
    }

    String label(String key, Object... args) {
        return messages.get(key, args);
    }

    /** Registers every label of the bundle with the glyph check, in every font. */
    void checkLabels(GlyphCheck check) {
        for (String key : messages.keys()) {
            String value = messages.get(key);
            for (FontRole role : FontRole.values()) {
                check.face(role, "label " + key, value);
            }
        }
    }

    /**
     * Title, author (the team), subject and keywords (session name and journal head hash), and what
     * makes the bytes reproducible: creation and modification dates from the journal's last event
     * (none when unknown), the document ID and the font subset tags from the journal head hash and
     * the title, never from the clock or a random source. Call before the document is opened.
     */
    void metadata(PdfWriter writer, Document document, String title, Provenance provenance) {
        metadata(writer, document, title, provenance, provenance.asOf());
    }

    /** As {@link #metadata(PdfWriter, Document, String, Provenance)}, dated {@code date} (e.g. a notice's issue date). */
    void metadata(PdfWriter writer, Document document, String title, Provenance provenance, Instant date) {
        document.addTitle(title);
        document.addAuthor(messages.joinList(provenance.team()));
        document.addSubject(label("meta.subject", provenance.sessionName(), provenance.headLine(messages)));
        document.addKeywords(label("meta.keywords", provenance.sessionName(), provenance.journalHeadHash()));
        document.addCreator("jicha");
        PdfDictionary info = writer.getInfo();
        if (date != null) {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.setTimeInMillis(date.toEpochMilli());
            info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
            info.put(PdfName.MODDATE, new PdfDate(calendar));
        } else {
            info.remove(PdfName.CREATIONDATE);
            info.remove(PdfName.MODDATE);
        }
        byte[] digest = sha256(provenance.journalHeadHash() + "\n" + title);
        byte[] id = Arrays.copyOf(digest, 16);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        DocumentRandom.seed(digest);
        String substitution = fonts.substitutionRecord();
        if (!substitution.isEmpty()) {
            info.put(FONT_SUBSTITUTION, new PdfString(substitution, PdfObject.TEXT_UNICODE));
        }
    }

    /** The document info key that records which 公文 faces were drawn by substitutes (docs/fonts.md). */
    static final PdfName FONT_SUBSTITUTION = new PdfName("JichaFontSubstitution");

    static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * The "random" source OpenPDF draws a font subset's six-letter tag (ABCDEF+Name) from: seeded per
     * document and thread from the document's identity in {@link #metadata}, so tags repeat with the
     * same journal. Every font jicha loads uses it.
     */
    static final class DocumentRandom extends SecureRandom {
        static final DocumentRandom INSTANCE = new DocumentRandom();
        private static final ThreadLocal<Random> CURRENT = ThreadLocal.withInitial(() -> new Random(0));

        private DocumentRandom() {
        }

        static void seed(byte[] digest) {
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = seed << 8 | (digest[i] & 0xFF);
            }
            CURRENT.set(new Random(seed));
        }

        @Override
        public void nextBytes(byte[] bytes) {
            CURRENT.get().nextBytes(bytes);
        }

        @Override
        public double nextDouble() {
            return CURRENT.get().nextDouble();
        }

        @Override
        public int nextInt() {
            return CURRENT.get().nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return CURRENT.get().nextInt(bound);
        }

        @Override
        public synchronized void setSeed(long seed) {
            // seeded per document only
        }
    }

    /** A paragraph that breaks lines by the Chinese rules of {@link ChineseLineBreak}. */
    static Paragraph para(float leading, String text, Font font) {
        return new Paragraph(leading, chunk(text, font));
    }

    static Phrase phrase(String text, Font font) {
        return new Phrase(chunk(text, font));
    }

    static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(ChineseLineBreak.INSTANCE);
        return chunk;
    }

    PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    PdfPCell headerCell(String text, Font font) {
        PdfPCell cell = cell(text, font, Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }
}
