package io.jicha.report;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The same journal, fonts and options give the same bytes: no clock, no random source. */
class ReproduciblePdfTest {

    private static final PdfFonts FONTS = PdfFonts.system();

    enum Kind {
        NOTICE(p -> out(o -> new RectificationNoticePdf(FONTS).render(withProvenance(ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 3), p), o))),
        REVIEW(p -> out(o -> new ReviewReportPdf(FONTS).render(withProvenance(ReportFixtures.review(3, 4), p), o))),
        SHEET(p -> out(o -> new ScoreSheetPdf(FONTS).render(withProvenance(ReportFixtures.sheet(), p), o))),
        SUMMARY(p -> out(o -> new SummaryTablePdf(FONTS).render(withProvenance(ReportFixtures.summary(), p), o)));

        final Function<Provenance, byte[]> render;

        Kind(Function<Provenance, byte[]> render) {
            this.render = render;
        }
    }

    private static byte[] out(java.util.function.Consumer<ByteArrayOutputStream> r) {
        return Pdfs.render(r);
    }

    private static Provenance provenance(String head) {
        return new Provenance("suzhou-2016-10", List.of("李明", "王晓燕"), head, Locale.SIMPLIFIED_CHINESE,
                ReportFixtures.AS_OF);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> T withProvenance(T model, Provenance p) {
        // every document model's first component is its provenance
        try {
            var components = model.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = i == 0 ? p : components[i].getAccessor().invoke(model);
            }
            return (T) model.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void renderingTwiceGivesTheSameBytes(Kind kind) {
        byte[] first = kind.render.apply(provenance(ReportFixtures.HEAD));
        byte[] second = kind.render.apply(provenance(ReportFixtures.HEAD));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void datesAndIdComeFromTheJournalNotTheClock(Kind kind) throws IOException {
        byte[] a = kind.render.apply(provenance(ReportFixtures.HEAD));
        byte[] b = kind.render.apply(provenance("0".repeat(64)));
        try (PDDocument docA = Pdfs.open(a); PDDocument docB = Pdfs.open(b)) {
            Calendar created = docA.getDocumentInformation().getCreationDate();
            Instant expected = kind == Kind.NOTICE
                    ? ReportFixtures.notice(Locale.SIMPLIFIED_CHINESE, 3).issued().atStartOfDay(ZoneOffset.UTC).toInstant()
                    : ReportFixtures.AS_OF;
            assertThat(created.toInstant()).isEqualTo(expected);
            assertThat(docA.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(expected);
            COSArray idA = docA.getDocument().getTrailer().getCOSArray(COSName.ID);
            COSArray idB = docB.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(idA).isNotNull();
            assertThat(idA.toString()).as("another journal head, another document id").isNotEqualTo(idB.toString());
        }
    }

    @Test
    void withoutAJournalTimeTheDocumentCarriesNoDate() throws IOException {
        Provenance undated = new Provenance("s", List.of("李明"), ReportFixtures.HEAD, Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = Kind.SHEET.render.apply(undated);
        try (PDDocument doc = Pdfs.open(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
        }
        assertThat(Kind.SHEET.render.apply(undated)).isEqualTo(pdf);
    }
}
