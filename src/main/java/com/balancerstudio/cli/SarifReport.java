package com.balancerstudio.cli;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.RuleSet;
import com.balancerstudio.rules.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

/**
 * Findings as SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) for code-scanning in
 * CI: the rules run are described with their catalog sources, each result points at the line of its element.
 */
final class SarifReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static void write(List<ValidatedFile> results, Catalog catalog, RuleSet rules, PrintWriter out) {
        var root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        var run = root.putArray("runs").addObject();
        var driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Balancer Studio");
        driver.put("version", VersionProvider.version());
        driver.put("informationUri", "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/");
        var ruleNodes = driver.putArray("rules");
        var ruleIndex = new HashMap<String, Integer>();
        for (var id : rules.ids()) {
            var entry = catalog.entry(id);
            ruleIndex.put(id, ruleNodes.size());
            var node = ruleNodes.addObject();
            node.put("id", id);
            node.putObject("shortDescription").put("text", entry.condition());
            node.putObject("fullDescription").put("text", entry.message());
            node.putObject("help").put("text", entry.fix());
            entry.sourceUrls().stream().findFirst().ifPresent(url -> node.put("helpUri", url));
            node.putObject("defaultConfiguration").put("level", level(entry.severity()));
            node.putObject("properties").putArray("tags").add(entry.area());
        }
        var resultNodes = run.putArray("results");
        var notifications = run.putArray("invocations").addObject();
        notifications.put("executionSuccessful", results.stream().noneMatch(ValidatedFile::unreadable));
        var toolNotifications = notifications.putArray("toolExecutionNotifications");
        for (var result : results) {
            if (result.unreadable()) {
                var note = toolNotifications.addObject();
                note.put("level", "error");
                note.putObject("message").put("text", result.readError());
                location(note.putArray("locations").addObject(), result.file(), 1);
                continue;
            }
            for (var finding : result.findings()) {
                var node = resultNodes.addObject();
                node.put("ruleId", finding.ruleId());
                node.put("ruleIndex", ruleIndex.get(finding.ruleId()));
                node.put("level", level(finding.severity()));
                node.putObject("message").put("text", finding.message() + (finding.fix().isBlank() ? "" : " Fix: " + finding.fix()));
                var location = node.putArray("locations").addObject();
                location(location, result.file(), result.lineOf(finding));
                var logical = location.putArray("logicalLocations");
                finding.elementIds().forEach(id -> logical.addObject().put("fullyQualifiedName", id.value()).put("kind", "resource"));
            }
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the SARIF report could not be written", e);
        }
    }

    private static void location(ObjectNode location, Path file, int line) {
        var physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file.toString().replace('\\', '/'));
        physical.putObject("region").put("startLine", line);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
