package com.balancerstudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.balancerstudio.model.Template;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The icon files in assets/ are what the painter draws today. When the painter changes, regenerate them with
 * {@code mvn test -Dtest=BundledAssetsTest -Dassets.update=true} and commit the result.
 */
class BundledAssetsTest {
    private static final Path ASSETS = Path.of("assets");
    private static final Path ICONS = ASSETS.resolve("icons");
    private static final String HOW_TO_UPDATE =
            "; if the painter changed on purpose, run: mvn test -Dtest=BundledAssetsTest -Dassets.update=true";
    private static final boolean UPDATE = Boolean.getBoolean("assets.update");

    @Test
    void everyTemplateHasItsCurrentIcon() throws IOException {
        var stale = new ArrayList<String>();
        for (var template : Template.values()) {
            var file = ICONS.resolve(IconExport.fileName(template));
            checkText(file, IconExport.templateSvg(template), stale);
        }
        assertThat(stale).as("icons that differ from what the painter draws" + HOW_TO_UPDATE).isEmpty();
    }

    @Test
    void noIconIsLeftForATemplateThatNoLongerExists() throws IOException {
        var expected = Stream.of(Template.values()).map(IconExport::fileName).toList();
        try (Stream<Path> files = Files.list(ICONS)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("files in " + ICONS)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theApplicationIconIsCurrent() throws IOException {
        var stale = new ArrayList<String>();
        checkText(ASSETS.resolve("app-icon.svg"), IconExport.appIconSvg(), stale);
        var png = ASSETS.resolve("app-icon-256.png");
        var drawn = IconExport.appIconPng(256);
        if (UPDATE) {
            Files.write(png, drawn);
        } else if (!Files.exists(png) || !samePicture(decode(Files.readAllBytes(png)), decode(drawn))) {
            stale.add(png.toString());
        }
        assertThat(stale).as("application icon files that differ from what the painter draws" + HOW_TO_UPDATE).isEmpty();
    }

    @Test
    void iconsAreSvgDocumentsNamedForTheirTemplate() throws Exception {
        var document = SvgExportTest.parse(IconExport.templateSvg(Template.APPLICATION_LOAD_BALANCER));
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("64");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Application Load Balancer");
        assertThat(IconExport.fileName(Template.INTERNET_CLIENTS)).isEqualTo("internet-clients.svg");
    }

    private static void checkText(Path file, String drawn, java.util.List<String> stale) throws IOException {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, drawn, StandardCharsets.UTF_8);
        } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(drawn)) {
            stale.add(file.toString());
        }
    }

    /** Pixels may differ by rounding across platforms' antialiasing, but not visibly. */
    private static boolean samePicture(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((p >>> shift & 0xff) - (q >>> shift & 0xff)) > 24) {
                        different++;
                        break;
                    }
                }
            }
        }
        return different <= a.getWidth() * a.getHeight() / 200;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            fail("not a PNG image");
        }
        return image;
    }
}
