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

    /** The rubrics shipped with jicha (the repository's {@code rubrics/*.yaml}, packed into the jar). */
    public static final java.util.List<String> SHIPPED =
            java.util.List.of("inspection-record", "penalty-case", "seizure-case", "unit-documents");

    /** A rubric's bytes and the file name its {@code rubric.loaded} event records. */
    public record Source(String file, byte[] bytes) {
    }

    /**
     * What {@code rubric load WHAT} loads: the file {@code WHAT} when it exists; else, when WHAT names a
     * shipped rubric ({@code penalty-case} or {@code penalty-case.yaml}), its copy in the jar, recorded as
     * {@code rubrics/penalty-case.yaml} (the name the same bytes have when loaded from the repository), so it
     * loads from any folder (issue 26); else a UserError naming the shipped rubrics.
     */
    public static Source fileOrShipped(String what) {
        Path file = Path.of(what);
        if (Files.exists(file)) {
            return new Source(what, read(file));
        }
        String name = what.endsWith(".yaml") ? what.substring(0, what.length() - ".yaml".length()) : what;
        if (SHIPPED.contains(name)) {
            String resource = "rubrics/" + name + ".yaml";
            try (java.io.InputStream in = RubricLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    return new Source(resource, in.readAllBytes());
                }
            } catch (IOException e) {
                throw UserError.of("rubric.cannot-read-rubric", resource, e.getMessage());
            }
        }
        throw UserError.of("rubric.no-such-file-or-shipped", what, String.join(", ", SHIPPED));
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
