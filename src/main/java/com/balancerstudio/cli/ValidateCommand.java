package com.balancerstudio.cli;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.io.ElementLines;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.RuleSet;
import com.balancerstudio.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** `validate DESIGN...`: checks designs against the AWS rules and reports findings as text, JSON or SARIF. */
@CommandLine.Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check designs against the AWS rules. A folder stands for every *"
                + DesignFile.EXTENSION + " file in it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings and infos allowed)", "1:errors found", "2:a file could not be read, or a wrong argument"})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @CommandLine.Parameters(arity = "1..*", paramLabel = "DESIGN", description = "Design files or folders.")
    private List<Path> inputs;

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @CommandLine.Option(names = "--min-severity", defaultValue = "info", paramLabel = "SEVERITY",
            converter = SeverityConverter.class, description = "Report only findings at least this severe: error, warning or info.")
    private Severity minSeverity;

    @CommandLine.Option(names = "--disable", split = ",", paramLabel = "RULE",
            description = "Rule ids to skip for this run (comma separated or repeated).")
    private List<String> disabled = new ArrayList<>();

    @CommandLine.Option(names = "--quota", paramLabel = "NAME=N",
            description = "A quota your AWS account has had raised, for designs that do not say their own "
                    + "(repeatable), e.g. --quota elastic_ips_per_region=10. Names: see docs/design-format.md.")
    private Map<String, Integer> quotas = new LinkedHashMap<>();

    @CommandLine.Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Judge certificate expiry as on this day (UTC) instead of today, for reproducible runs.")
    private String asOf;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The clock the rules read today from: --as-of's day at noon UTC, or the system's UTC clock. */
    private Clock clock() {
        if (asOf == null) {
            return Clock.systemUTC();
        }
        try {
            var day = LocalDate.parse(asOf.strip());
            return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--as-of: '" + asOf
                    + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-25");
        }
    }

    /** The account's quotas from --quota, checked against the names a design can raise. */
    private Map<Quota, Integer> accountQuotas() {
        var map = new java.util.EnumMap<Quota, Integer>(Quota.class);
        quotas.forEach((name, value) -> {
            var quota = Quota.byKey(name);
            if (quota == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--quota: '" + name + "' is not a quota; "
                        + "known: " + String.join(", ", java.util.Arrays.stream(Quota.values()).map(Quota::key).toList()));
            }
            if (value == null || value < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--quota " + name + ": give a whole number "
                        + "of at least 1");
            }
            map.put(quota, value);
        });
        return map;
    }

    @Override
    public Integer call() {
        account = accountQuotas();
        var catalog = Catalog.bundled();
        var rules = CoreRules.create(catalog, clock());
        for (var id : disabled) {
            if (!rules.ids().contains(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--disable: '" + id + "' is not a rule id"
                        + (catalog.contains(id) ? " that this version implements" : " of the catalog")
                        + " (see 'balancer-studio rules')");
            }
        }
        var active = rules.filter(rule -> !disabled.contains(rule.id()));
        var results = new ArrayList<ValidatedFile>();
        var unreadable = new java.util.HashMap<Path, String>();
        for (var file : expand(inputs, unreadable)) {
            results.add(unreadable.containsKey(file) ? new ValidatedFile(file, null, List.of(), unreadable.get(file),
                    List.of()) : validate(file, active));
        }
        var out = spec.commandLine().getOut();
        switch (format) {
            case text -> TextReport.write(results, out);
            case json -> JsonReport.write(results, out);
            case sarif -> SarifReport.write(results, catalog, active, out);
        }
        out.flush();
        if (results.stream().anyMatch(ValidatedFile::unreadable)) {
            return Cli.USAGE_OR_INPUT;
        }
        return results.stream().anyMatch(r -> r.count(Severity.ERROR) > 0) ? Cli.FINDINGS : 0;
    }

    private Map<Quota, Integer> account = Map.of();

    private ValidatedFile validate(Path file, RuleSet rules) {
        try {
            var design = withAccountQuotas(DesignFile.read(file));
            var findings = rules.check(design).stream().filter(f -> f.severity().atLeast(minSeverity)).toList();
            List<Integer> lines = format == Format.sarif
                    ? ElementLines.of(Files.readString(file, StandardCharsets.UTF_8)) : List.of();
            return new ValidatedFile(file, design, findings, null, lines);
        } catch (DesignFileException e) {
            return new ValidatedFile(file, null, List.of(), e.getMessage(), List.of());
        } catch (IOException e) {
            return new ValidatedFile(file, null, List.of(), file + ": cannot be read (" + why(e) + ")", List.of());
        }
    }

    /** The design with the account's quotas for those it does not raise itself. */
    private Design withAccountQuotas(Design design) {
        var settings = design.validation();
        for (var entry : account.entrySet()) {
            if (!settings.quotas().containsKey(entry.getKey())) {
                settings = settings.withQuota(entry.getKey(), entry.getValue());
            }
        }
        return settings == design.validation() ? design : design.withValidation(settings);
    }

    /**
     * Folders become the design files inside them, in name order; other paths stay as given. A part of a folder that
     * cannot be read (a subfolder without permission) is noted in {@code unreadable} and the rest is still walked.
     */
    private static List<Path> expand(List<Path> inputs, Map<Path, String> unreadable) {
        var files = new ArrayList<Path>();
        for (var input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            var found = new ArrayList<Path>();
            try {
                Files.walkFileTree(input, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (file.getFileName().toString().endsWith(DesignFile.EXTENSION) && Files.isRegularFile(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        found.add(file);
                        unreadable.put(file, file + ": cannot be read (" + why(e) + ")");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                found.add(input);
                unreadable.put(input, input + ": cannot be read (" + why(e) + ")");
            }
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }

    private static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads error, warning or info. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
