package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.TerraformExport;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path folder;

    private Path save(Design design, String name) throws Exception {
        var file = folder.resolve(name + DesignFile.EXTENSION);
        DesignFile.write(design, file);
        return file;
    }

    private static String[] names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void writesTheConfigurationAndListsWhatItCouldNotExpress() throws Exception {
        var design = save(Fixtures.webTier(), "web");
        var out = folder.resolve("infra");

        var run = CliRun.of("export", design.toString(), "--terraform", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(out)).containsExactly("compute.tf", "load_balancing.tf", "network.tf", "outputs.tf",
                "providers.tf", "security.tf", "variables.tf", "versions.tf");
        assertThat(Files.readString(out.resolve("load_balancing.tf"))).contains("resource \"aws_lb\" \"web_alb\"");
        assertThat(run.out()).contains("Wrote 8 Terraform files to " + out);
    }

    @Test
    void refusesADesignWithErrorsAndNamesThemUnlessForced() throws Exception {
        var web = Fixtures.webTier();
        var https = web.get(ElementId.of("https"), Listener.class);
        var broken = Fixtures.with(web, https.withCertificate(null));
        var design = save(broken, "broken");
        var out = folder.resolve("infra");

        var refused = CliRun.of("export", design.toString(), "--terraform", out.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(refused.err()).contains("error").contains("[https]").contains("nothing was exported")
                .contains("--force");
        assertThat(out).doesNotExist();

        var forced = CliRun.of("export", design.toString(), "--terraform", out.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("exporting despite");
        assertThat(out.resolve("load_balancing.tf")).exists();
    }

    @Test
    void aSecondExportRemovesFilesTheDesignNoLongerNeedsButNeverSomeoneElses() throws Exception {
        var out = folder.resolve("infra");
        Files.createDirectories(out);
        Files.writeString(out.resolve("backend.tf"), "terraform {}\n");
        Files.writeString(out.resolve("dns.tf"), TerraformExport.HEADER + "\n\nold\n");

        var run = CliRun.of("export", save(Fixtures.webTier(), "web").toString(), "--terraform", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("dns.tf")).doesNotExist();
        assertThat(out.resolve("backend.tf")).hasContent("terraform {}");
        assertThat(run.out()).contains("Removed dns.tf").contains("backend.tf").contains("not from this export");
    }

    @Test
    void exportingAgainReplacesItsOwnFiles() throws Exception {
        var design = save(Fixtures.webTier(), "web");
        var out = folder.resolve("infra");
        assertThat(CliRun.of("export", design.toString(), "--terraform", out.toString()).exitCode()).isZero();
        Files.writeString(out.resolve("network.tf"), TerraformExport.HEADER + "\n\nstale\n");

        var again = CliRun.of("export", design.toString(), "--terraform", out.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(out.resolve("network.tf"))).contains("resource \"aws_vpc\"").doesNotContain("stale");
        assertThat(names(out)).doesNotContain("network.tf.bak");
    }

    @Test
    void aLinkWhereAFileGoesIsNotFollowed() throws Exception {
        var out = folder.resolve("infra");
        Files.createDirectories(out);
        var elsewhere = Files.writeString(folder.resolve("elsewhere.tf"), TerraformExport.HEADER + "\n");
        try {
            Files.createSymbolicLink(out.resolve("network.tf"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }

        var run = CliRun.of("export", save(Fixtures.webTier(), "web").toString(), "--terraform", out.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(elsewhere).hasContent(TerraformExport.HEADER);
    }

    @Test
    void aFileItDidNotWriteIsNeverOverwritten() throws Exception {
        var out = folder.resolve("infra");
        Files.createDirectories(out);
        Files.writeString(out.resolve("network.tf"), "# mine\n");

        var run = CliRun.of("export", save(Fixtures.webTier(), "web").toString(), "--terraform", out.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("network.tf").contains("not written by a Balancer Studio export");
        assertThat(out.resolve("network.tf")).hasContent("# mine");
        assertThat(names(out)).containsExactly("network.tf");
    }

    @Test
    void withoutAnOutputOrWithAnUnreadableDesignItIsAUsageError() throws Exception {
        var noOutput = CliRun.of("export", save(Fixtures.webTier(), "web").toString());
        var missing = CliRun.of("export", folder.resolve("nope.balancer.json").toString(), "--terraform",
                folder.resolve("out").toString());

        assertThat(noOutput.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(noOutput.err()).contains("--terraform DIR");
        assertThat(missing.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(missing.err()).contains("nope.balancer.json").doesNotContain("Exception");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheFolderIsReported() throws Exception {
        var notAFolder = folder.resolve("infra");
        Files.writeString(notAFolder, "x");

        var run = CliRun.of("export", save(Fixtures.webTier(), "web").toString(), "--terraform", notAFolder.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("is not a folder");
    }

    @Test
    void hostileNamesInNotesArePrintedOnOneLine() throws Exception {
        var b = new com.balancerstudio.testing.DesignBuilder("clients");
        b.add(new com.balancerstudio.model.Client(ElementId.of("users"), "users", null, null, null, null));
        var design = save(b.build(), "clients");

        var run = CliRun.of("export", design.toString(), "--terraform", folder.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Not expressed in Terraform (1):\n  - users: clients are where simulated traffic"
                + " comes from, not AWS resources");
        assertThat(Printable.of("a\nb\u0007")).isEqualTo("a\\nb\\u0007");
    }
}
