package io.jicha.evidence;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import io.jicha.common.UserError;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * What kind of file some bytes are, read from the bytes (their signature), never from the name's
 * extension. A kind jicha does not keep is refused with a line naming what it is.
 */
final class FileKinds {

    /** How much of the start of a file decides its kind. */
    static final int HEAD = 1 << 16;

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    private FileKinds() {
    }

    /**
     * The kind of the file whose first bytes are {@code head}; {@code file} (a kept copy) is opened
     * only to tell an Office file from another ZIP archive.
     *
     * @param name the original name, for the refusal
     */
    static FileKind detect(byte[] head, Path file, String name) {
        int n = head.length;
        if (n >= 3 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF) {
            return FileKind.JPEG;
        }
        if (starts(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return FileKind.PNG;
        }
        if (n >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p'
                && HEIF_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return FileKind.HEIC;
        }
        if (starts(head, "%PDF-".getBytes(StandardCharsets.ISO_8859_1))) {
            return FileKind.PDF;
        }
        if (starts(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return FileKind.OFFICE_LEGACY;
        }
        if (starts(head, new byte[] {'P', 'K', 3, 4})) {
            FileKind office = office(file);
            if (office != null) {
                return office;
            }
            throw refused(name, "ZIP");
        }
        if (text(head)) {
            return FileKind.TEXT;
        }
        throw refused(name, what(head));
    }

    /** The Office Open XML kind of a ZIP file, from the part its content types name; null for another archive. */
    private static FileKind office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return null;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return FileKind.DOCX;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return FileKind.XLSX;
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return FileKind.PPTX;
            }
            return null;
        } catch (IOException e) {
            return null; // a damaged archive is not an Office file
        }
    }

    /** Plain text: no NUL, and hardly any other control character, in the first bytes. */
    private static boolean text(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 100 <= head.length; // at most 1 %
    }

    /** A name for bytes jicha does not keep: the file type metadata-extractor knows, else a guess. */
    private static String what(byte[] head) {
        if (starts(head, new byte[] {0x7F, 'E', 'L', 'F'})) {
            return "ELF";
        }
        if (starts(head, new byte[] {'M', 'Z'})) {
            return "EXE";
        }
        try {
            FileType t = FileTypeDetector.detectFileType(new BufferedInputStream(new ByteArrayInputStream(head)));
            if (t != FileType.Unknown) {
                return t.getName();
            }
        } catch (IOException | RuntimeException ignored) {
            // unknown
        }
        return "binary";
    }

    private static UserError refused(String name, String what) {
        return UserError.of("evidence.kind-refused", name, what);
    }

    private static boolean starts(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
