package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path folder;
    private Path design;

    @BeforeEach
    void writeDesign() throws Exception {
        design = folder.resolve("web" + DesignFile.EXTENSION);
        DesignFile.write(Fixtures.webTier(), design);
    }

    @Test
    void writesAPngTwiceAsLargeAtScaleTwo() throws IOException {
        var one = folder.resolve("one.png");
        var two = folder.resolve("two.png");

        var first = CliRun.of("render", design.toString(), "--png", one.toString());
        var second = CliRun.of("render", design.toString(), "--png", two.toString(), "--scale", "2", "--dark");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        var small = ImageIO.read(one.toFile());
        var large = ImageIO.read(two.toFile());
        assertThat(large.getWidth()).isEqualTo(small.getWidth() * 2);
        assertThat(first.out()).contains("Wrote " + one).contains(small.getWidth() + " x " + small.getHeight() + " pixels");
    }

    @Test
    void transparentLeavesTheCornerClear() throws IOException {
        var out = folder.resolve("clear.png");
        assertThat(CliRun.of("render", design.toString(), "--png", out.toString(), "--transparent").exitCode()).isZero();
        assertThat(ImageIO.read(out.toFile()).getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void writesAnSvgWithTheElementNamesAndNothingElse() throws IOException {
        var out = folder.resolve("web.svg");
        var run = CliRun.of("render", design.toString(), "--svg", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<?xml").contains("web-alb").contains("</svg>");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("web.svg", design.getFileName().toString());
        }
    }

    @Test
    void replacingAnImageLeavesNoBackupBehind() throws IOException {
        var out = folder.resolve("web.svg");
        Files.writeString(out, "old");
        assertThat(CliRun.of("render", design.toString(), "--svg", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).contains("<svg");
        assertThat(folder.resolve("web.svg.bak")).doesNotExist();
    }

    @Test
    void anUnreadableDesignExitsTwoAndWritesNothing() throws IOException {
        var broken = folder.resolve("broken" + DesignFile.EXTENSION);
        Files.writeString(broken, "{ not json");
        var out = folder.resolve("out.png");

        var run = CliRun.of("render", broken.toString(), "--png", out.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("broken" + DesignFile.EXTENSION);
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFolderForTheOutputIsAClearError() {
        var out = folder.resolve("no-such-folder").resolve("out.png");
        var run = CliRun.of("render", design.toString(), "--png", out.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("cannot be written").contains("does not exist");
    }

    @Test
    void badArgumentsExitTwoWithTheReason() {
        var noOutput = CliRun.of("render", design.toString());
        var both = CliRun.of("render", design.toString(), "--png", "a.png", "--svg", "a.svg");
        var badScale = CliRun.of("render", design.toString(), "--png", folder.resolve("x.png").toString(), "--scale", "3");

        assertThat(noOutput.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(noOutput.err()).contains("--png").contains("--svg");
        assertThat(both.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(badScale.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(badScale.err()).contains("--scale must be 1 or 2");
        assertThat(folder.resolve("x.png")).doesNotExist();
    }

    @Test
    void refusesToOverwriteTheDesignItself() throws IOException {
        var before = Files.readString(design);
        var run = CliRun.of("render", design.toString(), "--svg", design.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE_OR_INPUT);
        assertThat(run.err()).contains("the design file itself");
        assertThat(Files.readString(design)).isEqualTo(before);
    }
}
