package com.balancerstudio.ui.files;

import com.balancerstudio.io.AtomicWrite;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The copy of an unsaved design kept in a recovery folder while it is being edited, so a crash loses at most a few
 * seconds of work: written by the autosave, read back at the next start, deleted once the design is saved.
 */
public final class RecoveryStore {
    private static final String DESIGN = "unsaved" + DesignFile.EXTENSION;
    private static final String ORIGIN = "unsaved.origin";

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The store under the user's home, {@code ~/.balancer-studio/recovery/}. */
    public static RecoveryStore inUserHome() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".balancer-studio", "recovery"));
    }

    /** What a recovery file holds: the unsaved design and the file it had been opened from (null when new). */
    public record Recovered(Design design, Path origin) {
    }

    /**
     * Keeps the design (and the file it belongs to, if any) as the latest unsaved state. Both files are replaced
     * atomically, so a crash while keeping leaves the previous copy whole.
     */
    public void keep(Design design, Path origin) throws DesignFileException {
        try {
            Files.createDirectories(folder);
            AtomicWrite.replaceWithoutBackup(folder.resolve(ORIGIN), (origin == null ? ""
                    : origin.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DesignFileException("the recovery folder " + folder + " cannot be written: " + e.getMessage(),
                    null, 0, e);
        }
        DesignFile.write(design, folder.resolve(DESIGN));
    }

    public boolean exists() {
        return Files.isRegularFile(folder.resolve(DESIGN));
    }

    /** The kept design, or empty when there is none; a recovery file that cannot be read is reported as an error. */
    public Optional<Recovered> load() throws DesignFileException {
        if (!exists()) {
            return Optional.empty();
        }
        var design = DesignFile.read(folder.resolve(DESIGN));
        Path origin = null;
        try {
            var text = Files.readString(folder.resolve(ORIGIN), StandardCharsets.UTF_8).strip();
            origin = text.isEmpty() ? null : Path.of(text);
        } catch (IOException e) {
            // The design matters; without its origin it is recovered as a new, unsaved design.
        }
        return Optional.of(new Recovered(design, origin));
    }

    /**
     * Moves a kept design that cannot be read out of the way (so it is not offered again) and returns where it now is,
     * or null when it could not be moved; a person may still open it and repair what can be repaired.
     */
    public Path setAside() {
        var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        var aside = folder.resolve("unreadable-" + stamp + DesignFile.EXTENSION);
        try {
            Files.move(folder.resolve(DESIGN), aside, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(folder.resolve(ORIGIN));
            return aside;
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes the kept design (after a save, a clean close, or when the person discards it). */
    public void discard() {
        try {
            Files.deleteIfExists(folder.resolve(DESIGN));
            Files.deleteIfExists(folder.resolve(ORIGIN));
        } catch (IOException e) {
            // A recovery file that cannot be deleted is offered again at the next start, which is harmless.
        }
    }

    public Path folder() {
        return folder;
    }
}
