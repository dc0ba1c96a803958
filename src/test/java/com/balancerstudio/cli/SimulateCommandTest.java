package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.scenario.Expectation;
import com.balancerstudio.testing.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `simulate`: the summary in three formats, and the exit codes for expectations, wrong arguments and bad files. */
class SimulateCommandTest {
    private static final String FLAGSHIP = "sample-designs/two-az-alb-web-tier.balancer.json";

    @TempDir
    Path folder;

    @Test
    void textPrintsTheMetricsTheDistributionWhatHappenedAndTheExpectations() {
        var run = CliRun.of("simulate", FLAGSHIP);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Scenario: round robin, then zone a fails (300 s, seed 1)")
                .contains("Load balancers:", "web-alb", "RequestCount", "HTTPCode_ELB_5XX_Count", "TargetResponseTime")
                .contains("Requests per target:", "web-a1").contains("fault: lose zone us-east-1a")
                .contains("web-a1 in web-tg: healthy -> unhealthy").contains("All 7 expectations hold.");
    }

    @Test
    void jsonIsOneDocumentWithMetricsEventsAndExpectations() throws Exception {
        var run = CliRun.of("simulate", FLAGSHIP, "--format", "json", "--duration", "2m");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("scenario").path("duration").asInt()).isEqualTo(120);
        assertThat(root.path("passed").asBoolean()).isTrue();
        var shares = new java.util.ArrayList<Double>();
        root.path("metrics").forEach(row -> {
            if (row.path("statistic").asText().equals("share")) {
                shares.add(row.path("value").asDouble());
            }
        });
        assertThat(shares).hasSize(4).allSatisfy(share -> assertThat(share).isBetween(0.23, 0.27));
    }

    @Test
    void csvHasOneRowPerFigure() {
        var run = CliRun.of("simulate", FLAGSHIP, "--format", "csv", "--seed", "9");
        assertThat(run.exitCode()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("dimension,id,metric,statistic,value");
        assertThat(lines).anyMatch(l -> l.startsWith("load_balancer,web-alb,RequestCount,sum,"))
                .anyMatch(l -> l.startsWith("target,web-b2,RequestCount,share,"))
                .anyMatch(l -> l.startsWith("expectation,") && l.contains(",passed,"));
    }

    @Test
    void aFailedExpectationExitsWithOne() throws Exception {
        var design = DesignFile.read(Path.of(FLAGSHIP));
        var scenario = design.scenarios().get(0).withExpectations(List.of(
                Expectation.of("RequestCount", "web-a1", Expectation.Statistic.SHARE, 0.9, 1.0)));
        var file = folder.resolve("strict.balancer.json");
        DesignFile.write(design.withScenarios(List.of(scenario)), file);
        var run = CliRun.of("simulate", file.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(run.out()).contains("FAILED  RequestCount share of web-a1 between 0.9 and 1").contains("1 of 1 expectations failed.");
    }

    @Test
    void anUnknownScenarioNameListsTheScenarios() {
        var run = CliRun.of("simulate", FLAGSHIP, "--scenario", "meteor strike");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("has no scenario 'meteor strike'; its scenarios are: 'round robin, then zone a fails'");
    }

    @Test
    void aBadDurationIsAUsageError() {
        var run = CliRun.of("simulate", FLAGSHIP, "--duration", "10 minutes");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("'10 minutes' is not a duration such as 90s, 10m or 1h");
        assertThat(CliRun.of("simulate", FLAGSHIP, "--duration", "8000h").err()).contains("is outside 1 second to 7 days");
    }

    @Test
    void aDesignWithoutScenariosOrAMissingFileIsAnInputError() throws Exception {
        var plain = folder.resolve("plain.balancer.json");
        DesignFile.write(Fixtures.webTier(), plain);
        var none = CliRun.of("simulate", plain.toString());
        assertThat(none.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(none.err()).contains("has no scenarios to simulate");
        var missing = CliRun.of("simulate", folder.resolve("nope.balancer.json").toString());
        assertThat(missing.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(missing.err()).contains("nope.balancer.json: no such file").doesNotContain("Exception");
        assertThat(Files.exists(plain)).isTrue();
    }
}
