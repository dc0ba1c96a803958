package com.balancerstudio.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Size;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

class FreeSpotTest {
    @Test
    void aSpotInsideTheContainerThatCoversNoChild() {
        var design = Fixtures.webTier();
        var subnet = ElementId.of("public-a");
        var spot = FreeSpot.in(design, subnet, new Size(64, 64));
        var bounds = design.get(subnet).bounds();
        assertThat(spot.maxX()).isLessThanOrEqualTo(bounds.width());
        assertThat(spot.maxY()).isLessThanOrEqualTo(bounds.height());
        assertThat(design.children(subnet)).noneMatch(child -> child.bounds().intersects(spot));
    }

    @Test
    void atTheTopLevelBesideWhatIsThere() {
        var design = Fixtures.webTier();
        var spot = FreeSpot.in(design, null, new Size(900, 600));
        assertThat(design.children(null)).noneMatch(child -> child.bounds().intersects(spot));
    }
}
