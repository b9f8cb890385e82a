package io.jicha.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forcing a folder to disk: after a file is created or renamed in a folder, the new name is
 * durable only once the folder itself is forced (fsync on the folder, POSIX). Done before the
 * event that refers to the name is appended, so that every acknowledged event's files survive a
 * crash.
 */
public final class Durable {

    private Durable() {
    }

    /** Forces the folder's entries to disk; a platform that cannot open a folder (Windows) is left as is. */
    public static void syncFolder(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // folders cannot be opened here: nothing to force
        }
        try (ch) {
            ch.force(true);
        }
    }
}
