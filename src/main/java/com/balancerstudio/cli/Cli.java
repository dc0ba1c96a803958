package com.balancerstudio.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;

/** The command line: `balancer-studio validate|rules|render|simulate|export|import ...`, usable without a display. */
@CommandLine.Command(name = "balancer-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Design, validate and export AWS load-balanced network topologies.%n"
                + "Without a command (or with a design file) the designer window opens.",
        subcommands = {ValidateCommand.class, RulesCommand.class, RenderCommand.class, SimulateCommand.class,
            ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (validate: no errors)",
            "1:validate: errors found; simulate: an expectation failed; export: the design has errors; "
                + "import: the configuration cannot be imported",
            "2:usage or input error"})
public final class Cli implements Runnable {
    /** Exit code when the checked design has errors. */
    public static final int FINDINGS = 1;
    /** Exit code for a wrong argument or an unreadable input. */
    public static final int USAGE_OR_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether the arguments ask for the command line rather than the designer window. */
    public static boolean wantsCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        var first = args[0];
        return TOP_LEVEL_OPTIONS.contains(first) || first.startsWith("-")
                || new CommandLine(new Cli()).getSubcommands().containsKey(first);
    }

    /** Runs the command line and returns the exit code; output goes to the given writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new Cli())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> USAGE_OR_INPUT)
                .setParameterExceptionHandler((e, a) -> {
                    err.println("balancer-studio: " + e.getMessage());
                    err.println("Run 'balancer-studio " + (e.getCommandLine().getParent() == null ? ""
                            : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
                    return USAGE_OR_INPUT;
                })
                .setExecutionExceptionHandler((e, c, p) -> {
                    err.println("balancer-studio: " + e.getMessage());
                    return USAGE_OR_INPUT;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
