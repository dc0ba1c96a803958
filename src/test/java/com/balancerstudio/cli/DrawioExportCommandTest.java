package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** `export DESIGN --drawio FILE`, alone and together with --terraform. */
class DrawioExportCommandTest {
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

    /** The web tier with its HTTPS listener's certificate removed: a validation error. */
    private static Design broken() {
        var web = Fixtures.webTier();
        var https = web.get(ElementId.of("https"), Listener.class);
        return Fixtures.with(web, https.withCertificate(null));
    }

    @Test
    void writesTheDiagramAndSaysHowMuchItHolds() throws Exception {
        var design = save(Fixtures.webTier(), "web");
        var out = folder.resolve("web.drawio");

        var run = CliRun.of("export", design.toString(), "--drawio", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<mxfile").contains("<mxCell id=\"el/web-alb\"")
                .contains("resIcon=mxgraph.aws4.application_load_balancer;");
        assertThat(run.out()).contains("Wrote draw.io diagram " + out + " (").contains("shapes").contains("connectors");
        assertThat(names(folder)).containsExactly("web.balancer.json", "web.drawio");
    }

    @Test
    void writesTerraformAndDrawioInOneRun() throws Exception {
        var design = save(Fixtures.webTier(), "web");
        var infra = folder.resolve("infra");
        var diagram = folder.resolve("web.drawio");

        var run = CliRun.of("export", design.toString(), "--terraform", infra.toString(),
                "--drawio", diagram.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(infra.resolve("load_balancing.tf")).exists();
        assertThat(diagram).exists();
        assertThat(run.out()).contains("Terraform files").contains("Wrote draw.io diagram");
    }

    @Test
    void aDesignWithErrorsIsRefusedUnlessForced() throws Exception {
        var design = save(broken(), "broken");
        var out = folder.resolve("broken.drawio");

        var refused = CliRun.of("export", design.toString(), "--drawio", out.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(refused.err()).contains("[https]").contains("nothing was exported").contains("--force");
        assertThat(out).doesNotExist();

        var forced = CliRun.of("export", design.toString(), "--drawio", out.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("exporting despite");
        assertThat(Files.readString(out)).contains("el/web-alb");
    }

    @Test
    void anEarlierDiagramIsReplacedWhole() throws Exception {
        var out = folder.resolve("web.drawio");
        Files.writeString(out, "old diagram");

        var run = CliRun.of("export", save(Fixtures.webTier(), "web").toString(), "--drawio", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<mxfile").doesNotContain("old diagram");
        assertThat(names(folder)).containsExactly("web.balancer.json", "web.drawio");
    }

    @Test
    void aFolderAMissingFolderOrTheDesignItselfIsAClearErrorAndNothingIsWritten() throws Exception {
        var design = save(Fixtures.webTier(), "web");
        var before = Files.readString(design);
        var aFolder = Files.createDirectory(folder.resolve("diagrams"));
        var infra = folder.resolve("infra");

        var intoFolder = CliRun.of("export", design.toString(), "--drawio", aFolder.toString());
        var missing = CliRun.of("export", design.toString(), "--terraform", infra.toString(), "--drawio",
                folder.resolve("no/such/web.drawio").toString());
        var itself = CliRun.of("export", design.toString(), "--drawio", design.toString());

        assertThat(intoFolder.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(intoFolder.err()).contains("is a folder");
        assertThat(missing.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(missing.err()).contains("web.drawio: the folder").contains("does not exist")
                .doesNotContain("Exception");
        assertThat(infra).as("nothing is exported when one output cannot be written").doesNotExist();
        assertThat(itself.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(itself.err()).contains("the design file itself");
        assertThat(Files.readString(design)).isEqualTo(before);
        assertThat(names(aFolder)).isEmpty();
    }

    @Test
    void withoutAnyOutputTheUsageErrorNamesBothOptions() throws Exception {
        var run = CliRun.of("export", save(Fixtures.webTier(), "web").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("--terraform DIR").contains("--drawio FILE");
    }
}
