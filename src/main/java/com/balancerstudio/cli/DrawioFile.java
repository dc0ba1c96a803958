package com.balancerstudio.cli;

import com.balancerstudio.export.drawio.DrawioExport;
import com.balancerstudio.io.AtomicWrite;
import com.balancerstudio.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * `--drawio FILE`: writes the design as a draw.io diagram, atomically, so a failed export leaves the old file whole.
 */
final class DrawioFile implements ExportTarget {
    private final Path file;

    DrawioFile(Path file) {
        this.file = file;
    }

    /**
     * Why FILE cannot take the diagram (a folder, a folder that does not exist, the design file itself), or null when
     * it can; asked before anything is exported, so a wrong path does not leave the other outputs half done.
     */
    static String problemWith(Path file, Path designFile) {
        if (Files.isDirectory(file)) {
            return file + ": is a folder; name the .drawio file to write";
        }
        var folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return file + ": the folder " + folder + " does not exist";
        }
        try {
            if (Files.exists(file) && Files.exists(designFile) && Files.isSameFile(file, designFile)) {
                return file + ": this is the design file itself; choose another output";
            }
        } catch (IOException e) {
            return file + ": cannot be checked (" + e.getMessage() + ")";
        }
        return null;
    }

    @Override
    public void write(Design design, PrintWriter out) throws IOException {
        var diagram = DrawioExport.of(design);
        try {
            AtomicWrite.replaceWithoutBackup(file, diagram.xml().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
        out.println("Wrote draw.io diagram " + file + " (" + diagram.shapes() + " shapes, " + diagram.connectors()
                + " connectors)");
    }
}
