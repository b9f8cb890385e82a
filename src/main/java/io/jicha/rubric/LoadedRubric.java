package io.jicha.rubric;

/** A rubric as loaded into a session: pinned by the SHA-256 of its file, at journal event {@code seq}. */
public record LoadedRubric(Rubric rubric, String sha256, String file, long seq) {

    /** The first 12 hex digits of the hash, enough to tell versions apart in lists. */
    public String shortHash() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }

    public String id() {
        return rubric.id();
    }

    public String version() {
        return rubric.version();
    }
}
