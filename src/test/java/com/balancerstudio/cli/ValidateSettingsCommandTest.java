package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Quota;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate honours the rules a design switches off (and says so) and the quotas given for the account. */
class ValidateSettingsCommandTest {
    private static final Path SPRAWL = SampleFiles.EXERCISES.resolve("elastic-ip-sprawl.balancer.json");

    @TempDir
    Path folder;

    @Test
    void aRuleTheDesignSwitchesOffIsNotReportedAndItsReasonIsShown() throws Exception {
        var design = DesignFile.read(SPRAWL);
        var file = folder.resolve("sprawl.balancer.json");
        DesignFile.write(design.withValidation(design.validation()
                .withRuleOff("NET-EIP-001", "this account has 20 addresses")), file);

        var run = CliRun.of("validate", file.toString());

        assertThat(run.out()).doesNotContain("error NET-EIP-001")
                .contains(file + ": NET-EIP-001 is switched off for this design: this account has 20 addresses");
    }

    @Test
    void anAccountQuotaFromTheCommandLineMovesTheLine() {
        var before = CliRun.of("validate", SPRAWL.toString());
        assertThat(before.out()).contains("NET-EIP-001");

        var after = CliRun.of("validate", SPRAWL.toString(), "--quota", Quota.ELASTIC_IPS_PER_REGION.key() + "=50");

        assertThat(after.out()).doesNotContain("NET-EIP-001");
    }

    @Test
    void anUnknownQuotaIsAUsageError() {
        var run = CliRun.of("validate", SPRAWL.toString(), "--quota", "elastic_ip=9");

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("'elastic_ip' is not a quota; known: elastic_ips_per_region");
    }
}
