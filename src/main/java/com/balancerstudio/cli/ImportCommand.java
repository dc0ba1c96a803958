package com.balancerstudio.cli;

import com.balancerstudio.importing.terraform.TerraformImport;
import com.balancerstudio.importing.terraform.TerraformImportException;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * `import --terraform DIR [--output FILE] [--force]`: reads a Terraform configuration into a laid-out design file and
 * lists what it left out; an existing design file is replaced only with --force.
 */
@CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Terraform configuration (the *.tf files of one folder, plain HCL) into a design file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the design was written (notes list what was left out)",
            "1:the configuration could not be imported (the message says where and why)",
            "2:a wrong argument, or the design file could not be written"})
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Option(names = "--terraform", paramLabel = "DIR", required = true,
            description = "The folder of the Terraform root configuration to read.")
    private Path terraform;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The design file to write (default: the folder's name + " + DesignFile.EXTENSION
                    + " in the current folder).")
    private Path output;

    @CommandLine.Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(terraform)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--terraform " + terraform
                    + ": not a folder; give the folder that holds the .tf files");
        }
        var file = output != null ? output : defaultOutput();
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + file
                    + ": is a folder; name the design file to write");
        }
        if (Files.exists(file) && !force) {
            err.println("balancer-studio import: " + file + " exists; nothing was written (replace it with --force, "
                    + "or choose another --output)");
            return Cli.USAGE_OR_INPUT;
        }
        TerraformImport.Result result;
        try {
            result = TerraformImport.read(terraform);
        } catch (TerraformImportException e) {
            err.println("balancer-studio import: " + Printable.of(e.getMessage()));
            return Cli.FINDINGS;
        }
        try {
            DesignFile.write(result.design(), file);
        } catch (DesignFileException e) {
            err.println("balancer-studio import: " + e.getMessage());
            return Cli.USAGE_OR_INPUT;
        }
        var findings = CoreRules.create(Catalog.bundled()).check(result.design());
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        out.println("Wrote " + file + ": " + result.design().size() + " elements from " + terraform
                + "; validation: " + errors + " error" + (errors == 1 ? "" : "s") + ", " + (findings.size() - errors)
                + " other finding" + (findings.size() - errors == 1 ? "" : "s")
                + (findings.isEmpty() ? "" : " (see balancer-studio validate " + file + ")"));
        if (!result.notes().isEmpty()) {
            out.println("Not imported (" + result.notes().size() + "):");
            result.notes().forEach(note -> out.println("  - " + Printable.of(note)));
        }
        return 0;
    }

    private Path defaultOutput() {
        var name = terraform.toAbsolutePath().normalize().getFileName();
        return Path.of((name == null ? "imported" : name.toString()) + DesignFile.EXTENSION);
    }
}
