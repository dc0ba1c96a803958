package com.balancerstudio.cli;

import com.balancerstudio.io.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the output atomically and leaves nothing else behind: no backup of a file it replaces. The image keeps
 * the permissions of the file it replaces, or is readable by all like any file a command creates (the temporary
 * file behind the atomic write is private to its owner).
 */
final class OutputFile {
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFile() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        var backup = AtomicWrite.backupOf(target.toAbsolutePath());
        byte[] earlierBackup = Files.isRegularFile(backup) ? Files.readAllBytes(backup) : null;
        var permissions = permissionsOf(target);
        AtomicWrite.replace(target, bytes);
        if (permissions != null) {
            Files.setPosixFilePermissions(target, permissions);
        }
        if (earlierBackup == null) {
            Files.deleteIfExists(backup);
        } else {
            Files.write(backup, earlierBackup);
        }
    }

    private static Set<PosixFilePermission> permissionsOf(Path target) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)
                || !Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return null;
        }
        return Files.exists(target) ? Files.getPosixFilePermissions(target) : READABLE;
    }
}
