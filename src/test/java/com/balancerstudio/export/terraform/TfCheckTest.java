package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the offline Terraform checker ({@code ../shared/tools/tf-check}, beside the checkout; another place with
 * {@code -Dtf.check=PATH}) on the export of every sample design and of one with hostile names: HashiCorp's HCL parser, the AWS provider
 * schema and {@code terraform fmt} layout. Skipped when the tool or node is not there.
 */
class TfCheckTest {
    private static Path tool;

    @TempDir
    Path folder;

    @BeforeAll
    static void findTool() {
        tool = Path.of(System.getProperty("tf.check", "../shared/tools/tf-check")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isExecutable(tool), "tf-check not found at " + tool);
        Assumptions.assumeTrue(nodeIsInstalled(), "node is not installed");
    }

    /** The sample designs (each node run takes seconds; the exercises get the JDK-only structural check). */
    static List<Path> designs() {
        return SampleFiles.samples();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void passesTfCheck(Path design) throws Exception {
        write(folder, TerraformExport.of(DesignFile.read(design)));

        assertPasses(run(tool.toString(), folder.toString()));
    }

    @Test
    void everyExportIsLaidOutAsTerraformFmtWouldLayItOut() throws Exception {
        var command = new ArrayList<>(List.of(tool.toString(), "--fmt"));
        for (var design : designs()) {
            var subfolder = folder.resolve(design.getFileName().toString().replace(DesignFile.EXTENSION, ""));
            Files.createDirectories(subfolder);
            write(subfolder, TerraformExport.of(DesignFile.read(design)));
            command.add(subfolder.toString());
        }

        assertPasses(run(command.toArray(String[]::new)));
    }

    @Test
    void lambdaTargetsPassAndAreLaidOutAsTerraformFmtWould() throws Exception {
        write(folder, TerraformExport.of(com.balancerstudio.testing.LambdaDesigns.reportsOnLambda(true, 10)));

        assertPasses(run(tool.toString(), folder.toString()));
        assertPasses(run(tool.toString(), "--fmt", folder.toString()));
    }

    @Test
    void hostileNamesPassTooAndNothingIsInjected() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
        var hostile = new ArrayList<com.balancerstudio.model.Element>();
        var evil = "a\" }\nresource \"aws_vpc\" \"pwned\" { cidr_block = \"${var.tags}\" } %{ if true }x%{ endif } \\ ";
        design.elements().forEach(e -> hostile.add(e.withName(evil + e.name())));
        write(folder, TerraformExport.of(com.balancerstudio.model.Design.of(evil, evil, hostile)));

        var check = run(tool.toString(), folder.toString());
        assertPasses(check);
        assertPasses(run(tool.toString(), "--fmt", folder.toString()));
        assertThat(check.output()).doesNotContain("pwned");
    }

    private static void write(Path folder, TerraformConfig config) throws IOException {
        for (var file : config.files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static void assertPasses(Run run) {
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("ERROR").doesNotContain("NOT FORMATTED");
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), output);
    }

    private static boolean nodeIsInstalled() {
        try {
            return run("node", "--version").exitCode() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
