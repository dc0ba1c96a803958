package com.balancerstudio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample design, stripped of its positions as an import would leave it, comes out as a tidy diagram. */
class ImportLayoutSamplesTest {
    static Stream<Path> samples() {
        return SampleFiles.samples().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theArrangedSampleIsTidy(Path file) {
        LayoutChecks.assertTidy(ImportLayout.arrange(Unplaced.sample(file)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void onlyBoundsChange(Path file) throws Exception {
        var unplaced = Unplaced.sample(file);
        var arranged = ImportLayout.arrange(unplaced);

        assertThat(arranged.name()).isEqualTo(unplaced.name());
        assertThat(arranged.description()).isEqualTo(unplaced.description());
        assertThat(arranged.scenarios()).isEqualTo(unplaced.scenarios());
        assertThat(arranged.size()).isEqualTo(unplaced.size());
        for (int i = 0; i < unplaced.size(); i++) {
            var before = unplaced.elements().get(i);
            var after = arranged.elements().get(i);
            assertThat(after.withPlacement(after.parent(), before.bounds())).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theLayoutDependsOnlyOnWhatTheDesignHolds(Path file) throws Exception {
        var unplaced = Unplaced.sample(file);
        var arranged = ImportLayout.arrange(unplaced);

        assertThat(ImportLayout.arrange(unplaced)).isEqualTo(arranged);
        assertThat(ImportLayout.arrange(arranged)).isEqualTo(arranged);
        assertThat(ImportLayout.arrange(DesignFile.read(file))).as("the hand-made positions are not used")
                .isEqualTo(arranged);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void siblingContainersInARowAreEquallyTallAndZonesReadInOrder(Path file) {
        var arranged = ImportLayout.arrange(Unplaced.sample(file));

        assertThat(arranged.elementsOf(Region.class).stream().map(r -> r.bounds().height()).distinct()).hasSize(1);
        for (var vpc : arranged.elementsOf(Vpc.class)) {
            var zones = arranged.children(vpc.id()).stream().filter(AvailabilityZone.class::isInstance)
                    .map(AvailabilityZone.class::cast)
                    .sorted(Comparator.comparingDouble(z -> z.bounds().x())).toList();
            assertThat(zones.stream().map(z -> z.bounds().height()).distinct()).hasSize(1);
            assertThat(zones.stream().map(z -> z.bounds().y()).distinct()).hasSize(1);
            assertThat(zones).extracting(AvailabilityZone::zoneName).isSorted();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void privateSubnetsDeclaredFirstStillComeBelowThePublicOnes(Path file) {
        var unplaced = Unplaced.sample(file);
        var reversed = new ArrayList<Element>(unplaced.elements());
        Collections.reverse(reversed);
        var arranged = ImportLayout.arrange(Design.of(unplaced.name(), "", reversed, List.of()));

        LayoutChecks.assertTidy(arranged);
    }
}
