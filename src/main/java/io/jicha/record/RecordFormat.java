package io.jicha.record;

/** The file formats a population can be imported from. */
public enum RecordFormat {
    CSV("csv"),
    JSONL("jsonl"),
    /** An Excel workbook (Office Open XML); one sheet of it is the population. */
    XLSX("xlsx");

    private final String extension;

    RecordFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension a snapshot of this format is stored with. */
    public String extension() {
        return extension;
    }

    public static RecordFormat parse(String s) {
        for (RecordFormat f : values()) {
            if (f.extension.equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown record format " + s);
    }
}
