package com.balancerstudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.render.Rgba;
import com.balancerstudio.render.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PngExportTest {
    private final com.balancerstudio.model.Design design = ExportDesigns.regionWithGateway("edge gateway");

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theImageIsTheContentWithAMarginAtTheScale(int scale) throws IOException {
        var options = ExportOptions.defaults().withScale(scale);
        var image = decode(DiagramExport.png(design, options));
        var area = DiagramExport.area(design, options);

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(area.width() * scale));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(area.height() * scale));
    }

    @Test
    void theBackgroundIsTheThemeColourUnlessTransparentIsAsked() throws IOException {
        var opaque = decode(DiagramExport.png(design, ExportOptions.defaults()));
        var clear = decode(DiagramExport.png(design, ExportOptions.defaults().withTransparent(true)));
        var dark = decode(DiagramExport.png(design, ExportOptions.defaults().withTheme(Theme.DARK)));

        assertThat(opaque.getRGB(1, 1)).isEqualTo(argb(Theme.LIGHT.background()));
        assertThat(clear.getRGB(1, 1) >>> 24).isZero();
        assertThat(dark.getRGB(1, 1)).isEqualTo(argb(Theme.DARK.background()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theGatewayIsDrawnInTheNetworkingColourWhereItIs(int scale) throws IOException {
        var options = ExportOptions.defaults().withScale(scale);
        var image = decode(DiagramExport.png(design, options));
        var area = DiagramExport.area(design, options);
        var gateway = ExportDesigns.GATEWAY_BOUNDS;

        int x = (int) ((gateway.x() + 6 - area.x()) * scale);
        int y = (int) ((gateway.y() + gateway.height() / 2 - area.y()) * scale);
        assertThat(image.getRGB(x, y)).isEqualTo(argb(Theme.LIGHT.networking()));
        int outside = (int) ((gateway.x() - 10 - area.x()) * scale);
        assertThat(image.getRGB(outside, y)).isNotEqualTo(argb(Theme.LIGHT.networking()));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }

    private static int argb(Rgba color) {
        return 0xff000000 | color.red() << 16 | color.green() << 8 | color.blue();
    }
}
