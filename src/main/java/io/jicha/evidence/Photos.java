package io.jicha.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a photo's EXIF says (metadata-extractor reads it): when it was taken (DateTimeOriginal, a
 * local time without zone, kept as written), the camera (Make and Model), and the orientation tag
 * (1 upright … 8), which says how to turn the stored pixels to show them upright. Absent values are
 * null; a photo whose metadata cannot be read has none.
 */
record Photos(LocalDateTime takenAt, String camera, Integer orientation) {

    static final Photos NONE = new Photos(null, null, null);
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    /** The EXIF of a JPEG, PNG or HEIC file; NONE for other kinds or unreadable metadata. */
    static Photos read(Path file, FileKind kind) {
        if (kind != FileKind.JPEG && kind != FileKind.PNG && kind != FileKind.HEIC) {
            return NONE;
        }
        Metadata m;
        try (InputStream in = Files.newInputStream(file)) {
            m = ImageMetadataReader.readMetadata(in, Files.size(file));
        } catch (IOException | RuntimeException | com.drew.imaging.ImageProcessingException e) {
            return NONE; // the bytes are kept all the same; only what EXIF would have said is missing
        }
        LocalDateTime taken = null;
        ExifSubIFDDirectory sub = m.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (sub != null) {
            taken = time(sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
        }
        String camera = null;
        Integer orientation = null;
        ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null) {
            camera = camera(ifd0.getString(ExifIFD0Directory.TAG_MAKE), ifd0.getString(ExifIFD0Directory.TAG_MODEL));
            Integer o = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            orientation = o != null && o >= 1 && o <= 8 ? o : null;
        }
        return new Photos(taken, camera, orientation);
    }

    static LocalDateTime time(String exif) {
        if (exif == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(exif.strip(), EXIF_TIME);
        } catch (DateTimeParseException e) {
            return null; // "0000:00:00 00:00:00" and other placeholders: no time
        }
    }

    /** "Make Model", without the make repeated when the model already starts with it. */
    static String camera(String make, String model) {
        String mk = make == null ? "" : make.strip();
        String md = model == null ? "" : model.strip();
        if (md.toLowerCase(java.util.Locale.ROOT).startsWith(mk.toLowerCase(java.util.Locale.ROOT))) {
            mk = "";
        }
        String c = (mk + " " + md).strip();
        return c.isEmpty() ? null : c;
    }
}
