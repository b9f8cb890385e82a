package io.jicha.rubric;

import io.jicha.common.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way to turn a rubric file (YAML, or JSON) into a {@link Rubric}. The same bytes always give
 * the same rubric, so a session can keep the bytes in its journal and parse them again on replay.
 */
public final class RubricLoader {

    private RubricLoader() {
    }

    /** Reads and parses the file; throws {@link InvalidRubricException} listing every problem. */
    public static Rubric load(Path file) {
        return parse(file.toString(), read(file));
    }

    /** Parses the bytes of a file named {@code fileName} (the name only labels the problems). */
    public static Rubric parse(String fileName, byte[] bytes) {
        RubricReader.Result result = RubricReader.read(fileName, bytes);
        if (!result.problems().isEmpty()) {
            throw new InvalidRubricException(fileName, result.problems());
        }
        return result.rubric();
    }

    /** The file's bytes, or a UserError saying why it cannot be read. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserError.of("rubric.cannot-read-rubric-such-file", file);
        } catch (IOException e) {
            throw UserError.of("rubric.cannot-read-rubric", file, e.getMessage());
        }
    }
}
