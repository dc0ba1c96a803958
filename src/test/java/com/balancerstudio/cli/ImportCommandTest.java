package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.LoadBalancer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final Path SAMPLE = Path.of("sample-designs/two-az-alb-web-tier.balancer.json");

    @TempDir
    Path folder;

    @Test
    void exportThenImportWritesADesignThatValidatesClean() throws Exception {
        var infra = folder.resolve("infra");
        var exported = CliRun.of("export", SAMPLE.toString(), "--terraform", infra.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        var design = folder.resolve("again.balancer.json");

        var run = CliRun.of("import", "--terraform", infra.toString(), "--output", design.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + design + ": 29 elements from " + infra
                + "; validation: 0 errors");
        var imported = DesignFile.read(design);
        assertThat(imported.elementsOf(LoadBalancer.class)).extracting(LoadBalancer::name).containsExactly("web-alb");
        assertThat(CliRun.of("validate", design.toString()).exitCode()).isZero();
    }

    @Test
    void listsWhatItLeftOut() throws Exception {
        var run = CliRun.of("import", "--terraform", "src/test/resources/terraform-import/hand-written", "-o",
                folder.resolve("shop.balancer.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Not imported (").contains("  - main.tf:").contains("module 'dns'");
    }

    @Test
    void neverReplacesAnExistingDesignUnlessForced() throws Exception {
        var infra = folder.resolve("infra");
        CliRun.of("export", SAMPLE.toString(), "--terraform", infra.toString());
        var design = folder.resolve("mine.balancer.json");
        Files.writeString(design, "precious");

        var refused = CliRun.of("import", "--terraform", infra.toString(), "-o", design.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(refused.err()).contains(design + " exists; nothing was written");
        assertThat(Files.readString(design)).isEqualTo("precious");
        assertThat(CliRun.of("import", "--terraform", infra.toString(), "-o", design.toString(), "--force").exitCode())
                .isZero();
        assertThat(DesignFile.read(design).size()).isEqualTo(29);
    }

    @Test
    void aConfigurationThatCannotBeReadSaysWhereAndWritesNothing() throws Exception {
        var infra = Files.createDirectory(folder.resolve("broken"));
        Files.writeString(infra.resolve("main.tf"), "resource \"aws_vpc\" \"main\" {\n  cidr_block = [\n}\n");
        var design = folder.resolve("broken.balancer.json");

        var run = CliRun.of("import", "--terraform", infra.toString(), "-o", design.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(run.err()).startsWith("balancer-studio import: main.tf:3:");
        assertThat(design).doesNotExist();
    }

    @Test
    void theFolderIsRequired() {
        var run = CliRun.of("import");

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("--terraform");
    }

    @Test
    void aFolderThatIsNotThereIsAUsageError() {
        var run = CliRun.of("import", "--terraform", folder.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("missing: not a folder; give the folder that holds the .tf files");
    }
}
