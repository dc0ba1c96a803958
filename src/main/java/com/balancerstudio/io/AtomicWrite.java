package com.balancerstudio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that at every moment either the old or the new content is complete on disk: write a temporary
 * file in the same directory, force it to disk, keep a backup of the old file, then rename over the target.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** The backup of the previous version kept beside the file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static void replace(Path file, byte[] content) throws IOException {
        var target = file.toAbsolutePath();
        var directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("the folder " + directory + " does not exist");
        }
        var temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(target)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
