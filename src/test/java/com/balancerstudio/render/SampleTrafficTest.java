package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.sim.Simulation;
import com.balancerstudio.testing.SampleFiles;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample design's scenarios, played as the animation plays them (a frame every 1/60 s of simulated time at 1×)
 * for their first ten seconds: requests show as particles, and every one stays on the diagram.
 */
class SampleTrafficTest {
    static Stream<Path> samples() {
        return SampleFiles.samples().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachScenarioDrawsItsRequestsOnTheDiagram(Path sample) throws Exception {
        var design = DesignFile.read(sample);
        assertThat(design.scenarios()).as("%s has a scenario", sample).isNotEmpty();
        var area = DiagramPainter.contentBounds(design);
        for (var scenario : design.scenarios()) {
            var simulation = Simulation.create(design, scenario);
            var projection = new TrafficProjection(design);
            int mostParticles = 0;
            for (int frame = 1; frame <= 600 && !simulation.finished(); frame++) {
                projection.accept(simulation.advanceTo(frame / 60.0));
                var layer = projection.layer(simulation.now(), simulation.snapshot(),
                        TrafficProjection.Coloring.BY_OUTCOME);
                mostParticles = Math.max(mostParticles, layer.particleCount());
                for (int i = 0; i < layer.particleCount(); i++) {
                    assertThat(area.contains(new com.balancerstudio.model.Point(layer.x(i), layer.y(i)))).as("%s particle %d at %f,%f", scenario.name(), i,
                            layer.x(i), layer.y(i)).isTrue();
                }
            }
            assertThat(mostParticles).as("particles of %s / %s", sample.getFileName(), scenario.name()).isPositive();
        }
    }
}
