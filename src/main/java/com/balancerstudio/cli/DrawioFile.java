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
    private final Path designFile;

    DrawioFile(Path file, Path designFile) {
        this.file = file;
        this.designFile = designFile;
    }

    @Override
    public void write(Design design, PrintWriter out) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder; name the .drawio file to write");
        }
        if (Files.exists(file) && Files.isSameFile(file, designFile)) {
            throw new IOException(file + ": this is the design file itself; choose another output");
        }
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
