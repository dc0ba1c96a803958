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
        // Notes quote names from the design: shown without control characters that could drive the terminal.
        TerraformFolder.write(design, folder).report(folder).forEach(line -> out.println(Printable.of(line)));
    }
}
