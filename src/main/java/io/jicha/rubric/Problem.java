package io.jicha.rubric;

import java.util.Objects;

/**
 * One thing wrong with a rubric file, located at a line and column (1-based) and at the path
 * of the field, e.g. {@code penalty-case.yaml:42:7 sections[2].criteria[4].points: 3 exceeds ...}.
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
