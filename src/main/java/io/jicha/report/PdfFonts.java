package io.jicha.report;

import com.lowagie.text.pdf.BaseFont;
import io.jicha.common.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fonts every jicha document is drawn with, one per {@link FontRole}: {@link #body()} (仿宋 or
 * the nearest face found), {@link #heading()} (黑体), {@link #title()} (小标宋) and {@link #kai()}
 * (楷体), always embedded as subsets: when no system font is found, the subsets shipped in the jar.
 * Each font file is read once per process and parsed once (parsing per document costs ~300 ms).
 */
public final class PdfFonts {

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();
    private static volatile PdfFonts system;

    private final Map<FontRole, BaseFont> faces;
    private final Map<FontRole, FontSpec> specs;
    private final List<String> warnings;
    private final Set<FontRole> substituted;
    private final AtomicBoolean warned = new AtomicBoolean();

    private PdfFonts(Map<FontRole, BaseFont> faces, Map<FontRole, FontSpec> specs, List<String> warnings,
                     Set<FontRole> substituted) {
        this.faces = faces;
        this.specs = specs;
        this.warnings = List.copyOf(warnings);
        this.substituted = substituted;
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
        Map<FontRole, BaseFont> faces = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            faces.put(role, embeddedFont(choice.face(role)));
        }
        return new PdfFonts(faces, choice.faces(), choice.warnings(), choice.substituted());
    }

    public BaseFont body() {
        return faces.get(FontRole.BODY);
    }

    public BaseFont heading() {
        return faces.get(FontRole.HEADING);
    }

    public BaseFont title() {
        return faces.get(FontRole.TITLE);
    }

    public BaseFont kai() {
        return faces.get(FontRole.KAI);
    }

    public BaseFont face(FontRole role) {
        return faces.get(role);
    }

    /** Where the face of a role came from. */
    public FontSpec spec(FontRole role) {
        return specs.get(role);
    }

    /** The roles drawn by another face than the one GB/T 9704-2012 names (a stand-in or a bundled subset). */
    public Set<FontRole> substituted() {
        return substituted;
    }

    /**
     * The substitutions as recorded in a PDF's document info ({@code /JichaFontSubstitution}):
     * "小标宋=NotoSerifSC-Bold-jicha.otf (bundled); 楷体=…", roles in {@link FontRole} order; empty
     * when every role has its own face. Depends only on the faces chosen, so the bytes stay reproducible.
     */
    public String substitutionRecord() {
        StringBuilder b = new StringBuilder();
        for (FontRole role : FontRole.values()) {
            if (substituted.contains(role)) {
                b.append(b.isEmpty() ? "" : "; ").append(role.chineseName()).append('=').append(specs.get(role).shortName());
            }
        }
        return b.toString();
    }

    /**
     * For {@code --strict-fonts}: refuses, in one line naming the roles and their substitutes, when a
     * 公文 face is missing (any role drawn by a substitute). Call before anything is written.
     */
    public PdfFonts requireStandardFaces() {
        if (!substituted.isEmpty()) {
            throw UserError.of("report.fonts.strict", substitutionRecord());
        }
        return this;
    }

    /** Always true: every face is embedded (the bundled subsets when nothing else is found). */
    public boolean embedded() {
        return true;
    }

    /** The notes for the caller (which roles were substituted, and by what), every time. */
    public List<String> warnings() {
        return warnings;
    }

    /** The notes the first time they are asked for, then nothing: said once per process. */
    public List<String> warningsOnce() {
        return warned.compareAndSet(false, true) ? warnings : List.of();
    }

    /** The font's PostScript name, for messages. */
    static String nameOf(BaseFont font) {
        return font.getPostscriptFontName();
    }

    private static BaseFont embeddedFont(FontSpec spec) {
        String key = (spec.isBundled() ? "jar:" + spec.file() : spec.file().toAbsolutePath().toString())
                + "#" + spec.faceIndex();
        return FONTS.computeIfAbsent(key, k -> {
            byte[] bytes = FILES.computeIfAbsent(spec.isBundled() ? "jar:" + spec.file()
                    : spec.file().toAbsolutePath().toString(), f -> read(spec));
            try {
                BaseFont font = BaseFont.createFont(spec.openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, bytes, null);
                font.setSecureRandom(PdfKit.DocumentRandom.INSTANCE);
                return font;
            } catch (Exception e) {
                throw UserError.because(e, "report.font.unusable", spec, spec.source(), String.valueOf(e.getMessage()));
            }
        });
    }

    private static byte[] read(FontSpec spec) {
        if (spec.isBundled()) {
            String resource = spec.file().toString().replace('\\', '/');
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + resource + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("the bundled font " + resource + " cannot be read", e);
            }
        }
        Path file = spec.file();
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw UserError.because(e, "report.font.unreadable", file, e.getMessage());
        }
    }
}
