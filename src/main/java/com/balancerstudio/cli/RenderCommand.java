package com.balancerstudio.cli;

import com.balancerstudio.export.DiagramExport;
import com.balancerstudio.export.ExportOptions;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** `render DESIGN (--png OUT | --svg OUT)`: draws a design to an image file, headless, with the designer's painter. */
@CommandLine.Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw a design as a PNG image or an SVG document, exactly as the designer shows it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the image was written", "2:the design could not be read, a wrong argument, or the image could not be written"})
final class RenderCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", paramLabel = "DESIGN", description = "The design file to draw.")
    private Path design;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    private Output output;

    @CommandLine.Option(names = "--scale", defaultValue = "1", paramLabel = "1|2",
            description = "Pixels per design unit: 1 or 2 for high-density screens (default: ${DEFAULT-VALUE}).")
    private int scale;

    @CommandLine.Option(names = "--transparent", description = "Leave the background transparent (PNG) or unpainted (SVG).")
    private boolean transparent;

    @CommandLine.Option(names = "--dark", description = "Use the dark theme.")
    private boolean dark;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Exactly one of the output formats. */
    static final class Output {
        @CommandLine.Option(names = "--png", required = true, paramLabel = "OUT", description = "Write a PNG image to OUT.")
        Path png;

        @CommandLine.Option(names = "--svg", required = true, paramLabel = "OUT", description = "Write an SVG document to OUT.")
        Path svg;
    }

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        if (scale != 1 && scale != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be 1 or 2 (got " + scale + ")");
        }
        var target = output.png != null ? output.png : output.svg;
        var err = spec.commandLine().getErr();
        try {
            if (Files.exists(target) && Files.exists(design) && Files.isSameFile(target, design)) {
                err.println("balancer-studio render: " + target + ": this is the design file itself; choose another output");
                return Cli.USAGE_OR_INPUT;
            }
            var read = DesignFile.read(design);
            var options = ExportOptions.of(scale, transparent, dark);
            byte[] bytes = output.png != null ? DiagramExport.png(read, options)
                    : DiagramExport.svg(read, options).getBytes(StandardCharsets.UTF_8);
            OutputFile.write(target, bytes);
            spec.commandLine().getOut().println("Wrote " + target + " (" + describe(read, options) + ")");
            return 0;
        } catch (DesignFileException e) {
            err.println("balancer-studio render: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("balancer-studio render: " + design + ": " + e.getMessage());
        } catch (IOException e) {
            err.println("balancer-studio render: " + target + ": cannot be written (" + e.getMessage() + ")");
        }
        return Cli.USAGE_OR_INPUT;
    }

    private String describe(com.balancerstudio.model.Design read, ExportOptions options) {
        var area = DiagramExport.area(read, options);
        return (int) Math.ceil(area.width() * scale) + " x " + (int) Math.ceil(area.height() * scale) + " pixels";
    }

    /** Writes the output atomically and leaves nothing else behind: no backup of a file it replaces. */
    static final class OutputFile {
        private OutputFile() {
        }

        static void write(Path target, byte[] bytes) throws IOException {
            var backup = com.balancerstudio.io.AtomicWrite.backupOf(target.toAbsolutePath());
            byte[] earlierBackup = Files.isRegularFile(backup) ? Files.readAllBytes(backup) : null;
            com.balancerstudio.io.AtomicWrite.replace(target, bytes);
            if (earlierBackup == null) {
                Files.deleteIfExists(backup);
            } else {
                Files.write(backup, earlierBackup);
            }
        }
    }
}
