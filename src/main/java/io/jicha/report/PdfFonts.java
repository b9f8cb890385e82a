package io.jicha.report;

import com.lowagie.text.pdf.BaseFont;
import io.jicha.common.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two fonts every jicha document is drawn with: {@link #body()} (Song/FangSong style) and
 * {@link #heading()} (Hei style), embedded as subsets; or, when no font file was found, the
 * non-embedded STSong-Light for both with a warning in {@link #warnings()}.
 * Each font file is read once per process and parsed once (parsing per document costs ~300 ms).
 */
public final class PdfFonts {

    /** The last-resort font: Adobe's STSong-Light, which the viewer must supply. */
    public static final String FALLBACK_NAME = "STSongStd-Light";
    private static final String FALLBACK_ENCODING = "UniGB-UCS2-H";

    private static final Map<Path, byte[]> FILES = new ConcurrentHashMap<>();
    private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();
    private static volatile PdfFonts system;

    private final BaseFont body;
    private final BaseFont heading;
    private final boolean embedded;
    private final List<String> warnings;

    private PdfFonts(BaseFont body, BaseFont heading, boolean embedded, List<String> warnings) {
        this.body = body;
        this.heading = heading;
        this.embedded = embedded;
        this.warnings = List.copyOf(warnings);
    }

    /** The fonts chosen by {@link FontLocator#system()}, located and loaded once per process. */
    public static PdfFonts system() {
        PdfFonts fonts = system;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                if (system == null) {
                    system = load(FontLocator.system());
                }
                fonts = system;
            }
        }
        return fonts;
    }

    /** Locates and loads fonts; the files themselves are cached per process. */
    public static PdfFonts load(FontLocator locator) {
        return load(locator.locate());
    }

    public static PdfFonts load(FontChoice choice) {
        if (choice.body().isEmpty()) {
            BaseFont fallback = fallback();
            return new PdfFonts(fallback, fallback, false, choice.warnings());
        }
        BaseFont body = embeddedFont(choice.body().get());
        BaseFont heading = embeddedFont(choice.heading().orElse(choice.body().get()));
        return new PdfFonts(body, heading, true, choice.warnings());
    }

    public BaseFont body() {
        return body;
    }

    public BaseFont heading() {
        return heading;
    }

    /** False when the documents fall back to the non-embedded STSong-Light. */
    public boolean embedded() {
        return embedded;
    }

    /** Lines for the caller to print (e.g. that no Chinese font was found and how to install one). */
    public List<String> warnings() {
        return warnings;
    }

    /** The font's PostScript name, for messages. */
    static String nameOf(BaseFont font) {
        return font.getPostscriptFontName();
    }

    private static BaseFont embeddedFont(FontSpec spec) {
        String key = spec.file().toAbsolutePath() + "#" + spec.faceIndex();
        return FONTS.computeIfAbsent(key, k -> {
            byte[] bytes = FILES.computeIfAbsent(spec.file().toAbsolutePath(), PdfFonts::read);
            try {
                return BaseFont.createFont(spec.openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, bytes, null);
            } catch (Exception e) {
                throw UserError.because(e, "report.font-cannot-used-choose-another", spec, spec.source(), e.getMessage());
            }
        });
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw UserError.because(e, "report.font-file-cannot-read", file, e.getMessage());
        }
    }

    private static BaseFont fallback() {
        return FONTS.computeIfAbsent(FALLBACK_NAME, k -> {
            try {
                return BaseFont.createFont(FALLBACK_NAME, FALLBACK_ENCODING, BaseFont.NOT_EMBEDDED);
            } catch (Exception e) {
                throw new IllegalStateException("OpenPDF's built-in " + FALLBACK_NAME + " is missing", e);
            }
        });
    }
}
