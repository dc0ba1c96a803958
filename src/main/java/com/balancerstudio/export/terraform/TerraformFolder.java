package com.balancerstudio.export.terraform;

import com.balancerstudio.io.AtomicWrite;
import com.balancerstudio.model.Design;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the Terraform configuration of a design into a folder. Files are only ever written directly inside that
 * folder, each one atomically; files of an earlier export that the design no longer needs are removed, and .tf files
 * someone else wrote are never touched (an export refuses to overwrite one).
 */
public final class TerraformFolder {
    /** The only file names the folder accepts: plain names ending in .tf, no folders. */
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9_]+\\.tf");

    /** What an export did: the files written and removed, the other .tf files found, and what was not expressed. */
    public record Written(TerraformConfig config, List<Path> written, List<Path> removed, List<Path> foreign) {
        public Written {
            written = List.copyOf(written);
            removed = List.copyOf(removed);
            foreign = List.copyOf(foreign);
        }

        /** The report a person reads after exporting into {@code folder}, a line each. */
        public List<String> report(Path folder) {
            var lines = new ArrayList<String>();
            var names = written.stream().map(p -> p.getFileName().toString()).toList();
            lines.add("Wrote " + names.size() + " Terraform files to " + folder + ": " + String.join(", ", names));
            for (var old : removed) {
                lines.add("Removed " + old.getFileName() + ", which an earlier export wrote and this design no longer needs");
            }
            for (var other : foreign) {
                lines.add("Note: " + other.getFileName() + " in " + folder + " is not from this export; Terraform reads it too");
            }
            if (!config.notExpressed().isEmpty()) {
                lines.add("Not expressed in Terraform (" + config.notExpressed().size() + "):");
                config.notExpressed().forEach(note -> lines.add("  - " + note));
            }
            return lines;
        }
    }

    private TerraformFolder() {
    }

    public static Written write(Design design, Path folder) throws IOException {
        var config = TerraformExport.of(design);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + ": exists and is not a folder");
        }
        Files.createDirectories(folder);
        var root = folder.toAbsolutePath().normalize();
        var targets = new ArrayList<Path>();
        for (var name : config.files().keySet()) {
            var target = root.resolve(name).normalize();
            if (!FILE_NAME.matcher(name).matches() || !root.equals(target.getParent())) {
                throw new IOException(folder + ": refusing to write '" + name + "' outside the folder");
            }
            if (Files.isSymbolicLink(target) || Files.exists(target) && !generatedByUs(target)) {
                throw new IOException(target + ": exists and was not written by a Balancer Studio export; it is left "
                        + "alone (move it away or choose another folder)");
            }
            targets.add(target);
        }
        var stale = new ArrayList<Path>();
        var foreign = new ArrayList<Path>();
        for (var existing : tfFiles(root)) {
            if (!targets.contains(existing)) {
                (generatedByUs(existing) ? stale : foreign).add(existing);
            }
        }
        for (var target : targets) {
            AtomicWrite.replaceWithoutBackup(target, config.files().get(target.getFileName().toString())
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (var old : stale) {
            Files.delete(old);
        }
        return new Written(config, targets, stale, foreign);
    }

    private static List<Path> tfFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
    }

    /** Whether the file starts with the line every exported file starts with. */
    private static boolean generatedByUs(Path file) {
        if (!Files.isRegularFile(file) || Files.isSymbolicLink(file)) {
            return false;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TerraformExport.HEADER.equals(reader.readLine());
        } catch (IOException e) {
            return false;
        }
    }
}
