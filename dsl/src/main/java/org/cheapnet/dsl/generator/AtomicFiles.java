package org.cheapnet.dsl.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output that is never half-written: a temporary file next to the target, then one move over it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes bytes to target (creating its folder), atomically where the file system can. */
    public static Path write(Path target, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
