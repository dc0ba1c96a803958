package com.balancerstudio.cli;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.UncheckedRules;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** `rules`: the AWS rule catalog with ids, severities, sources, and which rules this version checks. */
@CommandLine.Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the AWS rule catalog: id, severity, whether this version checks it, message and sources.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @CommandLine.Option(names = "--checked", description = "List only the rules this version checks.")
    private boolean checkedOnly;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        var catalog = Catalog.bundled();
        var checked = CoreRules.create(catalog).ids();
        var out = spec.commandLine().getOut();
        var entries = catalog.entries().stream().filter(e -> !checkedOnly || checked.contains(e.id())).toList();
        if (format == Format.json) {
            var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            var array = mapper.createArrayNode();
            for (var entry : entries) {
                var node = array.addObject();
                node.put("id", entry.id());
                node.put("severity", entry.severity().value());
                node.put("checked", checked.contains(entry.id()));
                UncheckedRules.reason(entry.id()).ifPresent(reason -> node.put("not_checked_because", reason));
                var applies = node.putArray("applies_to");
                entry.appliesTo().forEach(applies::add);
                node.put("condition", entry.condition());
                node.put("message", entry.message());
                node.put("fix", entry.fix());
                var sources = node.putArray("sources");
                entry.sourceUrls().forEach(sources::add);
                node.put("source", entry.source());
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            for (var entry : entries) {
                out.printf(Locale.ROOT, "%-13s %-7s %-9s %s%n", entry.id(), entry.severity(),
                        checked.contains(entry.id()) ? "checked" : "-", entry.message());
                UncheckedRules.reason(entry.id()).ifPresent(reason -> out.println("              " + reason));
                entry.sourceUrls().stream().findFirst().ifPresent(url -> out.println("              source: " + url));
            }
            out.printf(Locale.ROOT, "%d rules in the catalog, %d checked by this version%s%n",
                    catalog.entries().size(), checked.size(), UncheckedRules.ids().isEmpty() ? ""
                            : ", " + UncheckedRules.ids().size() + " not checked for the reason given under each");
        }
        out.flush();
        return 0;
    }
}
