package com.balancerstudio.cli;

import com.balancerstudio.model.Design;
import com.balancerstudio.sim.ExpectationResult;
import com.balancerstudio.sim.SimEvent;
import com.balancerstudio.sim.Simulation;
import com.balancerstudio.sim.metrics.Dimension;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes a finished simulation run as text for people, JSON for programs, or CSV rows for spreadsheets. */
final class SimulationReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Design design;
    private final Simulation simulation;
    private final List<SimEvent> events;
    private final List<ExpectationResult> results;
    private final List<SimulationSummary.Row> rows;

    SimulationReport(Design design, Simulation simulation, List<SimEvent> events, List<ExpectationResult> results) {
        this.design = design;
        this.simulation = simulation;
        this.events = events;
        this.results = results;
        this.rows = SimulationSummary.rows(simulation.metrics());
    }

    void writeText(PrintWriter out) {
        var scenario = simulation.scenario();
        out.println("Design: " + design.name());
        out.println("Scenario: " + scenario.name() + " (" + (int) simulation.duration() + " s, seed " + simulation.seed() + ")");
        if (!scenario.description().isBlank()) {
            out.println("  " + scenario.description());
        }
        for (var kind : Dimension.Kind.values()) {
            var ofKind = rows.stream().filter(r -> r.dimension().kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            out.println();
            out.println(heading(kind) + ":");
            Dimension current = null;
            for (var row : ofKind) {
                if (!row.dimension().equals(current)) {
                    current = row.dimension();
                    out.println("  " + current.id());
                }
                out.printf(Locale.ROOT, "    %-28s %-8s %s%n", row.metric(), row.statistic(), value(row));
            }
        }
        out.println();
        out.println("Requests per target:");
        var shares = rows.stream().filter(r -> r.statistic().equals("share")).toList();
        for (var share : shares) {
            int bar = (int) Math.round(share.value() * 50);
            out.printf(Locale.ROOT, "  %-20s %6.2f%%  %s%n", share.dimension().id(), share.value() * 100, "#".repeat(bar));
        }
        var happenings = events.stream().filter(e -> !(e instanceof SimEvent.RequestArrived)
                && !(e instanceof SimEvent.RequestForwarded) && !(e instanceof SimEvent.RequestCompleted)
                && !(e instanceof SimEvent.RequestFailed)).toList();
        if (!happenings.isEmpty()) {
            out.println();
            out.println("What happened:");
            happenings.forEach(e -> out.printf(Locale.ROOT, "  %8.2f s  %s%n", e.time(), EventText.describe(e)));
        }
        if (!results.isEmpty()) {
            out.println();
            out.println("Expectations:");
            results.forEach(r -> out.println("  " + r.describe()));
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.println(failed == 0 ? "All " + results.size() + " expectations hold."
                    : failed + " of " + results.size() + " expectations failed.");
        }
    }

    private static String heading(Dimension.Kind kind) {
        return switch (kind) {
            case LOAD_BALANCER -> "Load balancers";
            case TARGET_GROUP -> "Target groups";
            case TARGET -> "Targets";
            case ZONE -> "Availability Zones";
        };
    }

    private static String value(SimulationSummary.Row row) {
        double v = row.value();
        if (Double.isNaN(v)) {
            return "-";
        }
        if (row.metric().equals("TargetResponseTime")) {
            return String.format(Locale.ROOT, "%.1f ms", v * 1000);
        }
        if (row.statistic().equals("share")) {
            return String.format(Locale.ROOT, "%.2f%%", v * 100);
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    void writeJson(PrintWriter out) {
        var root = MAPPER.createObjectNode();
        root.put("design", design.name());
        var scenario = root.putObject("scenario");
        scenario.put("name", simulation.scenario().name());
        scenario.put("duration", (int) simulation.duration());
        scenario.put("seed", simulation.seed());
        var metrics = root.putArray("metrics");
        for (var row : rows) {
            var node = metrics.addObject();
            node.put("dimension", row.dimension().kind().name().toLowerCase(Locale.ROOT));
            node.put("id", row.dimension().id());
            node.put("metric", row.metric());
            node.put("statistic", row.statistic());
            if (Double.isNaN(row.value())) {
                node.putNull("value");
            } else {
                node.put("value", row.value());
            }
        }
        var happened = root.putArray("events");
        for (var event : events) {
            var node = happened.addObject();
            node.put("time", event.time());
            node.put("event", EventText.describe(event));
        }
        var expectations = root.putArray("expectations");
        for (var result : results) {
            var node = expectations.addObject();
            node.put("expectation", result.expectation().describe());
            if (Double.isNaN(result.actual())) {
                node.putNull("actual");
            } else {
                node.put("actual", result.actual());
            }
            node.put("passed", result.passed());
        }
        root.put("passed", results.stream().allMatch(ExpectationResult::passed));
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }

    /** One row per figure, then one per expectation: dimension,id,metric,statistic,value. */
    void writeCsv(PrintWriter out) {
        out.println("dimension,id,metric,statistic,value");
        for (var row : rows) {
            out.println(row.dimension().kind().name().toLowerCase(Locale.ROOT) + "," + csv(row.dimension().id()) + ","
                    + row.metric() + "," + row.statistic() + "," + (Double.isNaN(row.value()) ? "" : number(row.value())));
        }
        for (var result : results) {
            out.println("expectation," + csv(result.expectation().describe()) + "," + result.expectation().metric() + ","
                    + (result.passed() ? "passed" : "failed") + ","
                    + (Double.isNaN(result.actual()) ? "" : number(result.actual())));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
