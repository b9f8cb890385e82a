package io.jicha.record;

import java.nio.file.Path;

/**
 * A file copied into the session's snapshot folder under a temporary name, hashed and
 * sniffed, waiting to be parsed and then committed under its hash or discarded.
 */
public record StagedFile(Path temp, String fileName, String sha256, RecordFormat format, String encoding,
                         long bytes) {
}
