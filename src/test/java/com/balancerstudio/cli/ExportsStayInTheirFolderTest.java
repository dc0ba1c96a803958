package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.TerraformExport;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in a design that look like paths (`../../etc/x`, `/tmp/x`, slashes, a NUL) never become paths: every export
 * writes only inside the folder or to the file it was given, and a link planted in the target folder is not followed.
 */
class ExportsStayInTheirFolderTest {
    @TempDir
    Path sandbox;
    private Path designFile;
    private Path out;
    /** An absolute path outside the sandbox used as a name, unique so that nothing else made it. */
    private final Path absoluteName = Path.of("/tmp/balancer-studio-escape-" + java.util.UUID.randomUUID());

    @BeforeEach
    void writeAHostileDesign() throws Exception {
        var design = rename(Fixtures.webTier().withName("../../etc/x"), Map.of(
                "web-tg", "/tmp/x",
                "web-alb", "../../../../tmp/escape",
                "vpc", "a/b\\c",
                "public-a", "nul\u0000name",
                "web-a", "..",
                "web-b", absoluteName.toString(),
                "us-east-1", "/"));
        designFile = Files.createDirectories(sandbox.resolve("designs")).resolve("hostile" + DesignFile.EXTENSION);
        DesignFile.write(design, designFile);
        out = Files.createDirectories(sandbox.resolve("deep/down/out"));
    }

    @Test
    void everyExportWritesOnlyWhereItWasTold() throws Exception {
        var before = everything(sandbox);
        var tmpX = Path.of("/tmp/x");
        var tmpXBefore = Files.exists(tmpX) ? Files.getLastModifiedTime(tmpX) : null;

        var export = CliRun.of("export", designFile.toString(), "--terraform", out.resolve("tf").toString(),
                "--drawio", out.resolve("diagram.drawio").toString(), "--force");
        var png = CliRun.of("render", designFile.toString(), "--png", out.resolve("picture.png").toString());
        var svg = CliRun.of("render", designFile.toString(), "--svg", out.resolve("picture.svg").toString());

        assertThat(List.of(export.exitCode(), png.exitCode(), svg.exitCode())).as(export.err() + png.err() + svg.err())
                .containsOnly(0);
        var written = everything(sandbox);
        before.forEach(written::remove);
        assertThat(written.keySet()).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith(out));
        assertThat(written.keySet()).contains(out.resolve("tf/network.tf"), out.resolve("diagram.drawio"),
                out.resolve("picture.png"), out.resolve("picture.svg"));
        assertThat(absoluteName).as("nothing named after an element").doesNotExist();
        assertThat(Files.exists(tmpX) ? Files.getLastModifiedTime(tmpX) : null).isEqualTo(tmpXBefore);
    }

    @Test
    void theTerraformFilesHavePlainNamesWhateverTheDesignIsCalled() throws Exception {
        var files = TerraformExport.of(DesignFile.read(designFile)).files().keySet();

        assertThat(files).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[a-z0-9_]+\\.tf"));
    }

    @Test
    void aLinkPlantedInTheTargetFolderIsNotWrittenThrough() throws Exception {
        var victim = Files.writeString(Files.createDirectories(sandbox.resolve("elsewhere")).resolve("victim.tf"),
                "keep me\n");
        var tf = Files.createDirectories(out.resolve("tf"));
        Files.createSymbolicLink(tf.resolve("network.tf"), victim);

        var run = CliRun.of("export", designFile.toString(), "--terraform", tf.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("network.tf: exists and was not written by a Balancer Studio export");
        assertThat(Files.readString(victim)).isEqualTo("keep me\n");
    }

    @Test
    void aLinkToAnExportOfAnotherFolderIsNeitherRemovedNorFollowed() throws Exception {
        var elsewhere = Files.createDirectories(sandbox.resolve("elsewhere"));
        assertThat(CliRun.of("export", designFile.toString(), "--terraform", elsewhere.toString(), "--force").exitCode())
                .isZero();
        var theirs = elsewhere.resolve("network.tf");
        var text = Files.readString(theirs, StandardCharsets.UTF_8);
        var tf = Files.createDirectories(out.resolve("tf"));
        Files.createSymbolicLink(tf.resolve("old_generated.tf"), theirs);

        assertThat(CliRun.of("export", designFile.toString(), "--terraform", tf.toString(), "--force").exitCode())
                .isZero();

        assertThat(tf.resolve("old_generated.tf")).isSymbolicLink();
        assertThat(Files.readString(theirs, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    private static Design rename(Design design, Map<String, String> names) {
        for (var entry : names.entrySet()) {
            var element = design.get(ElementId.of(entry.getKey()));
            design = design.withReplaced(element.withName(entry.getValue()));
        }
        return design;
    }

    /** Every regular file under the folder with its size and time, to see what changed. */
    private static Map<Path, String> everything(Path folder) throws IOException {
        var files = new TreeMap<Path, String>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (var path : walk.filter(Files::isRegularFile).toList()) {
                files.put(path, Files.size(path) + "@" + Files.getLastModifiedTime(path));
            }
        }
        return files;
    }
}
