package com.balancerstudio.cli;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.sim.ExpectationResult;
import com.balancerstudio.sim.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** `simulate DESIGN`: plays one of the design's traffic scenarios and prints the metrics and where requests went. */
@CommandLine.Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Play a traffic scenario saved in a design and print the metrics (named as CloudWatch names "
                + "them), the share of requests per target, what happened (health changes, draining, scaling) and "
                + "whether the scenario's expectations hold.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the scenario ran and its expectations hold", "1:an expectation of the scenario failed",
            "2:the design could not be read, or a wrong argument (unknown scenario, bad duration)"})
final class SimulateCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    @CommandLine.Parameters(index = "0", paramLabel = "DESIGN", description = "The design file holding the scenario.")
    private Path designFile;

    @CommandLine.Option(names = "--scenario", paramLabel = "NAME",
            description = "The scenario to play (default: the design's first).")
    private String scenarioName;

    @CommandLine.Option(names = "--seed", paramLabel = "N",
            description = "Seed of the random streams (default: the scenario's, else " + Simulation.DEFAULT_SEED + ").")
    private Long seed;

    @CommandLine.Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Run this long instead of the scenario's duration: 90s, 10m, 1h or seconds.")
    private Integer duration;

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Design design;
        try {
            design = DesignFile.read(designFile);
        } catch (DesignFileException e) {
            spec.commandLine().getErr().println("balancer-studio simulate: " + e.getMessage());
            return Cli.USAGE_OR_INPUT;
        }
        var scenario = pick(design);
        if (duration != null) {
            scenario = scenario.withDuration(duration);
        }
        long runSeed = seed != null ? seed : scenario.seed() != null ? scenario.seed() : Simulation.DEFAULT_SEED;
        Simulation simulation;
        try {
            simulation = Simulation.create(design, scenario, runSeed, Simulation.Options.METRICS_ONLY);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("balancer-studio simulate: " + designFile + ": " + e.getMessage());
            return Cli.USAGE_OR_INPUT;
        }
        var events = simulation.runToEnd();
        var results = simulation.checkExpectations();
        var report = new SimulationReport(design, simulation, events, results);
        var out = spec.commandLine().getOut();
        switch (format) {
            case text -> report.writeText(out);
            case json -> report.writeJson(out);
            case csv -> report.writeCsv(out);
        }
        out.flush();
        return results.stream().allMatch(ExpectationResult::passed) ? 0 : Cli.FINDINGS;
    }

    private Scenario pick(Design design) {
        var scenarios = design.scenarios();
        if (scenarios.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), designFile + " has no scenarios to simulate"
                    + " (add one to its \"scenarios\" array; see docs/design-format.md)");
        }
        if (scenarioName == null) {
            return scenarios.get(0);
        }
        var found = design.scenario(scenarioName);
        if (found == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scenario: " + designFile + " has no scenario '"
                    + scenarioName + "'; its scenarios are: " + names(scenarios));
        }
        return found;
    }

    private static String names(List<Scenario> scenarios) {
        return scenarios.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    /** Reads 90s, 10m, 1h or a number of seconds. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Integer> {
        private static final Pattern DURATION = Pattern.compile("(\\d{1,7})([smh]?)");

        @Override
        public Integer convert(String value) {
            var matcher = DURATION.matcher(value.trim());
            if (!matcher.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 90s, 10m or 1h");
            }
            long seconds = Long.parseLong(matcher.group(1)) * switch (matcher.group(2)) {
                case "m" -> 60;
                case "h" -> 3600;
                default -> 1;
            };
            if (seconds < 1 || seconds > Scenario.MAX_DURATION) {
                throw new CommandLine.TypeConversionException("'" + value + "' is outside 1 second to "
                        + Scenario.MAX_DURATION / 86_400 + " days");
            }
            return (int) seconds;
        }
    }
}
