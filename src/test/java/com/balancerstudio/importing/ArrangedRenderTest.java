package com.balancerstudio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.DiagramExport;
import com.balancerstudio.export.ExportOptions;
import com.balancerstudio.testing.SampleFiles;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** An arranged import draws with the headless painter like any hand-made design. */
class ArrangedRenderTest {
    @Test
    void anArrangedSampleRendersToAPngOfItsContent() throws Exception {
        var file = SampleFiles.samples().stream()
                .filter(p -> p.getFileName().toString().startsWith("route53-failover-two-regions")).findFirst()
                .orElseThrow();
        var arranged = ImportLayout.arrange(Unplaced.sample(file));
        var options = ExportOptions.defaults();

        var image = ImageIO.read(new ByteArrayInputStream(DiagramExport.png(arranged, options)));

        assertThat(image).isNotNull();
        var area = DiagramExport.area(arranged, options);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(area.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(area.height()));
        assertThat(area.width()).as("two Regions side by side").isGreaterThan(2 * 960);
    }
}
