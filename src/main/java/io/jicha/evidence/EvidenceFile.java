package io.jicha.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file kept by its content: the SHA-256 of its bytes (its address in the session's evidence
 * store), its size, the name it had when it was added, and the media type read from its bytes. For
 * a photo with EXIF, also when it was taken (DateTimeOriginal, the camera's local time, no zone),
 * the camera (make and model) and the EXIF orientation (1–8); absent otherwise.
 *
 * <p>This is the value another capability puts in its own event payloads to refer to a file (see
 * {@link EvidenceStore}); any payload that holds it, at any depth, refers to the file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceFile(String sha256, long size, String name, String mediaType, LocalDateTime takenAt,
                           String camera, Integer orientation) {

    public EvidenceFile {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** The first 12 hex digits of the hash, as lists and documents show it. */
    @JsonIgnore
    public String shortHash() {
        return sha256.substring(0, 12);
    }

    /** A size as lists and documents show it: 856 B, 10.1 KB, 4.3 MB (units of 1024). */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The kind of file, from its media type. */
    @JsonIgnore
    public FileKind kind() {
        return FileKind.ofMediaType(mediaType);
    }
}
