package com.balancerstudio.cli;

import com.balancerstudio.export.terraform.TerraformFolder;
import com.balancerstudio.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** `--terraform DIR`: writes the Terraform configuration of a design into a folder and says what it did. */
final class TerraformTarget implements ExportTarget {
    private final Path folder;

    TerraformTarget(Path folder) {
        this.folder = folder;
    }

    @Override
    public void write(Design design, PrintWriter out) throws IOException {
        var result = TerraformFolder.write(design, folder);
        var names = result.written().stream().map(p -> p.getFileName().toString()).toList();
        out.println("Wrote " + names.size() + " Terraform files to " + folder + ": " + String.join(", ", names));
        for (var old : result.removed()) {
            out.println("Removed " + old.getFileName() + ", which an earlier export wrote and this design no longer needs");
        }
        for (var other : result.foreign()) {
            out.println("Note: " + other.getFileName() + " in " + folder + " is not from this export; Terraform reads it too");
        }
        var notExpressed = result.config().notExpressed();
        if (!notExpressed.isEmpty()) {
            out.println("Not expressed in Terraform (" + notExpressed.size() + "):");
            notExpressed.forEach(note -> out.println("  - " + Printable.of(note.toString())));
        }
    }
}
