package io.jicha.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One font face to embed: a TrueType/OpenType file, the face index inside a collection
 * ({@code .ttc}, 0 for single-face files) and where the choice came from (shown in messages):
 * an environment variable, a system property, "found" under the font folders, or {@link #BUNDLED}
 * for a font inside jicha's jar, whose {@code file} is then the class-path resource name.
 */
public record FontSpec(Path file, int faceIndex, String source) {

    /** The source of the fonts jicha ships in its jar (see docs/fonts.md). */
    public static final String BUNDLED = "bundled";
    /** The bundled serif subset (Noto Serif CJK SC Regular): body, title and 楷体 substitute. */
    public static final FontSpec BUNDLED_SERIF = new FontSpec(Path.of("fonts/NotoSerifSC-Regular-jicha.otf"), 0, BUNDLED);
    /** The bundled sans subset (Noto Sans CJK SC Bold): the 黑体 substitute. */
    public static final FontSpec BUNDLED_SANS = new FontSpec(Path.of("fonts/NotoSansSC-Bold-jicha.otf"), 0, BUNDLED);

    /** The bundled bold serif subset (Noto Serif CJK SC Bold): the 小标宋 substitute, heavier than the body. */
    public static final FontSpec BUNDLED_SERIF_BOLD = new FontSpec(Path.of("fonts/NotoSerifSC-Bold-jicha.otf"), 0, BUNDLED);
    /** The bundled 楷-style subset (LXGW WenKai Regular, renamed JichaKai as its licence asks): the 楷体 substitute. */
    public static final FontSpec BUNDLED_KAI = new FontSpec(Path.of("fonts/JichaKai-Regular.ttf"), 0, BUNDLED);

    public FontSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        if (faceIndex < 0) {
            throw new IllegalArgumentException("faceIndex < 0: " + faceIndex);
        }
    }

    public boolean isCollection() {
        return file.getFileName().toString().toLowerCase().endsWith(".ttc");
    }

    public boolean isBundled() {
        return BUNDLED.equals(source);
    }

    /** The name OpenPDF expects: the file name, with ",index" for a collection. */
    String openPdfName() {
        String name = isBundled() ? file.getFileName().toString() : file.toString();
        return isCollection() ? name + "," + faceIndex : name;
    }

    /** A short name for the PDF's record: the file name (and face), "(bundled)" for a font in the jar. */
    String shortName() {
        return isBundled() ? fileName() + " (" + BUNDLED + ")" : fileName();
    }

    /** The file name (and face), without saying where it comes from. */
    String fileName() {
        return file.getFileName().toString() + (isCollection() ? "," + faceIndex : "");
    }

    @Override
    public String toString() {
        return isCollection() ? file + "," + faceIndex : file.toString();
    }
}
