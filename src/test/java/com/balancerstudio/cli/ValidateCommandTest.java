package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.testing.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path folder;
    private Path clean;
    private Path broken;

    @BeforeEach
    void writeDesigns() throws Exception {
        clean = folder.resolve("clean" + DesignFile.EXTENSION);
        DesignFile.write(Fixtures.webTier(), clean);
        var design = Fixtures.webTier();
        var alb = Fixtures.get(design, "web-alb", LoadBalancer.class);
        var oneZone = alb.withSubnetMappings(List.of(SubnetMapping.of(alb.subnetMappings().get(0).subnetId())));
        broken = folder.resolve("one-zone" + DesignFile.EXTENSION);
        DesignFile.write(design.withReplaced(oneZone), broken);
    }

    @Test
    void cleanDesignExitsZero() {
        var run = CliRun.of("validate", clean.toString());
        assertThat(run.exitCode()).isZero();
        // A correct public HTTPS web tier still gets its two notes: it is internet-facing, and TLS ends at the ALB.
        assertThat(run.out()).contains("1 design checked: 0 errors, 0 warnings, 2 infos")
                .contains("info ELB-SEC-006 [web-alb]").contains("info ELB-TG-023 [web-tg]");
    }

    @Test
    void errorsExitOneAndSayWhereAndHowToFix() {
        var run = CliRun.of("validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(broken + ": error ELB-ALB-001 [web-alb]: Application Load Balancer web-alb must have subnets in at least two Availability Zones (has 1).")
                .contains("    fix: Add a subnet from a second AZ");
    }

    @Test
    void jsonReportListsFindingsPerFile() throws Exception {
        var run = CliRun.of("validate", "--format", "json", clean.toString(), broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        var root = new ObjectMapper().readTree(run.out());
        assertThat(root.at("/files/0/findings").findValuesAsText("severity")).containsOnly("info");
        var findings = root.at("/files/1/findings");
        assertThat(findings.findValuesAsText("rule_id")).contains("ELB-ALB-001");
        assertThat(root.at("/summary/designs").asInt()).isEqualTo(2);
        assertThat(root.at("/summary/errors").asInt()).isPositive();
    }

    @Test
    void sarifReportPointsAtTheElementLine() throws Exception {
        var run = CliRun.of("validate", "--format", "sarif", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        var root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        var result = findResult(root, "ELB-ALB-001");
        assertThat(result.get("level").asText()).isEqualTo("error");
        int line = result.at("/locations/0/physicalLocation/region/startLine").asInt();
        var text = Files.readAllLines(broken);
        assertThat(text.get(line - 1)).contains("{");
        assertThat(text.get(line)).contains("\"type\": \"load_balancer\"");
        assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("web-alb");
        var rules = root.at("/runs/0/tool/driver/rules");
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("ELB-ALB-001");
    }

    private static com.fasterxml.jackson.databind.JsonNode findResult(com.fasterxml.jackson.databind.JsonNode root, String id) {
        for (var result : root.at("/runs/0/results")) {
            if (result.get("ruleId").asText().equals(id)) {
                return result;
            }
        }
        throw new AssertionError("no SARIF result for " + id);
    }

    @Test
    void unreadableFileExitsTwoAndTheOthersAreStillChecked() throws Exception {
        var bad = folder.resolve("bad" + DesignFile.EXTENSION);
        Files.writeString(bad, "{ not json");
        var run = CliRun.of("validate", bad.toString(), broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(bad + ":1: not valid JSON").contains("ELB-ALB-001")
                .contains("2 designs checked").contains("1 unreadable");
    }

    @Test
    void aFolderStandsForTheDesignsInIt() {
        var run = CliRun.of("validate", folder.toString());
        assertThat(run.out()).contains("2 designs checked");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void disableAndMinimumSeverityFilter() {
        var run = CliRun.of("validate", "--disable", "ELB-ALB-001", "--min-severity", "error", broken.toString());
        assertThat(run.out()).doesNotContain("ELB-ALB-001").doesNotContain(": warning ");
        var unknown = CliRun.of("validate", "--disable", "NOPE-1", broken.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'NOPE-1' is not a rule id");
    }

    @Test
    void wrongArgumentsExitTwoWithUsageHint() {
        var noFile = CliRun.of("validate");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("Missing required parameter: 'DESIGN'").contains("validate --help");
        var badFormat = CliRun.of("validate", "--format", "xml", clean.toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("xml").contains("text, json, sarif");
        var badSeverity = CliRun.of("validate", "--min-severity", "fatal", clean.toString());
        assertThat(badSeverity.exitCode()).isEqualTo(2);
        assertThat(badSeverity.err()).contains("'fatal' is not a severity (error, warning, info)");
        var unknownCommand = CliRun.of("frobnicate");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
    }

    @Test
    void missingFileExitsTwo() {
        var run = CliRun.of("validate", folder.resolve("nope.balancer.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("nope.balancer.json: no such file");
    }
}
