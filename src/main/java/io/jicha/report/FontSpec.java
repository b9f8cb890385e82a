package io.jicha.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One font face to embed: a TrueType/OpenType file, the face index inside a collection
 * ({@code .ttc}, 0 for single-face files) and where the choice came from (shown in messages).
 */
public record FontSpec(Path file, int faceIndex, String source) {

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

    /** The name OpenPDF expects: the file name, with ",index" for a collection. */
    String openPdfName() {
        String name = file.toString();
        return isCollection() ? name + "," + faceIndex : name;
    }

    @Override
    public String toString() {
        return isCollection() ? file + "," + faceIndex : file.toString();
    }
}
