package com.balancerstudio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces a file so that at every moment either the old or the new content is complete on disk: write a temporary
 * file in the same directory, force it to disk, optionally keep a backup of the old file, then rename over the target.
 * The new file keeps the permissions of the one it replaces, or gets rw-r--r-- when it is new (the temporary file
 * itself is created private to its owner).
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** The backup of the previous version kept beside the file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** How old a temporary file of this writer must be to count as left behind: no save takes that long. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    /** Replaces the file and keeps the previous version as {@link #backupOf}. */
    public static void replace(Path file, byte[] content) throws IOException {
        write(file, content, true);
    }

    /** Replaces the file without keeping a backup (for generated output such as images). */
    public static void replaceWithoutBackup(Path file, byte[] content) throws IOException {
        write(file, content, false);
    }

    private static void write(Path file, byte[] content, boolean keepBackup) throws IOException {
        var target = file.toAbsolutePath();
        var directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("the folder " + directory + " does not exist");
        }
        removeLeftovers(target);
        var temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            setPermissions(temporary, target);
            if (keepBackup && Files.exists(target)) {
                keepBackup(target, directory);
            }
            moveOver(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Copies the file to its backup by way of a temporary copy, so a backup is never half-written either. */
    private static void keepBackup(Path target, Path directory) throws IOException {
        var backup = backupOf(target);
        var copy = Files.createTempFile(directory, "." + backup.getFileName(), ".tmp");
        try {
            Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            moveOver(copy, backup);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Deletes the temporary files that writes of this file left behind when the program was killed before it could
     * (they are hidden, but each is a whole copy). Only old ones: a younger one may belong to a save still under way.
     */
    private static void removeLeftovers(Path target) {
        var prefix = "." + target.getFileName();
        var before = FileTime.from(Instant.now().minus(LEFTOVER_AGE));
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (var sibling : siblings.toList()) {
                var name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")
                        && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(sibling, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException e) {
            // Tidying up is a courtesy: a leftover that cannot be removed does not stop the save.
        }
    }

    private static void moveOver(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void setPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }
}
