package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.rules.Catalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TopLevelCommandTest {
    @Test
    void helpListsTheCommandsAndExitCodes() {
        var run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "rules", "Exit codes:", "2   usage or input error");
    }

    @Test
    void versionNamesTheProgram() {
        var run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Balancer Studio 0.").contains("Java ");
    }

    @Test
    void onlySubcommandsAndOptionsMeanTheCommandLine() {
        assertThat(Cli.wantsCommandLine(new String[] {})).isFalse();
        assertThat(Cli.wantsCommandLine(new String[] {"design.balancer.json"})).isFalse();
        assertThat(Cli.wantsCommandLine(new String[] {"validate", "x"})).isTrue();
        assertThat(Cli.wantsCommandLine(new String[] {"--version"})).isTrue();
    }

    @Test
    void rulesListsTheWholeCatalogWithSeveritiesAndWhatIsChecked() throws Exception {
        var run = CliRun.of("rules", "--format", "json");
        assertThat(run.exitCode()).isZero();
        var rules = new ObjectMapper().readTree(run.out());
        var catalog = Catalog.bundled();
        assertThat(rules).hasSize(catalog.entries().size());
        for (int i = 0; i < rules.size(); i++) {
            var entry = catalog.entries().get(i);
            assertThat(rules.get(i).get("id").asText()).isEqualTo(entry.id());
            assertThat(rules.get(i).get("severity").asText()).isEqualTo(entry.severity().value());
            assertThat(rules.get(i).get("sources")).isNotEmpty();
        }
        var checked = new java.util.ArrayList<String>();
        rules.forEach(rule -> {
            if (rule.get("checked").asBoolean()) {
                checked.add(rule.get("id").asText());
            }
        });
        assertThat(checked).contains("ELB-ALB-001", "NET-VPC-001");
        rules.forEach(rule -> assertThat(rule.get("checked").asBoolean() || rule.has("not_checked_because"))
                .as("%s is checked or says why not", rule.get("id").asText()).isTrue());
        var natGateways = rules.get(ids(rules).indexOf("NET-NAT-010"));
        assertThat(natGateways.get("checked").asBoolean()).isFalse();
        assertThat(natGateways.get("not_checked_because").asText()).startsWith("Enforced by the design file");
    }

    private static java.util.List<String> ids(com.fasterxml.jackson.databind.JsonNode rules) {
        var ids = new java.util.ArrayList<String>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));
        return ids;
    }

    @Test
    void rulesTextSaysWhyARuleIsNotChecked() {
        var run = CliRun.of("rules");
        assertThat(run.out()).containsPattern("ELB-TGT-003 +error +- +You cannot register")
                .contains("Not checkable: a design does not know the IP addresses AWS gives a load balancer's nodes")
                .containsPattern("271 rules in the catalog, \\d+ checked by this version, \\d+ not checked");
    }

    @Test
    void rulesTextShowsIdSeverityAndSource() {
        var run = CliRun.of("rules", "--checked");
        assertThat(run.out()).containsPattern("ELB-HC-001 +error +checked +Health check interval")
                .contains("source: https://docs.aws.amazon.com/");
    }
}
