package io.jicha.rubric;

import java.util.Objects;

/**
 * Payload of the {@value RubricEvents#LOADED} event: the rubric's identity, the SHA-256 of the file's bytes
 * and the file's whole content (UTF-8), so that replay re-parses exactly what was loaded and the
 * session does not depend on the file staying where it was.
 */
public record RubricLoaded(String id, String version, String sha256, String file, String content) {

    public RubricLoaded {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }
}
