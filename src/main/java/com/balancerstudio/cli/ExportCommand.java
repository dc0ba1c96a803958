package com.balancerstudio.cli;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * `export DESIGN [--terraform DIR] [--drawio FILE] [--force]`: writes a design in other tools' formats. A design
 * with validation errors is refused (the errors are listed) unless --force. Each output option adds one
 * {@link ExportTarget}.
 */
@CommandLine.Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a design: a Terraform configuration (hashicorp/aws provider) into a folder, and/or a "
                + "draw.io (diagrams.net) diagram.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the export was written", "1:the design has validation errors (see --force)",
            "2:the design could not be read, a wrong argument, or the export could not be written"})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", paramLabel = "DESIGN", description = "The design file to export.")
    private Path design;

    @CommandLine.Option(names = "--terraform", paramLabel = "DIR",
            description = "Write a Terraform root configuration (*.tf files) into DIR, created if missing.")
    private Path terraform;

    @CommandLine.Option(names = "--drawio", paramLabel = "FILE",
            description = "Write a draw.io (diagrams.net) diagram to FILE, replacing it if it exists.")
    private Path drawio;

    @CommandLine.Option(names = "--force", description = "Export even when the design has validation errors.")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The outputs the options ask for, in the order they are written. */
    private List<ExportTarget> targets() {
        var targets = new ArrayList<ExportTarget>();
        if (terraform != null) {
            targets.add(new TerraformTarget(terraform));
        }
        if (drawio != null) {
            var problem = DrawioFile.problemWith(drawio, design);
            if (problem != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--drawio " + problem);
            }
            targets.add(new DrawioFile(drawio));
        }
        return targets;
    }

    @Override
    public Integer call() {
        var targets = targets();
        if (targets.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "say what to export: --terraform DIR and/or --drawio FILE");
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Design read;
        try {
            read = DesignFile.read(design);
        } catch (DesignFileException e) {
            err.println("balancer-studio export: " + e.getMessage());
            return Cli.USAGE_OR_INPUT;
        }
        var errors = CoreRules.create(Catalog.bundled()).check(read).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        for (var finding : errors) {
            var element = finding.primaryElement() == null ? "" : " [" + finding.primaryElement() + "]";
            err.printf(Locale.ROOT, "%s: %s %s%s: %s%n", design, finding.severity(), finding.ruleId(), element,
                    Printable.of(finding.message()));
        }
        if (!errors.isEmpty() && !force) {
            err.println("balancer-studio export: " + design + " has " + errors.size() + " validation error"
                    + (errors.size() == 1 ? "" : "s") + "; nothing was exported (fix them, or export anyway with --force)");
            return Cli.FINDINGS;
        }
        if (!errors.isEmpty()) {
            err.println("balancer-studio export: exporting despite " + errors.size() + " validation error"
                    + (errors.size() == 1 ? "" : "s") + " (--force)");
        }
        for (var target : targets) {
            try {
                target.write(read, out);
            } catch (IOException e) {
                err.println("balancer-studio export: " + e.getMessage());
                return Cli.USAGE_OR_INPUT;
            }
        }
        return 0;
    }
}
