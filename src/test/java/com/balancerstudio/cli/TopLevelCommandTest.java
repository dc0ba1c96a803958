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
    }

    @Test
    void rulesTextShowsIdSeverityAndSource() {
        var run = CliRun.of("rules", "--checked");
        assertThat(run.out()).containsPattern("ELB-HC-001 +error +checked +Health check interval")
                .contains("source: https://docs.aws.amazon.com/");
    }
}
