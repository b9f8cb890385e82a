package io.jicha.evidence;

/** The kinds of evidence file jicha keeps, each with the media type recorded for it. */
public enum FileKind {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    /** Kept, and shown as a name only: Java cannot decode HEIC. */
    HEIC("image/heic", false),
    PDF("application/pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false),
    /** A legacy Office file (.doc, .xls, .ppt): an OLE2 compound document. */
    OFFICE_LEGACY("application/x-ole-storage", false),
    TEXT("text/plain", false);

    private final String mediaType;
    private final boolean picture;

    FileKind(String mediaType, boolean picture) {
        this.mediaType = mediaType;
        this.picture = picture;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether jicha draws it as a picture (a thumbnail in the annex). */
    public boolean picture() {
        return picture;
    }

    /** The short word lists show (jpeg, png, pdf, docx …). */
    public String word() {
        return switch (this) {
            case OFFICE_LEGACY -> "office";
            case TEXT -> "text";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    public static FileKind ofMediaType(String mediaType) {
        for (FileKind k : values()) {
            if (k.mediaType.equals(mediaType)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown media type " + mediaType);
    }
}
