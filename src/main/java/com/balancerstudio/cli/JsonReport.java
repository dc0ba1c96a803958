package com.balancerstudio.cli;

import com.balancerstudio.rules.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;

/** Findings for programs: one JSON document with every file, its findings or its read error, and totals. */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static void write(List<ValidatedFile> results, PrintWriter out) {
        var root = MAPPER.createObjectNode();
        var files = root.putArray("files");
        for (var result : results) {
            var file = files.addObject();
            file.put("file", result.file().toString());
            if (result.unreadable()) {
                file.put("error", result.readError());
                continue;
            }
            file.put("design", result.design().name());
            var findings = file.putArray("findings");
            for (var finding : result.findings()) {
                var node = findings.addObject();
                node.put("rule_id", finding.ruleId());
                node.put("severity", finding.severity().value());
                var elements = node.putArray("elements");
                finding.elementIds().forEach(id -> elements.add(id.value()));
                node.put("message", finding.message());
                node.put("fix", finding.fix());
                node.put("quick_fix", finding.quickFixEdit().map(edit -> edit.label()).orElse(null));
            }
        }
        var summary = root.putObject("summary");
        summary.put("designs", results.size());
        summary.put("unreadable", results.stream().filter(ValidatedFile::unreadable).count());
        for (var severity : Severity.values()) {
            summary.put(severity.value() + "s", results.stream().mapToLong(r -> r.count(severity)).sum());
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the JSON report could not be written", e);
        }
    }
}
